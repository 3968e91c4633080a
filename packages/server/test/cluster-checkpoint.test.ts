import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { MetricsUpdate } from '@latency-dash/protocol';
import { Redis } from 'ioredis';
import { SAVE_CHECKPOINT } from '../src/cluster/partition-checkpoint.js';
import { partitionOf } from '../src/cluster/partitions.js';
import { getJson, health, startNode, stopNode, targetOwnedBy, waitFor, type ClusterNode } from './cluster-nodes.js';
import { postJson } from './helpers.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const PARTITIONS = 4;
const IDS = ['node-a', 'node-b'];
const PREFIX = 'ck';

function batch(targetId: string, from: number, n: number) {
  return {
    events: Array.from({ length: n }, (_, i) => ({
      targetId,
      key: (from + i) % 2 === 0 ? 'GET /a' : 'GET /b',
      payloadSize: 100,
      valueMs: ((from + i) * 37) % 500,
    })),
  };
}

async function seriesOf(node: ClusterNode, targetId: string): Promise<{ status: number; byKey: Map<string, MetricsUpdate> }> {
  const { status, body } = await getJson<{ updates?: MetricsUpdate[] }>(`${node.url}/api/v1/targets/${encodeURIComponent(targetId)}/series`);
  return { status, byKey: new Map((body.updates ?? []).map((u) => [u.key ?? '', u])) };
}

const total = (byKey: Map<string, MetricsUpdate>) => [...byKey.values()].reduce((n, u) => n + Number(u.count), 0);
const numbers = (u: MetricsUpdate | undefined) => u && { count: Number(u.count), p99: u.p99Latency, p50: u.p50Latency, max: u.maxLatency, min: u.minLatency };

const skip = redisAvailable() ? false : NO_REDIS;
let redis: PrivateRedis;
let probe: Redis;
const nodes = new Map<string, ClusterNode>();

before(async () => {
  if (skip) return;
  redis = await startRedis();
  probe = new Redis(redis.url);
  // Small stream nodes, so the approximate (whole-node) trims act within a few entries, as they would on a busy stream.
  await probe.config('SET', 'stream-node-max-entries', '2');
  const args = ['--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', '1500', '--cluster-prefix', PREFIX];
  // Events leave Redis a second after a checkpoint covers them: the failover below must not need them.
  const extra = [...args, '--cluster-retention-ms', '1000', '--cluster-checkpoint-ms', '200'];
  for (const n of await Promise.all(IDS.map((id) => startNode(id, redis.url, extra)))) nodes.set(n.id, n);
  await waitFor('both nodes serving every partition', async () => {
    const hs = await Promise.all([...nodes.values()].map(health));
    return new Set(hs.flatMap((h) => h.cluster.servingPartitions)).size === PARTITIONS && hs.every((h) => h.cluster.nodes.length === 2);
  });
});

after(async () => {
  probe?.disconnect();
  await Promise.all([...nodes.values()].map(stopNode));
  await redis?.stop();
});

test('after a kill -9 the new owner counts every acknowledged event, though the stream no longer holds the old ones', { skip }, async () => {
  const a = nodes.get('node-a')!;
  const b = nodes.get('node-b')!;
  const T = targetOwnedBy('node-b', 'orders', IDS, PARTITIONS);
  const stream = `${PREFIX}:ev:${partitionOf(T, PARTITIONS)}`;
  let acked = 0;
  let entries = 0;
  const send = async (n: number) => {
    const res = await postJson(`${a.url}/api/v1/events`, batch(T, acked, n));
    assert.equal(res.status, 200);
    acked += (res.body as { accepted: number }).accepted;
    entries++;
  };
  for (let i = 0; i < 30; i++) await send(20);
  // The old entries leave the stream once covered by a checkpoint and past the retention; events keep coming meanwhile.
  await waitFor('the stream trimmed to a few entries', async () => {
    await send(4);
    return (await probe.xlen(stream)) <= entries / 4;
  });
  await waitFor(`B counting all ${acked} events`, async () => total((await seriesOf(b, T)).byKey) === acked);
  const before = (await seriesOf(b, T)).byKey;
  assert.match(await (await fetch(`${b.url}/metrics`)).text(), /^latency_dash_cluster_checkpoints_total [1-9]/m);
  const kept = await probe.xlen(stream);
  assert.ok(kept <= entries / 4, `${kept} of ${entries} entries still in the stream`);

  b.child.kill('SIGKILL');
  await b.exited;
  nodes.delete('node-b');
  await waitFor(`${T} computed by A`, async () => (await seriesOf(a, T)).status === 200);
  const moved = (await seriesOf(a, T)).byKey;
  assert.equal(total(moved), acked, `A counts ${total(moved)} of ${acked} acknowledged events (the stream kept ${kept} of ${entries} entries)`);
  for (const key of ['GET /a', 'GET /b']) assert.deepEqual(numbers(moved.get(key)), numbers(before.get(key)), `${key} after the move`);
});

test('a checkpoint is stored only by the lease holder and only over an older one; the stream is trimmed only below it', { skip }, async () => {
  const keys = ['unit:ckpt:0', 'unit:ev:0', 'unit:lease:0'] as const;
  probe.defineCommand('ldSaveCheckpoint', { numberOfKeys: 3, lua: SAVE_CHECKPOINT });
  const save = (id: string, node: string) =>
    (probe as unknown as { ldSaveCheckpoint(...args: (string | number | Buffer)[]): Promise<number> }).ldSaveCheckpoint(...keys, id, Buffer.from(id), 0, node);
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) ids.push((await probe.xadd(keys[1], '*', 'b', String(i)))!);
  await probe.set(keys[2], 'holder');
  assert.equal(await save(ids[7], 'paused-former-owner'), -1, 'a node without the lease stores nothing');
  assert.equal(await probe.xlen(keys[1]), 12, 'and trims nothing');
  assert.equal(await save(ids[7], 'holder'), 1);
  const left = (await probe.xrange(keys[1], '-', '+')).map(([id]) => id);
  assert.ok(left.length < 12, `trimmed below the checkpoint (${left.length} of 12 entries left)`);
  assert.deepEqual(left.slice(-5), ids.slice(7), 'every entry from the checkpoint on is kept');
  assert.equal(await save(ids[5], 'holder'), 0, 'an older checkpoint does not replace a newer one');
  assert.equal(await probe.hget(keys[0], 'id'), ids[7]);
});
