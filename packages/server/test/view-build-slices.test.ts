import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { checkView, type DecodedBatch } from '@latency-dash/protocol';
import { packBatch, SeriesStore, sortRows, type Row } from '@latency-dash/protocol/live';
import { ManualClock } from '../src/clock.js';
import { FanoutHub } from '../src/fanout/fanout-hub.js';
import { prng } from './prng.js';
import { TestClient, startServer, type Running } from './helpers.js';

/**
 * A new window of a large target: the source reads every series, and a new
 * ordering sorts them, in slices (fanout/view-source.ts, view-ordering.ts),
 * while ticks go on changing rows and adding series. The window that comes
 * out must be the one a whole-stream viewer would cut from the same ticks.
 */
const TARGET = 'big';
const SERIES = 3000;
/** Ticks come from flushAll only. */
const NO_TIMER_MS = 10_000;
const VIEW = { sort: 'p90', descending: true, offset: 100, limit: 50 };

/** Applies every batch of one stream to the dashboard's series store; keeps the last window. */
class Follower {
  readonly store = new SeriesStore(() => {});
  window: NonNullable<DecodedBatch['window']> | undefined;
  private applied = 0;
  constructor(readonly client: TestClient) {
    this.store.track(TARGET, false);
  }

  /** Waits until every frame written before now has arrived (a pong answers after them), and applies them. */
  async sync(): Promise<void> {
    const mark = this.client.mark();
    this.client.send({ ping: { clientTime: 1 } });
    await this.client.next((m) => m.msg === 'pong', { after: mark });
    for (; this.applied < this.client.messages.length; this.applied++) {
      const b = this.client.messages[this.applied].batch;
      if (b == null) continue;
      if (b.window != null) this.window = b.window;
      assert.equal(this.store.apply(packBatch(b)), 'applied', `batch seq ${b.seq} did not apply`);
    }
  }

  rows(): Row[] {
    return this.store.rows();
  }
}

let run: Running;
let clock: ManualClock;
const rand = prng(12);
/** `n` events: to random series among the first `of` keys (beyond SERIES: new series). */
const ingest = (n: number, of: number) => {
  clock.advance(100);
  for (let i = 0; i < n; i++) {
    const refused = run.server.app.engine.ingest({
      targetId: TARGET,
      key: `k${String(Math.floor(rand() * of)).padStart(5, '0')}`,
      metadata: {},
      timestampMs: clock.nowMs(),
      payloadBytes: 100,
      valueMs: Math.round(rand() * 50_000) / 10,
    });
    assert.equal(refused, undefined);
  }
};

before(async () => {
  clock = new ManualClock(1_700_000_000_000);
  run = await startServer({ clock, fieldDeltas: true });
  clock.advance(100);
  for (let k = 0; k < SERIES; k++) {
    run.server.app.engine.ingest({
      targetId: TARGET,
      key: `k${String(k).padStart(5, '0')}`,
      metadata: {},
      timestampMs: clock.nowMs(),
      payloadBytes: 100,
      valueMs: Math.round(rand() * 50_000) / 10,
    });
  }
});
after(async () => run.close());

test('a new window over thousands of series is read and sorted over many turns while ticks change rows, and equals the whole stream cut the same way', async () => {
  const hub = run.server.app.hub;
  assert.ok(hub instanceof FanoutHub);
  // One step of the work per slice: the build spans many turns of the loop, whatever this machine's speed.
  hub.viewBuildBudgetMs = 0;
  const full = new Follower(await TestClient.connect(run.wsUrl));
  const windowed = new Follower(await TestClient.connect(run.wsUrl));
  try {
    full.client.send({ subscription: { action: 0, targetId: TARGET, splitByMetadata: false, intervalMs: NO_TIMER_MS } });
    await full.client.next((m) => m.msg === 'batch' && m.batch!.snapshot);
    const mark = windowed.client.mark();
    windowed.client.send({ subscription: { action: 0, targetId: TARGET, splitByMetadata: false, intervalMs: NO_TIMER_MS, view: VIEW } });
    // The server holds the window (viewGroupCount) but owes it its first snapshot while it builds: tick meanwhile.
    let ticksDuringBuild = 0;
    for (let turn = 0; hub.viewGroupCount === 0 || hub.pendingViewCount() > 0; turn++) {
      assert.ok(turn < 100_000, 'the window was never built');
      if (hub.viewGroupCount > 0) {
        // Existing series change, and a few new ones appear (keys past SERIES).
        ingest(40, SERIES + 20);
        hub.flushAll();
        ticksDuringBuild++;
      }
      await nextTurn();
    }
    assert.ok(ticksDuringBuild >= 20, `the build took ${ticksDuringBuild} ticks' turns: it was not sliced`);
    await windowed.client.next((m) => m.msg === 'batch' && m.batch!.snapshot, { after: mark });
    const view = checkView(VIEW, { maxRows: 500, maxPinned: 32 });
    assert.ok(typeof view !== 'string');
    const check = (when: string) => {
      const rows = full.rows();
      assert.ok(rows.length > SERIES, `${when}: the series added during the build are in the whole stream (${rows.length})`);
      const want = sortRows(rows, view.sort, view.descending).slice(view.offset, view.offset + view.limit);
      assert.equal(windowed.window?.total, rows.length, `${when}: total`);
      assert.deepEqual(
        windowed.window?.seriesIds,
        want.map((r) => r.seriesId),
        `${when}: the window's rows and order`,
      );
      const held = new Map(windowed.rows().map((r) => [r.seriesId, r.p90]));
      for (const r of want) assert.equal(held.get(r.seriesId), r.p90, `${when}: series ${r.seriesId}'s p90`);
    };
    await full.sync();
    await windowed.sync();
    check('right after the build');
    for (let round = 1; round <= 5; round++) {
      ingest(400, SERIES + 40);
      hub.flushAll();
      await full.sync();
      await windowed.sync();
      check(`tick ${round} after`);
    }
  } finally {
    full.client.close();
    windowed.client.close();
  }
});
