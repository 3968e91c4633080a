// What both builds (index.ts for Node, browser.ts for browsers) export besides createClient.
export { LatencyDashClient, type FlushOptions } from './client.js';
export { LatencyDashError } from './errors.js';
export { DEFAULTS, type ClientOptions, type WebSocketConstructor, type WebSocketLike } from './options.js';
export type {
  ClientEvent,
  ClientEventMap,
  ClientEventName,
  ClientStats,
  ConnectionState,
  FlushResult,
  Listener,
  Metadata,
  RefusedEvent,
  ResponseInfo,
  TransportName,
} from './types.js';
