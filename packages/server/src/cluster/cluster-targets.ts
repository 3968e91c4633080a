import type { TargetsUpdate } from '@latency-dash/protocol';
import type { Redis } from 'ioredis';
import { OutFrame } from '../fanout/frame.js';
import type { TargetState } from '../metrics/target-state.js';
import { targetInfo } from '../ws/targets-broadcaster.js';
import type { TargetsFeed } from '../ws/ws-server.js';
import type { ClusterFaults } from './cluster-faults.js';

export type TargetInfo = ReturnType<typeof targetInfo>;

/** What each node shares: where it answers HTTP, and the targets it computes. */
interface NodeCard {
  url: string;
  targets: TargetInfo[];
}

/**
 * The targets of the whole cluster, on every node. Each node writes a card
 * (its URL and the targets it computes) to a key that lapses unless renewed,
 * and reads every live node's card; the list, the owner of each target and
 * the owners' URLs come from them. Viewers are told of targets that come
 * and go, or hit a limit, as the single-node broadcaster tells them.
 */
export class ClusterTargets implements TargetsFeed {
  private infos = new Map<string, { info: TargetInfo; node: string }>();
  private urls = new Map<string, string>();
  private readonly listeners = new Set<(frame: OutFrame) => void>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly nodeId: string,
    private readonly url: () => string,
    private readonly ttlMs: number,
    private readonly faults: ClusterFaults,
  ) {}

  /** Writes this node's card and reads every live node's. */
  async refresh(nodes: readonly string[], mine: Iterable<TargetState>): Promise<void> {
    const card: NodeCard = { url: this.url(), targets: [...mine].map(targetInfo) };
    const keys = nodes.map((n) => this.cardKey(n));
    let answers: (string | null)[];
    try {
      const results = await this.redis
        .multi()
        .set(this.cardKey(this.nodeId), JSON.stringify(card), 'PX', this.ttlMs)
        .mget(...(keys.length > 0 ? keys : [this.cardKey(this.nodeId)]))
        .exec();
      for (const [err] of results ?? []) if (err) throw err;
      answers = (results?.[1]?.[1] as (string | null)[] | undefined) ?? [];
    } catch (err) {
      this.faults.failed('registry', err as Error);
      return;
    }
    this.faults.ok('registry');
    const infos = new Map<string, { info: TargetInfo; node: string }>();
    const urls = new Map<string, string>();
    answers.forEach((text, i) => {
      if (text === null) return;
      const node = nodes[i] ?? this.nodeId;
      const c = JSON.parse(text) as NodeCard;
      urls.set(node, c.url);
      for (const info of c.targets) {
        // During a handover two nodes may list one target for a moment: the one with more events has its past.
        const had = infos.get(info.targetId);
        if (had === undefined || info.eventCount > had.info.eventCount) infos.set(info.targetId, { info, node });
      }
    });
    const added = [...infos.keys()].filter((id) => !this.infos.has(id));
    const removed = [...this.infos.keys()].filter((id) => !infos.has(id));
    const limited = [...infos].some(([id, t]) => t.info.atLimit && this.infos.get(id)?.info.atLimit === false);
    this.infos = infos;
    this.urls = urls;
    if (added.length + removed.length > 0 || limited) {
      const frame = new OutFrame({ targets: this.update(added, removed) });
      for (const l of this.listeners) l(frame);
    }
  }

  ids(): string[] {
    return [...this.infos.keys()].sort();
  }

  list(): TargetInfo[] {
    return [...this.infos.values()].map((t) => t.info).sort((a, b) => a.targetId.localeCompare(b.targetId));
  }

  update(added: string[] = [], removed: string[] = []): TargetsUpdate {
    return { targets: this.ids(), added, removed, details: this.list() };
  }

  /** The node computing `targetId`, as the cards last said. */
  ownerOf(targetId: string): string | undefined {
    return this.infos.get(targetId)?.node;
  }

  urlOf(node: string): string | undefined {
    return this.urls.get(node);
  }

  start(broadcast: (frame: OutFrame) => void): { close(): void } {
    this.listeners.add(broadcast);
    return { close: () => this.listeners.delete(broadcast) };
  }

  private cardKey(node: string): string {
    return `${this.prefix}:card:${node}`;
  }
}
