import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALL_METRICS, METRICS, type DecodedBatch } from '@latency-dash/protocol';
import { packBatch, SeriesStore } from '@latency-dash/protocol/live';
import { ManualClock } from '../src/clock.js';
import { prng } from './prng.js';
import { TestClient, startServer, until, type Running } from './helpers.js';

const T0 = 1_700_000_000_000;
const TARGET = 'd';
const KEYS = 40;
const ROUNDS = 60;

/** A viewer that applies every batch it gets to the live series store the dashboard and `top` use. */
class Follower {
  readonly store = new SeriesStore(() => {});
  bytes = 0;
  partialUpdates = 0;
  snapshots: DecodedBatch[] = [];
  private applied = 0;
  constructor(
    readonly client: TestClient,
    readonly split: boolean,
  ) {
    client.ws.on('message', (data: Buffer) => (this.bytes += data.length));
    this.store.track(TARGET, split);
  }

  /** Applies the messages that came since the last call; a gap fails the test (nothing here may be lost). */
  catchUp(): number {
    for (; this.applied < this.client.messages.length; this.applied++) {
      const m = this.client.messages[this.applied];
      if (m.msg !== 'batch' || m.batch!.splitByMetadata !== this.split) continue;
      const packed = packBatch(m.batch!);
      if (m.batch!.snapshot) this.snapshots.push(m.batch!);
      for (const p of packed.present) if (p !== ALL_METRICS) this.partialUpdates++;
      const result = this.store.apply(packed);
      assert.equal(result, 'applied', `batch seq ${m.batch!.seq} (snapshot ${m.batch!.snapshot}) did not apply: ${result}`);
    }
    return this.store.seqOf(TARGET, this.split);
  }

  /** Every row as key|metadata → its metrics. */
  state(): Map<string, Record<string, number>> {
    return new Map(this.store.rows().map((r) => [`${r.key}|${r.metadataLabel}`, Object.fromEntries(METRICS.map((m) => [m.id, r[m.id]]))]));
  }
}

/**
 * The same events, at the same (manual) times, into two real servers: one
 * sending field deltas, one sending full rows. Every round ends with one
 * batch on each (flushAll), so both streams have the same seqs; after each,
 * every viewer's decoded state must equal the full-row viewer's.
 */
test('field deltas: the decoded state equals the full-update state, round after round; late joiners and resyncs get full rows', async () => {
  const clocks = [new ManualClock(T0), new ManualClock(T0)];
  const deltas = await startServer({ clock: clocks[0], fieldDeltas: true });
  const full = await startServer({ clock: clocks[1], fieldDeltas: false });
  const runs: Running[] = [deltas, full];
  try {
    const follow = async (run: Running, split: boolean, json = false) => {
      const f = new Follower(await TestClient.connect(run.wsUrl, json), split);
      f.client.subscribe(TARGET, split, 10_000); // ticks come from flushAll, never from the timer
      return f;
    };
    const ingest = (rand: () => number) => {
      const step = 100 + Math.floor(rand() * 50);
      for (const c of clocks) c.advance(step);
      // A few series per round, so most of a row stays the same between batches (what deltas leave out).
      const n = 1 + Math.floor(rand() * 6);
      for (let i = 0; i < n; i++) {
        const k = Math.floor(rand() * KEYS);
        const event = {
          targetId: TARGET,
          key: `k${k}`,
          metadata: { region: rand() < 0.5 ? 'eu' : 'us' },
          timestampMs: clocks[0].nowMs(),
          payloadBytes: rand() < 0.7 ? 100 : Math.floor(rand() * 1000),
          // Repeated values too: min, max and percentiles often do not move.
          valueMs: rand() < 0.4 ? 10 : Math.round(rand() * 5000) / 10,
        };
        for (const run of runs) assert.equal(run.server.app.engine.ingest({ ...event }), undefined);
      }
    };
    // The target and a first batch of series exist before anyone subscribes.
    const seed = prng(12);
    ingest(seed);

    const combinedFull = await follow(full, false);
    const splitFull = await follow(full, true);
    const combined = await follow(deltas, false);
    const split = await follow(deltas, true);
    const jsonViewer = await follow(deltas, false, true);
    let late: Follower | undefined;
    const viewers = () => [combined, split, jsonViewer, ...(late ? [late] : [])];
    await until('every snapshot', () => [combinedFull, splitFull, ...viewers()].every((f) => f.catchUp() >= 0));

    const rand = prng(7);
    let prev = { combined: combinedFull.catchUp(), split: splitFull.catchUp() };
    for (let round = 1; round <= ROUNDS; round++) {
      if (round === ROUNDS / 3) jsonViewer.client.send({ resync: { targetId: TARGET, splitByMetadata: false } });
      if (round === ROUNDS / 2) late = await follow(deltas, false);
      ingest(rand);
      for (const run of runs) run.server.app.hub.flushAll();
      const [before, beforeSplit] = [prev.combined, prev.split];
      await until(`round ${round}: a batch on each stream, and every viewer at its seq`, () => {
        prev = { combined: combinedFull.catchUp(), split: splitFull.catchUp() };
        return prev.combined > before && prev.split > beforeSplit && viewers().every((f) => f.catchUp() === (f.split ? prev.split : prev.combined));
      });
      for (const f of viewers()) {
        const truth = f.split ? splitFull.state() : combinedFull.state();
        assert.deepEqual(
          f.state(),
          truth,
          `round ${round}: ${f.split ? 'split' : 'combined'}${f.client.json ? ' (JSON)' : ''} viewer differs from full updates`,
        );
      }
    }

    // Deltas did happen (the test could fail), and saved bytes.
    assert.ok(combined.partialUpdates > ROUNDS / 2, `only ${combined.partialUpdates} updates were field deltas`);
    assert.ok(jsonViewer.partialUpdates > ROUNDS / 4, `only ${jsonViewer.partialUpdates} JSON updates were field deltas`);
    assert.ok(combined.bytes < combinedFull.bytes * 0.8, `deltas took ${combined.bytes} bytes, full rows ${combinedFull.bytes}`);
    // A snapshot (on subscribe, on resync, for a late joiner) is made of full rows with their labels.
    const snapshots = [...viewers().flatMap((f) => f.snapshots)];
    assert.ok(jsonViewer.snapshots.length >= 2, 'the JSON viewer got its resync snapshot');
    assert.ok(late!.snapshots.length === 1 && late!.snapshots[0].updates.length > 0, 'the late viewer got a snapshot with rows');
    for (const s of snapshots) {
      const packed = packBatch(s);
      assert.ok(
        packed.present.every((p) => p === ALL_METRICS),
        `snapshot seq ${s.seq} holds a partial row`,
      );
      assert.ok(
        s.updates.every((u) => u.key !== ''),
        `snapshot seq ${s.seq} holds a row without its key`,
      );
    }
  } finally {
    for (const run of runs) await run.close();
  }
});
