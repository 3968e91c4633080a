import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { ALL_METRICS, METRICS, checkView, type CanonicalView, type DecodedBatch } from '@latency-dash/protocol';
import { Connection, packBatch, SeriesStore, sortRows, viewFilter, type Row } from '@latency-dash/protocol/live';
import WebSocket from 'ws';
import type { latency } from '@latency-dash/protocol';
import { ManualClock } from '../src/clock.js';
import { prng } from './prng.js';
import { TestClient, startServer, until, type Running } from './helpers.js';

const T0 = 1_700_000_000_000;
const TARGET = 'w';
const KEYS = 60;
/** Ticks come from flushAll only, never from the groups' timers. */
const NO_TIMER_MS = 10_000;

/** A viewer that applies every batch of one stream to the live series store the dashboard uses, and keeps the last window. */
class Follower {
  readonly store = new SeriesStore(() => {});
  window: Decoded<'window'> | undefined;
  batches: DecodedBatch[] = [];
  frames: Buffer[] = [];
  partialUpdates = 0;
  entered = 0;
  left = 0;
  private applied = 0;
  constructor(
    readonly client: TestClient,
    readonly name: string,
  ) {
    this.store.track(TARGET, false);
    client.ws.on('message', (data: Buffer) => {
      // Raw bytes of batches only (init, targets, pongs are per connection).
      const m = client.messages[client.messages.length - 1];
      if (m?.msg === 'batch') this.frames.push(Buffer.from(data));
    });
  }

  subscribe(view?: latency.View.$Properties): number {
    const mark = this.client.mark();
    this.client.send({ subscription: { action: 0, targetId: TARGET, splitByMetadata: false, intervalMs: NO_TIMER_MS, view } });
    this.store.track(TARGET, false);
    return mark;
  }

  /** Waits until every frame the server wrote before now has arrived: a pong answers after them. */
  async sync(): Promise<void> {
    const mark = this.client.mark();
    this.client.send({ ping: { clientTime: 1 } });
    await this.client.next((m) => m.msg === 'pong', { after: mark });
    this.catchUp();
  }

  catchUp(): void {
    for (; this.applied < this.client.messages.length; this.applied++) {
      const m = this.client.messages[this.applied];
      if (m.msg !== 'batch') continue;
      const b = m.batch!;
      this.batches.push(b);
      if (b.window != null) this.window = b.window;
      const packed = packBatch(b);
      for (const p of packed.present) if (p !== ALL_METRICS) this.partialUpdates++;
      if (!b.snapshot) {
        this.entered += packed.labelIndex.length;
        this.left += b.removedSeries.length;
      }
      const result = this.store.apply(packed);
      assert.equal(result, 'applied', `${this.name}: batch seq ${b.seq} (snapshot ${b.snapshot}) did not apply: ${result}`);
    }
  }

  rows(): Map<number, Row> {
    return new Map(this.store.rows().map((r) => [r.seriesId, r]));
  }
}

type Decoded<K extends 'window'> = NonNullable<DecodedBatch[K]>;

const metrics = (r: Row) => Object.fromEntries(METRICS.map((m) => [m.id, r[m.id]]));

/** What a whole-stream viewer would show in this window: its rows filtered, sorted and sliced as the dashboard does. */
function expectedWindow(full: Follower, view: CanonicalView): { total: number; ids: number[] } {
  const pass = viewFilter(view);
  const rows = [...full.rows().values()].filter((r) => pass === undefined || pass(r));
  const sorted = sortRows(rows, view.sort, view.descending);
  return { total: rows.length, ids: sorted.slice(view.offset, view.offset + view.limit).map((r) => r.seriesId) };
}

function canonical(v: latency.View.$Properties): CanonicalView {
  const c = checkView(v, { maxRows: 500, maxPinned: 32 });
  assert.ok(typeof c !== 'string', String(c));
  return c;
}

describe('windowed subscriptions', () => {
  let run: Running;
  let clock: ManualClock;
  const ingest = (rand: () => number, n: number) => {
    clock.advance(100 + Math.floor(rand() * 50));
    for (let i = 0; i < n; i++) {
      const k = Math.floor(rand() * KEYS);
      const refused = run.server.app.engine.ingest({
        targetId: TARGET,
        key: `k${k}`,
        metadata: { region: k % 3 === 0 ? 'eu' : 'us' },
        timestampMs: clock.nowMs(),
        payloadBytes: 100 + Math.floor(rand() * 100),
        // Repeated values too, so ties (broken by key) matter for the order.
        valueMs: rand() < 0.3 ? 10 : Math.round(rand() * 5000) / 10,
      });
      assert.equal(refused, undefined);
    }
  };
  const tick = async (followers: Follower[]) => {
    run.server.app.hub.flushAll();
    for (const f of followers) await f.sync();
  };

  before(async () => {
    clock = new ManualClock(T0);
    run = await startServer({ clock, fieldDeltas: true, maxViewsPerTarget: 12 });
    ingest(prng(3), 200);
  });
  after(async () => run.close());
  /** Every client a test opened, closed after it whatever its outcome, so one failure does not leave views that fail the next test. */
  const opened: TestClient[] = [];
  const connect = async (json = false) => {
    const c = await TestClient.connect(run.wsUrl, json);
    opened.push(c);
    return c;
  };
  afterEach(async () => {
    for (const c of opened.splice(0)) c.close();
    await until('every window is dropped with its last viewer', () => run.server.app.hub.viewGroupCount === 0 && run.server.app.hub.viewerCount() === 0);
  });

  test('the window equals a whole-stream viewer sorted, filtered and sliced, round after round; rows enter and leave; pinned rows ride along', async () => {
    const full = new Follower(await connect(), 'full');
    full.subscribe();
    await full.client.next((m) => m.msg === 'batch' && m.batch!.snapshot);
    full.catchUp();
    const ids = [...full.rows().keys()].sort((a, b) => a - b);
    const views: latency.View.$Properties[] = [
      { sort: 'p90', descending: true, offset: 0, limit: 10 },
      { sort: 'key', offset: 5, limit: 7, keyFilter: 'K1*' },
      { sort: 'events_per_second', descending: true, limit: 5, metadataFilter: 'region=eu', pinned: [ids[0], ids[1], ids[2]] },
      { sort: 'count', offset: 3, limit: 8, p90AtLeastMs: 200, activeOnly: true },
      { sort: 'metadata', descending: true, limit: 4, keyFilter: 'k?' },
    ];
    const windows: { f: Follower; view: CanonicalView }[] = [];
    for (const [i, v] of views.entries()) {
      const f = new Follower(await connect(i === 1), `view ${i}`);
      const mark = f.subscribe(v);
      const snap = await f.client.next((m) => m.msg === 'batch' && m.batch!.snapshot, { after: mark });
      assert.equal(snap.batch!.view?.sort, canonical(v).sort, 'the snapshot echoes the view');
      assert.ok(snap.batch!.window != null, 'the snapshot carries the window');
      windows.push({ f, view: canonical(v) });
    }
    const all = [full, ...windows.map((w) => w.f)];
    const check = (round: number) => {
      const truth = full.rows();
      for (const { f, view } of windows) {
        const want = expectedWindow(full, view);
        assert.deepEqual(f.window?.seriesIds, want.ids, `round ${round}: ${f.name}: the window's rows and order`);
        assert.equal(f.window?.total, want.total, `round ${round}: ${f.name}: total`);
        assert.equal(f.window?.offset, view.offset);
        const held = f.rows();
        const carried = new Set([...want.ids, ...view.pinned.filter((id) => truth.has(id))]);
        assert.deepEqual(new Set(held.keys()), carried, `round ${round}: ${f.name}: holds the window and the pinned rows, nothing else`);
        // Field deltas applied onto the rows the window holds give the whole rows.
        for (const [id, row] of held) assert.deepEqual(metrics(row), metrics(truth.get(id)!), `round ${round}: ${f.name}: series ${id}`);
      }
    };
    await tick(all);
    check(0);
    const rand = prng(9);
    for (let round = 1; round <= 40; round++) {
      ingest(rand, 1 + Math.floor(rand() * 12));
      if (round === 20) {
        // Scrolling: the same viewer asks for another offset and gets a snapshot of that window.
        const w = windows[0];
        const moved = { sort: 'p90', descending: true, offset: 20, limit: 10 };
        const mark = w.f.subscribe(moved);
        const snap = await w.f.client.next((m) => m.msg === 'batch' && m.batch!.snapshot, { after: mark });
        assert.equal(snap.batch!.view?.offset, 20);
        assert.equal(snap.batch!.window?.offset, 20);
        w.view = canonical(moved);
      }
      await tick(all);
      check(round);
    }
    const moving = windows.filter((w) => w.view.sort !== 'key' && w.view.sort !== 'metadata');
    assert.ok(
      moving.some((w) => w.f.entered > 0 && w.f.left > 0),
      `rows entered and left some window: ${moving.map((w) => `${w.f.name} +${w.f.entered} -${w.f.left}`).join(', ')}`,
    );
    assert.ok(
      windows.every((w) => w.f.partialUpdates > 0 || w.view.activeOnly),
      'field deltas reached the windows',
    );
  });

  test('equal views share one stream: byte-identical frames, each batch encoded once', async () => {
    const view = { sort: 'p99', descending: true, offset: 2, limit: 6 };
    const a = new Follower(await connect(), 'a');
    const b = new Follower(await connect(), 'b');
    a.subscribe(view);
    b.subscribe(view);
    await a.sync();
    await b.sync();
    const hub = run.server.app.hub;
    const groupsBefore = hub.viewGroupCount;
    const before = hub.stats.batches;
    const rand = prng(21);
    for (let round = 0; round < 15; round++) {
      ingest(rand, 20);
      await tick([a, b]);
    }
    const built = hub.stats.batches - before;
    const got = a.batches.filter((x) => !x.snapshot).length;
    assert.ok(got >= 10, `only ${got} batches arrived`);
    // This test's two viewers are the only ones left: every batch built was this window's, once for both.
    assert.equal(groupsBefore, 1, 'one window for two viewers');
    assert.equal(built, got, 'each batch was built (and encoded) once');
    assert.deepEqual(b.frames, a.frames, 'both viewers got the same bytes');
    const metrics = await (await fetch(`${run.url}/metrics`)).text();
    assert.match(metrics, /^latency_dash_view_groups 1$/m);
    assert.match(metrics, /^latency_dash_view_viewers 2$/m);
  });

  test('an invalid view gets LD_ERR_BAD_VIEW, too many views LD_ERR_TOO_MANY_VIEWS, and the connection keeps its window', async () => {
    const f = new Follower(await connect(), 'f');
    const init = await f.client.next((m) => m.msg === 'init');
    assert.equal(init.init!.maxViewRows, 500);
    assert.equal(init.init!.viewThresholdSeries, 1000);
    f.subscribe({ sort: 'p50', limit: 3 });
    await f.sync();
    const bad: latency.View.$Properties[] = [
      { sort: 'nope', limit: 3 },
      { sort: 'p50', limit: 0 },
      { sort: 'p50', limit: 501 },
      { sort: 'p50', limit: 3, keyFilter: 'x'.repeat(257) },
      { sort: 'p50', limit: 3, metadataFilter: 'a\u0001b' },
      { sort: 'p50', limit: 3, pinned: Array.from({ length: 33 }, (_, i) => i) },
    ];
    for (const view of bad) {
      const mark = f.client.mark();
      f.client.send({ subscription: { action: 0, targetId: TARGET, intervalMs: NO_TIMER_MS, view } });
      const e = await f.client.next((m) => m.msg === 'error', { after: mark });
      assert.equal(e.error!.code, 'LD_ERR_BAD_VIEW', JSON.stringify(view).slice(0, 80));
    }
    // Distinct views up to the cap (12 in this server), then a refusal; the window in place is untouched. A twin
    // shares f's window, so f moving to another would need one more.
    const twin = await connect();
    twin.send({ subscription: { action: 0, targetId: TARGET, intervalMs: NO_TIMER_MS, view: { sort: 'p50', limit: 3 } } });
    await twin.next((m) => m.msg === 'batch' && m.batch!.snapshot);
    const others = [twin];
    for (let i = 0; i < 11; i++) {
      const c = await connect();
      c.send({ subscription: { action: 0, targetId: TARGET, intervalMs: NO_TIMER_MS, view: { sort: 'p50', offset: i + 1, limit: 3 } } });
      await c.next((m) => m.msg === 'batch' && m.batch!.snapshot);
      others.push(c);
    }
    const mark = f.client.mark();
    f.client.send({ subscription: { action: 0, targetId: TARGET, intervalMs: NO_TIMER_MS, view: { sort: 'p50', offset: 99, limit: 3 } } });
    assert.equal((await f.client.next((m) => m.msg === 'error', { after: mark })).error!.code, 'LD_ERR_TOO_MANY_VIEWS');
    // Still on its first window: the next change comes as a batch of it.
    const seen = f.batches.length;
    ingest(prng(5), 200);
    await tick([f]);
    assert.ok(f.batches.length > seen, 'the window still streams');
    const last = f.batches[f.batches.length - 1];
    assert.equal(last.snapshot, false);
    assert.equal(f.window?.offset, 0);
    assert.equal(f.window?.seriesIds.length, 3);
    // Its own view again: a snapshot, no new window (the cap does not count it twice).
    const again = f.subscribe({ sort: 'p50', limit: 3 });
    assert.ok((await f.client.next((m) => m.msg === 'batch', { after: again })).batch!.snapshot);
  });

  test('the live client (Connection, SeriesStore) carries a view and exposes the window; another view of the same stream swaps the window', async () => {
    const store = new SeriesStore(() => {});
    const conn = new Connection(store, {
      httpBase: run.url,
      wsUrl: run.wsUrl,
      transport: 'auto',
      intervalMs: NO_TIMER_MS,
      createSocket: (url) => new WebSocket(url),
    });
    const full = new Follower(await connect(), 'full');
    full.subscribe();
    await full.sync();
    const shows = (view: CanonicalView) => {
      const w = store.windowOf(TARGET, false);
      const want = expectedWindow(full, view);
      const held = store.rows().map((r) => r.seriesId);
      return (
        w !== undefined &&
        w.offset === view.offset &&
        w.total === want.total &&
        JSON.stringify(w.seriesIds) === JSON.stringify(want.ids) &&
        held.length === want.ids.length &&
        want.ids.every((id) => held.includes(id))
      );
    };
    try {
      conn.start();
      const first = { sort: 'p90', descending: true, offset: 0, limit: 5 };
      conn.setSubscriptions([{ targetId: TARGET, split: false, view: first }]);
      await until('the first window', () => shows(canonical(first)));
      const scrolled = { ...first, offset: 15 };
      conn.setSubscriptions([{ targetId: TARGET, split: false, view: scrolled }]);
      await until('the scrolled window', () => shows(canonical(scrolled)));
      ingest(prng(33), 100);
      run.server.app.hub.flushAll();
      await full.sync();
      await until('the scrolled window after a tick', () => shows(canonical(scrolled)));
      // Back to the whole stream: every series, no window.
      conn.setSubscriptions([{ targetId: TARGET, split: false }]);
      await until('the whole stream', () => store.windowOf(TARGET, false) === undefined && store.rows().length === full.rows().size);
    } finally {
      conn.stop();
    }
  });
});
