/** Events per second over a sliding window, from their timestamps. */
export class RateMeter {
  private times: number[] = [];
  constructor(private readonly windowMs: number) {}

  add(nowMs: number): void {
    this.times.push(nowMs);
    if (this.times.length > 10_000) this.prune(nowMs);
  }

  perSecond(nowMs: number): number {
    this.prune(nowMs);
    return this.times.length / (this.windowMs / 1000);
  }

  private prune(nowMs: number): void {
    const cutoff = nowMs - this.windowMs;
    let i = 0;
    while (i < this.times.length && this.times[i] < cutoff) i++;
    if (i > 0) this.times = this.times.slice(i);
  }
}
