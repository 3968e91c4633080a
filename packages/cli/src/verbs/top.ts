import { EXIT } from '../exit-codes.js';
import { numberFlag, parseVerbArgs } from '../parse-args.js';
import { UsageError, type Verb } from '../verb.js';
import { endpoints } from '../top/endpoints.js';

const DEFAULT_URL = 'http://127.0.0.1:8080';

/** The live table in the terminal, for servers without a browser (SPEC F12). */
export const top: Verb = {
  name: 'top',
  summary: 'the live table in the terminal: sorted, coloured against a threshold, one target at a time',
  help: () => `latency-dash top [--url URL] [--target ID] [--split] [flags]

The dashboard's live table in the terminal, over the same WebSocket protocol: one target at a time,
sorted, latency cells coloured against a threshold (green, yellow from --warn-pct % of it with ▲,
red above it with ■), reconnecting like the dashboard when the server goes away.

  --url URL           the server: http(s)://host:port, or its ws(s)://host:port/ws
                      (env LATENCY_DASH_URL, default ${DEFAULT_URL})
  --target ID         the target to watch first (default: the first the server names)
  --split             one row per metadata combination instead of one per key
  --api-key KEY       a read key, when the server wants one (env LATENCY_DASH_API_KEY)
  --threshold-ms N    latency threshold for the colours (default 1000)
  --warn-pct N        yellow from this % of the threshold (default 80)
  --interval-ms N     how often the server sends updates, 50-10000 (default: the server's, 100)

Keys: space pauses and resumes; ←/→ (or < >) pick the sort column, r reverses it; tab and
shift-tab (or n, p) switch target, t opens a target list; m toggles split; ↑/↓, PgUp/PgDn,
Home/End scroll; q or Ctrl-C quits (exit 0). SIGTERM quits with ${EXIT.interrupted}.
The terminal's alternate screen holds the table, so the shell's screen is as it was afterwards.
Needs a terminal on stdin and stdout.
`,
  async run(args, io) {
    const { values } = parseVerbArgs(args, {
      url: { type: 'string' },
      target: { type: 'string' },
      split: { type: 'boolean' },
      'api-key': { type: 'string' },
      'threshold-ms': { type: 'string' },
      'warn-pct': { type: 'string' },
      'interval-ms': { type: 'string' },
    });
    const url = values.url ?? io.env.LATENCY_DASH_URL ?? DEFAULT_URL;
    const where = endpoints(url);
    if (where === undefined) throw new UsageError(`--url must be an http(s):// or ws(s):// URL of the server, got ${JSON.stringify(url)}`);
    if (values.target !== undefined && values.target.trim() === '') throw new UsageError('--target must not be empty');
    const thresholdMs = numberFlag('threshold-ms', values['threshold-ms'], 1000, 0, 3_600_000);
    const warnPct = numberFlag('warn-pct', values['warn-pct'], 80, 0, 100);
    const intervalText = values['interval-ms'];
    const intervalMs = intervalText === undefined ? undefined : numberFlag('interval-ms', intervalText, 100, 50, 10_000);
    const stdin = io.stdin as NodeJS.ReadStream;
    const stdout = io.stdout as NodeJS.WriteStream;
    if (!stdin.isTTY || !stdout.isTTY) {
      throw new UsageError('top draws a live table in a terminal, and stdin or stdout is not one (for a snapshot: GET /api/v1/targets/<id>/series)');
    }
    const ci = ['CI', 'CONTINUOUS_INTEGRATION'].find((name) => ![undefined, '0', 'false'].includes(io.env[name]));
    if (ci !== undefined) {
      // ink reads it when loaded and then draws nothing until exit, leaving a blank screen.
      throw new UsageError(`${ci} is set, and the terminal UI library (ink) then draws only on exit: run it without (env -u ${ci} latency-dash top ...)`);
    }
    const { runTop } = await import('../top/run-top.js');
    const how = await runTop(
      {
        where,
        apiKey: values['api-key'] ?? io.env.LATENCY_DASH_API_KEY,
        target: values.target,
        split: values.split ?? false,
        thresholdMs,
        warnPct,
        intervalMs,
      },
      stdin,
      stdout,
      io.stderr as NodeJS.WriteStream,
      io.signal,
    );
    return how === 'signal' ? EXIT.interrupted : EXIT.ok;
  },
};
