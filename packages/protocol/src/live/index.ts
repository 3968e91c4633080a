// The client side of the live view, shared by the dashboard (packages/web) and the terminal view
// (`latency-dash top`): the connection with its reconnects, the series store that applies snapshots and
// deltas, sorting, formatting and threshold colours. Nothing here needs a browser or Node.
export * from './backoff.js';
export * from './close-advice.js';
export * from './connection.js';
export * from './format.js';
export * from './packed-batch.js';
export * from './rate-meter.js';
export * from './rows.js';
export * from './series-store.js';
export * from './server-stats-log.js';
export * from './severity.js';
export * from './sort-rows.js';
export * from './types.js';
export * from './view-filter.js';
export * from './worker-protocol.js';
