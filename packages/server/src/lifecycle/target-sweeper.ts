import type { Log } from '../log.js';
import type { MetricsEngine } from '../metrics/engine.js';

/**
 * Removes targets that nobody watches and that had no events (and no HTTP
 * readers) for the inactivity timeout (SPEC F8). Removal tells clients
 * through the engine's target listeners.
 */
export class TargetSweeper {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly engine: MetricsEngine,
    private readonly inactivityTimeoutMs: number,
    private readonly log: Log,
  ) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => this.sweep(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Returns the ids removed. */
  sweep(): string[] {
    const now = this.engine.clock.nowMs();
    const removed: string[] = [];
    for (const target of [...this.engine.targets.values()]) {
      const lastActive = Math.max(target.lastEventMs, target.lastViewedMs, target.createdMs);
      if (now - lastActive < this.inactivityTimeoutMs) continue;
      if (this.engine.watcherCount(target.id) > 0) continue;
      this.engine.removeTarget(target.id);
      removed.push(target.id);
    }
    if (removed.length > 0) this.log.info({ removed }, 'removed inactive targets');
    return removed;
  }
}
