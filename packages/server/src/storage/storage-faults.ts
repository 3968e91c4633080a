import type { Log } from '../log.js';
import { storageProblem } from './storage-errors.js';

/** The parts of the server that write the SQLite file. */
export type StorageComponent = 'history' | 'alerts';

/** A component that cannot write, as /health shows it. */
export interface Degradation {
  component: StorageComponent;
  /** The file, as --history names it. */
  path: string;
  /** What failed and why: "could not write history: the disk is full (SQLITE_FULL)". */
  reason: string;
  /** What an operator can do. */
  fix: string;
  /** When the failures began, Unix ms. */
  sinceMs: number;
  /** Failed writes since then. */
  failures: number;
}

interface Failing {
  reason: string;
  fix: string;
  code: string;
  sinceMs: number;
  failures: number;
}

export interface StorageFaultsOptions {
  /** At most one log line per component this often while it keeps failing. */
  logEveryMs?: number;
  /** How often a failing component with a probe tries a small write. */
  probeEveryMs?: number;
}

/**
 * Write failures of the SQLite file, per component: counted (for /metrics),
 * remembered while they last (for /health), and logged once a minute with
 * the path and what to do, not once per failed write. A component is
 * healthy again at its next successful write; one that may not write again
 * on its own (alerts change rarely) registers a probe, tried every few
 * seconds while it fails.
 */
export class StorageFaults {
  /** Failed writes by component, since start. */
  readonly failures: Record<StorageComponent, number> = { history: 0, alerts: 0 };
  private readonly failing = new Map<StorageComponent, Failing>();
  /** When each component last logged, kept across recoveries so a disk on the edge does not flood the log. */
  private readonly lastLogMs = new Map<StorageComponent, number>();
  /** Failures not yet in a log line. */
  private readonly unlogged: Record<StorageComponent, number> = { history: 0, alerts: 0 };
  /** Components whose failure was logged and whose recovery is not yet. */
  private readonly toldFailing = new Set<StorageComponent>();
  private readonly probes = new Map<StorageComponent, () => void>();
  private readonly recoveredListeners = new Map<StorageComponent, (() => void)[]>();
  private timer: NodeJS.Timeout | undefined;
  private readonly logEveryMs: number;
  private readonly probeEveryMs: number;

  constructor(
    readonly path: string,
    private readonly log: Log,
    options: StorageFaultsOptions = {},
  ) {
    this.logEveryMs = options.logEveryMs ?? 60_000;
    this.probeEveryMs = options.probeEveryMs ?? 5000;
  }

  /**
   * Records a failed write: `action` says what was being written ("write
   * history"), `consequence` what it means meanwhile. Errors that are not
   * storage errors are recorded too: whatever the cause, the data did not
   * reach the file, and the process must not die of it.
   */
  failed(component: StorageComponent, action: string, err: unknown, consequence = ''): void {
    this.failures[component]++;
    const p = storageProblem(err);
    const reason = `could not ${action}: ${p ? `${p.problem} (${p.code})` : `unexpected error: ${(err as Error)?.message ?? String(err)}`}`;
    const fix = p?.fix ?? 'see the error in the log; the server retries on its own';
    const now = Date.now();
    let f = this.failing.get(component);
    if (f === undefined) {
      f = { reason, fix, code: p?.code ?? 'unknown', sinceMs: now, failures: 0 };
      this.failing.set(component, f);
    }
    f.reason = reason;
    f.fix = fix;
    f.code = p?.code ?? 'unknown';
    f.failures++;
    this.unlogged[component]++;
    if (!this.mayLog(component, now)) return;
    this.log.error(
      { component, path: this.path, code: f.code, failures: this.unlogged[component], err: p ? undefined : err },
      `${reason}, ${/^postgres(ql)?:/i.test(this.path) ? 'database' : 'file'} ${this.path}: ${fix}${consequence ? `; ${consequence}` : ''}`,
    );
    this.unlogged[component] = 0;
    this.toldFailing.add(component);
  }

  private mayLog(component: StorageComponent, now: number): boolean {
    const last = this.lastLogMs.get(component);
    if (last !== undefined && now - last < this.logEveryMs) return false;
    this.lastLogMs.set(component, now);
    return true;
  }

  /** Records a successful write: the component is healthy again. */
  ok(component: StorageComponent): void {
    const f = this.failing.get(component);
    if (f === undefined) return;
    this.failing.delete(component);
    // One line for the end of each logged failure: a disk on the edge logs at most two a minute.
    if (this.toldFailing.delete(component)) {
      this.log.warn(
        { component, path: this.path, failedForS: Math.round((Date.now() - f.sinceMs) / 1000), failures: f.failures },
        `${component} writes to ${this.path} work again`,
      );
    }
    for (const listener of this.recoveredListeners.get(component) ?? []) {
      try {
        listener();
      } catch (err) {
        this.log.error({ err, component }, 'could not resume after the storage recovered');
      }
    }
  }

  isFailing(component: StorageComponent): boolean {
    return this.failing.has(component);
  }

  degraded(): Degradation[] {
    return [...this.failing].map(([component, f]) => ({
      component,
      path: this.path,
      reason: f.reason,
      fix: f.fix,
      sinceMs: f.sinceMs,
      failures: f.failures,
    }));
  }

  /** A small write that shows whether `component` could write again; tried while it fails. */
  setProbe(component: StorageComponent, probe: () => void): void {
    this.probes.set(component, probe);
  }

  /** Called each time `component` becomes healthy again. */
  onRecovered(component: StorageComponent, listener: () => void): void {
    this.recoveredListeners.set(component, [...(this.recoveredListeners.get(component) ?? []), listener]);
  }

  start(): void {
    this.timer = setInterval(() => this.runProbes(), this.probeEveryMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Public so tests can run it without waiting for the timer. */
  runProbes(): void {
    for (const [component, probe] of this.probes) {
      if (!this.failing.has(component)) continue;
      try {
        probe();
      } catch {
        continue; // still failing: counted and logged when real writes fail, not per probe
      }
      this.ok(component);
    }
  }
}
