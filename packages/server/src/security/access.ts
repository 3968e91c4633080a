import { createHash, timingSafeEqual } from 'node:crypto';

export interface AccessOptions {
  /** Keys that may read (dashboard, API, WebSocket). Empty: reading is open. */
  readKeys: readonly string[];
  /** Keys that may write (ingest, alert rules) and read. Empty: writing is open. */
  writeKeys: readonly string[];
}

const digest = (key: string) => createHash('sha256').update(key).digest();

/**
 * Decides what an API key (or none) may do. Keys are compared as SHA-256
 * digests with timingSafeEqual, so neither their content nor their length
 * leaks through timing.
 */
export class AccessControl {
  private readonly read: Buffer[];
  private readonly write: Buffer[];

  constructor(options: AccessOptions) {
    this.read = options.readKeys.map(digest);
    this.write = options.writeKeys.map(digest);
  }

  get enabled(): boolean {
    return this.read.length > 0 || this.write.length > 0;
  }

  /**
   * Whether a request carrying `key` (or none) may read or write. Writing
   * needs a write key when any is configured; reading needs a read or write
   * key when any read key is configured.
   */
  /** Whether `key` is one of the server's keys (read or write). */
  knows(key: string): boolean {
    const d = digest(key);
    return [...this.read, ...this.write].some((k) => timingSafeEqual(k, d));
  }

  allows(key: string | undefined, need: 'read' | 'write'): boolean {
    const d = key ? digest(key) : undefined;
    const matches = (list: Buffer[]) => d !== undefined && list.some((k) => timingSafeEqual(k, d));
    if (need === 'write') return this.write.length === 0 || matches(this.write);
    return this.read.length === 0 || matches(this.read) || matches(this.write);
  }
}

/** The query parameter that carries a key on the WebSocket URL (browsers cannot set headers there); no API parameter uses it. */
export const WS_KEY_PARAM = 'apiKey';

/**
 * The key a request carries: Authorization Bearer or X-API-Key; on the
 * WebSocket upgrade also ?apiKey=. Never from the query string of an HTTP
 * route: keys in URLs end up in proxies' logs, and `key` there names a series.
 */
export function keyOf(headers: Record<string, string | string[] | undefined>, query: unknown, websocket = false): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  const header = headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  if (!websocket) return undefined;
  const q = (query as Record<string, unknown> | undefined)?.[WS_KEY_PARAM];
  return typeof q === 'string' && q !== '' ? q : undefined;
}
