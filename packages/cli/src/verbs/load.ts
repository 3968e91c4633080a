import { parseArgs } from 'node:util';
import type { LatencyDashClient } from '@latency-dash/client';
import { EXIT } from '../exit-codes.js';
import { UsageError, type CliIo, type Verb } from '../verb.js';
import { LoadMeter } from './load-meter.js';
import {
  clientOptions,
  deliverAndClose,
  connect,
  count,
  durationMs,
  metadataFlags,
  positiveNumber,
  PRODUCER_HELP,
  PRODUCER_OPTIONS,
  usageErrors,
  wholeNumber,
} from './producer-args.js';

const OPTIONS = {
  ...PRODUCER_OPTIONS,
  rate: { type: 'string' },
  targets: { type: 'string' },
  keys: { type: 'string' },
  duration: { type: 'string' },
  'median-ms': { type: 'string' },
  'progress-every': { type: 'string' },
} as const;

/** Events are generated this often, each tick catching up with the rate. */
const TICK_MS = 20;
/** The longest the final delivery may take before what is left is counted as not delivered. */
const DRAIN_MS = 10_000;
/** Interrupted: a short grace, then stop. */
const STOP_GRACE_MS = 2000;

function help(): string {
  return `latency-dash load: generate events at a steady rate and report how the server keeps up

  latency-dash load --rate 5000 --targets 3 --keys 20 --duration 30s

Options:
  --rate <n>             events per second (default 1000)
  --targets <n|a,b,...>  how many targets (load-1, load-2, ...) or their names (default 1)
  --keys <n|a,b,...>     keys per target, or their names (default 10)
  --duration <d>         how long: 30s, 2m, 500ms, or seconds; 0 = until Ctrl-C (default 10s)
  --median-ms <ms>       the median of the generated latencies, log-normal (default 20)
  --progress-every <d>   progress line interval (default 1s on a terminal, 5s otherwise)
${PRODUCER_HELP}

While it runs, stderr shows events/s delivered, errors and the server's answer times
(p50/p99 per request), one line kept up to date on a terminal, plain lines otherwise.
At the end (or on Ctrl-C) it delivers what it holds and prints a summary.
Exit: 0 all delivered, 1 events refused or not delivered, 2 bad arguments,
3 the server could not be reached, 130 interrupted.`;
}

export const loadVerb: Verb = {
  name: 'load',
  summary: 'generate events at a steady rate, with live progress and a summary',
  help,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values: flags } = usageErrors('load', () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
    if (flags.help) {
      io.stdout.write(`${help()}\n`);
      return EXIT.ok;
    }
    const options = clientOptions(flags, io.env);
    const rate = flags.rate === undefined ? 1000 : positiveNumber('--rate', flags.rate);
    if (rate <= 0 || rate > 10_000_000) throw new UsageError(`--rate must be more than 0 and at most 10000000 events per second, got "${flags.rate}"`);
    const targets = names('--targets', flags.targets ?? '1', 'load-');
    const keys = names('--keys', flags.keys ?? '10', 'key-');
    const duration = durationMs('--duration', flags.duration ?? '10s');
    const medianMs = flags['median-ms'] === undefined ? 20 : positiveNumber('--median-ms', flags['median-ms']);
    const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
    const progressMs = flags['progress-every'] === undefined ? (tty ? 1000 : 5000) : durationMs('--progress-every', flags['progress-every']);
    if (progressMs < 100) throw new UsageError('--progress-every must be at least 100ms');
    const meta = metadataFlags(flags.meta);

    // Room for two seconds of events (at least 20 batches): a server that falls behind shows up as dropped events.
    const batch = options.maxBatchEvents ?? 500;
    const ld = connect({ ...options, maxBufferedEvents: Math.max(batch * 20, Math.min(Math.ceil(rate * 2), 5_000_000)), flushIntervalMs: 100 });
    const meter = new LoadMeter(ld);
    const label = `load: ${count(rate)} events/s over ${targets.length} targets × ${keys.length} keys to ${String(options.url)}`;
    io.stderr.write(`${label}${duration > 0 ? ` for ${duration / 1000} s` : ' until Ctrl-C'}\n`);

    const generator = new Generator(ld, targets, keys, medianMs, meta);
    const started = performance.now();
    const interrupted = await runFor(
      duration,
      io.signal,
      progressMs,
      (elapsedMs) => generator.catchUp((rate * elapsedMs) / 1000),
      (elapsedMs) => {
        const line = meter.progressLine(elapsedMs);
        io.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
      },
    );
    if (tty) io.stderr.write('\n');
    const generatedFor = performance.now() - started;
    io.stderr.write(interrupted ? 'interrupted: delivering what is buffered...\n' : 'delivering what is buffered...\n');
    const stats = await deliverAndClose(ld, io.signal, STOP_GRACE_MS, DRAIN_MS);
    // A second Ctrl-C during the delivery counts too.
    const stopped = interrupted || io.signal.aborted;
    const summary = meter.summary(generatedFor, generator.generated);
    if (flags.json === true) io.stdout.write(`${JSON.stringify({ url: String(options.url), interrupted: stopped, ...summary })}\n`);
    else io.stdout.write(`${meter.summaryText(summary)}\n`);
    if (stopped) return EXIT.interrupted;
    if (stats.delivered === 0 && stats.lastError?.unreachable === true) return EXIT.unreachable;
    return stats.refused + stats.failed + stats.overflow > 0 ? EXIT.failed : EXIT.ok;
  },
};

/** `5` → load-1..load-5; `a,b` → a, b. */
function names(flag: string, text: string, prefix: string): string[] {
  if (/^\d+$/.test(text.trim())) {
    const n = wholeNumber(flag, text, 1, 100_000);
    return Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  }
  const list = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (list.length === 0) throw new UsageError(`${flag} takes a count or a comma list of names, got "${text}"`);
  return list;
}

/**
 * Calls `tick` every TICK_MS and `progress` every `progressMs` until
 * `durationMs` has passed (0: until aborted) or the signal aborts; resolves
 * whether it was aborted.
 */
function runFor(
  durationMs: number,
  signal: AbortSignal,
  progressMs: number,
  tick: (elapsedMs: number) => void,
  progress: (elapsedMs: number) => void,
): Promise<boolean> {
  const started = performance.now();
  return new Promise<boolean>((resolve) => {
    if (signal.aborted) return resolve(true);
    const elapsed = () => performance.now() - started;
    const ticks = setInterval(() => {
      const at = elapsed();
      tick(durationMs > 0 ? Math.min(at, durationMs) : at);
      if (durationMs > 0 && at >= durationMs) finish(false);
    }, TICK_MS);
    const reports = setInterval(() => progress(elapsed()), progressMs);
    const onAbort = () => finish(true);
    signal.addEventListener('abort', onAbort);
    function finish(aborted: boolean): void {
      clearInterval(ticks);
      clearInterval(reports);
      signal.removeEventListener('abort', onAbort);
      resolve(aborted);
    }
  });
}

/** Records events round-robin over targets × keys with log-normal latencies around the median. */
class Generator {
  generated = 0;
  private next = 0;

  constructor(
    private readonly ld: LatencyDashClient,
    private readonly targets: readonly string[],
    private readonly keys: readonly string[],
    private readonly medianMs: number,
    private readonly meta: Record<string, string> | undefined,
  ) {}

  /** Records events until `total` have been generated since the start. */
  catchUp(total: number): void {
    const due = Math.floor(total) - this.generated;
    const series = this.targets.length * this.keys.length;
    for (let i = 0; i < due; i++) {
      const at = this.next++ % series;
      const target = this.targets[at % this.targets.length];
      const key = this.keys[Math.floor(at / this.targets.length)];
      this.ld.record(target, key, this.latency(), this.meta);
    }
    this.generated += Math.max(0, due);
  }

  /** Log-normal with σ = 0.5 (Box–Muller): latencies are skewed to the right, as real ones are. */
  private latency(): number {
    const u = 1 - Math.random();
    const v = Math.random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(3_600_000, this.medianMs * Math.exp(0.5 * z));
  }
}
