/**
 * Time comes through this interface so tests can drive the metrics engine
 * with exact, repeatable timestamps.
 */
export interface Clock {
  /** Wall-clock time, Unix milliseconds (may carry a fraction). */
  nowMs(): number;
  /** Monotonic time in milliseconds, for measuring durations. */
  monotonicMs(): number;
}

export const systemClock: Clock = {
  nowMs: () => performance.timeOrigin + performance.now(),
  monotonicMs: () => performance.now(),
};

/** A clock that only moves when told to. */
export class ManualClock implements Clock {
  constructor(
    private wallMs = 1_700_000_000_000,
    private monoMs = 0,
  ) {}
  nowMs(): number {
    return this.wallMs;
  }
  monotonicMs(): number {
    return this.monoMs;
  }
  advance(ms: number): void {
    this.wallMs += ms;
    this.monoMs += ms;
  }
  set(wallMs: number): void {
    this.monoMs += wallMs - this.wallMs;
    this.wallMs = wallMs;
  }
}
