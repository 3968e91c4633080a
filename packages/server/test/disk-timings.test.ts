import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import { Registry } from 'prom-client';
import { DiskTimings } from '../src/storage/disk-timings.js';

function setup() {
  const lines: { op: string; ms: number; calls: number; msg: string }[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as (typeof lines)[number]);
      done();
    },
  });
  const timings = new DiskTimings(pino(out));
  const registry = new Registry();
  timings.register(registry);
  const metric = async (series: string) => {
    const m = new RegExp(`^latency_dash_sync_disk_seconds_${series} (\\S+)$`, 'm').exec(await registry.metrics());
    return m === null ? undefined : Number(m[1]);
  };
  return { lines, timings, metric };
}

test('every timed disk call lands in latency_dash_sync_disk_seconds by op; a call of 20 ms or more is logged once a minute per op', async () => {
  const { lines, timings, metric } = setup();
  assert.equal(
    timings.time('wal-write', () => 42),
    42,
  );
  assert.throws(() =>
    timings.time('wal-segment', () => {
      throw new Error('ENOSPC');
    }),
  );
  timings.record('history-write', 5);
  assert.equal(lines.length, 0, 'fast calls are not logged');

  timings.record('history-write', 25);
  timings.record('history-write', 80);
  timings.record('wal-write', 21);
  assert.deepEqual(
    lines.map((l) => [l.op, l.ms, l.calls]),
    [
      ['history-write', 25, 1],
      ['wal-write', 21, 1],
    ],
    'the first slow call of each op is logged, the next within the minute are not',
  );
  assert.match(lines[0].msg, /--history and --wal/, 'the line says what to do');

  assert.equal(await metric('count{op="wal-write"}'), 2);
  assert.equal(await metric('count{op="wal-segment"}'), 1, 'a call that throws is timed too');
  assert.equal(await metric('count{op="history-write"}'), 3);
  assert.equal(await metric('bucket{le="0.02",op="history-write"}'), 1, 'one of the three under 20 ms');
  assert.equal(await metric('bucket{le="0.1",op="history-write"}'), 3);
});
