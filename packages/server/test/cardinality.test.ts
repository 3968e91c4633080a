import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from '../src/clock.js';
import { LIMIT_NOTICE_INTERVAL_MS, MetricsEngine, type LimitNotice } from '../src/metrics/engine.js';
import { postJson, startServer, type Running } from './helpers.js';

const T0 = 1_700_000_000_000;

interface Ack {
  accepted: number;
  rejected: { index: number; code: string; reason: string }[];
}
interface TargetInfo {
  targetId: string;
  eventCount: number;
  keyCount: number;
  seriesCount: number;
  refusedEvents: number;
  atLimit: boolean;
}

const ev = (targetId: string, key: string, metadata: Record<string, string> = {}) => ({ targetId, key, metadata, valueMs: 5 });

async function send(s: Running, events: unknown[]): Promise<Ack> {
  const r = await postJson(`${s.url}/api/v1/events`, { events });
  return r.body as Ack;
}

async function targets(s: Running): Promise<Map<string, TargetInfo>> {
  const body = (await (await fetch(`${s.url}/api/v1/targets`)).json()) as { targets: TargetInfo[] };
  return new Map(body.targets.map((t) => [t.targetId, t]));
}

async function refusedCounter(s: Running, reason: string): Promise<number> {
  const text = await (await fetch(`${s.url}/metrics`)).text();
  const m = new RegExp(`^latency_dash_events_refused_total\\{reason="${reason}"\\} (\\d+)$`, 'm').exec(text);
  assert.ok(m, `no refused counter for ${reason} in /metrics`);
  return Number(m[1]);
}

/** Records the server's warn lines (the test server logs nothing by itself). */
function captureWarnings(s: Running): { msg: string; target?: string }[] {
  const lines: { msg: string; target?: string }[] = [];
  const log = s.server.app.log as unknown as { warn: (obj: { target?: string }, msg: string) => void };
  log.warn = (obj, msg) => lines.push({ msg, target: obj.target });
  return lines;
}

test('series limit: a new series beyond it is refused, the rest of the batch kept, existing series keep updating', async () => {
  const s = await startServer({ maxSeriesPerTarget: 4 });
  try {
    const warnings = captureWarnings(s);
    // a and b: a combined and a split series each = 4.
    assert.deepEqual(await send(s, [ev('t', 'a'), ev('t', 'b')]), { accepted: 2, rejected: [] });
    const ack = await send(s, [ev('t', 'a'), ev('t', 'c'), ev('t', 'b'), ev('t', 'a', { tier: 'free' }), ev('other', 'x')]);
    assert.equal(ack.accepted, 3);
    assert.deepEqual(
      ack.rejected.map((r) => [r.index, r.code]),
      [
        [1, 'LD_ERR_SERIES_LIMIT'],
        // The combined series of a exists, its split series for tier=free would be new: refused entirely.
        [3, 'LD_ERR_SERIES_LIMIT'],
      ],
    );
    assert.match(ack.rejected[0].reason, /limit of 4 series/);
    assert.match(ack.rejected[0].reason, /"c"/);

    const a = s.server.app.engine.targets.get('t')!.combined.get('a')!;
    assert.equal(a.count, 2, 'the refused split event did not count in the combined series');
    assert.equal((await send(s, [ev('t', 'a')])).accepted, 1);
    assert.equal(a.count, 3);

    const t = (await targets(s)).get('t')!;
    assert.equal(t.refusedEvents, 2);
    assert.equal(t.atLimit, true);
    assert.equal(t.keyCount, 2);
    assert.equal(t.eventCount, 5);
    const other = (await targets(s)).get('other')!;
    assert.equal(other.atLimit, false);
    assert.equal(other.refusedEvents, 0);

    assert.equal(await refusedCounter(s, 'series_limit'), 2);
    await send(s, [ev('t', 'd'), ev('t', 'e'), ev('t', 'f')]);
    assert.equal(await refusedCounter(s, 'series_limit'), 5);
    assert.equal(await refusedCounter(s, 'target_limit'), 0);
    // Per-target aggregates: one label set per target, whatever its series count.
    const text = await (await fetch(`${s.url}/metrics`)).text();
    const perTarget = (name: string, target: string) => Number(new RegExp(`^latency_dash_target_${name}\\{target="${target}"\\} (\\S+)$`, 'm').exec(text)?.[1]);
    assert.deepEqual(
      ['series', 'events_total', 'refused_events_total', 'at_limit'].map((n) => [perTarget(n, 't'), perTarget(n, 'other')]),
      [
        [4, 2],
        [5, 1],
        [5, 0],
        [1, 0],
      ],
    );
    assert.equal(warnings.filter((w) => w.target === 't').length, 1, `one warning for t, not one per event: ${JSON.stringify(warnings)}`);
  } finally {
    await s.close();
  }
});

test('series limit over all targets', async () => {
  const s = await startServer({ maxSeries: 4 });
  try {
    const ack = await send(s, [ev('t1', 'a'), ev('t2', 'a'), ev('t3', 'a'), ev('t1', 'a')]);
    assert.equal(ack.accepted, 3);
    assert.deepEqual(
      ack.rejected.map((r) => [r.index, r.code]),
      [[2, 'LD_ERR_SERIES_LIMIT']],
    );
    assert.match(ack.rejected[0].reason, /4 series in all/);
    assert.equal((await targets(s)).has('t3'), false, 'no empty target is left behind');
    assert.equal(s.server.app.engine.seriesTotal, 4);
  } finally {
    await s.close();
  }
});

test('target limit: events for a new target beyond it are refused; known targets keep taking events', async () => {
  const s = await startServer({ maxTargets: 2 });
  try {
    const warnings = captureWarnings(s);
    const ack = await send(s, [ev('t1', 'a'), ev('t2', 'a'), ev('t3', 'a'), ev('t4', 'a'), ev('t1', 'b')]);
    assert.equal(ack.accepted, 3);
    assert.deepEqual(
      ack.rejected.map((r) => [r.index, r.code]),
      [
        [2, 'LD_ERR_TARGET_LIMIT'],
        [3, 'LD_ERR_TARGET_LIMIT'],
      ],
    );
    assert.match(ack.rejected[0].reason, /limit of 2 targets/);
    assert.deepEqual([...(await targets(s)).keys()], ['t1', 't2']);
    assert.equal(await refusedCounter(s, 'target_limit'), 2);
    // Every event refused: the batch answers 400 with the reasons, as for invalid events.
    const all = await postJson(`${s.url}/api/v1/events`, { events: [ev('t5', 'a')] });
    assert.equal(all.status, 400);
    assert.equal((all.body as Ack).rejected[0].code, 'LD_ERR_TARGET_LIMIT');
    assert.equal(await refusedCounter(s, 'target_limit'), 3);
    assert.equal(warnings.length, 1, `one warning for the target limit: ${JSON.stringify(warnings)}`);
  } finally {
    await s.close();
  }
});

test('metadata limit: a new combination beyond it is refused; other keys and known combinations are kept', async () => {
  const s = await startServer({ maxMetadataCombinationsPerKey: 2 });
  try {
    const ack = await send(s, [
      ev('t', 'a', { r: '1' }),
      ev('t', 'a', { r: '2' }),
      ev('t', 'a', { r: '3' }),
      ev('t', 'b', { r: '3' }),
      ev('t', 'a', { r: '1' }),
    ]);
    assert.equal(ack.accepted, 4);
    assert.deepEqual(
      ack.rejected.map((r) => [r.index, r.code]),
      [[2, 'LD_ERR_METADATA_LIMIT']],
    );
    assert.match(ack.rejected[0].reason, /limit of 2 metadata combinations/);
    assert.equal(await refusedCounter(s, 'metadata_limit'), 1);
    const t = (await targets(s)).get('t')!;
    assert.deepEqual([t.seriesCount, t.refusedEvents, t.atLimit], [3, 1, true]);
    assert.equal(s.server.app.engine.targets.get('t')!.combined.get('a')!.count, 3);
  } finally {
    await s.close();
  }
});

test('/metrics labels only the top N combined series by events, and says so', async () => {
  const s = await startServer({ metricsTopSeries: 2 });
  try {
    await send(s, [ev('t', 'one'), ev('t', 'two'), ev('t', 'two'), ev('t', 'three'), ev('t', 'three'), ev('t', 'three'), ev('u', 'four')]);
    const text = await (await fetch(`${s.url}/metrics`)).text();
    const keys = new Set([...text.matchAll(/^latency_dash_series_\w+\{target="(\w+)",key="(\w+)"/gm)].map((m) => `${m[1]}/${m[2]}`));
    assert.deepEqual([...keys].sort(), ['t/three', 't/two']);
    assert.match(text, /# HELP latency_dash_series_\w+ .*only the 2 combined series with the most events \(top-N/);
  } finally {
    await s.close();
  }
});

test('engine: refusals are noticed once a minute per target, with the count since the last notice', () => {
  const clock = new ManualClock(T0);
  const notices: LimitNotice[] = [];
  const engine = new MetricsEngine({ windowSamples: 10, clock, limits: { maxSeriesPerTarget: 2, maxTargets: 1 }, onLimit: (n) => notices.push(n) });
  const e = (targetId: string, key: string) => ({ targetId, key, metadata: {}, timestampMs: clock.nowMs(), payloadBytes: 0 });
  assert.equal(engine.ingest(e('t', 'a')), undefined);
  for (let i = 0; i < 100; i++) assert.equal(engine.ingest(e('t', `k${i}`))?.code, 'LD_ERR_SERIES_LIMIT');
  for (let i = 0; i < 10; i++) assert.equal(engine.ingest(e(`u${i}`, 'a'))?.code, 'LD_ERR_TARGET_LIMIT');
  assert.deepEqual(
    notices.map((n) => [n.targetId, n.code, n.refusedSinceLastNotice]),
    [
      ['t', 'LD_ERR_SERIES_LIMIT', 1],
      [undefined, 'LD_ERR_TARGET_LIMIT', 1],
    ],
  );
  clock.advance(LIMIT_NOTICE_INTERVAL_MS - 1);
  engine.ingest(e('t', 'late'));
  assert.equal(notices.length, 2);
  clock.advance(1);
  engine.ingest(e('t', 'later'));
  assert.deepEqual(notices.map((n) => n.refusedSinceLastNotice).slice(2), [101]);
  assert.deepEqual(engine.refused, { LD_ERR_TARGET_LIMIT: 10, LD_ERR_SERIES_LIMIT: 102, LD_ERR_METADATA_LIMIT: 0 });
  assert.equal(engine.targets.get('t')!.combined.get('a')!.count, 1);
  // Removing the target gives its series back.
  engine.removeTarget('t');
  assert.equal(engine.seriesTotal, 0);
});

test('/metrics is valid text exposition: label values with quotes and backslashes are escaped, each family declared once', async () => {
  const s = await startServer({ metricsTopSeries: 5 });
  try {
    await send(s, [ev('we"ird\\target', 'k"ey\\1'), ev('plain', 'api')]);
    const text = await (await fetch(`${s.url}/metrics`)).text();
    assert.match(text, /^latency_dash_target_series\{target="we\\"ird\\\\target"\} 2$/m);
    assert.match(text, /^latency_dash_series_events_total\{target="we\\"ird\\\\target",key="k\\"ey\\\\1"\} 1$/m);
    const label = String.raw`[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\["\\n])*"`;
    const sample = new RegExp(String.raw`^[a-zA-Z_:][a-zA-Z0-9_:]*(\{${label}(,${label})*\})? (-?[0-9.e+-]+|[Nn][Aa][Nn]|[+-][Ii]nf)$`);
    const types = new Map<string, number>();
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
      if (type) types.set(type[1], (types.get(type[1]) ?? 0) + 1);
      else if (!line.startsWith('# HELP ')) assert.match(line, sample);
    }
    assert.deepEqual(
      [...types].filter(([, n]) => n > 1),
      [],
      'no family is declared twice',
    );
  } finally {
    await s.close();
  }
});
