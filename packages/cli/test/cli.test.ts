/**
 * The `latency-dash` dispatcher as a process: help, verb help, unknown
 * verbs and bad arguments (one line on stderr, exit 2), the default verb,
 * and serve's graceful shutdown. The exit codes documented in the README
 * are the ones in exit-codes.ts.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { usage } from '@latency-dash/server/options';
import { EXIT, EXIT_MEANINGS } from '../src/exit-codes.js';
import { VERBS } from '../src/verbs/index.js';
import { runToEnd, type RunResult } from '../../server/test/helpers.js';
import { listening } from './listening.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

/** Runs the command to its end. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return runToEnd(MAIN, args, env);
}

/** The one line a refusal prints (Node's own experimental warnings aside). */
function oneLine(r: RunResult): string {
  const lines = r.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.includes('ExperimentalWarning') && !l.includes('--trace-warnings'));
  assert.equal(lines.length, 1, r.stderr);
  return lines[0];
}

test('--help lists every verb with its summary, and the exit codes', async () => {
  const r = await cli(['--help']);
  assert.equal(r.code, 0, r.stderr);
  for (const v of VERBS) assert.match(r.stdout, new RegExp(`^ {2}${v.name} +${v.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
  for (const [code, meaning] of Object.entries(EXIT_MEANINGS)) assert.ok(r.stdout.includes(`${code.padEnd(5)}${meaning}`), `${code}: ${r.stdout}`);
  assert.equal((await cli(['-h'])).stdout, r.stdout);
});

test("<verb> --help prints that verb's help and exits 0, doing nothing else", async () => {
  const top = await cli(['top', '--help']);
  assert.equal(top.code, 0, top.stderr);
  assert.match(top.stdout, /^latency-dash top \[--url URL\]/);
  assert.match(top.stdout, /space pauses/);
  const serve = await cli(['serve', '--port', '1', '--help']);
  assert.equal(serve.code, 0, serve.stderr);
  assert.equal(serve.stdout, usage(), 'serve --help is the server settings, generated from the options schema');
  const bench = await cli(['bench', '-h']);
  assert.equal(bench.code, 0);
  assert.match(bench.stdout, /^latency-dash bench /);
});

test('an unknown verb or a bad argument is one line on stderr and exit 2', async () => {
  const cases: [string[], string | RegExp][] = [
    [['frobnicate'], /^latency-dash frobnicate: unknown verb; the verbs are serve, .*top \(see latency-dash --help\)$/],
    [['top', '--bogus'], 'latency-dash top: unknown option --bogus (see --help)'],
    [['top', '--url'], "latency-dash top: '--url <value>' argument missing"],
    [['top', '--url', 'localhost:8080'], 'latency-dash top: --url must be an http(s):// or ws(s):// URL of the server, got "localhost:8080"'],
    [['top', '--warn-pct', '120'], 'latency-dash top: --warn-pct must be a number 0-100, got "120"'],
    [['top', 'extra'], 'latency-dash top: unexpected argument "extra" (see --help)'],
    [['top'], /^latency-dash top: top draws a live table in a terminal, and stdin or stdout is not one/],
    [['serve', '--port', 'eighty'], 'latency-dash serve: --port must be an integer 0-65535, got "eighty"'],
    [['--port', 'eighty'], 'latency-dash serve: --port must be an integer 0-65535, got "eighty"'],
    [['bench', 'nosuch'], /^latency-dash bench: unknown bench nosuch; choose from engine, /],
  ];
  for (const [args, expected] of cases) {
    const r = await cli(args);
    assert.equal(r.code, EXIT.usage, `${args.join(' ')}: ${r.stderr}`);
    const line = oneLine(r);
    if (typeof expected === 'string') assert.equal(line, expected);
    else assert.match(line, expected);
    assert.equal(r.stdout, '', `${args.join(' ')} printed nothing else`);
  }
});

test('no verb is serve: it answers /health, and SIGTERM shuts it down with 0', async () => {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', MAIN, '--port', '0', '--host', '127.0.0.1', '--no-demo', '--history', ':memory:'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = once(child, 'close') as Promise<[number | null]>;
  const { url: listeningAt, output } = listening(child);
  const url = await listeningAt;
  const health = await fetch(`${url}/health`);
  assert.equal(health.status, 200);
  assert.equal(((await health.json()) as { status: string }).status, 'ok');
  child.kill('SIGTERM');
  const [code] = await exited;
  assert.equal(code, 0, output());
  assert.match(output(), /"msg":"shutting down"/);
});

test('the README documents the exit codes exit-codes.ts defines', () => {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## The latency-dash command'));
  assert.ok(section.length > 0 && readme.includes('## The latency-dash command'), 'README has a "The latency-dash command" section');
  for (const [code, meaning] of Object.entries(EXIT_MEANINGS)) {
    assert.match(section, new RegExp(`^\\| ${code} \\| ${meaning.replace(/[()/]/g, '\\$&')} \\|$`, 'm'), `exit code ${code}`);
  }
});
