import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkView, METRICS, type CanonicalView, type latency } from '@latency-dash/protocol';
import { packBatch, SeriesStore, sortRows, viewFilter, type Row } from '@latency-dash/protocol/live';
import { ownerOf, partitionOf } from '../src/cluster/partitions.js';
import { getJson, health, startNode, stopNode, waitFor, type ClusterNode } from './cluster-nodes.js';
import { postJson, TestClient, until } from './helpers.js';
import { prng } from './prng.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const PARTITIONS = 8;
const LEASE_MS = 1500;
const IDS = ['node-a', 'node-b'];
const SPLIT = true;
const INTERVAL_MS = 50;
const MAX_VIEW_ROWS = 40;
const THRESHOLD = 25;
const MAX_VIEWS = 3;
const KEYS = 12;
const TIERS = ['free', 'premium', 'enterprise'];

/** A target whose partition node-b owns while both nodes live. */
function targetOwnedByB(): string {
  for (let i = 0; ; i++) {
    const id = `windows-${i}`;
    if (ownerOf(partitionOf(id, PARTITIONS), IDS) === 'node-b') return id;
  }
}
const TARGET = targetOwnedByB();

/** `n` seeded events over 12 keys × 3 tiers (36 split series); repeated values too, so ties (broken by labels) count. */
function events(rand: () => number, n: number) {
  return {
    events: Array.from({ length: n }, () => {
      const k = Math.floor(rand() * KEYS);
      return {
        targetId: TARGET,
        key: `k${String(k).padStart(2, '0')}`,
        metadata: { tier: TIERS[Math.floor(rand() * TIERS.length)] },
        payloadSize: 100 + Math.floor(rand() * 100),
        valueMs: rand() < 0.3 ? 10 : Math.round(rand() * 5000) / 10,
      };
    }),
  };
}

/** A viewer of the target that applies every batch to the dashboard's series store as it comes, keeping the raw frames. */
class Follower {
  readonly store = new SeriesStore(() => {});
  readonly frames: { seq: number; snapshot: boolean; bytes: Buffer }[] = [];
  /** Batches the store could not apply (a gap, a row it never got): none is expected. */
  readonly failures: string[] = [];
  constructor(
    readonly client: TestClient,
    readonly name: string,
  ) {
    // Registered after TestClient's own listener: the message just decoded is the last one it holds.
    client.ws.on('message', (data: Buffer) => {
      const m = client.messages[client.messages.length - 1];
      const b = m?.batch;
      if (m?.msg !== 'batch' || b == null || b.targetId !== TARGET) return;
      this.frames.push({ seq: b.seq, snapshot: b.snapshot, bytes: Buffer.from(data) });
      const result = this.store.apply(packBatch(b));
      if (result !== 'applied') this.failures.push(`seq ${b.seq} (snapshot ${b.snapshot}): ${result}`);
    });
  }

  static async on(node: ClusterNode, name: string): Promise<Follower> {
    return new Follower(await TestClient.connect(`${node.url.replace('http', 'ws')}/ws`), name);
  }

  /** Subscribes (with a view, or to the whole target) and waits for the snapshot. */
  async subscribe(view?: latency.View.$Properties): Promise<void> {
    const mark = this.client.mark();
    this.store.track(TARGET, SPLIT);
    this.client.send({ subscription: { action: 0, targetId: TARGET, splitByMetadata: SPLIT, intervalMs: INTERVAL_MS, view } });
    await this.client.next((m) => (m.msg === 'batch' && m.batch!.snapshot) || m.msg === 'error', { after: mark });
    assert.deepEqual(
      this.client.messages.slice(mark).filter((m) => m.msg === 'error'),
      [],
      `${this.name}: subscribing`,
    );
  }

  rows(): Map<number, Row> {
    return new Map(this.store.rows().map((r) => [r.seriesId, r]));
  }

  total(): number {
    let n = 0;
    for (const r of this.store.rows()) n += r.count;
    return n;
  }
}

function canonical(v: latency.View.$Properties): CanonicalView {
  const c = checkView(v, { maxRows: MAX_VIEW_ROWS, maxPinned: 32 });
  assert.ok(typeof c !== 'string', String(c));
  return c;
}

const metrics = (r: Row | undefined) => r && Object.fromEntries(METRICS.map((m) => [m.id, r[m.id]]));

/**
 * How a window differs from what a whole-stream viewer of the same data
 * shows at those ranks (its rows filtered, sorted and sliced as the
 * dashboard does), or undefined when it does not.
 */
function mismatch(win: Follower, view: CanonicalView, full: Follower): string | undefined {
  const truth = full.rows();
  const pass = viewFilter(view);
  const passing = [...truth.values()].filter((r) => pass === undefined || pass(r));
  const ids = sortRows(passing, view.sort, view.descending)
    .slice(view.offset, view.offset + view.limit)
    .map((r) => r.seriesId);
  const w = win.store.windowOf(TARGET, SPLIT);
  if (w === undefined) return `${win.name}: no window`;
  if (JSON.stringify(w.seriesIds) !== JSON.stringify(ids)) return `${win.name}: window ${JSON.stringify(w.seriesIds)}, expected ${JSON.stringify(ids)}`;
  if (w.total !== passing.length || w.offset !== view.offset)
    return `${win.name}: total ${w.total} offset ${w.offset}, expected ${passing.length} ${view.offset}`;
  const held = win.rows();
  const carried = new Set([...ids, ...view.pinned.filter((id) => truth.has(id))]);
  if (held.size !== carried.size || [...carried].some((id) => !held.has(id))) return `${win.name}: holds ${[...held.keys()]}, expected ${[...carried]}`;
  for (const [id, row] of held) {
    if (JSON.stringify(metrics(row)) !== JSON.stringify(metrics(truth.get(id))))
      return `${win.name}: series ${id}: ${JSON.stringify(metrics(row))} vs ${JSON.stringify(metrics(truth.get(id)))}`;
  }
  return undefined;
}

/** Waits until every window shows what `full` shows at its ranks; fails with the last difference. */
async function windowsMatch(what: string, windows: { f: Follower; view: CanonicalView }[], full: Follower): Promise<void> {
  let last: string | undefined;
  await until(what, () => (last = windows.map((w) => mismatch(w.f, w.view, full)).find((m) => m !== undefined)) === undefined).catch((err: Error) =>
    assert.fail(`${err.message}: ${last}`),
  );
}

describe('windowed views in cluster mode: two server processes on a real redis-server', { skip: redisAvailable() ? false : NO_REDIS }, () => {
  let redis: PrivateRedis;
  const nodes = new Map<string, ClusterNode>();
  const clients: TestClient[] = [];
  const node = (id: string) => nodes.get(id)!;
  const follow = async (id: string, name: string) => {
    const f = await Follower.on(node(id), name);
    clients.push(f.client);
    return f;
  };
  const rand = prng(41);
  let sent = 0;
  const send = async (n: number) => {
    const res = await postJson(`${node('node-a').url}/api/v1/events`, events(rand, n));
    assert.equal(res.status, 200, JSON.stringify(res.body));
    sent += (res.body as { accepted: number }).accepted;
  };
  // Views of the node that does not compute the target (A); the owner (B) serves a whole-stream viewer.
  const V1: latency.View.$Properties = { sort: 'p90', descending: true, offset: 2, limit: 8 };
  const V3: latency.View.$Properties = { sort: 'count', descending: true, limit: 6, keyFilter: 'k0*', activeOnly: true };
  const windows: { f: Follower; view: CanonicalView }[] = [];
  let twins: [Follower, Follower];

  before(async () => {
    redis = await startRedis();
    const args = [
      ...['--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', String(LEASE_MS), '--cluster-prefix', 'cw'],
      ...['--max-view-rows', String(MAX_VIEW_ROWS), '--view-threshold-series', String(THRESHOLD), '--max-views-per-target', String(MAX_VIEWS)],
    ];
    for (const n of await Promise.all(IDS.map((id) => startNode(id, redis.url, args)))) nodes.set(n.id, n);
    await waitFor('two nodes serving every partition', async () => {
      const hs = await Promise.all([...nodes.values()].map(health));
      const served = hs.flatMap((h) => h.cluster.servingPartitions);
      return hs.every((h) => h.cluster.nodes.length === 2) && new Set(served).size === PARTITIONS && served.length === PARTITIONS;
    });
  });

  after(async () => {
    for (const c of clients) c.close();
    await Promise.all([...nodes.values()].map(stopNode));
    await redis?.stop();
  });

  test("a window on a node that does not own the target equals the owner's whole stream sorted, filtered and sliced; equal views get the same bytes", async () => {
    const full = await follow('node-b', 'whole stream on the owner');
    const init = (await full.client.next((m) => m.msg === 'init')).init!;
    assert.equal(init.maxViewRows, MAX_VIEW_ROWS, "init's max_view_rows is the node's setting");
    assert.equal(init.viewThresholdSeries, THRESHOLD);
    await full.subscribe();
    twins = [await follow('node-a', 'V1'), await follow('node-a', 'V1 twin')];
    const v3 = await follow('node-a', 'V3');
    // Before any event: the windows exist before the target does, as whole streams do.
    for (const f of twins) await f.subscribe(V1);
    await v3.subscribe(V3);
    windows.push({ f: twins[0], view: canonical(V1) }, { f: twins[1], view: canonical(V1) }, { f: v3, view: canonical(V3) });
    for (let i = 0; i < 4; i++) await send(150);
    await until(`the owner's viewer counting all ${sent} events`, () => full.total() === sent);
    await windowsMatch('the windows on A showing the final numbers', windows, full);

    // A window opened on data already there, with pinned series (kept whatever their rank) and a metadata filter.
    const ids = [...full.rows().keys()].sort((a, b) => a - b);
    const V2: latency.View.$Properties = { sort: 'key', limit: 5, metadataFilter: 'tier=premium', pinned: [ids[0], ids[ids.length - 1]] };
    const v2 = await follow('node-a', 'V2');
    await v2.subscribe(V2);
    windows.push({ f: v2, view: canonical(V2) });
    for (let i = 0; i < 3; i++) await send(80);
    await until(`the owner's viewer counting all ${sent} events`, () => full.total() === sent);
    await windowsMatch('the windows on A after more events (field deltas)', windows, full);

    await until('the twins holding as many frames', () => twins[0].frames.length === twins[1].frames.length);
    assert.ok(twins[0].frames.filter((f) => !f.snapshot).length >= 2, 'batches reached the twins');
    assert.deepEqual(
      twins[1].frames.map((f) => f.bytes),
      twins[0].frames.map((f) => f.bytes),
      'two viewers of one view on one node get the same bytes',
    );
    const text = await (await fetch(`${node('node-a').url}/metrics`)).text();
    assert.match(text, /^latency_dash_view_groups 3$/m);
    assert.match(text, /^latency_dash_view_viewers 4$/m);
    for (const f of [full, ...windows.map((w) => w.f)]) assert.deepEqual(f.failures, [], `${f.name}: every batch applied`);
  });

  test("a bad view gets LD_ERR_BAD_VIEW (against the node's own --max-view-rows), one too many LD_ERR_TOO_MANY_VIEWS", async () => {
    const c = await TestClient.connect(`${node('node-a').url.replace('http', 'ws')}/ws`);
    clients.push(c);
    const refusal = async (view: latency.View.$Properties) => {
      const mark = c.mark();
      c.send({ subscription: { action: 0, targetId: TARGET, splitByMetadata: SPLIT, intervalMs: INTERVAL_MS, view } });
      return (await c.next((m) => m.msg === 'error' || m.msg === 'batch', { after: mark })).error?.code;
    };
    assert.equal(await refusal({ sort: 'nope', limit: 3 }), 'LD_ERR_BAD_VIEW');
    assert.equal(await refusal({ sort: 'p50', limit: MAX_VIEW_ROWS + 1 }), 'LD_ERR_BAD_VIEW');
    // Three distinct views are served on A already (the cap): a fourth is refused, an existing one is joined.
    assert.equal(await refusal({ sort: 'p50', limit: 3 }), 'LD_ERR_TOO_MANY_VIEWS');
    assert.equal(await refusal(V3), undefined);
  });

  test('kill -9 of the owner: the windows on the surviving node come back (a snapshot, then deltas) without subscribing again', async () => {
    const marks = windows.map((w) => w.f.frames.length);
    node('node-b').child.kill('SIGKILL');
    await node('node-b').exited;
    nodes.delete('node-b');
    await waitFor(`${TARGET} computed by A`, async () => (await getJson(`${node('node-a').url}/api/v1/targets/${TARGET}/series`)).status === 200);
    for (let i = 0; i < 3; i++) await send(60);
    const full = await follow('node-a', 'whole stream on the new owner');
    await full.subscribe();
    await until(`the new owner's viewer counting all ${sent} events`, () => full.total() === sent);
    await windowsMatch('the windows on A showing the new owner’s numbers', windows, full);
    windows.forEach((w, i) => {
      const since = w.f.frames.slice(marks[i]);
      const snapshot = since.findIndex((f) => f.snapshot);
      assert.ok(snapshot >= 0, `${w.f.name}: a snapshot after the owner died`);
      assert.ok(
        since.slice(snapshot + 1).some((f) => !f.snapshot),
        `${w.f.name}: deltas after that snapshot`,
      );
      assert.deepEqual(w.f.failures, [], `${w.f.name}: every batch applied`);
    });
  });
});
