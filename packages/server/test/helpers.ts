import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { decodeServerMessage, encodeClientMessage, serverMessageFromJson, type ClientMessage, type DecodedServerMessage } from '@latency-dash/protocol';
import WebSocket from 'ws';
import { buildServer, type LatencyServer, type ServerOptions } from '../src/app.js';

export interface Running {
  server: LatencyServer;
  url: string;
  wsUrl: string;
  close(): Promise<void>;
}

/** A real server on an ephemeral loopback port, without demo data or logs. */
export async function startServer(options: Partial<ServerOptions> = {}): Promise<Running> {
  const server = await buildServer({ port: 0, host: '127.0.0.1', demo: false, logLevel: 'silent', webDir: undefined, historyPath: ':memory:', ...options });
  const { url } = await server.listen();
  return { server, url, wsUrl: url.replace('http', 'ws') + '/ws', close: () => server.close() };
}

type Message = DecodedServerMessage;

/** How long a test waits for a message or a condition before it fails: generous, for a busy 2-core machine. */
export const WAIT_MS = 30_000;

interface Waiter {
  from: number;
  pred: (m: Message) => boolean;
  resolve: (index: number) => void;
  reject: (err: Error) => void;
}

/**
 * A real WebSocket client that keeps every decoded server message, in
 * order, in `messages`. A test reads them with a cursor, so a message is
 * never missed because it arrived early (say, in the same socket read as
 * the one just awaited, or before the HTTP call that caused it returned):
 *
 * - `next(pred)` returns the first matching message after the last one
 *   `next` returned (from the start, at first), waiting if there is none yet;
 * - `next(pred, { after: mark })` looks from index `mark` on instead, where
 *   `mark = c.mark()` was taken before the action whose answer is awaited.
 *   Use it when several answers to one action may come in any order.
 */
export class TestClient {
  readonly ws: WebSocket;
  readonly messages: Message[] = [];
  closeCode: number | undefined;
  /** Index just past the last message `next` returned. */
  cursor = 0;
  private waiters: Waiter[] = [];
  private readonly opened: Promise<void>;
  private readonly closed: Promise<number>;

  constructor(
    url: string,
    readonly json = false,
  ) {
    this.ws = new WebSocket(json ? `${url}?format=json` : url);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) =>
      this.ws.once('close', (code) => {
        this.closeCode = code;
        // Nothing more will come: waiting on would only end in a timeout.
        for (const w of this.waiters.splice(0)) w.reject(new Error(`the socket closed (${code}) before a matching message came; got ${this.describe(w.from)}`));
        resolve(code);
      }),
    );
    this.ws.on('message', (data, isBinary) => {
      const buf = data as Buffer;
      const msg = isBinary ? decodeServerMessage(buf) : serverMessageFromJson(buf.toString('utf8'));
      const index = this.messages.push(msg) - 1;
      const matched = this.waiters.filter((w) => w.pred(msg));
      this.waiters = this.waiters.filter((w) => !matched.includes(w));
      for (const w of matched) w.resolve(index);
    });
  }

  static async connect(url: string, json = false): Promise<TestClient> {
    const c = new TestClient(url, json);
    await c.opened;
    return c;
  }

  send(msg: ClientMessage): void {
    if (this.json) this.ws.send(JSON.stringify(msg));
    else this.ws.send(encodeClientMessage(msg));
  }

  subscribe(targetId: string, split = false, intervalMs = 50): void {
    this.send({ subscription: { action: 0, targetId, splitByMetadata: split, intervalMs } });
  }

  /** The index the next message will get: pass it as `after` to wait for answers to what is done next. */
  mark(): number {
    return this.messages.length;
  }

  /**
   * The first message matching `pred` at index `after` or later (default:
   * just past the last message `next` returned), arrived or still to come.
   * Moves the cursor past it. Fails if the socket closes first, or after
   * `timeoutMs`.
   */
  async next(pred: (m: Message) => boolean, { after = this.cursor, timeoutMs = WAIT_MS }: { after?: number; timeoutMs?: number } = {}): Promise<Message> {
    let index = this.messages.findIndex((m, i) => i >= after && pred(m));
    if (index < 0) {
      if (this.closeCode !== undefined) throw new Error(`the socket is closed (${this.closeCode}) and no message matched; got ${this.describe(after)}`);
      let timer: NodeJS.Timeout | undefined;
      index = await new Promise<number>((resolve, reject) => {
        const waiter: Waiter = { from: after, pred, resolve, reject };
        this.waiters.push(waiter);
        timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`no matching message within ${timeoutMs} ms; got ${this.describe(after)}`));
        }, timeoutMs);
      }).finally(() => clearTimeout(timer));
    }
    this.cursor = Math.max(this.cursor, index + 1);
    return this.messages[index];
  }

  /** What arrived from `from` on, for failure messages. */
  private describe(from: number): string {
    const kinds = this.messages
      .slice(from)
      .map((m) =>
        m.msg === 'batch'
          ? `batch(${m.batch!.targetId}${m.batch!.snapshot ? ' snapshot' : ''})`
          : m.msg === 'error'
            ? `error(${m.error!.code})`
            : String(m.msg),
      );
    return kinds.length ? `[${kinds.slice(-20).join(', ')}]` : 'nothing';
  }

  waitClose(): Promise<number> {
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }
}

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` every 10 ms until it holds; fails with `what` after `timeoutMs`. */
export async function until(what: string, cond: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Opens a WebSocket and resolves with 'open' (101) or the HTTP status that refused the upgrade. */
export function tryConnect(url: string, headers: Record<string, string> = {}): Promise<{ status: number; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('unexpected-response', (req, res) => {
      resolve({ status: res.statusCode ?? 0 });
      req.destroy();
    });
    ws.once('error', () => undefined);
  });
}

/** A loopback port nobody listens on (free a moment ago; the kernel hands out ephemeral ports in turn, so not soon reused). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** What a command printed and how it ended. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry (server or CLI main) with `args` to its end (no timer: a process that hangs fails the test run, not a race). */
export async function runToEnd(main: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', main, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}
