import { readFileSync } from 'node:fs';
import { createHistogram, performance, type RecordableHistogram } from 'node:perf_hooks';

/** The process over the last interval: what /metrics and ServerStats show as "the last second". */
export interface ProcessFigures {
  /** CPU time over wall time, in percent of one core (200 = two cores busy). */
  cpuPercent: number;
  /** How late a timer of LOOP_RESOLUTION_MS fired, over the interval (ms). */
  loopDelayP50Ms: number;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Seconds the figures cover. */
  intervalS: number;
}

/** The delay timer's period: 100 samples a second, so p99 is close to the worst stall of the second. */
const LOOP_RESOLUTION_MS = 10;

/** /proc reports CPU times in USER_HZ ticks, which Linux fixes at 100 for every architecture user space sees. */
const PROC_TICKS_PER_SECOND = 100;

/**
 * CPU seconds this process has used, from /proc/self/stat (utime + stime)
 * where there is one, as `top` and `ps` read it, so the dashboard agrees
 * with them; undefined elsewhere.
 */
export function procCpuSeconds(path = '/proc/self/stat'): number | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of the line are the 12th and 13th after the name.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return (utime + stime) / PROC_TICKS_PER_SECOND;
}

/** CPU seconds from process.cpuUsage() (microseconds of user and system time). */
function nodeCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Samples the process once per call: CPU % and event-loop delay since the
 * previous call. The delay is how late a 10 ms timer fires, recorded in a
 * perf_hooks histogram that is reset at each sample, so its percentiles
 * cover exactly one interval. Not perf_hooks.monitorEventLoopDelay: its
 * reset() also forgets when its timer last fired, so the first interval
 * after each reset is never recorded (checked on Node 20), and a stall
 * that starts just after a sample (another once-a-second timer, such as
 * the history flush) would never show.
 */
export class ProcessSampler {
  private readonly histogram: RecordableHistogram = createHistogram();
  private readonly loopTimer: NodeJS.Timeout;
  private loopTimerAtMs = performance.now();
  private readonly readCpu: () => number;
  private lastCpuS: number;
  private lastAtMs: number;
  /** The latest figures, zero until the first sample. */
  figures: ProcessFigures = { cpuPercent: 0, loopDelayP50Ms: 0, loopDelayP99Ms: 0, loopDelayMaxMs: 0, intervalS: 0 };
  readonly cpuSource: 'proc' | 'cpuUsage';

  constructor(procStatPath = '/proc/self/stat') {
    const fromProc = procCpuSeconds(procStatPath) !== undefined;
    this.cpuSource = fromProc ? 'proc' : 'cpuUsage';
    this.readCpu = fromProc ? () => procCpuSeconds(procStatPath) ?? nodeCpuSeconds() : nodeCpuSeconds;
    this.lastCpuS = this.readCpu();
    this.lastAtMs = performance.now();
    this.loopTimer = setInterval(() => {
      const now = performance.now();
      // Whole nanoseconds, at least 1: what the histogram records.
      this.histogram.record(Math.max(1, Math.round((now - this.loopTimerAtMs - LOOP_RESOLUTION_MS) * 1e6)));
      this.loopTimerAtMs = now;
    }, LOOP_RESOLUTION_MS);
    this.loopTimer.unref();
  }

  sample(): ProcessFigures {
    const nowMs = performance.now();
    const cpuS = this.readCpu();
    const intervalS = (nowMs - this.lastAtMs) / 1000;
    const h = this.histogram;
    const late = (ns: number) => (h.count === 0 ? 0 : ns / 1e6);
    this.figures = {
      cpuPercent: intervalS > 0 ? Math.max(0, ((cpuS - this.lastCpuS) / intervalS) * 100) : 0,
      loopDelayP50Ms: late(h.percentile(50)),
      loopDelayP99Ms: late(h.percentile(99)),
      loopDelayMaxMs: late(h.max),
      intervalS,
    };
    h.reset();
    this.lastCpuS = cpuS;
    this.lastAtMs = nowMs;
    return this.figures;
  }

  stop(): void {
    clearInterval(this.loopTimer);
  }
}
