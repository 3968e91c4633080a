import { systemClock, type Clock } from '../clock.js';
import { Series, type IngestEvent } from './series.js';
import { splitSeriesKey } from './series-key.js';
import { TargetState, Watchers, type SeriesListener } from './target-state.js';

/**
 * Cardinality limits, checked only where a target or series would be
 * created, so events of existing series never pay for them. Absent = no
 * limit (the server always passes its settings).
 */
export interface CardinalityLimits {
  /** Targets in all. */
  maxTargets: number;
  /** Series of one target, combined and split counted together. */
  maxSeriesPerTarget: number;
  /** Series of all targets together. */
  maxSeries: number;
  /** Distinct metadata combinations (split series) of one key of one target. */
  maxMetadataCombinationsPerKey: number;
}

export type RefusalCode = 'LD_ERR_TARGET_LIMIT' | 'LD_ERR_SERIES_LIMIT' | 'LD_ERR_METADATA_LIMIT';

/** Why the engine refused an event: nothing of it was applied. */
export interface Refusal {
  code: RefusalCode;
  reason: string;
}

/** Told at most once a minute per target (and once a minute for the target limit) that events are being refused. */
export interface LimitNotice {
  /** Undefined for the target limit (refused events have no target yet). */
  targetId: string | undefined;
  code: RefusalCode;
  reason: string;
  /** Events refused for this target (or for the target limit) since the previous notice. */
  refusedSinceLastNotice: number;
}

/** Minimum time between two notices for one target. */
export const LIMIT_NOTICE_INTERVAL_MS = 60_000;

export interface EngineOptions {
  /** Samples per series window (SPEC F2: 1000). */
  windowSamples: number;
  clock?: Clock;
  limits?: Partial<CardinalityLimits>;
  /** Called when events are refused, at most once a minute per target. */
  onLimit?: (notice: LimitNotice) => void;
}

/** Told about every sample, e.g. to roll it up into history. */
export interface SampleSink {
  onSample(target: TargetState, series: Series, sampleMs: number | undefined, event: IngestEvent, arrivalMs: number, processingMs: number): void;
}

export interface TargetListener {
  onTargetAdded(target: TargetState): void;
  onTargetRemoved(target: TargetState): void;
  /** A limit refused events for this target (at most once a minute per target, with the notice). */
  onTargetLimited?(target: TargetState): void;
}

/**
 * The metrics engine: pure computation, no I/O. Every event updates its
 * key's combined series and its (key, metadata) split series, so either
 * view can be shown at once, and tells whoever watches that target.
 */
export class MetricsEngine {
  readonly targets = new Map<string, TargetState>();
  readonly windowSamples: number;
  readonly clock: Clock;
  private readonly watchers = new Map<string, Watchers>();
  private readonly targetListeners = new Set<TargetListener>();
  private readonly sinks: SampleSink[] = [];
  /** Called with a frozen series (Series.frozen) before an event changes it; it must unfreeze it. */
  beforeFrozenChange: ((series: Series) => void) | undefined;
  totalEvents = 0;
  readonly limits: CardinalityLimits;
  /** Series of all targets. */
  seriesTotal = 0;
  /** Events refused by each limit since start. */
  readonly refused: Record<RefusalCode, number> = { LD_ERR_TARGET_LIMIT: 0, LD_ERR_SERIES_LIMIT: 0, LD_ERR_METADATA_LIMIT: 0 };
  onLimit: ((notice: LimitNotice) => void) | undefined;
  private targetLimitNoticeMs = Number.NEGATIVE_INFINITY;
  private targetLimitRefusedSinceNotice = 0;
  // Global, so an id is never reused while the server runs, even when a
  // target is removed and comes back.
  private nextSeriesId = 1;

  constructor(options: EngineOptions) {
    this.windowSamples = options.windowSamples;
    this.clock = options.clock ?? systemClock;
    const l = options.limits ?? {};
    this.limits = {
      maxTargets: l.maxTargets ?? Infinity,
      maxSeriesPerTarget: l.maxSeriesPerTarget ?? Infinity,
      maxSeries: l.maxSeries ?? Infinity,
      maxMetadataCombinationsPerKey: l.maxMetadataCombinationsPerKey ?? Infinity,
    };
    this.onLimit = options.onLimit;
  }

  /**
   * Applies one validated event. `startedMonoMs` is when the server began
   * handling it (before decoding/validation), so processing time covers
   * taking the event in, not just the arithmetic.
   *
   * Returns a refusal, and applies nothing, when the event would create a
   * target or series over a limit. An event whose combined series exists
   * but whose split series would go over is refused entirely, so the
   * combined and split views always count the same events.
   */
  ingest(event: IngestEvent, startedMonoMs: number = this.clock.monotonicMs()): Refusal | undefined {
    return this.apply(event, this.clock.nowMs(), startedMonoMs, undefined, true, true);
  }

  /**
   * Applies one validated event of a batch whose clock the caller read:
   * every event of the batch arrived at `arrivalMs`, and `processingMs` is
   * the batch's own time per event (ingest/batch-clock.ts), so the engine
   * reads no clock per event. Refusals as for ingest().
   */
  ingestAt(event: IngestEvent, arrivalMs: number, processingMs: number): Refusal | undefined {
    return this.apply(event, arrivalMs, 0, processingMs, true, true);
  }

  /**
   * Applies an event again from the write-ahead log, with the arrival and
   * processing times it had the first time, so windows, counts and 10 s
   * rates come out as they were (metrics/engine-restore.ts). Not counted in
   * totalEvents (events taken by this process); sinks are told only when
   * `tellSinks` (history takes back the seconds it had not stored).
   */
  replay(event: IngestEvent, arrivalMs: number, processingMs: number, tellSinks: boolean): Refusal | undefined {
    return this.apply(event, arrivalMs, 0, processingMs, false, tellSinks);
  }

  private apply(
    event: IngestEvent,
    arrivalMs: number,
    startedMonoMs: number,
    knownProcessingMs: number | undefined,
    counted: boolean,
    tellSinks: boolean,
  ): Refusal | undefined {
    let target = this.targets.get(event.targetId);
    let combined: Series | undefined;
    let split: Series | undefined;
    if (target !== undefined) {
      const root = target.index.root(event.key);
      if (root !== undefined) {
        combined = root.combined;
        split = target.index.find(root, event.metadata);
      }
    }
    if (target === undefined || combined === undefined || split === undefined) {
      // The slow path: something new (or metadata the index walks differently: the split map has the last word).
      const splitKey = splitSeriesKey(event.key, event.metadata);
      split ??= target?.split.get(splitKey);
      combined ??= target?.combined.get(event.key);
      if (target === undefined || combined === undefined || split === undefined) {
        // Check every limit before creating anything.
        const refusal = this.checkRoom(target, event, combined === undefined, arrivalMs);
        if (refusal !== undefined) return refusal;
        target ??= this.addTarget(event.targetId, arrivalMs);
        combined ??= this.addSeries(target, event.key, {}, false, event.key);
        split ??= this.addSeries(target, event.key, event.metadata, true, splitKey);
      }
    }

    if (combined.frozen) this.beforeFrozenChange?.(combined);
    if (split.frozen) this.beforeFrozenChange?.(split);
    const processingMs = knownProcessingMs ?? this.clock.monotonicMs() - startedMonoMs;
    const combinedSample = combined.apply(event, arrivalMs, processingMs);
    const splitSample = split.apply(event, arrivalMs, processingMs);
    target.eventCount++;
    target.lastEventMs = arrivalMs;
    if (counted) this.totalEvents++;
    const watchers = target.watchers;
    if (watchers !== undefined) {
      for (const l of watchers.combined) l.onSeriesChanged(combined);
      for (const l of watchers.split) l.onSeriesChanged(split);
    }
    if (!tellSinks) return undefined;
    // Combined first, then split: the write-ahead log records the event on its split call.
    for (const sink of this.sinks) {
      sink.onSample(target, combined, combinedSample, event, arrivalMs, processingMs);
      sink.onSample(target, split, splitSample, event, arrivalMs, processingMs);
    }
    return undefined;
  }

  /** Starts telling `listener` about one view of a target, which may not exist yet. */
  watch(targetId: string, split: boolean, listener: SeriesListener): void {
    let w = this.watchers.get(targetId);
    if (w === undefined) {
      w = new Watchers();
      this.watchers.set(targetId, w);
      const target = this.targets.get(targetId);
      if (target !== undefined) target.watchers = w;
    }
    w.of(split).add(listener);
  }

  unwatch(targetId: string, split: boolean, listener: SeriesListener): void {
    const w = this.watchers.get(targetId);
    if (w === undefined) return;
    w.of(split).delete(listener);
    if (w.size === 0) {
      this.watchers.delete(targetId);
      const target = this.targets.get(targetId);
      if (target !== undefined) target.watchers = undefined;
    }
  }

  watcherCount(targetId: string): number {
    return this.watchers.get(targetId)?.size ?? 0;
  }

  /** The series of one view of a target (empty if the target is unknown). */
  seriesOf(targetId: string, split: boolean): Iterable<Series> {
    return this.targets.get(targetId)?.seriesOf(split).values() ?? [];
  }

  onTargets(listener: TargetListener): () => void {
    this.targetListeners.add(listener);
    return () => this.targetListeners.delete(listener);
  }

  addSink(sink: SampleSink): void {
    this.sinks.push(sink);
  }

  /** Removes a target and all its series; watchers get removal notices. */
  removeTarget(targetId: string): boolean {
    const target = this.targets.get(targetId);
    if (target === undefined) return false;
    this.targets.delete(targetId);
    this.seriesTotal -= target.combined.size + target.split.size;
    const w = target.watchers;
    if (w !== undefined) {
      for (const split of [false, true]) {
        const listeners = w.of(split);
        for (const series of target.seriesOf(split).values()) for (const l of listeners) l.onSeriesRemoved(series.id);
      }
    }
    for (const l of this.targetListeners) l.onTargetRemoved(target);
    return true;
  }

  /** Creates a target (no limit checked): for ingest, and for engine-restore.ts loading a snapshot. */
  addTarget(targetId: string, nowMs: number): TargetState {
    const target = new TargetState(targetId, nowMs, this.watchers.get(targetId));
    this.targets.set(targetId, target);
    for (const l of this.targetListeners) l.onTargetAdded(target);
    return target;
  }

  /** Creates a series of a target (no limit checked): for ingest, and for engine-restore.ts loading a snapshot. */
  addSeries(target: TargetState, key: string, metadata: IngestEvent['metadata'], split: boolean, mapKey: string): Series {
    const series = new Series(this.nextSeriesId++, key, split ? { ...metadata } : {}, split, this.windowSamples);
    target.seriesOf(split).set(mapKey, series);
    if (split) target.index.addSplit(key, metadata, series);
    else target.index.setCombined(key, series);
    target.byId.set(series.id, series);
    if (split) target.splitsPerKey.set(key, (target.splitsPerKey.get(key) ?? 0) + 1);
    this.seriesTotal++;
    return series;
  }

  /** Whether an event that needs a new target and/or series fits within the limits; a refusal is counted and noticed. */
  private checkRoom(target: TargetState | undefined, event: IngestEvent, newCombined: boolean, nowMs: number): Refusal | undefined {
    const l = this.limits;
    if (target === undefined) {
      if (this.targets.size >= l.maxTargets) {
        return this.refuse(
          undefined,
          nowMs,
          'LD_ERR_TARGET_LIMIT',
          `the server holds its limit of ${l.maxTargets} targets; target "${event.targetId}" is not created`,
        );
      }
    }
    const needed = newCombined ? 2 : 1;
    const held = target === undefined ? 0 : target.combined.size + target.split.size;
    if (held + needed > l.maxSeriesPerTarget) {
      return this.refuse(
        target,
        nowMs,
        'LD_ERR_SERIES_LIMIT',
        `target "${event.targetId}" holds its limit of ${l.maxSeriesPerTarget} series; key "${event.key}" with this metadata would be new`,
      );
    }
    if (this.seriesTotal + needed > l.maxSeries) {
      return this.refuse(
        target,
        nowMs,
        'LD_ERR_SERIES_LIMIT',
        `the server holds its limit of ${l.maxSeries} series in all; key "${event.key}" with this metadata would be new`,
      );
    }
    const combos = target?.splitsPerKey.get(event.key) ?? 0;
    if (combos + 1 > l.maxMetadataCombinationsPerKey) {
      return this.refuse(
        target,
        nowMs,
        'LD_ERR_METADATA_LIMIT',
        `key "${event.key}" of target "${event.targetId}" holds its limit of ${l.maxMetadataCombinationsPerKey} metadata combinations; this one would be new`,
      );
    }
    return undefined;
  }

  private refuse(target: TargetState | undefined, nowMs: number, code: RefusalCode, reason: string): Refusal {
    this.refused[code]++;
    let notify = false;
    let since = 0;
    if (target === undefined) {
      this.targetLimitRefusedSinceNotice++;
      if (nowMs - this.targetLimitNoticeMs >= LIMIT_NOTICE_INTERVAL_MS) {
        notify = true;
        since = this.targetLimitRefusedSinceNotice;
        this.targetLimitRefusedSinceNotice = 0;
        this.targetLimitNoticeMs = nowMs;
      }
    } else {
      target.refusedEvents++;
      target.atLimit = true;
      target.refusedSinceNotice++;
      if (nowMs - target.lastLimitNoticeMs >= LIMIT_NOTICE_INTERVAL_MS) {
        notify = true;
        since = target.refusedSinceNotice;
        target.refusedSinceNotice = 0;
        target.lastLimitNoticeMs = nowMs;
      }
    }
    if (notify) {
      this.onLimit?.({ targetId: target?.id, code, reason, refusedSinceLastNotice: since });
      if (target !== undefined) for (const l of this.targetListeners) l.onTargetLimited?.(target);
    }
    return { code, reason };
  }
}
