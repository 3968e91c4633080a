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
const text = `// Generated from metric-table.ts by scripts/gen-metric-code.ts (npm run gen -w @latency-dash/protocol); do not edit.
// npm test fails when it no longer matches the table.
import type { DecodedUpdate } from './codec.js';
import type { MetricValues } from './metric-table.js';

/** Numbers per update in a packed array: one per metric of the table. */
export const METRIC_STRIDE = ${METRICS.length};

/** Copies an update's metrics into values[o …], in the table's order and units (times in ms). */
export function packMetrics(u: DecodedUpdate, values: Float64Array, o: number): void {
${METRICS.map((m, i) => `  values[${at(i)}] = ${read(m.field, m.wireScale)};`).join('\n')}
}

/** Sets a row's metrics from values[o …]. */
export function unpackMetrics(row: MetricValues, values: Float64Array, o: number): void {
${METRICS.map((m, i) => `  row.${m.id} = values[${at(i)}];`).join('\n')}
}
`;
writeFileSync(out, text);
