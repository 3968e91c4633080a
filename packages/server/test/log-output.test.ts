import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import WebSocket from 'ws';
import { outputLines, spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.js';

/** Opens a WebSocket and closes it: two debug lines in the server's log. */
async function connectAndClose(wsUrl: string): Promise<void> {
  const ws = new WebSocket(wsUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
  ws.close();
  await closed;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

async function metric(server: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

/**
 * The log is the server's least important output: a reader of stdout that
 * stalls or goes away costs log lines (counted), never the server. Before,
 * pino's synchronous stdout waited in the event loop while the pipe was full,
 * and its flush retried a broken pipe for ever, so the server could not stop.
 */
describe('log output', () => {
  test('a stdout nobody reads any more (EPIPE): the server keeps serving, counts the failed writes and stops with 0', async () => {
    const server = await spawnServer(['--no-demo', '--history', ':memory:', '--log-level', 'debug']);
    server.child.stdout!.destroy();
    for (let i = 0; i < 20; i++) await connectAndClose(server.wsUrl);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    assert.ok((await metric(server, 'latency_dash_log_write_errors_total')) > 0, 'the failed writes are counted');
    // Its last lines ("shutting down", "stopped") cannot be written either: it still stops, and cleanly.
    assert.equal(await server.stop(), 0);
  });

  test('a stdout reader that stalls: the server keeps answering while the pipe is full, and the lines arrive once it reads again', async () => {
    const server = await spawnServer(['--no-demo', '--history', ':memory:', '--log-level', 'debug']);
    server.child.stdout!.pause();
    // Well over a pipe's 64 KiB of log lines (two of ~130 bytes per connection).
    for (let i = 0; i < 600; i++) await connectAndClose(server.wsUrl);
    assert.equal((await fetch(`${server.url}/health`)).status, 200);
    const before = server.output().split('"ws connected"').length - 1;
    server.child.stdout!.resume();
    assert.equal(await server.stop(), 0);
    const logged = server.output().split('"ws connected"').length - 1;
    assert.ok(logged > before, 'the buffered lines were written once the reader read again');
    // Whole lines only: a chunk cut by a partial write whose rest was never written (a write still in flight
    // when the process exited) shows as a line that does not parse.
    const whole = outputLines(server, '"ws connected"').filter(isJson).length;
    assert.equal(whole, 600, 'none dropped or cut: 4 MiB of buffer is far more than these');
  });
});
