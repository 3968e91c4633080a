import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { decodeServerMessage, encodeClientMessage, METRICS, type DecodedServerMessage, type MetricsUpdate } from '@latency-dash/protocol';
import WebSocket from 'ws';
import { ownerOf, partitionOf } from '../src/cluster/partitions.js';
import { freePort, sleep, WAIT_MS } from './helpers.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** A target name (`stem-N`) whose partition `owner` owns while `nodes` live: rendezvous hashing, as the cluster does it. */
export function targetOwnedBy(owner: string, stem: string, nodes: readonly string[], partitions: number): string {
  for (let i = 0; ; i++) {
    const id = `${stem}-${i}`;
    if (ownerOf(partitionOf(id, partitions), nodes) === owner) return id;
  }
}

/** One server process of a test cluster, started through the server's own entry with --redis. */
export interface ClusterNode {
  readonly id: string;
  readonly url: string;
  readonly child: ChildProcess;
  readonly exited: Promise<unknown>;
  /** Output so far (warnings and errors), for failure messages. */
  output(): string;
}

/** Where a node runs when not on 127.0.0.1 of this network namespace: `launcher` goes before node (e.g. ip netns exec). */
export interface NodePlace {
  readonly host: string;
  readonly port: number;
  readonly launcher: readonly string[];
}

export async function startNode(id: string, redisUrl: string, extra: string[] = [], place?: NodePlace): Promise<ClusterNode> {
  const port = place?.port ?? (await freePort());
  const host = place?.host ?? '127.0.0.1';
  const launcher = place?.launcher ?? [];
  const child = spawn(
    launcher[0] ?? process.execPath,
    [
      ...(launcher.length > 0 ? [...launcher.slice(1), process.execPath] : []),
      '--conditions=source',
      '--import',
      'tsx',
      MAIN,
      '--port',
      String(port),
      '--host',
      host,
      '--no-demo',
      '--history',
      'off',
      '--log-level',
      'warn',
      '--redis',
      redisUrl,
      '--cluster-node-id',
      id,
      // One process per node unless a test asks for workers (the default with --redis is one per core).
      ...(extra.includes('--workers') ? [] : ['--workers', '1']),
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_PRETTY: 'false' } },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = once(child, 'exit');
  const node = { id, url: `http://${host}:${port}`, child, exited, output: () => out };
  // Starting from source (tsx), and with --workers a primary then its workers, can take long on a loaded machine.
  await waitFor(`node ${id} to answer /health`, async () => (await health(node).catch(() => undefined))?.status === 'ok', 4 * WAIT_MS);
  return node;
}

export async function stopNode(node: ClusterNode): Promise<void> {
  if (node.child.exitCode === null && node.child.signalCode === null) node.child.kill('SIGTERM');
  await node.exited;
}

export interface Health {
  status: string;
  degraded: { component: string; reason: string }[];
  cluster: { nodeId: string; redis: string; nodes: string[]; servingPartitions: number[]; failures: Record<string, number> };
}

export async function health(node: ClusterNode): Promise<Health> {
  const res = await fetch(`${node.url}/health`);
  return (await res.json()) as Health;
}

/** A GET on a connection of its own: with --workers, each new connection may reach another worker. */
export function getFresh<T>(url: string): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as T }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

export async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as T };
}

/** Polls an async condition (every 50 ms) until it holds; fails with `what` after WAIT_MS. */
export async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = WAIT_MS): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const FIELDS = METRICS.map((m) => m.field);

/**
 * A viewer that keeps every binary frame as it came (to compare bytes
 * across nodes) and the rows they add up to, applying field deltas as the
 * dashboard does; a snapshot replaces the rows.
 */
export class RawViewer {
  readonly ws: WebSocket;
  /** Batches of the watched stream: seq, snapshot or not, and the frame's bytes. */
  readonly frames: { seq: number; snapshot: boolean; bytes: Buffer }[] = [];
  readonly rows = new Map<number, MetricsUpdate>();
  readonly opened: Promise<unknown>;

  constructor(url: string) {
    this.ws = new WebSocket(`${url.replace('http', 'ws')}/ws`);
    this.opened = once(this.ws, 'open');
    this.ws.on('message', (data: Buffer) => {
      const m: DecodedServerMessage = decodeServerMessage(data);
      const b = m.batch;
      if (b == null) return;
      this.frames.push({ seq: b.seq, snapshot: b.snapshot, bytes: Buffer.from(data) });
      if (b.snapshot) this.rows.clear();
      for (const u of b.updates) {
        const row: Record<string, unknown> = { ...(this.rows.get(u.seriesId) ?? { seriesId: u.seriesId }) };
        for (const f of FIELDS) {
          const v = (u as unknown as Record<string, unknown>)[f];
          if (v !== null && v !== undefined) row[f] = v;
        }
        if (u.key !== '') row.key = u.key;
        this.rows.set(u.seriesId, row as MetricsUpdate);
      }
      for (const id of b.removedSeries) this.rows.delete(id);
    });
  }

  async subscribe(targetId: string, intervalMs = 50): Promise<void> {
    await this.opened;
    this.ws.send(encodeClientMessage({ subscription: { action: 0, targetId, splitByMetadata: false, intervalMs } }));
  }

  /** Events counted over the rows (the combined series of every key). */
  total(): number {
    let n = 0;
    for (const r of this.rows.values()) n += Number(r.count ?? 0);
    return n;
  }

  byKey(): Map<string, MetricsUpdate> {
    return new Map([...this.rows.values()].map((r) => [r.key ?? '', r]));
  }

  close(): void {
    this.ws.terminate();
  }
}
