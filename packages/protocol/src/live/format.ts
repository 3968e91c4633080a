export function ms(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

/**
 * A table number by one rule for every row of a column: three significant
 * digits below 1,000 (0.0312, 5.00, 99.3), whole numbers with separators
 * from there (1,325), so a column never mixes precisions or units.
 */
export function sig3(v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 0.001) return v < 0 ? '>-0.001' : '<0.001';
  const p = Number(v.toPrecision(3));
  if (Math.abs(p) >= 1000) return v < 0 ? `-${count(-v)}` : count(v);
  // toPrecision keeps trailing zeros (5.00) but may choose exponent notation; fixed decimals never do.
  const decimals = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(p))));
  return p.toFixed(decimals);
}

export function bytesPerSecond(v: number): string {
  if (v >= 1e9) return `${(v / 1e9).toFixed(1)} GB/s`;
  if (v >= 1e6) return `${(v / 1e6).toFixed(1)} MB/s`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(1)} kB/s`;
  return `${v.toFixed(0)} B/s`;
}

export function bytes(v: number): string {
  if (v >= 1e6) return `${(v / 1e6).toFixed(1)} MB`;
  if (v >= 1e3) return `${(v / 1e3).toFixed(1)} kB`;
  return `${v} B`;
}

/** 1234567 → "1,234,567". toLocaleString is ~50× slower and runs for every visible cell. */
export function count(v: number): string {
  const s = String(Math.round(v));
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function rate(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** "3 s ago", "2 min ago" … relative to now. */
export function ago(ms: number, nowMs: number): string {
  if (ms <= 0) return '–';
  const s = Math.max(0, Math.round((nowMs - ms) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  return `${Math.floor(s / 3600)} h ago`;
}
