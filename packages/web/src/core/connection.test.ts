import { decodeClientMessage, encodeServerMessage, latency, METRICS, type ServerMessage } from '@latency-dash/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CloseCode } from '@latency-dash/protocol';
import { Connection, SeriesStore, StateCode } from '@latency-dash/protocol/live';

/** A stand-in for the browser's WebSocket that the test opens, refuses, feeds and closes by hand. */
class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  binaryType = 'blob';
  sent: latency.ClientMessage[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((ev: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(bytes: Uint8Array): void {
    this.sent.push(decodeClientMessage(bytes));
  }
  close(code = 1000, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
  accept(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  /** The connection fails (server down): the browser reports 1006. */
  refuse(): void {
    this.close(1006);
  }
  push(msg: ServerMessage): void {
    this.onmessage?.({ data: frame(msg) });
  }
}

const last = () => FakeSocket.all[FakeSocket.all.length - 1];
/** What each client message asks for: the stats, or a target's stream. */
const asked = (socket: FakeSocket) => socket.sent.map((m) => (m.statsSubscription ? 'stats' : m.subscription?.targetId));
const frame = (msg: ServerMessage): ArrayBuffer => {
  const b = encodeServerMessage(msg);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
/** A full row (every metric present, as the server sends a series' first update and snapshots), zeros but for p90 and count. */
const update = (seriesId: number, p90: number, key?: string): latency.MetricsUpdate.$Properties => ({
  ...Object.fromEntries(METRICS.map((m) => [m.field, 0])),
  seriesId,
  p90Latency: p90,
  count: p90,
  sampleCount: 1,
  ...(key ? { key } : {}),
});
const batch = (seq: number, snapshot: boolean, updates: latency.MetricsUpdate.$Properties[]): ServerMessage => ({
  batch: { targetId: 'prod', seq, snapshot, updates },
});

let httpUp = true;
/** An HTTP status every request gets instead of its answer (401, 403, …), with the API's error body. */
let httpRefuses: number | undefined;
/** Holds every request until the test lets it go. */
let httpGate: Promise<void> | undefined;
let httpCalls: string[] = [];
async function fakeFetch(url: string): Promise<Response> {
  httpCalls.push(url);
  if (httpGate) await httpGate;
  if (!httpUp) throw new TypeError('Failed to fetch');
  if (httpRefuses !== undefined) {
    const code = httpRefuses === 401 ? 'LD_ERR_UNAUTHORIZED' : 'LD_ERR_FORBIDDEN';
    return new Response(JSON.stringify({ error: { code, message: `no entry (${httpRefuses})` } }), { status: httpRefuses });
  }
  if (url.endsWith('/api/v1/targets'))
    return new Response(JSON.stringify({ targets: [{ targetId: 'prod', seriesCount: 5000, keyCount: 40 }] }), { status: 200 });
  const bytes = latency.MetricsBatch.encode({ targetId: 'prod', seq: 5, snapshot: true, updates: [update(1, 42, 'api')] }).finish();
  // A copy: protobufjs may hand back a Node Buffer, a view into a larger pool.
  return new Response(new Uint8Array(bytes).buffer, { status: 200 });
}

function setup(options: Partial<ConstructorParameters<typeof Connection>[1]> = {}) {
  const store = new SeriesStore((cb) => cb());
  const conn = new Connection(store, { httpBase: '', wsUrl: 'ws://x/ws', transport: 'auto', ...options });
  conn.setSubscriptions([{ targetId: 'prod', split: false }]);
  conn.start();
  return { store, conn };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('fetch', vi.fn(fakeFetch));
  FakeSocket.all = [];
  httpUp = true;
  httpRefuses = undefined;
  httpGate = undefined;
  httpCalls = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Connection', () => {
  it("keeps the server's stats from each sample, per node", () => {
    const { conn } = setup();
    last().accept();
    expect(conn.serverStats.level(Date.now())).toBe('none');
    last().push({ stats: { nodeId: 'n1', seq: 1, eventsAccepted: { total: 5, perSecond: 2 }, targetsAtLimit: 1 } });
    const [node] = conn.serverStats.live(Date.now());
    expect(node.latest).toMatchObject({ nodeId: 'n1', seq: 1, eventsAccepted: { total: 5, perSecond: 2 }, batches: { total: 0, perSecond: 0 } });
    expect(conn.serverStats.level(Date.now())).toBe('warn');
    conn.stop();
  });

  it('subscribes on open, reconnects with backoff after a drop, resubscribes, and counts reconnects', async () => {
    const { conn, store } = setup();
    expect(conn.state.status).toBe('connecting');
    last().accept();
    expect(conn.state.status).toBe('connected');
    expect(asked(last())).toEqual(['stats', 'prod']);
    last().push(batch(1, true, [update(1, 10, 'api')]));
    expect(store.rows()[0].p90).toBe(10);

    last().close(1001, 'server shutting down');
    expect(conn.state.status).toBe('disconnected');
    expect(conn.state.lastError).toContain('1001 goingAway');
    // First retry within the first backoff step (0.25–0.5 s), not before.
    await vi.advanceTimersByTimeAsync(240);
    expect(FakeSocket.all).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(270);
    expect(FakeSocket.all).toHaveLength(2);
    last().accept();
    expect(conn.state).toMatchObject({ status: 'connected', reconnects: 1 });
    expect(asked(last())).toEqual(['stats', 'prod']);
    // The rows stay on screen until the new snapshot replaces them.
    expect(store.rows()[0].p90).toBe(10);
    last().push(batch(1, true, [update(1, 11, 'api')]));
    expect(store.rows()[0].p90).toBe(11);
    conn.stop();
  });

  it('waits longer after each failure, and polls over HTTP after three; the WebSocket takes over again when it can', async () => {
    const { conn, store } = setup();
    const opened: number[] = [];
    for (let i = 0; i < 3; i++) {
      last().refuse();
      await vi.advanceTimersByTimeAsync(0);
      if (i < 2) {
        expect(conn.state.status).toBe('disconnected');
        expect(httpCalls).toEqual([]);
      } else {
        // The third failure in a row: HTTP polling takes over while retries go on.
        expect(conn.state.status).toBe('polling');
        expect(httpCalls).toContain('/api/v1/targets/prod/series?split=false');
        expect(store.rows()[0]).toMatchObject({ key: 'api', p90: 42 });
      }
      const before = FakeSocket.all.length;
      const start = Date.now();
      while (FakeSocket.all.length === before) await vi.advanceTimersByTimeAsync(50);
      opened.push(Date.now() - start);
    }
    // Attempt n waits between 2^n·250 and 2^n·500 ms.
    expect(opened[0]).toBeLessThanOrEqual(550);
    expect(opened[1]).toBeGreaterThanOrEqual(500);
    expect(opened[1]).toBeLessThanOrEqual(1050);
    expect(opened[2]).toBeGreaterThanOrEqual(1000);
    // While a retry is under way, the status stays "polling", not "connecting".
    expect(conn.state.status).toBe('polling');
    last().refuse();

    // The HTTP API goes away too: that is not "polling", it is disconnected.
    httpUp = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(conn.state.status).toBe('disconnected');
    expect(conn.state.lastError).toContain('polling failed');

    httpUp = true;
    while (FakeSocket.all[FakeSocket.all.length - 1].readyState === 3) await vi.advanceTimersByTimeAsync(100);
    last().accept();
    expect(conn.state.status).toBe('connected');
    const calls = httpCalls.length;
    await vi.advanceTimersByTimeAsync(3000);
    expect(httpCalls.length).toBe(calls);
    conn.stop();
  });

  it('asks for one resync on a seq gap and takes the snapshot that answers it', () => {
    const { conn, store } = setup();
    last().accept();
    last().push(batch(1, true, [update(1, 10, 'api')]));
    last().push(batch(2, false, [update(1, 12)]));
    last().push(batch(4, false, [update(1, 14)]));
    last().push(batch(5, false, [update(1, 15)]));
    expect(
      last()
        .sent.filter((m) => m.resync)
        .map((m) => m.resync?.targetId),
    ).toEqual(['prod']);
    expect(store.rows()[0].p90).toBe(12);
    last().push(batch(9, true, [update(1, 19, 'api')]));
    last().push(batch(10, false, [update(1, 20)]));
    expect(store.rows()[0].p90).toBe(20);
    conn.stop();
  });

  it('with ?transport=poll never opens a WebSocket', async () => {
    const { conn, store } = setup({ transport: 'poll' });
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeSocket.all).toHaveLength(0);
    expect(conn.state.lastError).toBeUndefined();
    expect(conn.state.status).toBe('polling');
    expect(store.rows()).toHaveLength(1);
    conn.stop();
  });

  it('with several servers, carries on through the next one when its node drops, and comes round again', async () => {
    const { conn, store } = setup({ moreWsUrls: ['ws://y/ws', 'ws://z/ws'] });
    expect(last().url).toBe('ws://x/ws');
    last().accept();
    last().push(batch(1, true, [update(1, 10, 'api')]));
    last().close(1006);
    expect(conn.state.endpoint).toBe('ws://y/ws');
    await vi.advanceTimersByTimeAsync(600);
    expect(last().url).toBe('ws://y/ws');
    // y is down too: z next, then x again.
    last().refuse();
    await vi.advanceTimersByTimeAsync(1_100);
    expect(last().url).toBe('ws://z/ws');
    last().accept();
    expect(conn.state).toMatchObject({ status: 'connected', endpoint: 'ws://z/ws', reconnects: 1 });
    expect(asked(last())).toEqual(['stats', 'prod']);
    expect(store.rows()[0].p90).toBe(10);
    last().close(1006);
    expect(conn.state.endpoint).toBe('ws://x/ws');
    conn.stop();
  });

  it('stops after a final close (4501): no reconnect, no polling, and the status says why and what to do', async () => {
    const { conn } = setup({ pollAfterFailures: 1, apiKey: 'old-key' });
    expect(last().url).toBe('ws://x/ws?apiKey=old-key');
    last().accept();
    // What the server does with a key it does not know: it says why, then closes for good.
    last().push({ error: { code: 'LD_ERR_UNAUTHORIZED', message: 'unknown API key' } });
    last().close(CloseCode.unauthorized, 'unauthorized');
    expect(conn.state.status).toBe('stopped');
    expect(conn.state.cause).toEqual({ code: 4501, reason: 'unknown API key' });
    expect(conn.state.advice).toContain('refused');
    expect(conn.state.advice).toContain('?apiKey=<key>');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(httpCalls).toEqual([]);
    expect(conn.state.status).toBe('stopped');
    conn.stop();
  });

  it("takes the server's reason from an error message that arrives after the close (decoded in the worker)", async () => {
    const { conn } = setup({ apiKey: 'k1' });
    last().accept();
    const socket = last();
    socket.close(CloseCode.forbidden, 'forbidden');
    expect(conn.state).toMatchObject({ status: 'stopped', cause: { code: 4503, reason: 'forbidden' } });
    expect(conn.state.advice).toContain('forbidden');
    // The frame was sent before the close, but came back from the worker after it.
    socket.onmessage = null;
    (conn as unknown as { onMessage(b: ArrayBuffer): void }).onMessage(frame({ error: { code: 'LD_ERR_FORBIDDEN', message: 'that API key may not read' } }));
    expect(conn.state.cause).toEqual({ code: 4503, reason: 'that API key may not read' });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(FakeSocket.all).toHaveLength(1);
    conn.stop();
  });

  it('reconnects after a close the registry says to retry (4001), with the close code as the cause', async () => {
    const { conn } = setup();
    last().accept();
    last().close(CloseCode.slowConsumer, 'slow consumer: resubscribe when ready');
    expect(conn.state).toMatchObject({ status: 'disconnected', cause: { code: 4001, reason: 'slow consumer: resubscribe when ready' } });
    expect(conn.state.advice).toBeUndefined();
    await vi.advanceTimersByTimeAsync(510);
    expect(FakeSocket.all).toHaveLength(2);
    expect(conn.state.status).toBe('connecting');
    last().accept();
    expect(conn.state).toMatchObject({ status: 'connected', cause: { code: StateCode.opened }, reconnects: 1 });
    conn.stop();
  });

  it('stops when polling gets a 401: no more polls, no more WebSocket attempts', async () => {
    httpRefuses = 401;
    const { conn } = setup({ pollAfterFailures: 1 });
    last().refuse();
    await vi.advanceTimersByTimeAsync(0);
    expect(conn.state.status).toBe('stopped');
    expect(conn.state.cause).toEqual({ code: CloseCode.unauthorized, reason: 'no entry (401)' });
    expect(conn.state.advice).toContain('needs an API key');
    const calls = httpCalls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(httpCalls).toHaveLength(calls);
    expect(FakeSocket.all).toHaveLength(1);
    conn.stop();
  });

  it('stops on a 403 while polling with ?transport=poll', async () => {
    httpRefuses = 403;
    const { conn } = setup({ transport: 'poll', apiKey: 'read-only' });
    await vi.advanceTimersByTimeAsync(0);
    expect(conn.state).toMatchObject({ status: 'stopped', cause: { code: CloseCode.forbidden, reason: 'no entry (403)' } });
    const calls = httpCalls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(httpCalls).toHaveLength(calls);
    conn.stop();
  });

  it('a polling round that was in flight when the connection stopped changes nothing when it lands', async () => {
    const { conn, store } = setup({ pollAfterFailures: 1 });
    let open!: () => void;
    httpGate = new Promise((resolve) => (open = resolve));
    last().refuse();
    await vi.advanceTimersByTimeAsync(0);
    expect(httpCalls).toHaveLength(1);
    // The WebSocket comes back meanwhile, and the server closes it for good.
    while (FakeSocket.all.length === 1) await vi.advanceTimersByTimeAsync(50);
    last().accept();
    last().close(CloseCode.unauthorized, 'unauthorized');
    expect(conn.state.status).toBe('stopped');
    httpGate = undefined;
    open();
    await vi.advanceTimersByTimeAsync(0);
    expect(conn.state.status).toBe('stopped');
    expect(store.rows()).toHaveLength(0);
    conn.stop();
  });

  it('learns the view limits and target sizes; subscribes again only when a view changes, and leaves a view for the whole stream', async () => {
    const { conn } = setup();
    last().accept();
    last().push({ init: { availableTargets: ['prod'], protocolVersion: 0, maxViewRows: 500, viewThresholdSeries: 1000 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(conn.state).toMatchObject({ maxViewRows: 500, viewThresholdSeries: 1000, seriesCounts: { prod: { split: 5000, combined: 40 } } });
    last().push({ targets: { targets: ['prod', 'big'], details: [{ targetId: 'big', seriesCount: 20000, keyCount: 2 }] } });
    expect(conn.state.seriesCounts.big).toEqual({ split: 20000, combined: 2 });
    const view = {
      sort: 'p90',
      descending: true,
      offset: 0,
      limit: 100,
      keyFilter: '',
      metadataFilter: '',
      p90AtLeastMs: undefined,
      activeOnly: false,
      pinned: [],
    };
    const sent = () =>
      last()
        .sent.splice(0)
        .map((m) => [m.subscription?.action ?? -1, m.subscription?.view?.offset ?? null]);
    sent();
    conn.setSubscriptions([{ targetId: 'prod', split: false, view }]);
    const sub = latency.SubscriptionMessage.Action.SUBSCRIBE;
    const unsub = latency.SubscriptionMessage.Action.UNSUBSCRIBE;
    expect(sent()).toEqual([[sub, 0]]);
    conn.setSubscriptions([{ targetId: 'prod', split: false, view: { ...view, pinned: [] } }]);
    expect(sent()).toEqual([]);
    conn.setSubscriptions([{ targetId: 'prod', split: false, view: { ...view, offset: 50 } }]);
    expect(sent()).toEqual([[sub, 50]]);
    conn.setSubscriptions([{ targetId: 'prod', split: false }]);
    expect(sent()).toEqual([
      [unsub, null],
      [sub, null],
    ]);
    conn.stop();
  });
});
