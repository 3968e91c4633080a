/**
 * `npm run bench`: each question in its own process, so one's heap and JIT
 * state do not colour another's figures. `--quick` for a short pass;
 * `npm run bench -- engine fanout` runs only those.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCHES: { name: string; file: string; nodeFlags: string[]; needs?: string }[] = [
  { name: 'engine', file: 'engine.ts', nodeFlags: ['--expose-gc'] },
  { name: 'history', file: 'history.ts', nodeFlags: [] },
  { name: 'fanout', file: 'fanout.ts', nodeFlags: [] },
  { name: 'browser', file: 'browser-table.ts', nodeFlags: [], needs: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`bench: unknown bench ${unknown.join(', ')}; choose from ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const b of BENCHES) {
  if (only.length > 0 && !only.includes(b.name)) continue;
  if (b.needs && !existsSync(b.needs)) {
    console.log(`\n== ${b.name}: skipped (${b.needs} not found; apt-get install chromium)`);
    continue;
  }
  console.log(`\n== ${b.name}`);
  const file = fileURLToPath(new URL(b.file, import.meta.url));
  const r = spawnSync(process.execPath, [...b.nodeFlags, '--conditions=source', '--import', 'tsx', file, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`== ${b.name} failed (exit ${r.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
