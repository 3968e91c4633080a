import { parseArgs } from 'node:util';
import type { ClientStats, LatencyDashClient, Metadata, RefusedEvent } from '@latency-dash/client';
import { EXIT } from '../exit-codes.js';
import { UsageError, type CliIo, type Verb } from '../verb.js';
import { EventLineReader, type LineFormat } from './event-lines.js';
import { boundedLines } from './stdin-lines.js';
import { clientOptions, connect, count, deliverAndClose, metadataFlags, PRODUCER_HELP, PRODUCER_OPTIONS, usageErrors } from './producer-args.js';

const OPTIONS = {
  ...PRODUCER_OPTIONS,
  target: { type: 'string' },
  key: { type: 'string' },
  'value-ms': { type: 'string' },
  format: { type: 'string' },
} as const;

/** Problems printed one by one; past these, only counted. */
const MAX_REPORTED = 10;
/** A line longer than this is skipped (and reported) without being held: an event is a few hundred characters. */
const MAX_LINE_CHARS = 64 * 1024;
/** How long an interrupted send may take to deliver what it holds. */
const STOP_GRACE_MS = 2000;

function help(): string {
  return `latency-dash send: send latency events to a latency-dash server

One event from flags:
  latency-dash send --target prod --key api --value-ms 12.5 [--meta region=eu ...]

Many events from stdin, one per line, JSON lines or CSV (told apart by the first line):
  {"target": "prod", "key": "api", "valueMs": 12.5, "metadata": {"region": "eu"}}
  target,key,value_ms,region          a header line: other columns become metadata
  prod,api,12.5,region=eu             no header: target,key,value_ms, then name=value cells
  --target, --key and --meta then fill in what a line leaves out.

Options:
  --target <id>          the target (stream), e.g. prod-us-east
  --key <key>            the key (service, component), e.g. api
  --value-ms <ms>        the latency in milliseconds; without it, events are read from stdin
  --format <f>           stdin format: json or csv (default: from the first line)
${PRODUCER_HELP}

Prints how many events the server accepted and refused (with the reasons).
Exit: 0 all accepted, 1 some refused or failed (or unreadable lines), 2 bad arguments,
3 the server could not be reached, 130 interrupted.`;
}

export const sendVerb: Verb = {
  name: 'send',
  summary: 'send events: one from flags, or many from stdin (JSON lines or CSV)',
  help,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    const { values: flags } = usageErrors('send', () => parseArgs({ args: [...args], options: OPTIONS, strict: true, allowPositionals: false }));
    if (flags.help) {
      io.stdout.write(`${help()}\n`);
      return EXIT.ok;
    }
    const options = clientOptions(flags, io.env);
    const meta = metadataFlags(flags.meta);
    const format = flags.format;
    if (format !== undefined && format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, got "${format}"`);
    const single = flags['value-ms'];
    if (single !== undefined) {
      if (flags.target === undefined || flags.key === undefined) throw new UsageError('one event needs --target, --key and --value-ms');
      if (single.trim() === '' || !Number.isFinite(Number(single))) throw new UsageError(`--value-ms must be a number of milliseconds, got "${single}"`);
      if (format !== undefined) throw new UsageError('--format is for events on stdin; it does not go with --value-ms');
    } else if ((io.stdin as { isTTY?: boolean }).isTTY === true) {
      throw new UsageError('give --target, --key and --value-ms, or pipe events on stdin (see latency-dash send --help)');
    }

    const ld = connect({ ...options, flushIntervalMs: 200 });
    const report = new Report(io, flags.json === true);
    ld.on('refused', ({ events }) => report.refused(events));

    try {
      if (single !== undefined) {
        ld.record(flags.target!, flags.key!, Number(single), meta);
      } else {
        await readStdin(io, ld, new EventLineReader(format as LineFormat | undefined), { target: flags.target, key: flags.key, meta }, report);
      }
      const stats = await deliverAndClose(ld, io.signal, STOP_GRACE_MS);
      report.done(stats, String(options.url));
      if (io.signal.aborted) return EXIT.interrupted;
      if (stats.failed > 0 && stats.lastError?.unreachable === true) return EXIT.unreachable;
      return stats.refused + stats.failed + stats.overflow + report.invalid > 0 ? EXIT.failed : EXIT.ok;
    } finally {
      await ld.close({ timeoutMs: 0 });
    }
  },
};

interface Defaults {
  target?: string;
  key?: string;
  meta?: Metadata;
}

/** Lines to events; the buffer is kept from filling by waiting for a flush when it holds a few batches. */
async function readStdin(io: CliIo, ld: LatencyDashClient, reader: EventLineReader, d: Defaults, report: Report): Promise<void> {
  // Ctrl-C while waiting for input: ending the stream ends the loop.
  const stop = () => (io.stdin as { destroy?: () => void }).destroy?.();
  io.signal.addEventListener('abort', stop);
  try {
    await readLines(io, ld, reader, d, report);
  } catch (err) {
    if (!io.signal.aborted) throw err;
  } finally {
    io.signal.removeEventListener('abort', stop);
  }
}

async function readLines(io: CliIo, ld: LatencyDashClient, reader: EventLineReader, d: Defaults, report: Report): Promise<void> {
  let n = 0;
  for await (const line of boundedLines(io.stdin as AsyncIterable<Buffer | string>, MAX_LINE_CHARS)) {
    n++;
    if (io.signal.aborted) break;
    if (line.tooLong) {
      report.invalidLine(n, `longer than ${MAX_LINE_CHARS} characters`);
      continue;
    }
    const result = reader.read(line.text);
    if (result.kind === 'skip') continue;
    if (result.kind === 'invalid') {
      report.invalidLine(n, result.reason);
      continue;
    }
    const { target = d.target, key = d.key, valueMs, metadata } = result.event;
    if (target === undefined || key === undefined) {
      const missing = target === undefined ? 'target' : 'key';
      report.invalidLine(n, `no ${missing} (give it on the line, or --${missing})`);
      continue;
    }
    ld.record(target, key, valueMs, d.meta === undefined ? metadata : { ...d.meta, ...metadata });
    // A few batches in hand: let them go before reading on (the reader is faster than any server).
    if (ld.stats.buffered >= 4_000) await ld.flush();
  }
}

/** What goes to stdout and stderr: problems as they happen (a few), a summary at the end. */
class Report {
  invalid = 0;
  private refusals = 0;

  constructor(
    private readonly io: CliIo,
    private readonly json: boolean,
  ) {}

  invalidLine(line: number, reason: string): void {
    if (++this.invalid <= MAX_REPORTED) this.io.stderr.write(`line ${line}: ${reason}\n`);
  }

  refused(events: readonly RefusedEvent[]): void {
    for (const r of events) {
      if (++this.refusals > MAX_REPORTED) continue;
      const e = r.event;
      this.io.stderr.write(`refused ${e.targetId}/${e.key} ${e.valueMs} ms: ${r.code} ${r.reason}\n`);
    }
  }

  done(stats: ClientStats, url: string): void {
    const more = Math.max(0, this.refusals - MAX_REPORTED) + Math.max(0, this.invalid - MAX_REPORTED);
    if (more > 0) this.io.stderr.write(`(${count(more)} more problems not shown)\n`);
    if (stats.failed > 0 && stats.lastError !== undefined)
      this.io.stderr.write(`could not deliver ${count(stats.failed)} events: ${stats.lastError.message}\n`);
    const summary = { accepted: stats.delivered, refused: stats.refused, failed: stats.failed + stats.overflow, invalidLines: this.invalid };
    if (this.json) {
      this.io.stdout.write(`${JSON.stringify({ url, ...summary, lastError: stats.lastError?.message })}\n`);
      return;
    }
    const parts = [`${count(summary.accepted)} accepted`, `${count(summary.refused)} refused`];
    if (summary.failed > 0) parts.push(`${count(summary.failed)} not delivered`);
    if (this.invalid > 0) parts.push(`${count(this.invalid)} unreadable lines`);
    this.io.stdout.write(`${parts.join(', ')}\n`);
  }
}
