import type { Clock } from '../clock.js';

/** Events between two reads of the monotonic clock. */
export const LAP_EVENTS = 64;

/**
 * The clock of one batch, read once for its arrival and once per lap of
 * LAP_EVENTS events instead of three times an event (arrival, start and
 * end of each event's processing: a third of the engine's time per event).
 *
 * Every event of a batch arrived with it, so they share its arrival time.
 * Processing time is what taking events in costs the server: each lap's
 * time divided among its events. An event is applied before its own lap
 * ends, so it carries the previous lap's figure (for a batch's first lap,
 * the previous batch's, `carriedMs`); over the 10 s the statistic averages,
 * the total is the server's real time per event.
 */
export class BatchClock {
  readonly arrivalMs: number;
  /** Processing time per event, ms: the last finished lap's. */
  perEventMs: number;
  private lapStartMs: number;
  private lapEvents = 0;

  constructor(
    private readonly clock: Clock,
    carriedMs: number,
  ) {
    this.arrivalMs = clock.nowMs();
    this.lapStartMs = clock.monotonicMs();
    this.perEventMs = carriedMs;
  }

  /** Counts one event; true when a lap ended (the clock was read: a good moment to check the slice budget). */
  tick(): boolean {
    if (++this.lapEvents < LAP_EVENTS) return false;
    this.endLap();
    return true;
  }

  /** Ends the batch's last lap; returns the figure to carry to the next batch. */
  finish(): number {
    if (this.lapEvents > 0) this.endLap();
    return this.perEventMs;
  }

  /** Time away from the batch (the event loop's turn between slices, taken right after a lap) is not processing. */
  resumed(): void {
    this.lapStartMs = this.clock.monotonicMs();
  }

  private endLap(): void {
    const now = this.clock.monotonicMs();
    this.perEventMs = (now - this.lapStartMs) / this.lapEvents;
    this.lapStartMs = now;
    this.lapEvents = 0;
  }
}
