import { SampleWindow } from '../packages/server/src/metrics/sample-window.js';
import { prng } from '../packages/server/test/prng.js';
const N = Number(process.env.NW ?? 400);
const wins = Array.from({ length: N }, () => new SampleWindow(1000));
const rand = prng(1);
const vals = new Float64Array(1 << 16);
for (let i = 0; i < vals.length; i++) { const normal = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand()); vals[i] = Math.round(20 * Math.exp(0.8 * normal) * 1000) / 1000; }
const idx = new Uint16Array(1 << 16); for (let i = 0; i < idx.length; i++) idx[i] = Math.floor(rand() * N);
let k = 0;
function run(n: number): void { for (let i = 0; i < n; i++) { wins[idx[k & 0xffff]].add(vals[(k * 7) & 0xffff]); k++; } }
run(N * 3000);
for (let r = 0; r < 5; r++) { const c0 = process.cpuUsage(); run(2_000_000); const c = process.cpuUsage(c0); console.log(`${((c.user + c.system) * 1000 / 2e6).toFixed(0)} ns/add (cpu)`); }
