/**
 * The page's own account of its slow frames: the Long Animation Frames API
 * (PerformanceObserver 'long-animation-frame', Chromium 123+), which names
 * the scripts that ran in a frame over 50 ms (by source function and how
 * they were invoked), the layout they forced, and the rendering at its end.
 * browser-table.ts --why adds LOAF_INIT_SCRIPT to the page and prints
 * describeFrames() of what it collected.
 */

export interface LongFrameScript {
  invoker: string;
  invokerType: string;
  fn: string;
  source: string;
  durMs: number;
  forcedLayoutMs: number;
}

export interface LongFrame {
  durMs: number;
  blockingMs: number;
  /** Time from the frame's start to its rendering (tasks and microtasks), ms. */
  workMs: number;
  /** requestAnimationFrame callbacks and ResizeObserver, ms. */
  rafMs: number;
  /** Style, layout, paint and commit at the frame's end, ms. */
  renderMs: number;
  scripts: LongFrameScript[];
}

/**
 * Collected into window.__loaf (a plain array the bench reads and resets).
 * A string, not a function: tsx compiles functions with a `__name` helper the page does not have.
 */
export const LOAF_INIT_SCRIPT = `
  window.__loaf = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const end = e.startTime + e.duration;
        const render = e.renderStart > 0 ? e.renderStart : end;
        const style = e.styleAndLayoutStart > 0 ? e.styleAndLayoutStart : end;
        window.__loaf.push({
          durMs: e.duration,
          blockingMs: e.blockingDuration,
          workMs: render - e.startTime,
          rafMs: Math.max(0, style - render),
          renderMs: Math.max(0, end - style),
          scripts: e.scripts.map((s) => ({
            invoker: String(s.invoker),
            invokerType: String(s.invokerType),
            fn: s.sourceFunctionName || '',
            source: (s.sourceURL || '').replace(/^.*\\//, '') + (s.sourceCharPosition >= 0 ? ':' + s.sourceCharPosition : ''),
            durMs: s.duration,
            forcedLayoutMs: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: false });
  } catch {}
`;

const f1 = (n: number) => n.toFixed(1);

/** Lines for the bench: frames over 50 ms, their time split, and the scripts that ran longest in them. */
export function describeFrames(frames: readonly LongFrame[]): string[] {
  if (frames.length === 0) return ['long animation frames: none'];
  let work = 0;
  let raf = 0;
  let render = 0;
  let forced = 0;
  const byScript = new Map<string, number>();
  for (const fr of frames) {
    work += fr.workMs;
    raf += fr.rafMs;
    render += fr.renderMs;
    for (const s of fr.scripts) {
      forced += s.forcedLayoutMs;
      const what = `${s.invokerType} ${s.invoker}${s.fn ? ` → ${s.fn}` : ''}${s.source ? ` (${s.source})` : ''}`;
      byScript.set(what, (byScript.get(what) ?? 0) + s.durMs);
    }
  }
  const max = Math.max(...frames.map((fr) => fr.durMs));
  const top = [...byScript].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return [
    `long animation frames: ${frames.length} (max ${f1(max)} ms, ${frames.filter((fr) => fr.blockingMs > 0).length} blocking); tasks ${f1(work)} ms, rAF ${f1(raf)} ms, style+layout+paint ${f1(render)} ms, forced layout in scripts ${f1(forced)} ms`,
    `  scripts in them: ${top.map(([w, ms]) => `${w} ${f1(ms)} ms`).join('; ') || 'none attributed'}`,
  ];
}
