/**
 * `npm run bench`: each question in its own process, so one's heap and JIT
 * state do not colour another's figures; then a summary table of the
 * headline figures, goals and ratios. `--quick` for a short pass;
 * `npm run bench -- engine fanout` runs only those; the fan-out has 10,000
 * viewers in a full run, and `--quick --10k` adds them to a short one. Exits 0 when every bench ran (goals missed are
 * figures, not failures), 1 when one crashed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SummaryRow } from './lib/report.js';

/** Where `command` is on PATH, or the bare name (which then does not exist) when it is not. */
function onPath(command: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir !== '' && existsSync(join(dir, command))) return join(dir, command);
  return command;
}

const BENCHES: { name: string; file: string; what: string; nodeFlags: string[]; needs?: string; install?: string; byNameOnly?: boolean }[] = [
  {
    name: 'engine',
    file: 'engine.ts',
    what: 'metrics engine events/s/core and memory per series vs a naive sort-per-event series',
    nodeFlags: ['--expose-gc'],
  },
  { name: 'validate', file: 'validate.ts', what: 'per-event ingest check (schema + conversion) vs the bare compiled schema', nodeFlags: [] },
  {
    name: 'ingest-http',
    file: 'ingest-http.ts',
    what: 'POST /api/v1/events in 1000-event batches (JSON, protobuf) vs /health and empty batches',
    nodeFlags: [],
  },
  {
    name: 'otlp-http',
    file: 'otlp-http.ts',
    what: 'POST /v1/traces in 1000-span requests (protobuf, OTLP/JSON) vs the same latencies as an events batch',
    nodeFlags: [],
  },
  { name: 'flood', file: 'flood.ts', what: 'cardinality flood over HTTP: /health round trips, RSS, /metrics size vs the idle server', nodeFlags: [] },
  { name: 'history', file: 'history.ts', what: 'per-second rollups cost and 24 h range queries', nodeFlags: [] },
  {
    name: 'wal',
    file: 'wal.ts',
    what: 'write-ahead log: HTTP ingest with the log off / everysec / always, replay events/s, restart time with 1 M logged events',
    nodeFlags: [],
  },
  {
    name: 'fanout',
    file: 'fanout.ts',
    what: 'WebSocket viewers of 1000 changing series at 10 batches/s vs 1 viewer and vs a bare ws server sending the same bytes',
    nodeFlags: [],
  },
  {
    name: 'view-window',
    file: 'view-window.ts',
    what: 'windowed views: server ms per tick for 50-row windows of 1,000 and 10,000 series (1 and 8 orderings) vs the whole stream and vs sorting from scratch',
    nodeFlags: [],
  },
  {
    name: 'cluster',
    file: 'cluster.ts',
    what: 'cluster mode: viewers served and events/s acknowledged by 1, 2, 3 nodes on a private redis-server and by --workers 2, vs one node without Redis; failover time after kill -9',
    nodeFlags: [],
    needs: onPath('redis-server'),
    install: 'apt-get install redis-server',
  },
  {
    name: 'soak',
    file: 'soak.ts',
    what: 'an hour of demo + 200 viewers + 5,000 events/s: RSS, heap and event-loop delay every minute (by name only)',
    nodeFlags: [],
    byNameOnly: true,
  },
  {
    name: 'browser',
    file: 'browser-table.ts',
    what: 'dashboard in headless Chromium (10,000 rows)',
    nodeFlags: [],
    needs: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    install: 'apt-get install chromium',
  },
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const passOn = args.filter((a) => a.startsWith('--'));
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`latency-dash bench: unknown bench ${unknown.join(', ')}; choose from ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'ld-bench-run-'));
const resultsFile = join(dir, 'results.jsonl');
const chosen = BENCHES.filter((b) => (only.length === 0 ? !b.byNameOnly : only.includes(b.name)));
const load = loadavg()[0];
console.log(
  `latency-dash bench${quick ? ' (quick)' : ''}: ${chosen.map((b) => b.name).join(', ')}; load average ${load.toFixed(2)} on this machine before starting${load > 0.5 ? ' (something else is running: figures will be lower and noisier)' : ''}`,
);
const ran: { name: string; status: string; seconds: number }[] = [];
const t0 = performance.now();
chosen.forEach((b, i) => {
  const started = performance.now();
  if (b.needs && !existsSync(b.needs)) {
    console.log(`\n== [${i + 1}/${chosen.length}] ${b.name}: skipped (${b.needs} not found; ${b.install ?? 'install it'})`);
    ran.push({ name: b.name, status: 'skipped', seconds: 0 });
    return;
  }
  console.log(`\n== [${i + 1}/${chosen.length}] ${b.name}: ${b.what}`);
  const file = fileURLToPath(new URL(b.file, import.meta.url));
  const r = spawnSync(process.execPath, [...b.nodeFlags, '--conditions=source', '--import', 'tsx', file, ...passOn], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: resultsFile },
  });
  const seconds = (performance.now() - started) / 1000;
  const status = r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`;
  ran.push({ name: b.name, status, seconds });
  console.log(`== ${b.name}: ${status} in ${seconds.toFixed(0)} s`);
});

const rows: SummaryRow[] = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as SummaryRow)
  : [];
rmSync(dir, { recursive: true, force: true });

console.log(`\n== summary (${((performance.now() - t0) / 1000).toFixed(0)} s in all; this machine is a shared 2-core VM, so read ratios before absolutes)`);
const table = [
  ['bench', 'figure', 'value', 'SPEC goal', 'met', 'ratio against the same-run baseline'],
  ...rows.map((r) => [r.bench, r.figure, r.value, r.goal ?? '', r.met === undefined ? '' : r.met ? 'yes' : 'NO', r.ratio ?? '']),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
for (const [i, row] of table.entries()) {
  console.log(
    '  ' +
      row
        .map((cell, c) => cell.padEnd(widths[c]))
        .join('  ')
        .trimEnd(),
  );
  if (i === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
}
for (const r of ran) if (r.status !== 'ok') console.log(`  ${r.name}: ${r.status}`);
process.exit(ran.some((r) => r.status.startsWith('failed')) ? 1 : 0);
