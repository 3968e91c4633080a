import type { ParseArgsConfig } from 'node:util';
import { createClient, type ClientOptions, type ClientStats, type LatencyDashClient } from '@latency-dash/client';
import { UsageError } from '../verb.js';

/** Where `send` and `load` deliver when --url is not given. */
export const DEFAULT_URL = 'http://127.0.0.1:8080';

/** Flags `send` and `load` share: where to send, with which key, how. */
export const PRODUCER_OPTIONS = {
  url: { type: 'string' },
  'api-key': { type: 'string' },
  transport: { type: 'string' },
  batch: { type: 'string' },
  meta: { type: 'string', multiple: true },
  retries: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const PRODUCER_HELP = `  --url <url>[,<url>…]   the server, or several to fail over between in turn (default: $LATENCY_DASH_URL, else ${DEFAULT_URL})
  --api-key <key>        a write key, when the server has --write-keys (default: $LATENCY_DASH_API_KEY)
  --transport <t>        http (default) or websocket
  --batch <n>            events per request, 1-10000 (default 500)
  --meta <name=value>    metadata on every event; repeat for more
  --retries <n>          tries after the first per batch on network errors, 5xx and 429 (default 3)
  --json                 print the result as one JSON object
  -h, --help             this help`;

/** Runs node:util's parseArgs (`parse`), its errors turned into one-line usage errors. */
export function usageErrors<R>(verb: string, parse: () => R): R {
  try {
    return parse();
  } catch (err) {
    const e = err as { code?: string; message: string };
    const first = e.message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${first.replace(/\.$/, '')} (see latency-dash ${verb} --help)`);
  }
}

export interface ProducerFlags {
  url?: string;
  'api-key'?: string;
  transport?: string;
  batch?: string;
  meta?: string[];
  retries?: string;
}

/** The client options the shared flags ask for, checked; a wrong value is a UsageError naming the flag. */
export function clientOptions(flags: ProducerFlags, env: NodeJS.ProcessEnv): ClientOptions {
  // A comma never appears unescaped in a URL's scheme, host or port: `a,b` is two servers.
  const urls = (flags.url ?? env.LATENCY_DASH_URL ?? DEFAULT_URL).split(',').map((u) => u.trim());
  if (urls.some((u) => u === '')) throw new UsageError('--url has an empty entry: give one URL or several separated by commas');
  const url = urls.length === 1 ? urls[0] : urls;
  const apiKey = flags['api-key'] ?? (env.LATENCY_DASH_API_KEY || undefined);
  if (apiKey === '') throw new UsageError('--api-key must not be empty');
  const transport = flags.transport ?? 'http';
  if (transport !== 'http' && transport !== 'websocket') throw new UsageError(`--transport must be http or websocket, got "${transport}"`);
  const maxBatchEvents = flags.batch === undefined ? undefined : wholeNumber('--batch', flags.batch, 1, 10_000);
  const maxRetries = flags.retries === undefined ? 3 : wholeNumber('--retries', flags.retries, 0, 1000);
  return { url, apiKey, transport, maxBatchEvents, maxRetries };
}

/** createClient, with a bad --url reported as a usage error. */
export function connect(options: ClientOptions): LatencyDashClient {
  try {
    return createClient(options);
  } catch (err) {
    const message = (err as Error).message;
    throw new UsageError(message.startsWith('url ') ? `--${message}` : message);
  }
}

/** `--meta name=value`, repeated, as one metadata object. */
export function metadataFlags(values: readonly string[] | undefined): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const v of values) {
    const at = v.indexOf('=');
    if (at <= 0) throw new UsageError(`--meta takes name=value, got "${v}"`);
    out[v.slice(0, at)] = v.slice(at + 1);
  }
  return out;
}

export function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) throw new UsageError(`${flag} must be a whole number ${min}-${max}, got "${text}"`);
  return n;
}

export function positiveNumber(flag: string, text: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${flag} must be a number of at least 0, got "${text}"`);
  return n;
}

/** `500ms`, `10s`, `2m`, `1h`, or a plain number of seconds, in ms. */
export function durationMs(flag: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (m === null) throw new UsageError(`${flag} must be a duration such as 30s, 2m or 500ms, got "${text}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

/** 12345 → "12,345" (the CLI's numbers are read by people). */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * Delivers what the client holds and closes it: within `limitMs` (default: until its retries give up), or within
 * `graceMs` once the signal aborts (Ctrl-C), also when it aborts during the delivery. What is left is counted as failed.
 */
export async function deliverAndClose(ld: LatencyDashClient, signal: AbortSignal, graceMs: number, limitMs?: number): Promise<ClientStats> {
  if (!signal.aborted) {
    let onAbort = () => {};
    const aborted = new Promise<void>((resolve) => (onAbort = resolve));
    signal.addEventListener('abort', onAbort);
    try {
      await Promise.race([ld.flush(limitMs === undefined ? {} : { timeoutMs: limitMs }), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
  return (await ld.close({ timeoutMs: signal.aborted ? graceMs : 0 })).stats;
}
