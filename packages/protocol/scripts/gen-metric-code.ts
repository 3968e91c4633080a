/**
 * Writes src/metric-code.gen.ts from the metric table: one plain line per
 * metric to copy an update's numbers into a packed array and back out into
 * a row. A keyed loop over the table's field names took 2.1–2.5 ms per
 * 10,000 updates (megamorphic keyed loads), where the whole packBatch with
 * these lines takes 0.5–1.0 ms (node, this machine, load average 8), and
 * the dashboard runs them for every series of every batch; generating the
 * lines keeps the table the one place a metric is named, without eval
 * (which a strict Content-Security-Policy forbids).
 * Usage: gen-metric-code.ts <output file>
 */
import { writeFileSync } from 'node:fs';
import { METRICS } from '../src/metric-table.js';

const out = process.argv[2];
if (!out) throw new Error('usage: gen-metric-code.ts <output file>');

const at = (i: number) => (i === 0 ? 'o' : `o + ${i}`);
const read = (field: string, scale: number) => (scale === 1 ? `u.${field}` : `u.${field} / ${1 / scale}`);
const bit = (i: number) => `0x${(1 << i).toString(16)}`;
const text = `// Generated from metric-table.ts by scripts/gen-metric-code.ts (npm run gen -w @latency-dash/protocol); do not edit.
// npm test fails when it no longer matches the table.
import type { DecodedUpdate } from './codec.js';
import type { MetricValues } from './metric-table.js';

/** Numbers per update in a packed array: one per metric of the table. */
export const METRIC_STRIDE = ${METRICS.length};

/** The presence mask of an update that carries every metric (a full row): bit i is the table's metric i. */
export const ALL_METRICS = 0x${((1 << METRICS.length) - 1).toString(16)};

/**
 * Copies the metrics an update carries into values[o …], in the table's order and units (times in ms),
 * and returns which it carried (bit i: the table's metric i). One a field delta left out keeps NaN.
 */
export function packMetrics(u: DecodedUpdate, values: Float64Array, o: number): number {
  let present = 0;
${METRICS.map(
  (m, i) => `  if (u.${m.field} != null) {\n    values[${at(i)}] = ${read(m.field, m.wireScale)};\n    present |= ${bit(i)};\n  } else values[${at(i)}] = NaN;`,
).join('\n')}
  return present;
}

/** Sets a row's metrics from values[o …]: those in \`present\` (a packMetrics mask; ALL_METRICS for a full row). */
export function unpackMetrics(row: MetricValues, values: Float64Array, o: number, present: number = ALL_METRICS): void {
  if (present === ALL_METRICS) {
${METRICS.map((m, i) => `    row.${m.id} = values[${at(i)}];`).join('\n')}
    return;
  }
${METRICS.map((m, i) => `  if (present & ${bit(i)}) row.${m.id} = values[${at(i)}];`).join('\n')}
}
`;
if (METRICS.length > 31) throw new Error('presence masks are 31-bit integers: the metric table outgrew them');
writeFileSync(out, text);
