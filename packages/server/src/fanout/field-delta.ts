import { METRICS, type MetricsUpdate } from '@latency-dash/protocol';

const FIELDS = METRICS.map((m) => m.field);

/**
 * The update a stream sends for a series it already carried: the series id
 * and the numbers that differ from the stream's previous row of it
 * (`previous`, the full row it last sent), or undefined when none does.
 * Viewers apply it onto the row they hold (latency.proto, field deltas), so
 * it is lossless as long as `previous` is exactly what they hold.
 */
export function fieldDelta(full: MetricsUpdate, previous: MetricsUpdate): MetricsUpdate | undefined {
  const delta: MetricsUpdate = { seriesId: full.seriesId };
  const out = delta as Record<string, unknown>;
  const now = full as Record<string, unknown>;
  const before = previous as Record<string, unknown>;
  let changed = false;
  for (let i = 0; i < FIELDS.length; i++) {
    const f = FIELDS[i];
    const v = now[f];
    // Object.is: NaN equals NaN, and 0 and -0 are told apart, so nothing a viewer would show differently is left out.
    if (!Object.is(v, before[f])) {
      out[f] = v;
      changed = true;
    }
  }
  return changed ? delta : undefined;
}
