import { describe, expect, it } from 'vitest';
import { timeLabel, tooltipTime, withGaps } from './chart-time.js';

const at = (h: number, m: number, s: number, day = 25) => new Date(2026, 10, day, h, m, s).getTime() / 1000;

describe('time labels: 24 h local, ISO-like', () => {
  it('seconds when ticks are seconds apart, minutes otherwise, the date once the axis spans days', () => {
    expect(timeLabel(at(14, 5, 30), 10, 300)).toBe('14:05:30');
    expect(timeLabel(at(9, 5, 0), 60, 3600)).toBe('09:05');
    expect(timeLabel(at(23, 0, 0), 3600, 7 * 86_400)).toBe('11-25 23:00');
    expect(tooltipTime(at(7, 8, 9, 3))).toBe('2026-11-03 07:08:09');
  });
});

describe('withGaps', () => {
  it('breaks the line where samples stop for a while, and nowhere else', () => {
    const data = withGaps([
      [0, 1, 2, 3, 10, 11],
      [5, 6, 7, 8, 9, 10],
    ]);
    expect(data).toEqual([
      [0, 1, 2, 3, 6.5, 10, 11],
      [5, 6, 7, 8, null, 9, 10],
    ]);
    const steady: [number[], number[]] = [
      [0, 1, 2, 3],
      [1, 2, 3, 4],
    ];
    expect(withGaps(steady)).toBe(steady);
  });
});
