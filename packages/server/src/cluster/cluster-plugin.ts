import cluster from 'node:cluster';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis, type RedisOptions } from 'ioredis';
import { Counter, type Registry } from 'prom-client';
import { readCounter, readGauge } from '../http/read-metrics.js';
import type { FanoutHub } from '../fanout/fanout-hub.js';
import { ClusterCoordinator, leaseKey } from './coordinator.js';
import { CLUSTER_OPS, ClusterFaults } from './cluster-faults.js';
import { ClusterForwarder } from './cluster-ingest.js';
import { ClusterTargets } from './cluster-targets.js';
import type { ClusterDegradation, ClusterView, TargetLocation } from './cluster-view.js';
import { OwnerPublisher } from './owner-publisher.js';
import { PartitionOwner } from './partition-owner.js';
import { ownerOf, partitionOf } from './partitions.js';
import { controlChannel, fanChannel, WANTS_SCRIPT, wantsKey } from './relay-channels.js';
import { RelayHub } from './relay-hub.js';

const HERE: TargetLocation = { at: 'here' };
const MOVING: TargetLocation = { at: 'moving' };

/** Redis as operators may see it: no user or password. */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return 'redis';
  }
}

/**
 * Cluster mode (--redis; SPEC F11). Every node takes events and appends
 * them to their target's partition stream (cluster-ingest.ts); the owner of
 * a partition (a lease, coordinator.ts) computes its targets
 * (partition-owner.ts) and publishes each stream's batches once
 * (owner-publisher.ts); every node relays them to its viewers
 * (relay-hub.ts) and knows every target (cluster-targets.ts). Redis does
 * the agreeing (leases, streams, pub/sub); the nodes keep no consensus of
 * their own.
 */
async function clusterPlugin(app: FastifyInstance): Promise<void> {
  const s = app.settings;
  const engine = app.engine;
  const log = app.log;
  const prefix = s.clusterPrefix;
  const nodeId = s.clusterNodeId || `${hostname()}-${process.pid}-${randomUUID().slice(0, 6)}`;
  const faults = new ClusterFaults(log);
  const where = shownUrl(s.redis);

  // Calls fail at once while Redis is away (counted, answered 503) rather than queue without bound; ioredis reconnects.
  const base: RedisOptions = { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: (n) => Math.min(1000, 50 * n) };
  const cmd = new Redis(s.redis, { ...base, connectionName: `ld-${nodeId}` });
  const reading = new Redis(s.redis, { ...base, connectionName: `ld-${nodeId}-read` });
  // Subscriptions made while away wait for the connection (ioredis subscribes again by itself after a reconnect).
  const sub = new Redis(s.redis, { ...base, enableOfflineQueue: true, maxRetriesPerRequest: null, connectionName: `ld-${nodeId}-sub` });
  for (const c of [cmd, reading, sub]) c.on('error', () => undefined); // counted per operation by what failed
  cmd.defineCommand('ldWants', { numberOfKeys: 1, lua: WANTS_SCRIPT });
  const wantsCall = (members: string[]) =>
    (cmd as unknown as { ldWants(key: string, ...args: (string | number)[]): Promise<string[]> }).ldWants(wantsKey(prefix), s.clusterLeaseMs * 2, ...members);

  const coordinator = new ClusterCoordinator(cmd, { nodeId, prefix, leaseMs: s.clusterLeaseMs, partitions: s.clusterPartitions, log });
  const forwarder = new ClusterForwarder(cmd, prefix, s.clusterPartitions, faults);
  const publisher: OwnerPublisher = new OwnerPublisher(
    cmd,
    app.hub as FanoutHub,
    prefix,
    nodeId,
    (t) => owner.serves(t),
    (t) => leaseKey(prefix, partitionOf(t, s.clusterPartitions)),
    faults,
  );
  let lastWanted: string[] = [];
  const owner: PartitionOwner = new PartitionOwner(
    cmd,
    reading,
    engine,
    prefix,
    s.clusterPartitions,
    faults,
    log,
    {
      serving: () => publisher.sync(lastWanted),
      leaving: (gone) => publisher.closeWhere((t) => gone.has(partitionOf(t, s.clusterPartitions))),
    },
    { nodeId, checkpointMs: s.clusterCheckpointMs, retentionMs: s.clusterRetentionMs },
  );
  coordinator.on('gained', (p) => owner.gained(p));
  coordinator.on('lost', (p) => owner.lost(p));

  const host = s.host === '0.0.0.0' || s.host === '::' ? '127.0.0.1' : s.host.includes(':') ? `[${s.host}]` : s.host;
  // A worker of --workers shares its port with the others: a request forwarded there could land on any of them, so
  // each worker also answers on a port of its own, for the other nodes.
  let privatePort: number | undefined;
  let privateServer: Server | undefined;
  const ownUrl = () => {
    if (s.clusterUrl) return s.clusterUrl;
    const address = app.server.address();
    const port = privatePort ?? (typeof address === 'object' && address !== null ? address.port : s.port);
    return `http://${host}:${port}`;
  };
  const tick = Math.max(100, Math.min(500, Math.floor(s.clusterLeaseMs / 3)));
  const targets = new ClusterTargets(cmd, prefix, nodeId, ownUrl, s.clusterLeaseMs * 2, faults);

  const relay = new RelayHub(
    { maxBufferedBytes: s.maxBufferedBytes, stallTimeoutMs: s.stallTimeoutMs, fieldDeltas: s.fieldDeltas },
    { maxViewRows: s.maxViewRows, maxViewsPerTarget: s.maxViewsPerTarget, maxPinnedSeries: s.maxPinnedSeries, viewThresholdSeries: s.viewThresholdSeries },
    {
      subscribe: async (key) => {
        await sub.subscribe(fanChannel(prefix, key));
      },
      unsubscribe: (key) => {
        sub.unsubscribe(fanChannel(prefix, key)).catch((err: unknown) => faults.failed('subscribe', err as Error));
      },
      askSnapshot: (key) => {
        // The wish first, so the owner's next sync keeps the stream it opens for this ask.
        wantsCall([key])
          .then(() => cmd.publish(controlChannel(prefix), `snap ${key}`))
          .then(
            () => faults.ok('publish'),
            (err: unknown) => faults.failed('publish', err as Error),
          );
      },
    },
    faults,
  );
  const fanPrefix = fanChannel(prefix, '');
  sub.on('messageBuffer', (channelBuf: Buffer, message: Buffer) => {
    const channel = channelBuf.toString();
    if (channel.startsWith(fanPrefix)) relay.onMessage(channel.slice(fanPrefix.length), message);
    else if (channel === controlChannel(prefix)) {
      const text = message.toString();
      if (text.startsWith('snap ')) publisher.snapshotAsked(text.slice(5));
    }
  });
  let subscribedOnce = false;
  sub.on('ready', () => {
    if (subscribedOnce) setTimeout(() => relay.resubscribed(), 100).unref();
    subscribedOnce = true;
  });

  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const refresh = async () => {
    try {
      lastWanted = await wantsCall(relay.wanted());
      faults.ok('registry');
      publisher.sync(lastWanted);
    } catch (err) {
      faults.failed('registry', err as Error);
    }
    relay.retryWaiting();
    const mine = [...engine.targets.values()].filter((t) => owner.serves(t.id));
    await targets.refresh(coordinator.nodes, mine);
  };

  const lostSeen = { at: Number.NaN };
  const view: ClusterView = {
    nodeId,
    targetsFeed: targets,
    targetsUpdate: () => targets.update(),
    targets: () => targets.list(),
    async locate(targetId, forwarded, askRedis = false) {
      if (owner.serves(targetId)) return HERE;
      const partition = partitionOf(targetId, s.clusterPartitions);
      // The lease is here and the windows are being rebuilt; or the asker sent it here on cards a tick behind a move.
      if (forwarded || coordinator.owns(partition)) return MOVING;
      // A target the cards do not list yet (its first events are under a tick old) is computed by its partition's
      // lease holder, which may not yet be where rendezvous hashing will put it (a node that just joined waits for
      // the lease): Redis says who holds it, and hashing answers only when Redis cannot.
      const carded = askRedis ? undefined : targets.ownerOf(targetId);
      const node =
        (carded !== undefined && coordinator.nodes.includes(carded) ? carded : undefined) ??
        (await coordinator.leaseHolder(partition)) ??
        ownerOf(partition, coordinator.nodes);
      if (node === undefined) return HERE;
      const url = node === nodeId ? undefined : targets.urlOf(node);
      return url === undefined ? MOVING : { at: 'node', url };
    },
    settle: (ms) => owner.nextChange(ms),
    // A move takes a lease's lapse at worst (the old owner died) plus the rebuild; a forwarded request times out at 5 s.
    moveWaitMs: Math.min(4000, s.clusterLeaseMs + 2000),
    forwardFailed: (err) => faults.failed('forward', err),
    forwardWorked: () => faults.ok('forward'),
    health() {
      return {
        nodeId,
        redis: redisUp() ? 'ok' : 'unreachable',
        nodes: [...coordinator.nodes],
        partitions: s.clusterPartitions,
        ownedPartitions: coordinator.ownedPartitions.length,
        servingPartitions: owner.servingPartitions,
        publishing: publisher.groupCount,
        failures: { ...faults.failures, coordinator: coordinator.failures },
      };
    },
    degraded() {
      const fix = `check that Redis at ${where} runs and this node can reach it; the node recovers by itself once it answers`;
      const out: ClusterDegradation[] = [];
      if (!redisUp()) {
        if (Number.isNaN(lostSeen.at)) lostSeen.at = Date.now();
        out.push({
          component: 'cluster',
          path: where,
          reason: `Redis does not answer (connection ${cmd.status}${coordinator.isFailing ? ', leases not renewed' : ''}): events are refused with 503 and this node gives up its partitions once their leases run out`,
          fix,
          sinceMs: lostSeen.at,
          failures: coordinator.failures + faults.failures.append,
        });
      } else lostSeen.at = Number.NaN;
      for (const f of faults.list())
        out.push({ component: 'cluster', path: where, reason: `${f.op}: ${f.reason}`, fix, sinceMs: f.sinceMs, failures: f.failures });
      return out;
    },
    registerMetrics(registry: Registry) {
      const gauge = (name: string, help: string, read: () => number) => readGauge(registry, name, help, read);
      const counter = (name: string, help: string, read: () => number) => readCounter(registry, name, help, read);
      gauge('latency_dash_cluster_redis_up', '1 while Redis answers this node (cluster mode)', () => (redisUp() ? 1 : 0));
      gauge('latency_dash_cluster_nodes', 'Live nodes of the cluster, as Redis last said', () => coordinator.nodes.length);
      gauge('latency_dash_cluster_owned_partitions', 'Partitions whose lease this node holds', () => coordinator.ownedPartitions.length);
      gauge('latency_dash_cluster_publishing_streams', 'Streams this node publishes for the viewers of every node', () => publisher.groupCount);
      counter('latency_dash_cluster_events_appended_total', 'Events this node took and appended to Redis (acknowledged)', () => forwarder.appended);
      counter('latency_dash_cluster_events_applied_total', "Events this node applied from its partitions' streams (rebuilds included)", () => owner.applied);
      counter(
        'latency_dash_cluster_checkpoints_total',
        "Partition checkpoints this node stored in Redis (each lets the partition's stream be trimmed)",
        () => owner.checkpointsSaved,
      );
      counter('latency_dash_cluster_partitions_gained_total', 'Partitions this node came to own', () => owner.gainedTotal);
      counter('latency_dash_cluster_partitions_lost_total', 'Partitions this node gave up (handed over, or its lease lapsed)', () => owner.lostTotal);
      counter('latency_dash_cluster_frames_published_total', 'Frames this node published for the other nodes', () => publisher.published);
      counter(
        'latency_dash_cluster_frames_fenced_total',
        'Frames Redis refused to publish because this node no longer held their partition (it had lost its lease, e.g. cut off from Redis)',
        () => publisher.fenced,
      );
      counter('latency_dash_cluster_messages_relayed_total', "Owners' frames this node received for its viewers", () => relay.relayed);
      new Counter({
        name: 'latency_dash_cluster_failures_total',
        help: 'Failed Redis work of cluster mode, by operation',
        labelNames: ['op'],
        registers: [registry],
        collect() {
          this.reset();
          for (const op of CLUSTER_OPS) this.inc({ op }, op === 'coordinator' ? coordinator.failures : faults.failures[op]);
        },
      });
    },
  };
  const redisUp = () => cmd.status === 'ready' && !coordinator.isFailing;

  app.cluster = view;
  app.ingest.forwarder = forwarder;
  app.hub = relay;
  if (s.demo) log.warn('cluster mode: the demo generator is off (each node would make up the same targets); send traffic with latency-dash load');

  app.addHook('onReady', async () => {
    if (cluster.isWorker && !s.clusterUrl) {
      const server = createServer((req, res) => app.server.emit('request', req, res));
      privateServer = server;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen({ port: 0, host: s.host, exclusive: true }, () => resolve());
      });
      privatePort = (server.address() as AddressInfo).port;
    }
    for (const c of [cmd, reading, sub]) {
      // Not there yet: the node starts degraded and joins once Redis answers (ioredis keeps trying).
      await c.connect().catch((err: unknown) => faults.failed('connect', err as Error));
    }
    await sub.subscribe(controlChannel(prefix)).catch((err: unknown) => faults.failed('subscribe', err as Error));
    await coordinator.start();
    owner.start();
    await refresh();
    timer = setInterval(() => {
      round ??= refresh().finally(() => (round = undefined));
    }, tick);
    timer.unref();
    log.info({ nodeId, redis: where, partitions: s.clusterPartitions, leaseMs: s.clusterLeaseMs }, 'cluster: joined');
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await round;
    publisher.closeAll();
    relay.close();
    await coordinator.stop();
    await owner.stop();
    for (const c of [cmd, reading, sub]) c.disconnect();
    privateServer?.close();
  });
}

export default fp(clusterPlugin, { name: 'cluster', dependencies: ['metrics', 'ingest', 'fanout'] });
