import type { Redis } from 'ioredis';
import type { TargetSnapshot } from '../metrics/engine-restore.js';
import { decodeSnapshot } from '../wal/snapshot-codec.js';

/**
 * A partition's checkpoint: the live state of its targets (counts, windows,
 * 10 s rates, in the write-ahead log's snapshot format) together with the
 * id of the last stream entry that state covers. A new owner loads it and
 * reads the stream only after that id, so counts and windows survive a move
 * however old the events are; the stream is trimmed only below it.
 */
export interface PartitionCheckpoint {
  /** The last stream entry applied to `targets`. */
  readonly streamId: string;
  readonly targets: TargetSnapshot[];
}

export function checkpointKey(prefix: string, partition: number): string {
  return `${prefix}:ckpt:${partition}`;
}

/**
 * Stores a checkpoint if this node holds the partition's lease and none
 * covering a later entry is there already (a node that lost the partition
 * without knowing it yet, paused say, can neither take the new owner's
 * checkpoint back nor trim entries the new owner is about to read), then
 * trims the stream below both the checkpoint and the retention: Redis' own
 * clock, as the entry ids are Redis' times.
 * KEYS: checkpoint, stream, lease. ARGV: entry id, state, retention ms, node id.
 * Answers 1 stored, 0 an equal or newer one was there, -1 the lease is not this node's.
 */
export const SAVE_CHECKPOINT = `
if redis.call('GET', KEYS[3]) ~= ARGV[4] then return -1 end
local function parse(id)
  local ms, seq = string.match(id, '^(%d+)-(%d+)$')
  return tonumber(ms), tonumber(seq)
end
local old = redis.call('HGET', KEYS[1], 'id')
local ms, seq = parse(ARGV[1])
if old then
  local oms, oseq = parse(old)
  if oms > ms or (oms == ms and oseq >= seq) then return 0 end
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'state', ARGV[2])
local t = redis.call('TIME')
local floor = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) - tonumber(ARGV[3])
local minid = ARGV[1]
if floor < ms then minid = string.format('%d-0', floor) end
redis.call('XTRIM', KEYS[2], 'MINID', '~', minid)
return 1
`;

/** The stored checkpoint of a partition, if any; throws (SnapshotError) when it does not read back whole. */
export async function loadCheckpoint(redis: Redis, prefix: string, partition: number): Promise<PartitionCheckpoint | undefined> {
  const [id, state] = await redis.hmgetBuffer(checkpointKey(prefix, partition), 'id', 'state');
  if (id === null || state === null) return undefined;
  return { streamId: id.toString(), targets: decodeSnapshot(state).targets };
}
