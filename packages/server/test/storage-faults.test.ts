import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { HistoryResult } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { outputLines, SERVER_MAIN, spawnServer } from '../../../scripts/lib/spawn-server.js';
import { TestClient, WAIT_MS, postJson, sleep, startServer, until } from './helpers.js';
import { mountSmallDisk } from './small-disk.js';
import { describeWebhook } from '../src/alerts/webhook-url.js';

const dir = mkdtempSync(join(tmpdir(), 'ld-storage-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Health {
  status: string;
  degraded: { component: string; path: string; reason: string; fix: string; since: string; failures: number }[];
  historyBuffer?: { seconds: number; rows: number; maxSeconds: number; droppedSeconds: number };
}

/** Polls an async condition every 100 ms (a server in another process has no event to wait on); fails with `what` after WAIT_MS. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

async function health(url: string): Promise<{ code: number; body: Health }> {
  const res = await fetch(`${url}/health`);
  return { code: res.status, body: (await res.json()) as Health };
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  assert.ok(line, `${name} is in /metrics`);
  return Number(line.split(' ').at(-1));
}

async function history(url: string, qs: string): Promise<HistoryResult> {
  const res = await fetch(`${url}/api/v1/history?${qs}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as HistoryResult;
}

const eventsIn = (h: HistoryResult) => h.series.reduce((n, s) => n + s.points.reduce((m, p) => m + p.events, 0), 0);

/**
 * Posts events to `targetId` until stopped, a new key now and then (each
 * new series is an insert into the file). Paced, not timed: the test waits
 * for what the server reports, never for this loop.
 */
function produce(url: string, targetId: string) {
  let accepted = 0;
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const res = await postJson(`${url}/api/v1/events`, {
        events: Array.from({ length: 10 }, (_, j) => ({ targetId, key: `k${(i + j) % 30}`, metadata: { n: String(i % 7) }, valueMs: 5 + j })),
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      accepted += (res.body as { accepted: number }).accepted;
      await sleep(20);
    }
  })();
  return {
    accepted: () => accepted,
    async stop() {
      running = false;
      await done;
    },
  };
}

test('in process: failed writes are counted and held, written when the file takes them again, and overflow becomes gaps (max_page_count)', async () => {
  const clock = new ManualClock(Math.floor(Date.now() / 60_000) * 60_000 - 600_000);
  const file = join(dir, 'pages.sqlite');
  const run = await startServer({ clock, historyPath: file, historyBufferSeconds: 3 });
  try {
    const { app } = run.server;
    const recorder = app.history!;
    const t0 = clock.nowMs();
    const second = async (events: number) => {
      for (let i = 0; i < events; i++)
        app.engine.ingest({ targetId: 'p', key: `k${i}`, metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 10, valueMs: 1 + i });
      clock.advance(1000);
      await recorder.flush(false);
    };
    let written = 0;
    /** Caps the file at its size; seconds then go in until one needs a page it cannot have. Returns the events written before. */
    const fillUp = async () => {
      app.db.pragma(`max_page_count = ${app.db.pragma('page_count', { simple: true }) as number}`);
      const failures = app.storageFaults.failures.history;
      for (let i = 0; app.storageFaults.failures.history === failures; i++) {
        assert.ok(i < 50, 'a write failed');
        await second(40);
        if (recorder.buffer.size === 0) written += 40;
      }
    };
    await second(5);
    written += 5;
    assert.equal(app.storageFaults.failures.history, 0);
    await fillUp();
    assert.equal(recorder.buffer.size, 1);
    await second(40);
    assert.equal(recorder.buffer.size, 2, 'both seconds held');
    assert.match(app.storageFaults.degraded()[0].reason, /could not write history: the disk is full \(SQLITE_FULL\)/);

    // Rules are created until one needs a page: it fails whole with the registry's code, and changes nothing.
    let created = 0;
    for (;;) {
      const res = await postJson(`${run.url}/api/v1/alerts/rules`, { name: `rule ${created} ${'x'.repeat(80)}`, metric: 'p50', threshold: 1e9 });
      if (res.status === 201) {
        created++;
        assert.ok(created < 500, 'a rule write failed');
        continue;
      }
      assert.equal(res.status, 503);
      const error = (res.body as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'LD_ERR_STORAGE_UNAVAILABLE');
      assert.match(error.message, /could not save the new alert rule: the disk is full \(SQLITE_FULL\), file .*pages\.sqlite; nothing was changed/);
      break;
    }
    assert.equal(app.alerts.store.list().length, created);
    // A state change (from the evaluator's timer) never throws: it is counted.
    const alertFailures = app.storageFaults.failures.alerts;
    for (let i = 0; i < 100 && app.storageFaults.failures.alerts === alertFailures; i++) {
      app.alerts.store.claim([
        { ruleId: 1, ruleName: 'x'.repeat(100), targetId: 'p', key: 'k', state: 'firing', value: 1, at: clock.nowMs(), asOfMs: clock.nowMs() },
      ]);
    }
    assert.equal(app.storageFaults.failures.alerts, alertFailures + 1);
    assert.deepEqual(
      app.storageFaults.degraded().map((d) => d.component),
      ['history', 'alerts'],
    );

    // Room again: the held seconds are written, oldest first, and nothing is lost.
    app.db.pragma('max_page_count = 1073741823');
    await second(1);
    // Written in slices, with the event loop free in between.
    await until('the held seconds to be written', () => recorder.buffer.size === 0);
    assert.equal(app.storageFaults.isFailing('history'), false);
    app.storageFaults.runProbes();
    assert.deepEqual(app.storageFaults.degraded(), []);
    let h = await history(run.url, `target=p&from=${t0}&to=${clock.nowMs()}&step=1`);
    written += 40 + 40 + 1;
    assert.equal(eventsIn(h), written);
    assert.deepEqual(h.gaps, []);

    // Full again for 5 seconds with room for 3: the 2 oldest are dropped, counted, and shown as a gap, not as zeros.
    await fillUp();
    const lostFrom = recorder.buffer.oldestSecond()! * 1000;
    for (let s = 0; s < 4; s++) await second(40);
    assert.equal(recorder.buffer.droppedSeconds, 2);
    h = await history(run.url, `target=p&from=${t0}&to=${clock.nowMs()}&step=1`);
    assert.deepEqual(h.gaps, [[lostFrom, lostFrom + 2000]]);
    assert.deepEqual(h.pending, [[lostFrom + 2000, lostFrom + 5000]]);
    app.db.pragma('max_page_count = 1073741823');
    await second(0);
    await until('the held seconds to be written', () => recorder.buffer.size === 0);
    h = await history(run.url, `target=p&from=${t0}&to=${clock.nowMs()}&step=1`);
    assert.deepEqual(h.gaps, [[lostFrom, lostFrom + 2000]], 'the gap is in the file now');
    assert.deepEqual(h.pending, []);
    assert.ok(
      h.series.every((s) => s.points.every((p) => p.t < lostFrom || p.t >= lostFrom + 2000)),
      'no point inside the gap',
    );
    assert.equal(eventsIn(h), written + 3 * 40);
  } finally {
    await run.close();
  }
});

test('a full disk under the server process: history waits in memory, /health and /metrics say so, live data flows, rule changes answer 503; with room again all is written', async (t) => {
  const disk = mountSmallDisk(t);
  if (disk === undefined) return;
  const file = join(disk.dir, 'history.sqlite');
  const server = await spawnServer(['--no-demo', '--history', file]);
  const viewer = await TestClient.connect(server.wsUrl);
  let producer: ReturnType<typeof produce> | undefined;
  try {
    const t0 = Date.now();
    // A rule that fires on the first event of its target: its state change is logged to the file.
    const rule = await postJson(`${server.url}/api/v1/alerts/rules`, { name: 'fires', targetPattern: 'alerting', metric: 'p50', threshold: 0 });
    assert.equal(rule.status, 201);
    viewer.subscribe('disk');
    producer = produce(server.url, 'disk');
    await eventually('history to be written', async () => ((await metric(server.url, 'latency_dash_series')) > 0 ? true : undefined));

    disk.fill();
    const degraded = await eventually('/health to say degraded', async () => {
      const h = await health(server.url);
      return h.body.degraded.some((d) => d.component === 'history') ? h : undefined;
    });
    assert.equal(degraded.code, 200, 'degraded is not down: 200 without --strict-health');
    assert.equal(degraded.body.status, 'degraded');
    const d = degraded.body.degraded.find((x) => x.component === 'history')!;
    assert.equal(d.path, file);
    assert.match(d.reason, /^could not write history: the disk is full \(SQLITE_FULL\)$/);
    assert.match(d.fix, /free space on that disk/);
    assert.ok((await metric(server.url, 'latency_dash_history_write_failures_total')) >= 1);
    assert.equal(await metric(server.url, 'latency_dash_storage_degraded{component="history"}'), 1);
    await eventually('seconds to wait in memory', async () => ((await metric(server.url, 'latency_dash_history_buffered_seconds')) >= 2 ? true : undefined));

    // Live data does not depend on the disk.
    const mark = viewer.mark();
    await viewer.next((m) => m.msg === 'batch' && m.batch!.targetId === 'disk' && !m.batch!.snapshot, { after: mark });
    // An alert fires: its state change cannot be logged, which is counted, and the process lives on.
    await postJson(`${server.url}/api/v1/events`, { events: [{ targetId: 'alerting', key: 'k', valueMs: 5 }] });
    await eventually('the alert log write to fail', async () =>
      (await metric(server.url, 'latency_dash_alert_store_write_failures_total')) >= 1 ? true : undefined,
    );
    const refused = await postJson(`${server.url}/api/v1/alerts/rules`, { name: 'new', metric: 'p90', threshold: 100 });
    assert.equal(refused.status, 503);
    assert.equal((refused.body as { error: { code: string } }).error.code, 'LD_ERR_STORAGE_UNAVAILABLE');
    const rules = (await (await fetch(`${server.url}/api/v1/alerts/rules`)).json()) as { rules: { name: string }[] };
    assert.deepEqual(
      rules.rules.map((r) => r.name),
      ['fires'],
      'the refused rule changed nothing',
    );
    const during = await history(server.url, `target=disk&from=${t0}&to=${Date.now()}&step=1`);
    assert.ok(during.pending.length > 0, 'seconds not written yet are named as pending');
    assert.deepEqual(during.gaps, []);
    assert.equal(server.child.exitCode, null, 'the process is alive');
    const failureLines = outputLines(server, 'could not write history');
    assert.equal(failureLines.length, 1, 'logged once, not once per failed write');
    assert.match(failureLines[0], new RegExp(`file ${file.replace(/[.]/g, '\\.')}: free space on that disk`));

    disk.free();
    await eventually('/health to say ok', async () => {
      const h = await health(server.url);
      return h.body.status === 'ok' ? h : undefined;
    });
    await producer.stop();
    const all = await history(server.url, `target=disk&from=${t0 - 1000}&to=${Date.now() + 1000}&step=60`);
    assert.equal(eventsIn(all), producer.accepted(), 'every accepted event is in history');
    assert.deepEqual(all.gaps, []);
    assert.deepEqual(all.pending, []);
    assert.equal(await metric(server.url, 'latency_dash_history_dropped_seconds_total'), 0);
    assert.equal((await postJson(`${server.url}/api/v1/alerts/rules`, { name: 'new', metric: 'p90', threshold: 100 })).status, 201);
    assert.equal(outputLines(server, 'uncaught exception').length, 0);
  } finally {
    await producer?.stop();
    viewer.close();
    assert.equal(await server.stop(), 0);
  }
});

test('a disk full for longer than the buffer: the oldest seconds are dropped, counted, and answered as gaps, also after a restart', async (t) => {
  const disk = mountSmallDisk(t);
  if (disk === undefined) return;
  const file = join(disk.dir, 'history.sqlite');
  const args = ['--no-demo', '--history', file, '--history-buffer-seconds', '2'];
  let server = await spawnServer(args);
  let producer: ReturnType<typeof produce> | undefined;
  try {
    const t0 = Date.now();
    producer = produce(server.url, 'lossy');
    await eventually('history to be written', async () => ((await metric(server.url, 'latency_dash_series')) > 0 ? true : undefined));
    disk.fill();
    await eventually('seconds to be dropped', async () => ((await health(server.url)).body.historyBuffer!.droppedSeconds >= 3 ? true : undefined));
    assert.ok((await metric(server.url, 'latency_dash_history_dropped_seconds_total')) >= 3);
    assert.ok((await metric(server.url, 'latency_dash_history_dropped_rows_total')) >= 3);
    const during = await history(server.url, `target=lossy&from=${t0}&to=${Date.now()}&step=1`);
    assert.ok(during.gaps.length > 0, 'lost seconds are named');
    disk.free();
    await eventually('/health to say ok', async () => ((await health(server.url)).body.status === 'ok' ? true : undefined));
    await producer.stop();
    producer = undefined;
    const check = (h: HistoryResult) => {
      const lost = h.gaps.reduce((n, [from, to]) => n + (to - from), 0);
      assert.ok(lost >= 3000, `at least the 3 dropped seconds: ${JSON.stringify(h.gaps)}`);
      for (const s of h.series)
        for (const p of s.points)
          assert.ok(
            h.gaps.every(([from, to]) => p.t < from || p.t >= to),
            `no point at ${p.t}, inside a gap`,
          );
      assert.deepEqual(h.pending, []);
    };
    const qs = `target=lossy&from=${t0 - 1000}&to=${Date.now() + 1000}&step=1`;
    const afterwards = await history(server.url, qs);
    check(afterwards);
    assert.equal(await server.stop(), 0);
    server = await spawnServer(args);
    const restarted = await history(server.url, qs);
    check(restarted);
    assert.deepEqual(restarted.gaps, afterwards.gaps, 'the gaps are in the file');
  } finally {
    await producer?.stop();
    await server.stop();
  }
});

test('cold start on a full disk: the server starts degraded (503 with --strict-health), reads what the file holds, and writes once there is room', async (t) => {
  const disk = mountSmallDisk(t);
  if (disk === undefined) return;
  const file = join(disk.dir, 'history.sqlite');
  const first = await spawnServer(['--no-demo', '--history', file]);
  const t0 = Date.now();
  assert.equal(
    (await postJson(`${first.url}/api/v1/events`, { events: [1, 2, 3, 4, 5].map((v) => ({ targetId: 'cold', key: 'k', valueMs: v })) })).status,
    200,
  );
  assert.equal(await first.stop(), 0);

  disk.fill();
  const server = await spawnServer(['--no-demo', '--history', file, '--strict-health']);
  try {
    const h = await health(server.url);
    assert.equal(h.code, 503, '--strict-health: degraded answers 503');
    assert.equal(h.body.status, 'degraded');
    assert.deepEqual(h.body.degraded.map((d) => d.component).sort(), ['alerts', 'history']);
    assert.ok(h.body.degraded.every((d) => /the disk is full/.test(d.reason) && d.path === file));
    assert.equal(outputLines(server, 'opened it without a shared-memory index').length, 1);
    const range = () => `target=cold&from=${t0 - 1000}&to=${Date.now() + 1000}&step=60`;
    assert.equal(eventsIn(await history(server.url, range())), 5, 'what the file holds is readable');
    assert.equal((await postJson(`${server.url}/api/v1/events`, { events: [6, 7, 8].map((v) => ({ targetId: 'cold', key: 'k', valueMs: v })) })).status, 200);
    disk.free();
    await eventually('/health 200 ok', async () => {
      const now = await health(server.url);
      return now.code === 200 && now.body.status === 'ok' ? true : undefined;
    });
    assert.equal(eventsIn(await history(server.url, range())), 8);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

test("cold start on a full disk with a new file: the server starts, and creates its tables and the config file's rules once there is room", async (t) => {
  const disk = mountSmallDisk(t);
  if (disk === undefined) return;
  const config = join(dir, 'seed.json');
  writeFileSync(config, JSON.stringify({ alertRules: [{ name: 'seeded', metric: 'p99', threshold: 500 }] }));
  disk.fill();
  const file = join(disk.dir, 'new', 'history.sqlite');
  const server = await spawnServer(['--no-demo', '--history', file, '--config', config]);
  const rules = async () => ((await (await fetch(`${server.url}/api/v1/alerts/rules`)).json()) as { rules: { name: string }[] }).rules.map((r) => r.name);
  try {
    const h = await health(server.url);
    assert.equal(h.code, 200);
    assert.deepEqual(h.body.degraded.map((d) => d.component).sort(), ['alerts', 'history']);
    assert.deepEqual(await rules(), [], 'not stored yet');
    const t0 = Date.now();
    assert.equal((await postJson(`${server.url}/api/v1/events`, { events: [{ targetId: 'fresh', key: 'k', valueMs: 1 }] })).status, 200);
    const during = await history(server.url, `target=fresh&from=${t0 - 1000}&to=${Date.now() + 1000}&step=1`);
    assert.deepEqual(during.series, []);
    assert.ok(during.pending.length > 0);
    disk.free();
    await eventually('the seeded rule', async () => ((await rules()).includes('seeded') ? true : undefined));
    await eventually('/health ok', async () => ((await health(server.url)).body.status === 'ok' ? true : undefined));
    assert.equal(eventsIn(await history(server.url, `target=fresh&from=${t0 - 1000}&to=${Date.now() + 1000}&step=60`)), 1);
  } finally {
    assert.equal(await server.stop(), 0);
  }
});

/** Runs main.ts as a process and returns its exit code and stderr. */
async function runMain(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', SERVER_MAIN, '--port', '0', '--no-demo', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stderr };
}

async function refused(args: string[], expected: string): Promise<void> {
  const { code, stderr } = await runMain(args);
  const lines = stderr
    .trim()
    .split('\n')
    .filter((l) => !l.includes('ExperimentalWarning') && !l.includes('--trace-warnings'));
  assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
  assert.deepEqual(lines, [`latency-dash: ${expected}`], args.join(' '));
}

test('start-up checks: a history file, web folder or webhook URL that cannot work is refused with one line naming the path, the problem and a fix', async () => {
  const junk = join(dir, 'junk.sqlite');
  writeFileSync(junk, 'these are notes, not a database\n'.repeat(10));
  await refused(['--history', junk], `history file ${junk} is not a SQLite database: move it away or pass --history another.sqlite`);
  const folder = join(dir, 'folder');
  mkdirSync(folder);
  await refused(['--history', folder], `history file ${folder} is a folder: pass a file in it, e.g. --history ${join(folder, 'latency-dash.sqlite')}`);
  const blocker = join(dir, 'blocker');
  writeFileSync(blocker, '');
  await refused(
    ['--history', join(blocker, 'sub', 'h.sqlite')],
    `history file ${join(blocker, 'sub', 'h.sqlite')} cannot be created: ${blocker} is a file, not a folder: move it away or pass --history another path`,
  );
  const build = 'build the dashboard (npm run build) or pass --web-dir the folder that holds its index.html';
  await refused(['--history', 'off', '--web-dir', join(dir, 'no-such-web')], `web folder ${join(dir, 'no-such-web')} does not exist: ${build}`);
  await refused(['--history', 'off', '--web-dir', folder], `web folder ${folder} has no index.html: ${build}`);
  await refused(
    ['--history', 'off', '--alert-webhooks', 'https://ok.example/hook,hooks.example.com/x'],
    'alertWebhooks[1] (--alert-webhooks, ALERT_WEBHOOKS): "hooks.example.com/x" is not a URL; write it in full, e.g. https://hooks.example.com/latency',
  );
  const config = join(dir, 'bad-rule.json');
  writeFileSync(config, JSON.stringify({ alertRules: [{ name: 'r', metric: 'p90', threshold: 1, webhookUrl: 'ftp://files.example/x' }] }));
  await refused(
    ['--history', 'off', '--config', config],
    `alertRules[0]: webhookUrl: "${describeWebhook('ftp://files.example/x')}" must be an http or https URL`,
  );
});

test('start-up checks: a history file on a read-only disk is refused with the path and a fix', async (t) => {
  const disk = mountSmallDisk(t);
  if (disk === undefined) return;
  const file = join(disk.dir, 'history.sqlite');
  writeFileSync(file, '');
  disk.remount('ro');
  await refused(
    ['--history', file],
    `history file ${file} cannot be written: ${file} is on a read-only file system: remount it read-write, or pass --history a writable path (or --history off)`,
  );
  await refused(
    ['--history', join(disk.dir, 'sub', 'h.sqlite')],
    `history file ${join(disk.dir, 'sub', 'h.sqlite')} cannot be written: the folder ${disk.dir} is on a read-only file system: remount it read-write, or pass --history a writable path (or --history off)`,
  );
});
