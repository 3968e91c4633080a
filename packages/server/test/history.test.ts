import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { HistoryResult } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { nearestRank } from './independent-stats.js';
import { postJson, startServer } from './helpers.js';
import { prng } from './prng.js';
import { spawnServer } from '../../../scripts/lib/spawn-server.js';

/** What GET /api/v1/history answers (the type the dashboard reads too). */
type History = HistoryResult;

// Hour-aligned, so buckets (aligned to the epoch) start with the data.
const START = Math.floor(Date.now() / 3600_000) * 3600_000 - 3 * 3600_000;

function within(actual: number, exact: number, note: string): void {
  // DDSketch promises 1% relative accuracy at the same rank.
  assert.ok(Math.abs(actual - exact) <= 0.01 * exact, `${note}: ${actual} vs exact ${exact}`);
}

test('percentiles over any range come from merged sketches and match exact values within 1%', async () => {
  const clock = new ManualClock(START);
  const run = await startServer({ clock });
  try {
    const rand = prng(7);
    const values: { t: number; v: number; region: string }[] = [];
    // 20 minutes, ~25 events a second, lognormal latencies whose level drifts.
    for (let s = 0; s < 1200; s++) {
      for (let i = 0; i < 25; i++) {
        clock.set(START + s * 1000 + i * 40);
        const region = i % 3 === 0 ? 'eu' : 'us';
        const v = Math.exp(Math.log(20 + s / 10) + (rand() - 0.5) * 2) * (region === 'eu' ? 2 : 1);
        values.push({ t: clock.nowMs(), v, region });
        run.server.app.engine.ingest({ targetId: 'h', key: 'api', metadata: { region }, timestampMs: clock.nowMs(), payloadBytes: 100, valueMs: v });
      }
    }
    clock.set(START + 1200 * 1000 + 500);
    await run.server.app.history!.flush(true);

    const get = async (qs: string) => {
      const res = await fetch(`${run.url}/api/v1/history?${qs}`);
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as History;
    };
    const exact = (from: number, to: number, region?: string) =>
      values
        .filter((x) => x.t >= from && x.t < to && (region === undefined || x.region === region))
        .map((x) => x.v)
        .sort((a, b) => a - b);

    // The whole range as one bucket, combined view.
    const all = await get(`target=h&key=api&from=${START}&to=${START + 1_200_000}&step=1200`);
    assert.equal(all.series.length, 1);
    const p = all.series[0].points[0];
    const ex = exact(START, START + 1_200_000);
    assert.equal(p.events, ex.length);
    assert.equal(p.min, ex[0]);
    assert.equal(p.max, ex[ex.length - 1]);
    for (const q of [50, 90, 95, 99] as const) within(p[`p${q}`], nearestRank(ex, q), `whole range p${q}`);

    // step=all: one bucket for exactly the range asked, however it aligns.
    const odd = await get(`target=h&key=api&from=${START + 7_000}&to=${START + 707_000}&step=all`);
    const oddPoint = odd.series[0].points;
    assert.equal(oddPoint.length, 1);
    const oddExact = exact(START + 7_000, START + 707_000);
    assert.equal(oddPoint[0].events, oddExact.length);
    within(oddPoint[0].p99, nearestRank(oddExact, 99), 'step=all p99');

    // 30 s buckets of one split series.
    const eu = await get(`target=h&key=api&metadata=region=eu&from=${START}&to=${START + 600_000}&step=30`);
    assert.equal(eu.series.length, 1);
    assert.deepEqual(eu.series[0].metadata, { region: 'eu' });
    assert.equal(eu.series[0].points.length, 20);
    for (const point of eu.series[0].points) {
      const e = exact(point.t, point.t + 30_000, 'eu');
      assert.equal(point.events, e.length);
      within(point.p99, nearestRank(e, 99), `bucket ${point.t - START} p99`);
      within(point.p90, nearestRank(e, 90), `bucket ${point.t - START} p90`);
    }
    assert.equal(eu.series[0].points[0].throughput, ((e) => (e * 100) / 30)(exact(START, START + 30_000, 'eu').length));

    // Fold into per-minute rollups; a minute step reads them, with the same answers.
    clock.advance(120_000);
    await run.server.app.history!.maintain();
    const minutes = await get(`target=h&key=api&from=${START}&to=${START + 1_200_000}&step=300`);
    assert.equal(minutes.resolution, '1m');
    assert.equal(minutes.series[0].points.length, 4);
    for (const point of minutes.series[0].points) {
      const e = exact(point.t, point.t + 300_000);
      assert.equal(point.events, e.length);
      within(point.p99, nearestRank(e, 99), `5-minute bucket p99`);
    }

    // The split view lists one series per metadata set.
    const split = await get(`target=h&split=true&from=${START}&to=${START + 60_000}&step=60`);
    assert.deepEqual(split.series.map((s) => s.metadata.region).sort(), ['eu', 'us']);
  } finally {
    await run.close();
  }
});

test('retention: per-second rows go after their hours, per-minute rows after their days', async () => {
  const clock = new ManualClock(START);
  const run = await startServer({ clock, retentionPerSecondHours: 1, retentionPerMinuteDays: 1 });
  try {
    const ingestAt = (ms: number) => {
      clock.set(ms);
      run.server.app.engine.ingest({ targetId: 'r', key: 'k', metadata: {}, timestampMs: ms, payloadBytes: 1, valueMs: 5 });
    };
    ingestAt(START);
    ingestAt(START + 30 * 60_000);
    clock.set(START + 33 * 60_000);
    await run.server.app.history!.flush(true);
    await run.server.app.history!.maintain();
    const count = (table: string) => (run.server.app.history!.sqlite!.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    assert.equal(count('rollup_1s'), 4, 'two seconds × (combined + split)');
    assert.equal(count('rollup_1m'), 4, 'both minutes folded');
    clock.set(START + 61 * 60_000); // the first second is now over an hour old
    await run.server.app.history!.maintain();
    assert.equal(count('rollup_1s'), 2);
    assert.equal(count('rollup_1m'), 4);
    clock.set(START + 25 * 3600_000); // everything is over a day old
    await run.server.app.history!.maintain();
    assert.equal(count('rollup_1s'), 0);
    assert.equal(count('rollup_1m'), 0);
  } finally {
    await run.close();
  }
});

test('history and export reject bad parameters with a reason', async () => {
  const run = await startServer();
  try {
    for (const qs of [
      '',
      'target=h&from=yesterday',
      'target=h&from=10&to=5',
      'target=h&step=0',
      'target=h&from=0&to=999999999999&step=1',
      'target=h&metadata=nokey',
    ]) {
      const res = await fetch(`${run.url}/api/v1/history?${qs}`);
      assert.equal(res.status, 400, qs);
      const body = (await res.json()) as { error: { code: string; message: string } };
      assert.equal(body.error.code, 'LD_ERR_BAD_REQUEST', qs);
    }
    assert.equal((await fetch(`${run.url}/api/v1/export?target=h&format=xml`)).status, 400);
    assert.equal((await fetch(`${run.url}/api/v1/export?target=nope`)).status, 404);
  } finally {
    await run.close();
  }
});

test('export: the live snapshot as CSV, and history as JSON', async () => {
  const run = await startServer();
  try {
    await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 'ex', key: 'api', metadata: { tier: 'free' }, valueMs: 10, payloadSize: 10 },
        { targetId: 'ex', key: '=cmd', metadata: { tier: 'a,b' }, valueMs: 20 },
      ],
    });
    const res = await fetch(`${run.url}/api/v1/export?target=ex&split=true&format=csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="latency-ex-.*\.csv"/);
    const lines = (await res.text()).trim().split('\n');
    assert.equal(
      lines[0],
      'time,target,key,metadata,min_ms,max_ms,avg_ms,p50_ms,p90_ms,p95_ms,p99_ms,avg_processing_ms,throughput_bytes_per_s,events_per_s,count',
    );
    assert.equal(lines.length, 3);
    assert.ok(
      lines.some((l) => /,ex,api,tier=free,10,10,10,10,10,10,10,[\d.]+,1,0.1,1$/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => l.includes(`,"'=cmd","tier=a,b",20,`)),
      'formulas defused, commas quoted',
    );

    await run.server.app.history!.flush(true);
    const now = Date.now();
    const hist = await fetch(`${run.url}/api/v1/export?target=ex&format=json&from=${now - 60_000}&to=${now + 1000}`);
    const body = (await hist.json()) as { live: boolean; rows: { key: string; count: number }[] };
    assert.equal(body.live, false);
    assert.deepEqual(body.rows.map((r) => [r.key, r.count]).sort(), [
      ['=cmd', 1],
      ['api', 1],
    ]);
  } finally {
    await run.close();
  }
});

test('history survives a restart of the real server process', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-history-'));
  const file = join(dir, 'history.sqlite');
  try {
    const first = await spawnServer(['--no-demo', '--history', file]);
    const t0 = Date.now();
    const res = await postJson(`${first.url}/api/v1/events`, { events: [1, 2, 3, 4].map((v) => ({ targetId: 'keep', key: 'db', valueMs: v * 10 })) });
    assert.equal(res.status, 200);
    // Stopped within the same second as the events: the graceful stop must flush it.
    assert.equal(await first.stop(), 0);

    const second = await spawnServer(['--no-demo', '--history', file]);
    try {
      await postJson(`${second.url}/api/v1/events`, { events: [{ targetId: 'keep', key: 'db', valueMs: 50 }] });
      const h = (await (await fetch(`${second.url}/api/v1/history?target=keep&key=db&from=${t0 - 5000}&to=${Date.now() + 2000}&step=60`)).json()) as History;
      const points = h.series[0].points;
      assert.equal(
        points.reduce((n, p) => n + p.events, 0),
        5,
        'events from before and after the restart',
      );
      assert.equal(Math.max(...points.map((p) => p.max)), 50);
      assert.equal(Math.min(...points.map((p) => p.min)), 10);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a history file of the first layout (per-second rows series first) is rewritten once at open and reads the same', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ld-layout-'));
  const file = join(dir, 'old.sqlite');
  try {
    const { openDatabase } = await import('../src/storage/database.js');
    const { HistoryStore } = await import('../src/history/history-store.js');
    const old = openDatabase(file);
    // The first release's schema, as it created the table.
    old.exec(`CREATE TABLE rollup_1s (series_id INTEGER NOT NULL, ts INTEGER NOT NULL, events INTEGER NOT NULL, samples INTEGER NOT NULL,
      sum REAL NOT NULL, min REAL, max REAL, bytes INTEGER NOT NULL, proc_ms REAL NOT NULL, sketch BLOB, PRIMARY KEY (series_id, ts)) WITHOUT ROWID;
      CREATE INDEX rollup_1s_ts ON rollup_1s (ts);`);
    const insert = old.prepare('INSERT INTO rollup_1s VALUES (?, ?, ?, 0, 0, NULL, NULL, 0, 0, NULL)');
    for (let s = 0; s < 5000; s++) insert.run(1 + (s % 3), 1_000 + Math.floor(s / 3), s);
    old.close();

    const db = openDatabase(file);
    const store = new HistoryStore(db);
    assert.equal(store.migrated1sRows, 5000);
    const pk = db.prepare("SELECT name FROM pragma_table_info('rollup_1s') WHERE pk = 1").get() as { name: string };
    assert.equal(pk.name, 'ts', 'second first');
    // One series over the whole range, in pages: every row, in order.
    const seen: number[] = [];
    for (let from = 1_000; from < 3_000;) {
      const { rows, next } = store.rowsPage('1s', 2, from, 3_000);
      seen.push(...rows.map((r) => r.events));
      from = next;
    }
    assert.deepEqual(
      seen,
      Array.from({ length: 1667 }, (_, i) => 1 + 3 * i),
    );
    db.close();
    // Opening again changes nothing.
    const again = openDatabase(file);
    assert.equal(new HistoryStore(again).migrated1sRows, undefined);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
