import { type Row, zeroMetrics } from '@latency-dash/protocol/live';

/**
 * A table row for unit tests: every metric of the table at 0, the figures
 * the tests lean on at 1, then whatever the test overrides.
 */
export function testRow(over: Partial<Row>): Row {
  return {
    ...zeroMetrics(),
    id: over.key ?? 'x',
    targetId: 't',
    split: false,
    seriesId: 1,
    key: 'k',
    metadata: {},
    metadataLabel: '',
    min: 1,
    max: 1,
    avg: 1,
    p50: 1,
    p90: 1,
    p95: 1,
    p99: 1,
    eventsPerSecond: 1,
    count: 1,
    sampleCount: 1,
    changedAtMs: 0,
    updates: 1,
    version: 1,
    sortRank: -1,
    ...over,
  };
}
