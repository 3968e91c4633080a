import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { ownerOf, partitionOf } from '../src/cluster/partitions.js';
import { fanChannel, groupKey, splitRelayMessage } from '../src/cluster/relay-channels.js';
import { health, RawViewer, startNode, stopNode, waitFor, type ClusterNode, type Health } from './cluster-nodes.js';
import { postJson, WAIT_MS } from './helpers.js';
import { NetNamespace, netnsAvailable, NO_NETNS } from './netns.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const PARTITIONS = 8;
/** Long enough that C, stopped for a moment before the cut, still holds its leases when it wakes. */
const LEASE_MS = 3000;
const PREFIX = 'cut';
const IDS = ['node-a', 'node-b', 'node-c'];
/** RawViewer's interval: the channel its stream is published on. */
const VIEW_INTERVAL_MS = 50;

function targetOwnedBy(owner: string, stem: string): string {
  for (let i = 0; ; i++) {
    const id = `${stem}-${i}`;
    if (ownerOf(partitionOf(id, PARTITIONS), IDS) === owner) return id;
  }
}

function batch(targetId: string, from: number, n: number) {
  return { events: Array.from({ length: n }, (_, i) => ({ targetId, key: (from + i) % 2 === 0 ? 'GET /a' : 'GET /b', valueMs: ((from + i) * 37) % 500 })) };
}

/** Every partition served by exactly one of `hs`, and each of them seeing `nodes` live nodes. */
function servedOnce(hs: Health[], nodes: number): boolean {
  const served = hs.flatMap((h) => h.cluster.servingPartitions);
  return hs.every((h) => h.cluster.nodes.length === nodes) && served.length === PARTITIONS && new Set(served).size === PARTITIONS;
}

const skip = !redisAvailable() ? NO_REDIS : !netnsAvailable() ? NO_NETNS : false;

describe('a network cut of one node (its own network namespace, link down) moves its targets; the node rejoins without double ownership', { skip }, () => {
  const net = new NetNamespace();
  let redis: PrivateRedis;
  let watch: Redis | undefined;
  const nodes = new Map<string, ClusterNode>();
  const viewers: RawViewer[] = [];
  /** Sources of the messages on the watched stream's channel, in the order Redis delivered them. */
  const sources: string[] = [];
  const T = targetOwnedBy('node-c', 'edge');
  const node = (id: string) => nodes.get(id)!;

  before(async () => {
    net.create();
    redis = await startRedis(undefined, [net.hostIp]);
    const args = ['--cluster-partitions', String(PARTITIONS), '--cluster-lease-ms', String(LEASE_MS), '--cluster-prefix', PREFIX];
    const [a, b, c] = await Promise.all([
      startNode('node-a', redis.url, args),
      startNode('node-b', redis.url, args),
      // Inside the namespace: Redis at this side's veth address, the test reaching it at the namespace's.
      startNode('node-c', `redis://${net.hostIp}:${redis.port}`, args, { host: net.nsIp, port: 8080, launcher: net.launcher }),
    ]);
    for (const n of [a, b, c]) nodes.set(n.id, n);
    await waitFor('three nodes serving every partition', async () => servedOnce(await Promise.all([...nodes.values()].map(health)), 3), 2 * WAIT_MS);
    watch = new Redis(redis.url);
    watch.on('messageBuffer', (_channel: Buffer, message: Buffer) => sources.push(splitRelayMessage(message).source));
    await watch.subscribe(fanChannel(PREFIX, groupKey(T, false, VIEW_INTERVAL_MS)));
  });

  after(async () => {
    try {
      for (const v of viewers) v.close();
      watch?.disconnect();
      // The cut node may still be cut off (a failed test): stopping it must not wait on its unreachable Redis.
      const c = nodes.get('node-c');
      if (c && c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
      await Promise.all([...nodes.values()].map(stopNode));
      await redis?.stop();
    } finally {
      net.remove();
    }
  });

  let sent = 0;
  const send = async (n: number) => {
    const res = await postJson(`${node('node-a').url}/api/v1/events`, batch(T, sent, n));
    assert.equal(res.status, 200);
    sent += n;
  };

  test('cut: the targets of the cut node move to the others within about a lease; viewers on a surviving node keep their socket and every event', async () => {
    const c = node('node-c');
    const onA = new RawViewer(node('node-a').url);
    viewers.push(onA);
    let closed = false;
    onA.ws.once('close', () => (closed = true));
    await onA.subscribe(T, VIEW_INTERVAL_MS);
    for (let i = 0; i < 5; i++) await send(40);
    await waitFor('the viewer on A counting every event (computed by C)', async () => onA.total() === sent);
    assert.ok(sources.length > 0 && sources.every((s) => s.startsWith('node-c#')), `C publishes ${T}: ${[...new Set(sources)].join(', ')}`);

    // The cut comes while C has events of T it has not applied yet: stopped, it cannot read the stream's answer, which
    // waits in its socket (Recv-Q) when the link goes down; woken, it applies them and publishes a frame that stays
    // queued in its other socket until the link is back. Without the stop, whether C had anything in hand at the cut
    // would be down to timing.
    c.child.kill('SIGSTOP');
    await send(10);
    await waitFor('the stream’s answer waiting in C’s socket', async () => net.unreadBytesTo(redis.port) > 0);
    const cutAt = Date.now();
    net.cut();
    c.child.kill('SIGCONT');
    const survivors = [node('node-a'), node('node-b')];
    await waitFor('A and B serving every partition between them', async () => servedOnce(await Promise.all(survivors.map(health)), 2), 2 * WAIT_MS);
    const movedMs = Date.now() - cutAt;
    for (let i = 0; i < 5; i++) await send(40);
    await waitFor('the viewer on A counting every event (now computed by A or B)', async () => onA.total() === sent);
    assert.equal(closed, false, 'the viewer on A lost its socket');
    const newOwner = sources[sources.length - 1];
    assert.ok(/^node-[ab]#/.test(newOwner), `the stream is published by A or B after the cut, not ${newOwner}`);
    console.log(`# network cut: ${movedMs} ms from link down to every partition served by A and B (lease ${LEASE_MS} ms)`);
  });

  test('restore: the cut node gave its leases up, rejoins, and no frame of its old ownership reaches anyone after the new owner’s', async () => {
    net.restore();
    const all = () => Promise.all([...nodes.values()].map(health));
    let hs: Health[] = [];
    await waitFor(
      'C back, every partition served by exactly one of three nodes',
      async () => {
        hs = await all();
        return servedOnce(hs, 3) && hs.some((h) => h.cluster.nodeId === 'node-c' && h.cluster.servingPartitions.length > 0);
      },
      2 * WAIT_MS,
    ).catch((err: Error) => assert.fail(`${err.message}: ${JSON.stringify(hs.map((h) => h.cluster))}`));
    // T's partition is C's again by hashing: the stream comes back from C, counted in full.
    for (let i = 0; i < 5; i++) await send(40);
    const onA = viewers[0];
    await waitFor('the viewer on A counting every event after the rejoin', async () => onA.total() === sent).catch(async (err: Error) => {
      const series = await (await fetch(`${node('node-a').url}/api/v1/targets/${T}/series`)).text();
      assert.fail(
        `${err.message}: viewer ${onA.total()} of ${sent}; sources ${[...new Set(sources)].join(' ')}; series ${series.slice(0, 600)}; C: ${node('node-c').output().slice(-3000)}`,
      );
    });
    await waitFor('C publishing the stream again', async () => sources[sources.length - 1].startsWith('node-c#'));

    // Once a source has been followed by another, it never comes back: a node's stream after a move is a new source.
    const order = sources.filter((s, i) => i === 0 || s !== sources[i - 1]);
    console.log('# order', order.join(' '));
    assert.equal(new Set(order).size, order.length, `stale frames of an old owner after a newer one: ${order.join(' → ')}`);
    const metrics = await (await fetch(`${node('node-c').url}/metrics`)).text();
    assert.match(metrics, /^latency_dash_cluster_partitions_lost_total [1-9]/m, 'C noticed it lost its partitions');
    // What it had queued for T when the link went down reached Redis after B took over, and Redis refused it.
    assert.match(metrics, /^latency_dash_cluster_frames_fenced_total [1-9]/m, 'C had frames of T queued through the cut, refused once they arrived');
  });
});
