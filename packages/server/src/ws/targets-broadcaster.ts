import type { TargetsUpdate } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import type { TargetState } from '../metrics/target-state.js';
import { OutFrame } from '../fanout/frame.js';

/** TargetInfo for the wire and the HTTP API. */
export function targetInfo(t: TargetState) {
  return {
    targetId: t.id,
    eventCount: t.eventCount,
    lastEventTime: Math.round(t.lastEventMs * 1e6),
    keyCount: t.keyCount(),
    seriesCount: t.split.size,
    refusedEvents: t.refusedEvents,
    atLimit: t.atLimit,
  };
}

export function targetsUpdate(engine: MetricsEngine, added: string[] = [], removed: string[] = []): TargetsUpdate {
  const targets = [...engine.targets.keys()].sort();
  return { targets, added, removed, details: [...engine.targets.values()].map(targetInfo) };
}

/**
 * Tells every connection when targets come and go. Changes within
 * `debounceMs` go out as one message, encoded once.
 */
export class TargetsBroadcaster {
  private added = new Set<string>();
  private removed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private readonly unlisten: () => void;

  constructor(
    private readonly engine: MetricsEngine,
    private readonly broadcast: (frame: OutFrame) => void,
    private readonly debounceMs = 200,
  ) {
    this.unlisten = engine.onTargets({
      onTargetAdded: (t) => {
        this.removed.delete(t.id);
        this.added.add(t.id);
        this.schedule();
      },
      onTargetRemoved: (t) => {
        this.added.delete(t.id);
        this.removed.add(t.id);
        this.schedule();
      },
      // Viewers learn that a target drops new series (details carry atLimit and refusedEvents).
      onTargetLimited: () => this.schedule(),
    });
  }

  close(): void {
    this.unlisten();
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const update = targetsUpdate(this.engine, [...this.added], [...this.removed]);
      this.added.clear();
      this.removed.clear();
      this.broadcast(new OutFrame({ targets: update }));
    }, this.debounceMs);
    this.timer.unref();
  }
}
