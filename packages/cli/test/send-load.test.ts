import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { PassThrough, Readable, Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { startServer, type Running } from '../../server/test/helpers.js';
import { EXIT } from '../src/exit-codes.js';
import { UsageError, type CliIo } from '../src/verb.js';
import { VERBS } from '../src/verbs/index.js';
import { loadVerb } from '../src/verbs/load.js';
import { sendVerb } from '../src/verbs/send.js';

/** A writable that keeps what it is given, and calls `onData` on each write. */
class Capture extends Writable {
  text = '';
  isTTY?: boolean;
  onData: (() => void) | undefined;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    this.onData?.();
    done();
  }
  /** Resolves once the output matches `re`. */
  waitFor(re: RegExp): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (re.test(this.text)) {
          this.onData = undefined;
          resolve();
        }
      };
      this.onData = check;
      check();
    });
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function makeIo(stdin: string | undefined, opts: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; stderrTty?: boolean } = {}) {
  const input = stdin === undefined ? Object.assign(new PassThrough(), { isTTY: true }) : Readable.from([stdin]);
  const stdout = new Capture();
  const stderr = new Capture();
  if (opts.stderrTty) stderr.isTTY = true;
  const io: CliIo = { stdin: input, stdout, stderr, env: opts.env ?? {}, signal: opts.signal ?? new AbortController().signal };
  return { io, stdout, stderr };
}

async function run(verb: typeof sendVerb, args: string[], stdin?: string, opts: Parameters<typeof makeIo>[1] = {}): Promise<Run> {
  const { io, stdout, stderr } = makeIo(stdin, opts);
  const code = await verb.run(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

async function counts(url: string, headers: Record<string, string> = {}): Promise<Record<string, number>> {
  const body = (await (await fetch(`${url}/api/v1/targets`, { headers })).json()) as { targets: { targetId: string; eventCount: number }[] };
  return Object.fromEntries(body.targets.map((t) => [t.targetId, t.eventCount]));
}

async function series(
  url: string,
  target: string,
  split: boolean,
): Promise<{ key: string; metadata?: Record<string, string>; maxLatency: number; count: string }[]> {
  const body = (await (await fetch(`${url}/api/v1/targets/${target}/series?split=${split}`)).json()) as { updates: [] };
  return body.updates;
}

/** Polls `cond` (a server's state, which sends no event) until it holds. */
async function until(cond: () => Promise<boolean>): Promise<void> {
  for (let i = 0; !(await cond()); i++) {
    if (i > 3000) throw new Error('timed out waiting for the server');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let server: Running;
before(async () => {
  server = await startServer();
});
after(() => server.close());

test('the verbs are registered, each with a summary and --help', async () => {
  assert.deepEqual(
    VERBS.filter((v) => v === sendVerb || v === loadVerb).map((v) => v.name),
    ['send', 'load'],
  );
  for (const verb of [sendVerb, loadVerb]) {
    assert.ok(verb.summary.length > 10 && !verb.summary.includes('\n'));
    assert.match(await verb.help(), /Exit: 0/);
    const r = await run(verb, ['--help']);
    assert.equal(r.code, EXIT.ok);
    assert.equal(r.stdout, `${verb.help()}\n`);
  }
});

test('send: one event from flags, with metadata', async () => {
  const r = await run(sendVerb, [
    '--url',
    server.url,
    '--target',
    'cli-one',
    '--key',
    'api',
    '--value-ms',
    '12.5',
    '--meta',
    'region=eu',
    '--meta',
    'tier=free',
  ]);
  assert.equal(r.code, EXIT.ok, r.stderr);
  assert.equal(r.stdout, '1 accepted, 0 refused\n');
  const [split] = await series(server.url, 'cli-one', true);
  assert.deepEqual({ key: split.key, metadata: split.metadata, max: split.maxLatency }, { key: 'api', metadata: { region: 'eu', tier: 'free' }, max: 12.5 });
});

test('send: JSON lines from stdin; an unreadable line and a refused event are reported, the rest kept, exit 1', async () => {
  const lines = [
    '{"target": "cli-json", "key": "api", "valueMs": 10}',
    '{"key": "db", "valueMs": 20, "metadata": {"region": "us"}}',
    '{"target": "cli-json", "key": "api", "valueMs": "fast"}',
    '',
    `{"target": "cli-json", "key": "${'k'.repeat(200)}", "valueMs": 5}`,
    '{"targetId": "cli-json", "key": "api", "value_ms": 30}',
  ].join('\n');
  const r = await run(sendVerb, ['--url', server.url, '--target', 'cli-json', '--meta', 'source=cli', '--json'], lines);
  assert.equal(r.code, EXIT.failed);
  assert.deepEqual(JSON.parse(r.stdout), { url: server.url, accepted: 3, refused: 1, failed: 0, invalidLines: 1 });
  assert.match(r.stderr, /^line 3: valueMs must be a number$/m);
  assert.match(r.stderr, /^refused cli-json\/k{200} 5 ms: LD_ERR_BAD_EVENT key is longer than 128 characters$/m);
  assert.equal((await counts(server.url))['cli-json'], 3);
  const split = await series(server.url, 'cli-json', true);
  assert.deepEqual(split.map((s) => [s.key, s.metadata]).sort(), [
    ['api', { source: 'cli' }],
    ['db', { region: 'us', source: 'cli' }],
  ]);
});

test('send: CSV from stdin, with a header (other columns are metadata) or without (name=value cells)', async () => {
  const withHeader = 'target,key,value_ms,region\ncli-csv,api,1.5,eu\ncli-csv,"db, primary",2.5,\n';
  const a = await run(sendVerb, ['--url', server.url], withHeader);
  assert.equal(a.code, EXIT.ok, a.stderr);
  assert.equal(a.stdout, '2 accepted, 0 refused\n');
  const bare = 'cli-csv,api,3.5,region=us,tier=free\ncli-csv,api,oops\n';
  const b = await run(sendVerb, ['--url', server.url, '--format', 'csv'], bare);
  assert.equal(b.code, EXIT.failed);
  assert.equal(b.stdout, '1 accepted, 0 refused, 1 unreadable lines\n');
  assert.match(b.stderr, /^line 2: value_ms must be a number, got "oops"$/m);
  const split = await series(server.url, 'cli-csv', true);
  assert.deepEqual(split.map((s) => [s.key, s.metadata ?? {}, s.maxLatency]).sort(), [
    ['api', { region: 'eu' }, 1.5],
    ['api', { region: 'us', tier: 'free' }, 3.5],
    ['db, primary', {}, 2.5],
  ]);
});

test('send: the API key from --api-key or LATENCY_DASH_API_KEY; a refused key exits 1 with the reason', async () => {
  const locked = await startServer({ writeKeys: ['w1'] });
  try {
    const ok = await run(sendVerb, ['--url', locked.url, '--target', 'cli-key', '--key', 'api', '--value-ms', '1'], undefined, {
      env: { LATENCY_DASH_API_KEY: 'w1' },
    });
    assert.equal(ok.code, EXIT.ok, ok.stderr);
    const bad = await run(sendVerb, ['--url', locked.url, '--api-key', 'nope', '--target', 'cli-key', '--key', 'api', '--value-ms', '1']);
    assert.equal(bad.code, EXIT.failed);
    assert.equal(bad.stdout, '0 accepted, 1 refused\n');
    assert.match(bad.stderr, /refused cli-key\/api 1 ms: LD_ERR_UNAUTHORIZED/);
    assert.equal((await counts(locked.url, { 'x-api-key': 'w1' }))['cli-key'], 1);
  } finally {
    await locked.close();
  }
});

test('send: a line too long to be an event is skipped without being held; CRLF line ends are fine', async () => {
  const input = `cli-long,api,1\r\n{"target": "cli-long", "key": "${'x'.repeat(100_000)}", "valueMs": 1}\r\ncli-long,api,2\r\n`;
  const r = await run(sendVerb, ['--url', server.url, '--format', 'csv'], input);
  assert.equal(r.code, EXIT.failed);
  assert.equal(r.stdout, '2 accepted, 0 refused, 1 unreadable lines\n');
  assert.match(r.stderr, /^line 2: longer than 65536 characters$/m);
  assert.equal((await counts(server.url))['cli-long'], 2);
});

test('send: Ctrl-C while reading stdin delivers what was read, prints the summary and exits 130', async () => {
  const controller = new AbortController();
  const stdin = new PassThrough();
  const stdout = new Capture();
  const stderr = new Capture();
  const running = sendVerb.run(['--url', server.url], { stdin, stdout, stderr, env: {}, signal: controller.signal });
  stdin.write('cli-stop-send,api,1\ncli-stop-send,api,2\ncli-stop-send,api,3\n');
  // The lines are read (the stream stays open, as a pipe from a running program would): then stop.
  await until(async () => (await counts(server.url))['cli-stop-send'] === 3);
  controller.abort();
  assert.equal(await running, EXIT.interrupted);
  assert.equal(stdout.text, '3 accepted, 0 refused\n');
});

test('send: over the WebSocket transport; LATENCY_DASH_URL picks the server', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => `cli-ws,k${i % 3},${i}`).join('\n');
  const r = await run(sendVerb, ['--transport', 'websocket', '--batch', '7'], lines, { env: { LATENCY_DASH_URL: server.url } });
  assert.equal(r.code, EXIT.ok, r.stderr);
  assert.equal(r.stdout, '50 accepted, 0 refused\n');
  assert.equal((await counts(server.url))['cli-ws'], 50);
});

test('send: a server that cannot be reached exits 3, saying why', async () => {
  const port = await freePort();
  const r = await run(sendVerb, ['--url', `http://127.0.0.1:${port}`, '--retries', '0', '--target', 't', '--key', 'k', '--value-ms', '1']);
  assert.equal(r.code, EXIT.unreachable);
  assert.match(r.stderr, /could not deliver 1 events: could not reach the server \(ECONNREFUSED\)/);
});

test('send and load: bad arguments are one-line usage errors, and nothing is sent', async () => {
  const before = await counts(server.url);
  const cases: [typeof sendVerb, string[], RegExp][] = [
    [sendVerb, ['--url', server.url, '--target', 't', '--value-ms', '3'], /needs --target, --key and --value-ms/],
    [sendVerb, ['--url', server.url, '--target', 't', '--key', 'k', '--value-ms', 'fast'], /--value-ms must be a number/],
    [sendVerb, ['--url', server.url, '--target', 't', '--key', 'k', '--value-ms', '1', '--meta', 'novalue'], /--meta takes name=value/],
    [sendVerb, ['--url', 'localhost:1', '--target', 't', '--key', 'k', '--value-ms', '1'], /^--url must start with http:\/\/ or https:\/\//],
    [sendVerb, ['--url', 'http//x', '--target', 't', '--key', 'k', '--value-ms', '1'], /^--url must be an absolute http\(s\) URL/],
    [sendVerb, ['--bogus'], /Unknown option '--bogus' \(see latency-dash send --help\)/],
    [sendVerb, ['--url', server.url, 'stray'], /Unexpected argument 'stray'/],
    [sendVerb, ['--url', server.url, '--format', 'xml'], /--format must be json or csv/],
    [sendVerb, ['--url', server.url, '--transport', 'smoke'], /--transport must be http or websocket/],
    [sendVerb, ['--url', server.url], /pipe events on stdin/],
    [loadVerb, ['--url', server.url, '--rate', 'lots'], /--rate must be a number/],
    [loadVerb, ['--url', server.url, '--rate', '0'], /--rate must be more than 0/],
    [loadVerb, ['--url', server.url, '--duration', '5 minutes'], /--duration must be a duration such as 30s/],
    [loadVerb, ['--url', server.url, '--targets', '0'], /--targets must be a whole number 1-100000/],
    [loadVerb, ['--url', server.url, '--batch', '20000'], /--batch must be a whole number 1-10000/],
  ];
  for (const [verb, args, message] of cases) {
    await assert.rejects(
      run(verb, args), // stdin: a terminal, so send has nothing to read
      (err: unknown) => err instanceof UsageError && message.test(err.message) && !err.message.includes('\n'),
      `${verb.name} ${args.join(' ')}`,
    );
  }
  assert.deepEqual(await counts(server.url), before);
});

test('load: generates at the rate over targets × keys, prints progress lines (not a terminal) and a summary; the server counts every event', async () => {
  const r = await run(loadVerb, [
    '--url',
    server.url,
    '--rate',
    '2000',
    '--targets',
    '2',
    '--keys',
    'api,db,auth',
    '--duration',
    '1s',
    '--progress-every',
    '200ms',
    '--batch',
    '100',
    '--json',
  ]);
  assert.equal(r.code, EXIT.ok, r.stderr);
  const summary = JSON.parse(r.stdout) as Record<string, unknown> & { answerMs: Record<string, number> };
  assert.equal(summary.generated, 2000);
  assert.deepEqual(
    { delivered: summary.delivered, refused: summary.refused, failed: summary.failed, dropped: summary.dropped, interrupted: summary.interrupted },
    { delivered: 2000, refused: 0, failed: 0, dropped: 0, interrupted: false },
  );
  assert.ok((summary.requests as number) >= 20, `requests: ${String(summary.requests)}`);
  assert.ok(summary.answerMs.p50 > 0 && summary.answerMs.p50 <= summary.answerMs.p99 && summary.answerMs.p99 <= summary.answerMs.max * 1.01);
  const progress = r.stderr.split('\n').filter((l) => / ev\/s /.test(l));
  assert.ok(progress.length >= 1, r.stderr);
  assert.match(
    progress[0],
    /^\d+\.\d s {2}[\d,]+ ev\/s {2}[\d,]+ delivered {2}\d+ errors {2}(answers p50 [\d.]+ ms p99 [\d.]+ ms|no answers) {2}[\d,]+ buffered/,
  );
  assert.ok(!r.stderr.includes('\r'), 'no terminal codes when stderr is not a terminal');
  const c = await counts(server.url);
  assert.equal(c['load-1'] + c['load-2'], 2000);
  const keys = (await series(server.url, 'load-1', false)).map((s) => s.key).sort();
  assert.deepEqual(keys, ['api', 'auth', 'db']);
});

test('load: on a terminal the progress line is rewritten in place; the text summary names the answer times', async () => {
  const r = await run(
    loadVerb,
    ['--url', server.url, '--rate', '500', '--targets', 'cli-tty', '--keys', '2', '--duration', '600ms', '--progress-every', '200ms'],
    undefined,
    {
      stderrTty: true,
    },
  );
  assert.equal(r.code, EXIT.ok, r.stderr);
  assert.ok(r.stderr.includes('\r\x1b[2K'), 'the line is cleared and rewritten');
  assert.match(r.stderr, /\[2K[\d.]+ s {2}[\d,]+ ev\/s/);
  assert.match(
    r.stdout,
    /^300 events in [\d.]+ s: 300 delivered \([\d,]+\/s\), 0 refused, 0 not delivered, 0 dropped \(buffer full\)\n[\d,]+ requests, 0 errors, 0 retries; answer time p50 [\d.]+ ms, p90 [\d.]+ ms, p99 [\d.]+ ms, max [\d.]+ ms\n$/,
  );
});

test('load: Ctrl-C stops it cleanly: what was generated is delivered, the summary printed, exit 130', async () => {
  const controller = new AbortController();
  const { io, stdout, stderr } = makeIo(undefined, { signal: controller.signal });
  const running = loadVerb.run(['--url', server.url, '--rate', '1000', '--targets', 'cli-stop', '--duration', '0', '--progress-every', '100ms', '--json'], io);
  // Stop once a progress line shows delivered events.
  await stderr.waitFor(/ [1-9][\d,]* delivered /);
  controller.abort();
  assert.equal(await running, EXIT.interrupted);
  const summary = JSON.parse(stdout.text) as { interrupted: boolean; generated: number; delivered: number; failed: number };
  assert.equal(summary.interrupted, true);
  assert.ok(summary.generated > 0);
  assert.equal(summary.delivered, summary.generated);
  assert.match(stderr.text, /interrupted: delivering what is buffered/);
  assert.equal((await counts(server.url))['cli-stop'], summary.delivered);
});

test('load: a server that cannot be reached exits 3', async () => {
  const port = await freePort();
  const r = await run(loadVerb, ['--url', `http://127.0.0.1:${port}`, '--rate', '100', '--duration', '200ms', '--retries', '0', '--json']);
  assert.equal(r.code, EXIT.unreachable);
  const summary = JSON.parse(r.stdout) as { delivered: number; failed: number; lastError: string };
  assert.equal(summary.delivered, 0);
  assert.ok(summary.failed > 0);
  assert.match(summary.lastError, /ECONNREFUSED/);
});
