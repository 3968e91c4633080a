import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MetricsUpdate } from '@latency-dash/protocol';
import { getJson, health, RawViewer, startNode, stopNode, targetOwnedBy as ownedBy, waitFor, type ClusterNode, type Health } from './cluster-nodes.js';
import { postJson } from './helpers.js';
import { partitionOf } from '../src/cluster/partitions.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const PARTITIONS = 8;
const LEASE_MS = 1500;
const IDS = ['node-a', 'node-b', 'node-c'];

/** A target name whose partition `owner` owns while all three nodes live. */
const targetOwnedBy = (owner: string, stem: string) => ownedBy(owner, stem, IDS, PARTITIONS);

/** Deterministic events: two keys, values that give every series a distinct p99. */
function batch(targetId: string, from: number, n: number) {
  return {
    events: Array.from({ length: n }, (_, i) => ({
      targetId,
      key: (from + i) % 2 === 0 ? 'GET /a' : 'GET /b',
      serverTimestamp: String(1_700_000_000_000_000_000n + BigInt(from + i) * 1_000_000n),
      payloadSize: 100,
      valueMs: ((from + i) * 37) % 500,
    })),
  };
}

interface SeriesAnswer {
  updates: MetricsUpdate[];
}

async function seriesOf(node: ClusterNode, targetId: string): Promise<Map<string, MetricsUpdate>> {
  const { status, body } = await getJson<SeriesAnswer>(`${node.url}/api/v1/targets/${encodeURIComponent(targetId)}/series`);
  assert.equal(status, 200, `series of ${targetId} from ${node.id}`);
  return new Map(body.updates.map((u) => [u.key ?? '', u]));
}

const numbers = (u: MetricsUpdate | undefined) => u && { count: Number(u.count), p99: u.p99Latency, p50: u.p50Latency, max: u.maxLatency };

describe('cluster mode: three server processes on a real redis-server', { skip: redisAvailable() ? false : NO_REDIS }, () => {
  let redis: PrivateRedis;
  const nodes = new Map<string, ClusterNode>();
  const viewers: RawViewer[] = [];

  before(async () => {
    redis = await startRedis();
    const args = ['--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', String(LEASE_MS), '--cluster-prefix', 'it'];
    for (const n of await Promise.all(IDS.map((id) => startNode(id, redis.url, args)))) nodes.set(n.id, n);
    // Joined, and every partition computed somewhere.
    await waitFor('three nodes serving every partition', async () => {
      const hs = await Promise.all([...nodes.values()].map(health));
      const served = hs.flatMap((h) => h.cluster.servingPartitions);
      return hs.every((h) => h.cluster.nodes.length === 3) && new Set(served).size === PARTITIONS && served.length === PARTITIONS;
    });
  });

  after(async () => {
    for (const v of viewers) v.close();
    await Promise.all([...nodes.values()].map(stopNode));
    await redis?.stop();
  });

  const node = (id: string) => nodes.get(id)!;
  const T1 = targetOwnedBy('node-b', 'checkout');
  const T2 = targetOwnedBy('node-b', 'payments');
  let before1: Map<string, MetricsUpdate>;

  test('a producer sends to A; viewers on B (the owner) and C get byte-identical frames, and numbers equal to the owner’s', async () => {
    const onB = new RawViewer(node('node-b').url);
    const onC = new RawViewer(node('node-c').url);
    viewers.push(onB, onC);
    await Promise.all([onB.subscribe(T1), onC.subscribe(T1)]);
    // Both have their first (empty) snapshot: the stream exists before the events come.
    await waitFor('first snapshots', async () => onB.frames.length > 0 && onC.frames.length > 0);
    let sent = 0;
    for (let i = 0; i < 20; i++) {
      const res = await postJson(`${node('node-a').url}/api/v1/events`, batch(T1, sent, 50));
      assert.equal(res.status, 200);
      assert.equal((res.body as { accepted: number }).accepted, 50);
      sent += 50;
    }
    await waitFor('both viewers counting every event', async () => onB.total() === sent && onC.total() === sent);

    const bySeq = (v: RawViewer) => new Map(v.frames.filter((f) => !f.snapshot).map((f) => [f.seq, f.bytes]));
    const b = bySeq(onB);
    const c = bySeq(onC);
    const common = [...b.keys()].filter((seq) => c.has(seq));
    assert.ok(common.length > 0, 'the two viewers saw no batch in common');
    for (const seq of common) assert.ok(b.get(seq)!.equals(c.get(seq)!), `batch ${seq} differs between B and C`);

    before1 = await seriesOf(node('node-b'), T1);
    assert.equal(Number(before1.get('GET /a')?.count), 500);
    for (const key of ['GET /a', 'GET /b']) {
      assert.deepEqual(numbers(onB.byKey().get(key)), numbers(before1.get(key)), `viewer on B, ${key}`);
      assert.deepEqual(numbers(onC.byKey().get(key)), numbers(before1.get(key)), `viewer on C, ${key}`);
    }
    // Any node answers for any target: C and A forward to the owner, and list every target.
    assert.deepEqual(numbers((await seriesOf(node('node-c'), T1)).get('GET /b')), numbers(before1.get('GET /b')));
    for (const n of nodes.values()) {
      await waitFor(`${n.id} listing ${T1}`, async () => {
        const { body } = await getJson<{ targets: { targetId: string; eventCount: number }[] }>(`${n.url}/api/v1/targets`);
        return body.targets.some((t) => t.targetId === T1 && t.eventCount === sent);
      });
    }
  });

  test('kill -9 of the owner: its targets move within the lease, no acknowledged event is missing, windows come back', async () => {
    const onC = viewers[1];
    const killedAt = Date.now();
    node('node-b').child.kill('SIGKILL');
    await node('node-b').exited;
    nodes.delete('node-b');
    // A producer keeps sending (to A) through the failover: every acknowledged event must be counted.
    let acked = 0;
    let moved = false;
    const producing = (async () => {
      for (let i = 0; !moved || i < 5; i++) {
        const res = await postJson(`${node('node-a').url}/api/v1/events`, batch(T2, acked, 25));
        if (res.status === 200) acked += (res.body as { accepted: number }).accepted;
      }
    })();
    await waitFor(`${T1} computed by a live node`, async () => {
      const { status } = await getJson(`${node('node-a').url}/api/v1/targets/${T1}/series`);
      return status === 200;
    });
    moved = true;
    const failoverMs = Date.now() - killedAt;
    await producing;
    const after1 = await seriesOf(node('node-a'), T1);
    for (const key of ['GET /a', 'GET /b']) assert.deepEqual(numbers(after1.get(key)), numbers(before1.get(key)), `${key} after the failover`);
    await waitFor(`all ${acked} acknowledged events of ${T2} counted`, async () => {
      const r = await getJson<SeriesAnswer>(`${node('node-c').url}/api/v1/targets/${T2}/series`);
      return r.status === 200 && r.body.updates.reduce((n, u) => n + Number(u.count), 0) === acked;
    });
    // The viewer on C, whose stream's owner died, is carried on by the new owner.
    await waitFor('the viewer on C to hold the rebuilt numbers', async () => onC.total() === 1000);
    assert.deepEqual(numbers(onC.byKey().get('GET /a')), numbers(before1.get('GET /a')));
    console.log(`# failover: ${failoverMs} ms from kill -9 to the target served again (lease ${LEASE_MS} ms)`);
  });

  test('a node joins, then leaves: series requests to every node answer 200 with every event counted while the partitions move', async () => {
    // One target in every partition, so every move the join and the leave make is asked about.
    const moving: string[] = [];
    for (let i = 0; new Set(moving.map((t) => partitionOf(t, PARTITIONS))).size < PARTITIONS; i++) {
      const t = `moving-${i}`;
      if (!moving.some((m) => partitionOf(m, PARTITIONS) === partitionOf(t, PARTITIONS))) moving.push(t);
    }
    for (const t of moving) assert.equal((await postJson(`${node('node-a').url}/api/v1/events`, batch(t, 0, 30))).status, 200);
    const asked = new Map<number, number>();
    const askAll = async (where: ClusterNode[]) => {
      for (const n of where)
        for (const t of moving) {
          const { status, body } = await getJson<SeriesAnswer & { error?: { code: string } }>(`${n.url}/api/v1/targets/${t}/series`);
          asked.set(status, (asked.get(status) ?? 0) + 1);
          assert.equal(status, 200, `${t} (partition ${partitionOf(t, PARTITIONS)}) asked of ${n.id}: ${status} ${body.error?.code ?? ''}`);
          assert.equal(
            body.updates.reduce((sum, u) => sum + Number(u.count), 0),
            30,
            `${t} asked of ${n.id}`,
          );
        }
    };
    await waitFor('every moving target counted where it is computed', async () => {
      const { body } = await getJson<{ targets: { targetId: string; eventCount: number }[] }>(`${node('node-a').url}/api/v1/targets`);
      return moving.every((t) => body.targets.some((x) => x.targetId === t && x.eventCount === 30));
    });
    const survivors = [node('node-a'), node('node-c')];

    const d = await startNode('node-d', redis.url, [
      '--cluster-partitions',
      String(PARTITIONS),
      '--cluster-lease-ms',
      String(LEASE_MS),
      '--cluster-prefix',
      'it',
    ]);
    nodes.set(d.id, d);
    const settled = async (ids: string[]) => {
      const hs = await Promise.all(ids.map((id) => health(node(id))));
      const served = hs.flatMap((h) => h.cluster.servingPartitions);
      return hs.every((h) => h.cluster.nodes.length === ids.length) && served.length === PARTITIONS && new Set(served).size === PARTITIONS;
    };
    let joined = false;
    let rounds = 0;
    // Asked while D joins and takes its partitions, and a round after.
    while (!joined) {
      joined = await settled(['node-a', 'node-c', 'node-d']);
      await askAll([...survivors, d]);
      rounds++;
    }
    assert.ok((await health(d)).cluster.servingPartitions.length > 0, 'node-d took no partition');

    // Asked while D leaves (SIGTERM: it gives its partitions up) and the others take them back.
    d.child.kill('SIGTERM');
    let left = false;
    while (!left) {
      left = d.child.exitCode !== null && (await settled(['node-a', 'node-c']));
      await askAll(survivors);
      rounds++;
    }
    await d.exited;
    nodes.delete(d.id);
    console.log(`# join and leave: ${rounds} rounds of ${moving.length} targets; answers by status ${JSON.stringify(Object.fromEntries(asked))}`);
  });

  test('a Redis restart: degraded in /health and /metrics, events refused with 503, then recovery', async () => {
    const a = node('node-a');
    await redis.stop();
    await waitFor('A degraded', async () => {
      const h = await health(a);
      return h.status === 'degraded' && h.cluster.redis === 'unreachable' && h.degraded.some((d) => d.component === 'cluster');
    });
    const refused = await postJson(`${a.url}/api/v1/events`, batch('after-restart', 0, 10));
    assert.equal(refused.status, 503);
    assert.equal((refused.body as { error: { code: string } }).error.code, 'LD_ERR_CLUSTER_UNAVAILABLE');
    // Once the leases lapse nobody computes T1: asked for it, A waits out what could be a move, then says why, and when to retry.
    await waitFor('no node serving a partition', async () =>
      (await Promise.all([...nodes.values()].map(health))).every((h) => h.cluster.servingPartitions.length === 0),
    );
    const orphan = await fetch(`${a.url}/api/v1/targets/${T1}/series`);
    assert.equal(orphan.status, 503);
    assert.equal(orphan.headers.get('retry-after'), '1');
    assert.equal(((await orphan.json()) as { error: { code: string } }).error.code, 'LD_ERR_CLUSTER_UNAVAILABLE');
    const metrics = await (await fetch(`${a.url}/metrics`)).text();
    assert.match(metrics, /^latency_dash_cluster_redis_up 0$/m);
    assert.match(metrics, /^latency_dash_cluster_failures_total\{op="append"\} [1-9]/m);

    redis = await startRedis(redis.port);
    let hs: Health[] = [];
    await waitFor('every node healthy again, every partition served', async () => {
      hs = await Promise.all([...nodes.values()].map(health));
      const served = hs.flatMap((h) => h.cluster.servingPartitions);
      return hs.every((h) => h.status === 'ok' && h.cluster.nodes.length === 2) && new Set(served).size === PARTITIONS;
    }).catch((err: Error) => assert.fail(`${err.message}: ${JSON.stringify(hs)}`));
    const T3 = 'after-restart';
    const viewer = new RawViewer(node('node-c').url);
    viewers.push(viewer);
    await viewer.subscribe(T3);
    await waitFor('the first snapshot', async () => viewer.frames.length > 0);
    const res = await postJson(`${a.url}/api/v1/events`, batch(T3, 0, 40));
    assert.equal(res.status, 200);
    await waitFor('the viewer on C counting the events taken after the restart', async () => viewer.total() === 40);
    assert.match(await (await fetch(`${a.url}/metrics`)).text(), /^latency_dash_cluster_redis_up 1$/m);
  });
});
