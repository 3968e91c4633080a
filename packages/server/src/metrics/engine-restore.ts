import type { MetricsEngine } from './engine.js';
import type { SampleWindowState } from './sample-window.js';
import type { Metadata, Series } from './series.js';
import { RateWindow } from './rate-window.js';
import type { TargetState } from './target-state.js';
import { splitSeriesKey } from './series-key.js';
import type { WindowPool } from './window-pool.js';

/** One series as a snapshot keeps it: everything its statistics are read from. */
export interface SeriesState {
  key: string;
  metadata: Metadata;
  split: boolean;
  count: number;
  lastPayloadBytes: number;
  lastUpdateMs: number;
  lastEventMs: number;
  window: SampleWindowState;
  /** The 10 s rate buckets (RateWindow). */
  rate: Float64Array;
}

export interface TargetSnapshot {
  id: string;
  createdMs: number;
  eventCount: number;
  lastEventMs: number;
  lastViewedMs: number;
  refusedEvents: number;
  atLimit: boolean;
  series: SeriesState[];
}

/**
 * The engine's live state at one moment: what the write-ahead log's
 * snapshots hold (wal/snapshot-codec.ts), so a restart shows the same
 * windows, counts and rates without replaying every event since each
 * series began (counts are "since the series began"). Windows are views of
 * the live arrays: encode before the next event.
 */
export function captureEngine(engine: MetricsEngine): TargetSnapshot[] {
  return [...engine.targets.values()].map((t) => ({ ...targetFields(t), series: seriesOfTarget(t).map(seriesState) }));
}

/** A target's own fields, as a snapshot keeps them. */
export function targetFields(t: TargetState): Omit<TargetSnapshot, 'series'> {
  return {
    id: t.id,
    createdMs: t.createdMs,
    eventCount: t.eventCount,
    lastEventMs: t.lastEventMs,
    lastViewedMs: t.lastViewedMs,
    refusedEvents: t.refusedEvents,
    atLimit: t.atLimit,
  };
}

/** Combined before split, each in creation order, so a restore hands out ids in the same order. */
export function seriesOfTarget(t: TargetState): Series[] {
  return [...t.combined.values(), ...t.split.values()];
}

/** One series' state; its window is a view of the live arrays: encode it before the series changes. */
export function seriesState(s: Series): SeriesState {
  return { ...fieldsOf(s), window: s.window.exportState() };
}

/**
 * The series' state as it is now, read later: the window is copied as it
 * is (into a spare from `pool`: no settling, no encoding, no allocation)
 * and settled when `state` is called; `release` gives the copy back once
 * its state is encoded. For a copy on write on the ingest path.
 */
export function seriesStateLater(s: Series, pool: WindowPool): { state: () => SeriesState; release: () => void } {
  const rate = s.rate.exportSlots(pool.slots(RateWindow.slotsLength));
  const fields = fieldsOf(s, rate);
  const window = pool.copyOf(s.window);
  return {
    state: () => ({ ...fields, window: window.exportState() }),
    release: () => {
      pool.release(window);
      pool.releaseSlots(rate);
    },
  };
}

function fieldsOf(s: Series, rate = s.rate.exportSlots()): Omit<SeriesState, 'window'> {
  return {
    key: s.key,
    metadata: s.metadata,
    split: s.split,
    count: s.count,
    lastPayloadBytes: s.lastPayloadBytes,
    lastUpdateMs: s.lastUpdateMs,
    lastEventMs: s.lastEventMs,
    rate,
  };
}

/**
 * Loads a snapshot into an engine that does not hold those targets yet (at
 * start, before anything is ingested). Cardinality limits are applied as
 * they are now: targets and series past them are left out and counted.
 */
export function restoreEngine(engine: MetricsEngine, targets: readonly TargetSnapshot[]): { targets: number; series: number; skipped: number } {
  let restoredTargets = 0;
  let restoredSeries = 0;
  let skipped = 0;
  const l = engine.limits;
  for (const snap of targets) {
    if (engine.targets.has(snap.id) || engine.targets.size >= l.maxTargets) {
      skipped += snap.series.length;
      continue;
    }
    const target = engine.addTarget(snap.id, snap.createdMs);
    target.eventCount = snap.eventCount;
    target.lastEventMs = snap.lastEventMs;
    target.lastViewedMs = snap.lastViewedMs;
    target.refusedEvents = snap.refusedEvents;
    target.atLimit = snap.atLimit;
    restoredTargets++;
    for (const s of snap.series) {
      const mapKey = s.split ? splitSeriesKey(s.key, s.metadata) : s.key;
      const held = target.combined.size + target.split.size;
      const fits =
        held < l.maxSeriesPerTarget &&
        engine.seriesTotal < l.maxSeries &&
        (!s.split || (target.splitsPerKey.get(s.key) ?? 0) < l.maxMetadataCombinationsPerKey) &&
        !target.seriesOf(s.split).has(mapKey);
      if (!fits) {
        skipped++;
        continue;
      }
      const series = engine.addSeries(target, s.key, s.metadata, s.split, mapKey);
      series.count = s.count;
      series.lastPayloadBytes = s.lastPayloadBytes;
      series.lastUpdateMs = s.lastUpdateMs;
      series.lastEventMs = s.lastEventMs;
      series.window.importState(s.window);
      series.rate.importSlots(s.rate);
      restoredSeries++;
    }
  }
  return { targets: restoredTargets, series: restoredSeries, skipped };
}
