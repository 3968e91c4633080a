import { estimateBytes } from './transport.js';
import type { ClientEvent } from './types.js';

/** First in, first out, with O(1) takes from the front (Array.shift is O(n) on large arrays). */
export class EventQueue {
  private items: ClientEvent[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  /** The oldest event, if any. */
  peek(): ClientEvent | undefined {
    return this.items[this.head];
  }

  push(event: ClientEvent): void {
    this.items.push(event);
  }

  /** Up to `maxEvents` from the front, fewer if their estimated size would pass `maxBytes` (always at least one). */
  take(maxEvents: number, maxBytes: number): ClientEvent[] {
    const out: ClientEvent[] = [];
    let bytes = 0;
    while (out.length < maxEvents && this.head < this.items.length) {
      const next = this.items[this.head];
      bytes += estimateBytes(next);
      if (out.length > 0 && bytes > maxBytes) break;
      out.push(next);
      this.head++;
    }
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return out;
  }

  /** Empties the queue, returning how many it held. */
  clear(): number {
    const n = this.length;
    this.items = [];
    this.head = 0;
    return n;
  }
}
