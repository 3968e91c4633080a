/** Bumped on any change that an older client could misread (2: field deltas, issue 12). */
export const PROTOCOL_VERSION = 2;

/** Update interval a subscriber gets when it does not ask for one. */
export const DEFAULT_INTERVAL_MS = 100;
export const MIN_INTERVAL_MS = 50;
export const MAX_INTERVAL_MS = 10_000;

/** Largest WebSocket frame the server accepts (bytes). */
export const MAX_FRAME_BYTES = 1024 * 1024;
/** Largest HTTP ingest body (bytes). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Most events in one batch, over HTTP or WebSocket. */
export const MAX_BATCH_EVENTS = 10_000;

export const LIMITS = {
  targetIdChars: 128,
  keyChars: 128,
  metadataEntries: 16,
  metadataKeyChars: 64,
  metadataValueChars: 256,
  payloadBytes: 4 * 1024 * 1024,
} as const;
