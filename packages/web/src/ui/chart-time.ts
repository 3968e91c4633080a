import type { AlignedData } from 'uplot';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A time axis label, local time, 24-hour, ISO-like: "14:05:30" when ticks
 * are seconds apart, "14:05" when minutes or hours apart, and "11-25 14:05"
 * once the axis spans more than a day (so a date is never ambiguous and
 * never two-digit US style).
 */
export function timeLabel(tsS: number, incrS: number, spanS: number): string {
  const d = new Date(tsS * 1000);
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const time = incrS < 60 ? `${hm}:${pad(d.getSeconds())}` : hm;
  return spanS > 86_400 ? `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}` : time;
}

/** The same, with the date always, for a tooltip's heading. */
export function tooltipTime(tsS: number): string {
  const d = new Date(tsS * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/**
 * Where consecutive times are further apart than `gapFactor` × the usual
 * step (an outage, a paused or hidden tab), a point with no values is
 * inserted between them: the line breaks there instead of joining across.
 */
export function withGaps(data: AlignedData, gapFactor = 2.5): AlignedData {
  const times = data[0] as ArrayLike<number>;
  if (times.length < 3) return data;
  const steps: number[] = [];
  for (let i = 1; i < times.length; i++) steps.push(times[i] - times[i - 1]);
  const usual = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
  const gapsAt: number[] = [];
  steps.forEach((s, i) => {
    if (s > usual * gapFactor) gapsAt.push(i + 1);
  });
  if (gapsAt.length === 0) return data;
  return data.map((column, c) => {
    const out: (number | null)[] = [];
    let g = 0;
    for (let i = 0; i < column.length; i++) {
      if (gapsAt[g] === i) {
        out.push(c === 0 ? (times[i - 1] + times[i]) / 2 : null);
        g++;
      }
      out.push((column as ArrayLike<number | null>)[i]);
    }
    return out;
  }) as AlignedData;
}
