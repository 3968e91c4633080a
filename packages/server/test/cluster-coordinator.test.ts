import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { Redis } from 'ioredis';
import pino from 'pino';
import { ClusterCoordinator } from '../src/cluster/coordinator.js';
import { appendEvents, decodeStreamBatch, encodeStreamBatch, PartitionReader, type ReadEntry, type StreamEvent } from '../src/cluster/event-stream.js';
import { ownerOf, partitionOf, partitionsFor } from '../src/cluster/partitions.js';
import { NO_REDIS, redisAvailable, startRedis, type PrivateRedis } from './redis-server.js';

const PARTITIONS = 16;
const log = pino({ level: 'silent' });

test('rendezvous hashing: every partition has exactly one owner, and a node leaving moves only its own partitions', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 7 }), fc.nat(), (nodes, pick) => {
      const shares = nodes.map((n) => partitionsFor(n, nodes, PARTITIONS));
      const all = shares.flatMap((s) => [...s]).sort((a, b) => a - b);
      assert.deepEqual(
        all,
        Array.from({ length: PARTITIONS }, (_, i) => i),
      );
      const gone = nodes[pick % nodes.length];
      const rest = nodes.filter((n) => n !== gone);
      for (let p = 0; p < PARTITIONS; p++) {
        const before = ownerOf(p, nodes);
        if (before !== gone) assert.equal(ownerOf(p, rest), before, `partition ${p} moved though its owner stayed`);
      }
    }),
  );
  // Spread: names that differ by one character land in different partitions.
  const spread = new Set(Array.from({ length: 64 }, (_, i) => partitionOf(`svc-${i}`, 64)));
  assert.ok(spread.size > 32, `64 similar names fell into only ${spread.size} of 64 partitions`);
});

test('a stream entry decodes to the events it was made of, valueMs absent or not, metadata in order', () => {
  const events: StreamEvent[] = [
    {
      event: { targetId: 't', key: 'k', metadata: { region: 'eu', tier: 'db' }, timestampMs: 1.5, payloadBytes: 200, valueMs: 12.25 },
      arrivalMs: 1_700_000_000_123.5,
    },
    { event: { targetId: 'tæ', key: '☃', metadata: {}, timestampMs: 2, payloadBytes: 0 }, arrivalMs: 3 },
  ];
  assert.deepEqual(decodeStreamBatch(encodeStreamBatch(events)), events);
  assert.throws(() => decodeStreamBatch(Buffer.from([9, 0, 0, 0, 0])), /unknown entry version 9/);
});

describe('cluster coordinator on a real redis-server', { skip: redisAvailable() ? false : NO_REDIS }, () => {
  let redis: PrivateRedis;
  const clients: Redis[] = [];
  let run = 0;

  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    for (const c of clients) c.disconnect();
    await redis.stop();
  });

  async function node(id: string, leaseMs: number): Promise<ClusterCoordinator> {
    // Commands fail at once while Redis is away, as the server's own connection does, instead of queueing.
    const client = new Redis(redis.port, '127.0.0.1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => 50 });
    client.on('error', () => undefined); // reconnects on its own; the coordinator counts what fails
    clients.push(client);
    if (client.status !== 'ready') await once(client, 'ready');
    return new ClusterCoordinator(client, { nodeId: id, prefix: `test${run}`, leaseMs, partitions: PARTITIONS, log });
  }

  /** Which node owns each partition, as the nodes themselves believe; fails if two believe they own one. */
  function owners(nodes: ClusterCoordinator[]): Map<number, string> {
    const out = new Map<number, string>();
    for (const n of nodes)
      for (const p of n.ownedPartitions) {
        assert.equal(out.get(p), undefined, `partition ${p} owned by ${out.get(p)} and ${n.options.nodeId}`);
        out.set(p, n.options.nodeId);
      }
    return out;
  }

  /** Resolves when `check` holds, re-checked whenever any node gains or loses partitions. */
  function until(nodes: ClusterCoordinator[], check: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const look = () => {
        if (!check()) return;
        for (const n of nodes) {
          n.off('gained', look);
          n.off('lost', look);
        }
        resolve();
      };
      for (const n of nodes) {
        n.on('gained', look);
        n.on('lost', look);
      }
      look();
    });
  }

  // Generous bounds (each test takes about a second): a coordinator that never converges fails here, not at the runner's 5 minutes.
  const bounded = { timeout: 60_000 };
  const ids = (nodes: ClusterCoordinator[]) => nodes.map((n) => n.options.nodeId);

  test(
    'three nodes share the partitions by rendezvous hashing, each held by one lease; a graceful stop hands them over at the next round',
    bounded,
    async () => {
      run++;
      // A long lease: nothing here waits for one to run out, rounds are driven by hand.
      const [a, b, c] = [await node('a', 60_000), await node('b', 60_000), await node('c', 60_000)];
      await a.tick();
      await b.tick();
      await c.tick();
      // a and b claimed what was free before c joined: they see c at their next round and release its share, which c then claims.
      await a.tick();
      await b.tick();
      await c.tick();
      const all = [a, b, c];
      for (const n of all)
        assert.deepEqual(
          n.ownedPartitions,
          [...partitionsFor(n.options.nodeId, ids(all), PARTITIONS)].sort((x, y) => x - y),
        );
      assert.equal(owners(all).size, PARTITIONS);

      const cHad = c.ownedPartitions;
      assert.ok(cHad.length > 0);
      await c.stop();
      await a.tick();
      await b.tick();
      const map = owners([a, b]);
      assert.equal(map.size, PARTITIONS, 'the stopped node released its leases: taken over without waiting for them to run out');
      for (const p of cHad) assert.equal(map.get(p), ownerOf(p, ['a', 'b']));
      await a.stop();
      await b.stop();
    },
  );

  test(
    'a node that dies without a word (no release) loses its partitions to the others once its leases run out, never two owners at once',
    bounded,
    async () => {
      run++;
      const nodes = [await node('n1', 600), await node('n2', 600), await node('n3', 600)];
      for (const n of nodes) await n.start();
      await until(nodes, () => owners(nodes).size === PARTITIONS && nodes.every((n) => n.nodes.length === 3));
      const dead = nodes[1];
      const had = dead.ownedPartitions;
      dead.halt();
      const alive = [nodes[0], nodes[2]];
      // Every change on the way is checked for double ownership among the living (owners() throws on it).
      await until(alive, () => owners(alive).size === PARTITIONS);
      const map = owners(alive);
      for (const p of had) assert.equal(map.get(p), ownerOf(p, ['n1', 'n3']));
      assert.ok(alive.every((n) => n.nodes.length === 2));
      for (const n of alive) await n.stop();
    },
  );

  test(
    'events appended by any node reach the owner of their partition; when the owner dies, the next one reads the retained tail and misses none',
    bounded,
    async () => {
      run++;
      const prefix = `test${run}`;
      const nodes = [await node('e1', 600), await node('e2', 600)];
      const readers = new Map<ClusterCoordinator, { reader: PartitionReader; seen: Map<string, number> }>();
      // Conditions on what the readers have seen, re-checked after every read.
      const waiting = new Set<() => void>();
      const seenUntil = (check: () => boolean) =>
        new Promise<void>((resolve) => {
          const look = () => {
            if (!check()) return;
            waiting.delete(look);
            resolve();
          };
          waiting.add(look);
          look();
        });
      for (const n of nodes) {
        const conn = new Redis(redis.port, '127.0.0.1', { maxRetriesPerRequest: 0 });
        conn.on('error', () => undefined);
        clients.push(conn);
        const seen = new Map<string, number>();
        const reader = new PartitionReader(
          conn,
          prefix,
          (entries: ReadEntry[]) => {
            for (const e of entries) for (const { event } of e.events) seen.set(event.key, (seen.get(event.key) ?? 0) + 1);
            for (const look of [...waiting]) look();
          },
          () => undefined,
          100,
        );
        n.on('gained', (ps) => ps.forEach((p) => reader.add(p)));
        n.on('lost', (ps) => ps.forEach((p) => reader.remove(p)));
        reader.start();
        readers.set(n, { reader, seen });
        await n.start();
      }
      await until(nodes, () => owners(nodes).size === PARTITIONS && nodes.every((n) => n.nodes.length === 2));
      // One target per partition, 50 events each, appended through either node's connection.
      const partitionTargets = new Map<number, string>();
      for (let i = 0; partitionTargets.size < PARTITIONS; i++) {
        const t = `target-${i}`;
        const p = partitionOf(t, PARTITIONS);
        if (!partitionTargets.has(p)) partitionTargets.set(p, t);
      }
      const appender = clients[clients.length - 1];
      for (let round = 0; round < 50; round++) {
        const byPartition = new Map<number, StreamEvent[]>();
        for (const [p, t] of partitionTargets)
          byPartition.set(p, [
            { event: { targetId: t, key: `${t}/k`, metadata: {}, timestampMs: round, payloadBytes: 10, valueMs: round }, arrivalMs: Date.now() },
          ]);
        await appendEvents(appender, prefix, byPartition);
      }
      const total = (seen: Map<string, number>) => [...seen.values()].reduce((a, b) => a + b, 0);
      // Each owner reads exactly its partitions' events.
      await seenUntil(
        () =>
          [...readers.values()].every(({ seen }) => total(seen) > 0) &&
          total(readers.get(nodes[0])!.seen) + total(readers.get(nodes[1])!.seen) === PARTITIONS * 50,
      );
      for (const [n, { seen }] of readers)
        for (const [p, t] of partitionTargets) assert.equal(seen.get(`${t}/k`), n.owns(p) ? 50 : undefined, `${n.options.nodeId}, partition ${p}`);
      const deadHad = nodes[1].ownedPartitions;
      nodes[1].halt();
      await readers.get(nodes[1])!.reader.stop();
      const survivor = readers.get(nodes[0])!;
      // The survivor gains the dead node's partitions and reads their whole retained tail: every event of every target, once each.
      await until([nodes[0]], () => owners([nodes[0]]).size === PARTITIONS);
      await seenUntil(() => total(survivor.seen) === PARTITIONS * 50);
      for (const t of partitionTargets.values()) assert.equal(survivor.seen.get(`${t}/k`), 50, t);
      assert.ok(deadHad.length > 0);
      await survivor.reader.stop();
      await nodes[0].stop();
    },
  );

  test('Redis stops: nodes report failing and give up their partitions when the leases lapse; Redis back: they take them again', bounded, async () => {
    run++;
    const nodes = [await node('r1', 500), await node('r2', 500)];
    for (const n of nodes) await n.start();
    await until(nodes, () => owners(nodes).size === PARTITIONS && nodes.every((n) => n.nodes.length === 2));
    const failed = once(nodes[0], 'failed');
    const port = redis.port;
    await redis.stop();
    await failed;
    assert.equal(nodes[0].isFailing, true);
    await until(nodes, () => nodes.every((n) => n.ownedPartitions.length === 0));
    redis = await startRedis(port);
    // Redis comes back empty: the first node back may claim everything, then hands the other its share.
    await until(nodes, () => owners(nodes).size === PARTITIONS && nodes.every((n) => n.nodes.length === 2 && n.ownedPartitions.length > 0));
    assert.ok(nodes.every((n) => !n.isFailing));
    assert.ok(nodes[0].failures > 0);
    for (const n of nodes) await n.stop();
  });
});
