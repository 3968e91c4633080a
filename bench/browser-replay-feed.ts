/**
 * A WebSocket endpoint speaking the real /ws protocol (init, subscription,
 * snapshot, seq-numbered batches, resync, ping/pong) that replays batches
 * of N series encoded in advance. The browser bench points the page at it
 * with ?ws=, so what it measures is the page, not a server ingesting
 * 100,000 events/s on the same two cores.
 */
import { encodeServerMessage, latency, PROTOCOL_VERSION } from '@latency-dash/protocol';
import protobuf from 'protobufjs';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ReplayFeed {
  wsUrl: string;
  /** Batches sent so far, across connections. */
  sent: () => number;
  close: () => Promise<void>;
}

const TARGET = 'bench';
/** Distinct update sets cycled through, so values keep changing without encoding 10,000 updates per batch. */
const VARIANTS = 16;
/** MetricsBatch.updates is field 5, length-delimited: tag (5 << 3) | 2. */
const UPDATES_TAG = 42;
/** ServerMessage.batch is field 2, length-delimited. */
const BATCH_TAG = 18;

function updatesBytes(series: number, variant: number, withLabels: boolean): Uint8Array {
  const w = protobuf.Writer.create();
  for (let i = 0; i < series; i++) {
    const u = fullUpdate(i + 1, variant, withLabels);
    w.uint32(UPDATES_TAG).fork();
    latency.MetricsUpdate.encode(u, w);
    w.ldelim();
  }
  return w.finish();
}

/** A ServerMessage{batch} from a header (no updates) and pre-encoded update fields: fields of a message may come in any order. */
function batchFrame(seq: number, split: boolean, snapshot: boolean, updates: Uint8Array): Uint8Array {
  const header = latency.MetricsBatch.encode({
    targetId: TARGET,
    splitByMetadata: split,
    seq,
    snapshot,
    serverTime: Date.now() * 1e6,
    intervalMs: 100,
  }).finish();
  const body = new Uint8Array(header.length + updates.length);
  body.set(header);
  body.set(updates, header.length);
  return protobuf.Writer.create().uint32(BATCH_TAG).bytes(body).finish();
}

/** The largest window the feed serves, as InitMessage.max_view_rows. */
const MAX_VIEW_ROWS = 1000;
/** As the server's default view_threshold_series. */
const VIEW_THRESHOLD = 1000;

/** One series' full update, its numbers moved by `variant`; labels when asked (split view: 3,334 keys × a tier label, like a real split stream). */
function fullUpdate(id: number, variant: number, withLabels: boolean): latency.MetricsUpdate.$Properties {
  const i = id - 1;
  const base = 5 + ((i * 37 + variant * 13) % 500);
  return {
    seriesId: id,
    ...(withLabels ? { key: `svc-${String(Math.floor(i / 3)).padStart(5, '0')}`, metadata: { tier: ['free', 'premium', 'enterprise'][i % 3] } } : {}),
    minLatency: base / 4,
    maxLatency: base * 3,
    avgLatency: base,
    p50Latency: base * 0.9,
    p90Latency: base * 1.6,
    p95Latency: base * 2,
    p99Latency: base * 2.6,
    avgProcessingTime: 0.02,
    throughput: 2000,
    eventsPerSecond: 10,
    lastPayloadSize: 200,
    count: 1000 + variant,
    lastUpdate: Date.now() * 1e6,
    sampleCount: 1000,
  };
}

/**
 * A windowed stream as the server serves one (latency.proto View): the
 * window's rows only, a snapshot on every new view, and every tenth batch a
 * reordered window (WindowState) so the page's window path runs too. The
 * order is the series ids' (the feed does not sort): what is measured is
 * the page, which shows the rows in whatever order the server says.
 */
interface WindowedStream {
  ws: WebSocket;
  seq: number;
  split: boolean;
  view: latency.IView;
  ids: number[];
  /** The window's order flips every tenth batch. */
  reversed: boolean;
}

function windowIds(series: number, view: latency.IView): number[] {
  const offset = Math.min(view.offset ?? 0, series);
  const limit = Math.min(view.limit ?? 0, MAX_VIEW_ROWS, series - offset);
  const ids = Array.from({ length: limit }, (_, i) => offset + i + 1);
  for (const p of view.pinned ?? []) if (p >= 1 && p <= series && !ids.includes(p)) ids.push(p);
  return ids;
}

function windowFrame(s: WindowedStream, series: number, snapshot: boolean, reorder: boolean): Uint8Array {
  const inWindow = s.ids.filter((id) => id <= (s.view.offset ?? 0) + (s.view.limit ?? 0) && id > (s.view.offset ?? 0));
  if (reorder) s.reversed = !s.reversed;
  const order = s.reversed ? [...inWindow].reverse() : inWindow;
  return encodeServerMessage({
    batch: {
      targetId: TARGET,
      splitByMetadata: s.split,
      seq: s.seq,
      snapshot,
      serverTime: Date.now() * 1e6,
      intervalMs: 100,
      updates: s.ids.map((id) => fullUpdate(id, snapshot ? 0 : (s.seq % VARIANTS) + 1, snapshot)),
      ...(snapshot ? { view: s.view } : {}),
      ...(snapshot || reorder ? { window: { total: series, offset: s.view.offset ?? 0, seriesIds: order } } : {}),
    },
  });
}

export async function startReplayFeed(series: number, batchesPerSecond = 10, windowed = false): Promise<ReplayFeed> {
  const snapshotUpdates = updatesBytes(series, 0, true);
  const variants = Array.from({ length: VARIANTS }, (_, v) => updatesBytes(series, v + 1, false));
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  let sent = 0;
  const streams = new Set<{ ws: WebSocket; seq: number; split: boolean }>();
  const windows = new Map<WebSocket, WindowedStream>();

  wss.on('connection', (ws) => {
    ws.send(
      encodeServerMessage({
        init: {
          message: 'replay feed',
          serverTime: Date.now() * 1e6,
          availableTargets: [TARGET],
          protocolVersion: PROTOCOL_VERSION,
          defaultIntervalMs: 100,
          serverId: 'replay',
          ...(windowed ? { maxViewRows: MAX_VIEW_ROWS, viewThresholdSeries: VIEW_THRESHOLD } : {}),
        },
      }),
    );
    // The target's size, which makes the page browse it through windows.
    if (windowed)
      ws.send(encodeServerMessage({ targets: { targets: [TARGET], details: [{ targetId: TARGET, seriesCount: series, keyCount: Math.ceil(series / 3) }] } }));
    const stream = { ws, seq: 0, split: true };
    const snapshot = () => {
      stream.seq++;
      ws.send(batchFrame(stream.seq, stream.split, true, snapshotUpdates));
    };
    ws.on('message', (data: Buffer) => {
      const msg = latency.ClientMessage.decode(data);
      const view = msg.subscription?.view;
      if (msg.subscription?.targetId === TARGET && msg.subscription.action !== latency.SubscriptionMessage.Action.SUBSCRIBE) {
        streams.delete(stream);
        windows.delete(ws);
      } else if (windowed && view && msg.subscription?.targetId === TARGET) {
        // A new view replaces the window: a snapshot of it.
        streams.delete(stream);
        const w: WindowedStream = { ws, seq: 0, split: msg.subscription.splitByMetadata === true, view, ids: windowIds(series, view), reversed: false };
        w.seq++;
        ws.send(windowFrame(w, series, true, false));
        windows.set(ws, w);
      } else if (msg.resync?.targetId === TARGET && windows.has(ws)) {
        const w = windows.get(ws)!;
        w.seq++;
        ws.send(windowFrame(w, series, true, false));
      } else if (msg.subscription?.targetId === TARGET && msg.subscription.action === latency.SubscriptionMessage.Action.SUBSCRIBE) {
        windows.delete(ws);
        // One stream per connection is all the bench needs: the page watches one target in one view.
        stream.split = msg.subscription.splitByMetadata === true;
        snapshot();
        streams.add(stream);
      } else if (msg.resync?.targetId === TARGET) snapshot();
      else if (msg.ping) ws.send(encodeServerMessage({ pong: { clientTime: msg.ping.clientTime, serverTime: Date.now() * 1e6 } }));
    });
    ws.on('close', () => {
      streams.delete(stream);
      windows.delete(ws);
    });
  });

  const timer = setInterval(() => {
    for (const s of streams) {
      s.seq++;
      s.ws.send(batchFrame(s.seq, s.split, false, variants[s.seq % VARIANTS]));
      sent++;
    }
    for (const w of windows.values()) {
      w.seq++;
      w.ws.send(windowFrame(w, series, false, w.seq % 10 === 0));
      sent++;
    }
  }, 1000 / batchesPerSecond);

  const port = (wss.address() as { port: number }).port;
  return {
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    sent: () => sent,
    close: async () => {
      clearInterval(timer);
      for (const s of streams) s.ws.terminate();
      for (const w of windows.values()) w.ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
