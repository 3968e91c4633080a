import { memo, useMemo } from 'react';
import type { AlignedData } from 'uplot';
import { seriesStats } from '../core/series-stats.js';

export interface LegendEntry {
  label: string;
  colour: string;
  dashed?: boolean;
}

const STATS = ['min', 'max', 'mean', 'last'] as const;

/**
 * A time chart's legend: each series with its min, max, mean and last over
 * what the chart shows, in the metric's unit (`format` writes the unit).
 */
export const LegendStats = memo(function LegendStats({
  entries,
  data,
  format,
  testId,
  nameless = false,
}: {
  entries: readonly LegendEntry[];
  /** The chart's data: times, then one column per entry. */
  data: AlignedData;
  format: (v: number) => string;
  testId: string;
  /** One series named by the caption: the figures get the width (narrow panels). */
  nameless?: boolean;
}) {
  const stats = useMemo(() => entries.map((_, i) => seriesStats(data[i + 1] ?? [])), [entries, data]);
  if (entries.length === 0) return null;
  return (
    <table className={`legend-stats ${nameless ? 'nameless' : ''}`} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">series</th>
          {STATS.map((s) => (
            <th scope="col" key={s} className="num">
              {s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={`${e.label}|${i}`} data-series={e.label}>
            <th scope="row" title={e.label}>
              <span className={`swatch ${e.dashed ? 'dashed' : ''}`} style={{ borderColor: e.colour, background: e.dashed ? 'transparent' : e.colour }} />
              {e.label}
            </th>
            {STATS.map((s) => (
              <td key={s} className="num" data-stat={s} data-value={stats[i]?.[s] ?? ''}>
                {stats[i] === undefined ? '–' : format(stats[i][s])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
