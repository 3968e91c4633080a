import { METRICS } from '@latency-dash/protocol';
import { describe, expect, it } from 'vitest';
import { COLUMNS, exportColumns, INTERVAL_NOTE } from './columns.js';

describe('columns from the metric table', () => {
  it('has the text columns, then one per metric shown as a column, with the table label, description and colours', () => {
    const shown = METRICS.filter((m) => m.column);
    expect(COLUMNS.map((c) => c.id)).toEqual(['targetId', 'key', 'metadata', ...shown.map((m) => m.id)]);
    for (const m of shown) {
      const c = COLUMNS.find((x) => x.id === m.id)!;
      expect(c).toMatchObject({ latency: m.kind === 'latency', numeric: true });
      // Bare numbers name their unit in the header; the tooltip is the table's description (latency adds how it is measured).
      expect(c.header).toBe(m.unit === 'ms' ? `${m.label} (ms)` : m.label);
      expect(c.title).toBe(m.kind === 'latency' ? `${m.description}. ${INTERVAL_NOTE}` : m.description);
    }
    expect(COLUMNS.some((c) => c.id === 'sampleCount')).toBe(false);
  });

  it('exports the visible columns under the table export names, and exported metrics without a column', () => {
    const all = exportColumns(new Set(COLUMNS.map((c) => c.id)));
    expect(all.map((c) => c.header)).toEqual(['target', 'key', 'metadata', ...METRICS.flatMap((m) => ('exportName' in m ? [m.exportName] : []))]);
    expect(exportColumns(new Set(['key', 'p90'])).map((c) => c.id)).toEqual(['key', 'p90_ms']);
  });
});
