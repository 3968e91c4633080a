/** A small trend line (SVG): cheap enough to redraw once a second for every card. */
export function Sparkline({ values, width = 120, height = 28 }: { values: readonly number[]; width?: number; height?: number }) {
  if (values.length < 2) return <svg className="spark" width={width} height={height} aria-hidden />;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  // A flat line sits in the middle rather than on an edge.
  const span = hi - lo || Math.abs(hi) || 1;
  const base = hi - lo === 0 ? lo - span / 2 : lo;
  const step = width / (values.length - 1);
  const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 2 - ((v - base) / span) * (height - 4)).toFixed(1)}`).join(' ');
  return (
    // The values drawn, so a test can read them back (the shape alone cannot be).
    <svg className="spark" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden data-values={values.join(',')}>
      <polyline points={`0,${height} ${pts} ${width},${height}`} className="spark-fill" />
      <polyline points={pts} className="spark-line" />
    </svg>
  );
}
