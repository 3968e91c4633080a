/** The series store's pace in the page: one animation frame, so a burst of batches costs one render. */
export function frameSchedule(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(cb);
  } else {
    // Hidden tabs get no animation frames; keep the data current anyway.
    setTimeout(cb, 100);
  }
}
