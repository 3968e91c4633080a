import { BatchClock } from '../packages/server/src/ingest/batch-clock.js';
import { MetricsEngine } from '../packages/server/src/metrics/engine.js';
import type { IngestEvent, Metadata } from '../packages/server/src/metrics/series.js';
import { prng } from '../packages/server/test/prng.js';
const TIERS = ['free', 'premium', 'enterprise'];
const REGIONS = ['us-east', 'us-west', 'eu-west'];
const metas: Metadata[] = [];
for (const tier of TIERS) for (const region of REGIONS) metas.push({ tier, region });
const rand = prng(42);
const events: IngestEvent[] = [];
for (let i = 0; i < 200_000; i++) {
  const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const e: IngestEvent = { targetId: `target-${Math.floor(rand() * 4)}`, key: `svc-${Math.floor(rand() * 10)}`, metadata: metas[Math.floor(rand() * 9)], timestampMs: 0, payloadBytes: 100 + Math.floor(rand() * 4900) };
  if (i % 2 === 0) e.valueMs = Math.round(20 * Math.exp(0.8 * normal) * 1000) / 1000;
  events.push(e);
}
const engine = new MetricsEngine({ windowSamples: 1000 });
let clockMs = 1.7e12;
let carried = 0;
function pass(): void {
  for (let b = 0; b < events.length; b += 1000) {
    const time = new BatchClock(engine.clock, carried);
    const end = Math.min(events.length, b + 1000);
    for (let i = b; i < end; i++) { const e = events[i]; e.timestampMs = clockMs += 0.01; engine.ingestAt(e, time.arrivalMs, time.perEventMs); time.tick(); }
    carried = time.finish();
  }
}
for (let i = 0; i < 10; i++) pass();
const rounds = Number(process.env.ROUNDS ?? 5);
for (let r = 0; r < rounds; r++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < 5; i++) pass();
  const c = process.cpuUsage(c0); const w = performance.now() - t0;
  console.log(`wall ${(1e6 / w).toFixed(0)}k/s  cpu ${(1e6 / ((c.user + c.system) / 1000) ).toFixed(0)}k/s`);
}
