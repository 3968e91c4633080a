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

/**
 * A real WebSocket client that queues every decoded server message, so a
 * test can wait for the next one matching a predicate.
 */
export class TestClient {
  readonly ws: WebSocket;
  readonly messages: Message[] = [];
  closeCode: number | undefined;
  private waiters: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private readonly opened: Promise<void>;
  private readonly closed: Promise<number>;

  constructor(url: string, readonly json = false) {
    this.ws = new WebSocket(json ? `${url}?format=json` : url);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.ws.once('close', (code) => resolve((this.closeCode = code))));
    this.ws.on('message', (data, isBinary) => {
      const buf = data as Buffer;
      const msg = isBinary ? decodeServerMessage(buf) : serverMessageFromJson(buf.toString('utf8'));
      this.messages.push(msg);
      const i = this.waiters.findIndex((w) => w.pred(msg));
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(msg);
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

  /** The first queued-or-future message matching `pred` that arrives after `since` messages. */
  next(pred: (m: Message) => boolean, timeoutMs = 5000, since = 0): Promise<Message> {
    const found = this.messages.slice(since).find(pred);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        pred,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Waits for a message matching `pred` that has not arrived yet. */
  nextNew(pred: (m: Message) => boolean, timeoutMs = 5000): Promise<Message> {
    return this.next(pred, timeoutMs, this.messages.length);
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
export async function until(what: string, cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}
