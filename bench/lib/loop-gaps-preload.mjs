// Preloaded into a server by `bench/soak.ts --profile-gaps` (node --import): records every
// event-loop gap over LOOP_GAPS_MS (default 30) with monotonic bounds in µs, the clock the
// CPU profile's samples use, so gap-profile.ts can say what ran inside each. A 5 ms interval
// that fires late is the gap; it costs ~200 wake-ups a second, fine for a diagnostic run.
import { writeFileSync } from 'node:fs';

const thresholdMs = Number(process.env.LOOP_GAPS_MS ?? 30);
const out = process.env.LOOP_GAPS_OUT ?? `/tmp/loop-gaps-${process.pid}.json`;
const gaps = [];
let last = process.hrtime.bigint();
setInterval(() => {
  const now = process.hrtime.bigint();
  const ms = Number(now - last) / 1e6;
  if (ms > thresholdMs) gaps.push({ startUs: Number(last / 1000n), endUs: Number(now / 1000n), ms, wallMs: Date.now() });
  last = now;
}, 5).unref();
process.on('exit', () => writeFileSync(out, JSON.stringify(gaps)));
