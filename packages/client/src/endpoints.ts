/** Most servers one client may be given. */
export const MAX_URLS = 16;

/**
 * The servers a client may deliver to, tried in order: the client stays on
 * one until a send to it fails in a way another server could fix (no
 * connection, no answer, 5xx, 408, 429), then moves to the next, and after
 * the last back to the first. Batches already on their way to a failed
 * server move with the client: a retry goes wherever the client is then.
 */
export class Endpoints {
  private index = 0;
  /** Times the client moved to another server. */
  failovers = 0;

  constructor(readonly urls: readonly string[]) {}

  get current(): string {
    return this.urls[this.index];
  }

  /**
   * A send to `url` failed. Only the first failure of the current server
   * moves the client: sends that were on their way to it when it failed
   * report the same failure, and must not skip the next server.
   */
  failed(url: string): void {
    if (this.urls.length < 2 || url !== this.current) return;
    this.index = (this.index + 1) % this.urls.length;
    this.failovers++;
  }
}
