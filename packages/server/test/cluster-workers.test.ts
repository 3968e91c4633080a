import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { MetricsUpdate } from '@latency-dash/protocol';
import { getFresh, RawViewer, startNode, type ClusterNode, type Health, waitFor } from './cluster-nodes.js';
import { postJson, runToEnd } from './helpers.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const PARTITIONS = 8;

test('--workers above 1 without --redis, and --wal with --redis, are refused before anything starts (exit 2)', async () => {
  const workers = await runToEnd(MAIN, ['--workers', '2', '--no-demo', '--port', '0']);
  assert.equal(workers.code, 2);
  assert.match(workers.stderr, /--workers 2 needs --redis/);
  const wal = await runToEnd(MAIN, ['--redis', 'redis://127.0.0.1:1', '--wal', '/tmp/nowhere-wal', '--port', '0']);
  assert.equal(wal.code, 2);
  assert.match(wal.stderr, /--wal \/tmp\/nowhere-wal cannot be used with --redis/);
});

describe('--workers 2: two processes on one port, each a node of the cluster', { skip: redisAvailable() ? false : NO_REDIS }, () => {
  let redis: PrivateRedis;
  let server: ClusterNode;

  before(async () => {
    redis = await startRedis();
    // A 3 s lease: a saturated machine can hold a worker's renewal past 1.5 s, and partitions in flux are not this test's subject.
    server = await startNode('solo', redis.url, ['--workers', '2', '--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', '3000']);
  });
  after(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGTERM');
    await server.exited;
    await redis?.stop();
  });

  test('both workers join and share the partitions; events, viewers and series requests reach the right one whichever answers', async () => {
    // Each new connection may reach either worker: ask until both were seen and every partition is served.
    const served = new Map<string, number[]>();
    await waitFor('both workers serving every partition', async () => {
      const { body } = await getFresh<Health>(`${server.url}/health`);
      served.set(body.cluster.nodeId, body.cluster.servingPartitions);
      const all = [...served.values()].flat();
      return served.size === 2 && body.cluster.nodes.length === 2 && new Set(all).size === PARTITIONS && all.length === PARTITIONS;
    });
    assert.deepEqual([...served.keys()].sort(), ['solo-w0', 'solo-w1']);

    const viewer = new RawViewer(server.url);
    await viewer.subscribe('svc-workers');
    await waitFor('the first snapshot', async () => viewer.frames.length > 0);
    let sent = 0;
    for (let i = 0; i < 10; i++) {
      const events = Array.from({ length: 20 }, (_, j) => ({ targetId: 'svc-workers', key: 'k', valueMs: (sent + j) % 97 }));
      const res = await postJson(`${server.url}/api/v1/events`, { events }, { connection: 'close' });
      assert.equal(res.status, 200);
      sent += 20;
    }
    await waitFor('the viewer counting every event', async () => viewer.total() === sent);
    viewer.close();
    // Asked on six new connections: whichever worker answers, the count is the owner's.
    for (let i = 0; i < 6; i++) {
      const { status, body } = await getFresh<{ updates: MetricsUpdate[] }>(`${server.url}/api/v1/targets/svc-workers/series`);
      assert.equal(status, 200);
      assert.equal(Number(body.updates[0].count), sent);
    }
  });

  test('SIGTERM to the primary stops both workers gracefully (exit 0)', async () => {
    server.child.kill('SIGTERM');
    const [code] = (await server.exited) as [number | null];
    assert.equal(code, 0);
  });
});
