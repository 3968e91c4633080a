import { systemClock, type Clock } from '../clock.js';
import { Series, type IngestEvent } from './series.js';
import { splitSeriesKey } from './series-key.js';
import { TargetState, Watchers, type SeriesListener } from './target-state.js';

export interface EngineOptions {
  /** Samples per series window (SPEC F2: 1000). */
  windowSamples: number;
  clock?: Clock;
}

/** Told about every sample, e.g. to roll it up into history. */
export interface SampleSink {
  onSample(target: TargetState, series: Series, sampleMs: number | undefined, event: IngestEvent, arrivalMs: number, processingMs: number): void;
}

export interface TargetListener {
  onTargetAdded(target: TargetState): void;
  onTargetRemoved(target: TargetState): void;
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
  totalEvents = 0;
  // Global, so an id is never reused while the server runs, even when a
  // target is removed and comes back.
  private nextSeriesId = 1;

  constructor(options: EngineOptions) {
    this.windowSamples = options.windowSamples;
    this.clock = options.clock ?? systemClock;
  }

  /**
   * Applies one validated event. `startedMonoMs` is when the server began
   * handling it (before decoding/validation), so processing time covers
   * taking the event in, not just the arithmetic.
   */
  ingest(event: IngestEvent, startedMonoMs: number = this.clock.monotonicMs()): void {
    const arrivalMs = this.clock.nowMs();
    const target = this.targets.get(event.targetId) ?? this.addTarget(event.targetId, arrivalMs);
    let combined = target.combined.get(event.key);
    if (combined === undefined) combined = this.addSeries(target, event.key, {}, false, event.key);
    const splitKey = splitSeriesKey(event.key, event.metadata);
    let split = target.split.get(splitKey);
    if (split === undefined) split = this.addSeries(target, event.key, event.metadata, true, splitKey);

    const processingMs = this.clock.monotonicMs() - startedMonoMs;
    const combinedSample = combined.apply(event, arrivalMs, processingMs);
    const splitSample = split.apply(event, arrivalMs, processingMs);
    target.eventCount++;
    target.lastEventMs = arrivalMs;
    this.totalEvents++;

    const watchers = target.watchers;
    if (watchers !== undefined) {
      for (const l of watchers.combined) l.onSeriesChanged(combined);
      for (const l of watchers.split) l.onSeriesChanged(split);
    }
    for (const sink of this.sinks) {
      sink.onSample(target, combined, combinedSample, event, arrivalMs, processingMs);
      sink.onSample(target, split, splitSample, event, arrivalMs, processingMs);
    }
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

  private addTarget(targetId: string, nowMs: number): TargetState {
    const target = new TargetState(targetId, nowMs, this.watchers.get(targetId));
    this.targets.set(targetId, target);
    for (const l of this.targetListeners) l.onTargetAdded(target);
    return target;
  }

  private addSeries(target: TargetState, key: string, metadata: IngestEvent['metadata'], split: boolean, mapKey: string): Series {
    const series = new Series(this.nextSeriesId++, key, split ? { ...metadata } : {}, split, this.windowSamples);
    target.seriesOf(split).set(mapKey, series);
    target.byId.set(series.id, series);
    return series;
  }
}
