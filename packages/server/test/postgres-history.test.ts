import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import type { HistoryResult } from '@latency-dash/protocol';
import { resolveOptions } from '../src/app.js';
import { ManualClock } from '../src/clock.js';
import { postgresUrlProblem, redactUrl } from '../src/storage/postgres-url.js';
import { postJson, startServer, until, WAIT_MS, type Running } from './helpers.js';
import { receiver } from './webhook-receivers.js';
import { prng } from './prng.js';
import { NO_POSTGRES, pgAvailable, startPostgres, type PrivatePostgres } from './postgres-server.js';

// Hour-aligned, so buckets (aligned to the epoch) start with the data.
const START = Math.floor(Date.now() / 3600_000) * 3600_000 - 3 * 3600_000;

const skip = pgAvailable() ? false : NO_POSTGRES;

async function history(run: Running, qs: string): Promise<HistoryResult> {
  const res = await fetch(`${run.url}/api/v1/history?${qs}`);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as HistoryResult;
}

async function count(url: string, table: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)).rows[0].n);
  } finally {
    await c.end();
  }
}

test('a postgres:// --history is checked at start, and its password is never shown', () => {
  assert.equal(redactUrl('postgres://u:secret@h:5432/db'), 'postgres://u:***@h:5432/db');
  assert.equal(redactUrl('postgresql://u@h/db'), 'postgresql://u@h/db');
  assert.equal(postgresUrlProblem('postgres://u@h:5432/db'), undefined);
  assert.match(postgresUrlProblem('postgres://u@h:5432') ?? '', /needs a database name/);
  assert.throws(() => resolveOptions({ historyPath: 'postgres://u@h' }), /needs a database name/);
  assert.equal(postgresUrlProblem('data/x.sqlite'), undefined, 'a file is not a URL');
});

describe('history in PostgreSQL', { skip }, () => {
  let server: PrivatePostgres;
  let n = 0;
  const newDb = () => server.createDatabase(`ld_${process.pid}_${n++}`);

  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.destroy();
  });

  test('the same events give the same /api/v1/history answers from SQLite and from PostgreSQL', async () => {
    const url = await newDb();
    const clocks = [new ManualClock(START), new ManualClock(START)];
    const runs = [await startServer({ clock: clocks[0] }), await startServer({ clock: clocks[1], historyPath: url })];
    try {
      const at = (ms: number) => clocks.forEach((c) => c.set(ms));
      const rand = prng(11);
      // 5 minutes, ~10 events a second in two regions and three keys; some events carry no sample.
      for (let s = 0; s < 300; s++) {
        for (let i = 0; i < 10; i++) {
          at(START + s * 1000 + i * 90);
          const v = rand() < 0.1 ? undefined : Math.exp(Math.log(15 + s / 20) + (rand() - 0.5) * 2);
          const event = {
            targetId: 'd',
            key: `k${i % 3}`,
            metadata: { region: i % 2 ? 'eu' : 'us' },
            timestampMs: START + s * 1000,
            payloadBytes: 50 + i,
            valueMs: v,
          };
          for (const r of runs) r.server.app.engine.ingest(event);
          // A second moved to the store twice (a query's flush mid-second, then the rest of its events): rows merged, not lost.
          if (s === 100 && i === 4) await Promise.all(runs.map((r) => r.server.app.history!.flush(true)));
        }
      }
      at(START + 300_000 + 500);
      await Promise.all(runs.map((r) => r.server.app.history!.flush(true)));
      at(START + 600_000);
      for (const r of runs) await r.server.app.history!.maintain();

      const queries = [
        `target=d&key=k0&from=${START}&to=${START + 300_000}&step=1`,
        `target=d&from=${START}&to=${START + 300_000}&step=10`,
        `target=d&split=true&from=${START}&to=${START + 300_000}&step=30`,
        `target=d&from=${START}&to=${START + 300_000}&step=60`,
        `target=d&split=true&from=${START}&to=${START + 300_000}&step=300`,
        `target=d&key=k2&metadata=region=eu&from=${START + 12_345}&to=${START + 250_000}&step=all`,
        `target=d&from=${START}&to=${START + 300_000}`,
        `target=none&from=${START}&to=${START + 300_000}`,
      ];
      for (const q of queries) {
        const [fromSqlite, fromPostgres] = await Promise.all(runs.map((r) => history(r, q)));
        assert.ok(fromSqlite.series.length > 0 || q.includes('none'), `${q}: some series`);
        assert.deepEqual(fromPostgres, fromSqlite, q);
      }
      const minutes = await history(runs[1], queries[3]);
      assert.equal(minutes.resolution, '1m', 'folded per-minute rows serve a minute step');
      assert.equal(
        minutes.series.reduce((t, s) => t + s.points.reduce((e, p) => e + p.events, 0), 0),
        3000,
      );
    } finally {
      for (const r of runs) await r.close();
    }
  });

  test('retention: per-second rows go after their hours, per-minute rows after their days', async () => {
    const url = await newDb();
    const clock = new ManualClock(START);
    const run = await startServer({ clock, historyPath: url, retentionPerSecondHours: 1, retentionPerMinuteDays: 1 });
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
      assert.equal(await count(url, 'rollup_1s'), 4, 'two seconds × (combined + split)');
      assert.equal(await count(url, 'rollup_1m'), 4, 'both minutes folded');
      clock.set(START + 61 * 60_000);
      await run.server.app.history!.maintain();
      assert.equal(await count(url, 'rollup_1s'), 2);
      assert.equal(await count(url, 'rollup_1m'), 4);
      clock.set(START + 25 * 3600_000);
      await run.server.app.history!.maintain();
      assert.equal(await count(url, 'rollup_1s'), 0);
      assert.equal(await count(url, 'rollup_1m'), 0);
    } finally {
      await run.close();
    }
  });

  test('history survives a restart of the server, and the schema is created once', async () => {
    const url = await newDb();
    const clock = new ManualClock(START);
    const first = await startServer({ clock, historyPath: url });
    for (const v of [10, 20, 30])
      first.server.app.engine.ingest({ targetId: 'keep', key: 'db', metadata: {}, timestampMs: START, payloadBytes: 1, valueMs: v });
    // Stopped within the same second as the events: the graceful stop must write it.
    await first.close();
    const second = await startServer({ clock, historyPath: url });
    try {
      second.server.app.engine.ingest({ targetId: 'keep', key: 'db', metadata: {}, timestampMs: START, payloadBytes: 1, valueMs: 50 });
      clock.set(START + 2000);
      const h = await history(second, `target=keep&key=db&from=${START}&to=${START + 2000}&step=1`);
      assert.deepEqual(
        h.series[0].points.map((p) => [p.t, p.events, p.min, p.max]),
        [[START, 4, 10, 50]],
        'the same second, from before and after the restart, merged',
      );
      assert.equal(await count(url, 'latency_dash_migrations'), 2, 'each of the two schema versions applied once');
    } finally {
      await second.close();
    }
  });

  test('a PostgreSQL outage degrades history (health, metrics), buffers it, and writes it all once PostgreSQL is back', async () => {
    const url = await newDb();
    const clock = new ManualClock(START);
    const run = await startServer({ clock, historyPath: url, postgresTimeoutMs: 2000, postgresRulesRefreshMs: 100 });
    const app = run.server.app;
    const recorder = app.history!;
    const ingest = (s: number, v: number) => {
      clock.set(START + s * 1000);
      app.engine.ingest({ targetId: 'o', key: 'k', metadata: {}, timestampMs: START + s * 1000, payloadBytes: 1, valueMs: v });
    };
    const health = async () =>
      (await (await fetch(`${run.url}/health`)).json()) as { status: string; degraded: { component: string; reason: string; path: string }[] };
    const metric = async (name: string) => {
      const text = await (await fetch(`${run.url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(name));
      return Number(line?.split(' ').at(-1));
    };
    try {
      ingest(0, 10);
      clock.set(START + 1500);
      await recorder.flush(false);
      assert.equal((await health()).status, 'ok');

      await server.stop();
      for (let s = 1; s <= 5; s++) ingest(s, 10 * (s + 1));
      clock.set(START + 6500);
      await recorder.flush(false);
      const down = await health();
      assert.equal(down.status, 'degraded');
      const failing = down.degraded.find((d) => d.component === 'history');
      assert.match(failing?.reason ?? '', /PostgreSQL cannot be reached/);
      assert.equal(failing?.path, url, 'the URL, as given (no password here)');
      assert.ok((await metric('latency_dash_history_write_failures_total')) >= 1);
      assert.equal(await metric('latency_dash_storage_degraded{component="history"}'), 1);
      assert.equal(recorder.buffer.size, 5, 'the 5 seconds wait in memory');
      const refused = await fetch(`${run.url}/api/v1/history?target=o&key=k&from=${START}&to=${START + 7000}&step=1`);
      assert.equal(refused.status, 503, 'a read while PostgreSQL is down says so');

      await server.start();
      clock.set(START + 7500);
      await recorder.flush(false);
      assert.equal(recorder.buffer.size, 0);
      // History is healthy at its first write; the alert rules (also in PostgreSQL) at their next read.
      for (const started = Date.now(); (await health()).status !== 'ok';) {
        assert.ok(Date.now() - started < WAIT_MS, `still degraded: ${JSON.stringify((await health()).degraded)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.equal(await metric('latency_dash_storage_degraded{component="history"}'), 0);
      const h = await history(run, `target=o&key=k&from=${START}&to=${START + 7000}&step=1`);
      assert.deepEqual(
        h.series[0].points.map((p) => [p.t - START, p.events, p.max]),
        [0, 1, 2, 3, 4, 5].map((s) => [s * 1000, 1, 10 * (s + 1)]),
        'every accepted second, none lost',
      );
      assert.deepEqual(h.gaps, []);
    } finally {
      if ((await health().catch(() => undefined))?.status !== 'ok') await server.start().catch(() => undefined);
      await run.close();
    }
  });

  test('two servers sharing PostgreSQL see the same rules, and an alert transition is delivered once', async () => {
    const url = await newDb();
    const hook = await receiver();
    const clock = new ManualClock(Date.now());
    const options = { clock, historyPath: url, windowSamples: 10, alertWebhooks: [], postgresRulesRefreshMs: 100 };
    const runs = [await startServer(options), await startServer(options)];
    try {
      const res = await postJson(`${runs[0].url}/api/v1/alerts/rules`, {
        name: 'api p90',
        targetPattern: 'prod',
        keyPattern: 'api',
        metric: 'p90',
        op: 'above',
        threshold: 100,
        forS: 0,
        webhookUrl: hook.url,
      });
      assert.equal(res.status, 201);
      // The other server's rules are re-read on its timer.
      await until('the rule on the second server', () => runs[1].server.app.alerts.store.list().length === 1);
      const listed = (await (await fetch(`${runs[1].url}/api/v1/alerts/rules`)).json()) as { rules: { name: string }[] };
      assert.deepEqual(
        listed.rules.map((r) => r.name),
        ['api p90'],
      );

      // Both servers see the same events (as every node of a cluster does) and both find the alert firing.
      const send = async (v: number) => {
        for (const r of runs)
          await postJson(`${r.url}/api/v1/events`, { events: Array.from({ length: 10 }, () => ({ targetId: 'prod', key: 'api', valueMs: v })) });
      };
      const evaluateBoth = async () => {
        for (const r of runs) r.server.app.alerts.evaluate();
        await Promise.all(runs.map((r) => r.server.app.alerts.notified()));
        await Promise.all(runs.map((r) => r.server.app.webhooks.drain()));
      };
      await send(200);
      await evaluateBoth();
      assert.deepEqual(
        runs.map((r) => r.server.app.alerts.firing().length),
        [1, 1],
        'both servers show it firing',
      );
      assert.equal(hook.requests, 1, 'one webhook for the cluster');
      await send(50);
      await evaluateBoth();
      assert.deepEqual(
        runs.map((r) => r.server.app.alerts.firing().length),
        [0, 0],
      );
      assert.equal(hook.requests, 2, 'one webhook for the resolve too');
      const states = (hook.bodies as { status: string }[]).map((b) => b.status);
      assert.deepEqual(states, ['firing', 'resolved']);
      assert.equal(await count(url, 'alert_events'), 2, 'each transition logged once');
    } finally {
      for (const r of runs) await r.close();
      await hook.close();
    }
  });

  test('a server behind the data cannot fire again an alert another server already resolved', async () => {
    const url = await newDb();
    const hook = await receiver();
    const clock = new ManualClock(Date.now());
    const options = { clock, historyPath: url, windowSamples: 10, alertWebhooks: [], postgresRulesRefreshMs: 100 };
    const [ahead, behind] = [await startServer(options), await startServer(options)];
    try {
      const rule = { name: 'api p90', targetPattern: 'prod', keyPattern: 'api', metric: 'p90', op: 'above', threshold: 100, forS: 0, webhookUrl: hook.url };
      assert.equal((await postJson(`${ahead.url}/api/v1/alerts/rules`, rule)).status, 201);
      await until('the rule on the second server', () => behind.server.app.alerts.store.list().length === 1);
      const send = (r: Running, v: number) =>
        postJson(`${r.url}/api/v1/events`, { events: Array.from({ length: 10 }, () => ({ targetId: 'prod', key: 'api', valueMs: v })) });
      const evaluate = async (r: Running) => {
        r.server.app.alerts.evaluate();
        await r.server.app.alerts.notified();
        await r.server.app.webhooks.drain();
      };
      // Both take the slow events; only the first takes the fast ones after them (the other lags, as a former owner may).
      await send(ahead, 200);
      await send(behind, 200);
      await evaluate(ahead);
      clock.advance(2000);
      await send(ahead, 50);
      await evaluate(ahead);
      assert.deepEqual(
        (hook.bodies as { status: string }[]).map((b) => b.status),
        ['firing', 'resolved'],
      );
      // Evaluated only now, on the older data: it finds the alert firing, but cannot claim it.
      clock.advance(1000);
      await evaluate(behind);
      assert.equal(behind.server.app.alerts.firing().length, 1, 'the lagging server sees it firing in its own data');
      assert.deepEqual(
        (hook.bodies as { status: string }[]).map((b) => b.status),
        ['firing', 'resolved'],
        'no second firing webhook',
      );
      assert.equal(await count(url, 'alert_events'), 2);
    } finally {
      await ahead.close();
      await behind.close();
      await hook.close();
    }
  });
});
