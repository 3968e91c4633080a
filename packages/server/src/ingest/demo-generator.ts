import { randomFillSync } from 'node:crypto';
import type { MetricsEngine } from '../metrics/engine.js';
import { REGION_INTERVAL_FACTOR, TIER_INTERVAL_FACTOR, TIER_PAYLOAD_FACTOR, type DemoTarget } from './demo-targets.js';

const TIERS = Object.keys(TIER_INTERVAL_FACTOR);
const REGIONS = Object.keys(REGION_INTERVAL_FACTOR);

/**
 * Generates demo events. Each (target, key, tier, region) runs its own
 * loop, drawing its next interval from the target's range scaled by the
 * tier and region factors, so a split series' interval latency shows its
 * metadata's factor directly, and the combined series shows their mix.
 */
export class DemoGenerator {
  private readonly timers = new Set<NodeJS.Timeout>();
  private running = false;
  private scratch = Buffer.alloc(0);

  constructor(
    private readonly engine: MetricsEngine,
    private readonly targets: readonly DemoTarget[],
    private readonly random: () => number = Math.random,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const target of this.targets) {
      for (const key of target.keys) {
        for (const tier of TIERS) {
          for (const region of REGIONS) this.schedule(target, key, tier, region);
        }
      }
    }
  }

  stop(): void {
    this.running = false;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private schedule(target: DemoTarget, key: string, tier: string, region: string): void {
    const base = target.minIntervalMs + this.random() * (target.maxIntervalMs - target.minIntervalMs);
    const delayMs = base * TIER_INTERVAL_FACTOR[tier] * REGION_INTERVAL_FACTOR[region];
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.running) return;
      this.emit(target, key, tier, region);
      this.schedule(target, key, tier, region);
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  private emit(target: DemoTarget, key: string, tier: string, region: string): void {
    const started = this.engine.clock.monotonicMs();
    const base = target.minPayloadBytes + Math.floor(this.random() * (target.maxPayloadBytes - target.minPayloadBytes + 1));
    const payloadBytes = Math.round(base * TIER_PAYLOAD_FACTOR[tier]);
    // A real random payload, as a producer would send; only its size is kept.
    if (this.scratch.length < payloadBytes) this.scratch = Buffer.alloc(payloadBytes * 2);
    randomFillSync(this.scratch, 0, payloadBytes);
    this.engine.ingest({ targetId: target.targetId, key, metadata: { tier, region }, timestampMs: this.engine.clock.nowMs(), payloadBytes }, started);
  }
}
