import assert from 'node:assert/strict';
import { test } from 'node:test';
import { METRICS } from '@latency-dash/protocol';
import { zeroMetrics, type Row } from '@latency-dash/protocol/live';
import { fitColumns, fitText, GAP } from '../src/top/table-layout.js';
import { initialState, reduceTop, type KeyContext, type KeyPress, type TopState } from '../src/top/top-state.js';

const used = (columns: { width: number }[]) => columns.reduce((n, c) => n + c.width, 0) + GAP * (columns.length - 1);

test('the columns fit every width from 10 to 300, keep the key (and metadata when split) and add metrics by priority', () => {
  for (const split of [false, true]) {
    let previous = 0;
    for (let width = 10; width <= 300; width++) {
      const columns = fitColumns({ width, split, longestKey: 12, longestMetadata: 30 });
      assert.ok(used(columns) <= width, `width ${width}: ${used(columns)} characters used`);
      assert.equal(columns[0].id, 'key');
      if (split) assert.equal(columns[1].id, 'metadata');
      const metrics = columns.filter((c) => c.id !== 'key' && c.id !== 'metadata');
      assert.ok(metrics.length >= previous, `width ${width}: a wider terminal never shows fewer metrics`);
      previous = metrics.length;
    }
  }
  const narrow = fitColumns({ width: 34, split: false, longestKey: 5, longestMetadata: 0 }).map((c) => c.id);
  assert.deepEqual(narrow, ['key', 'p50', 'p90', 'p99'], 'p90 first, then p99 and p50, shown in the metric table order');
  const wide = fitColumns({ width: 300, split: true, longestKey: 5, longestMetadata: 30 });
  assert.deepEqual(
    wide.map((c) => c.id),
    ['key', 'metadata', ...METRICS.filter((m) => m.column).map((m) => m.id)],
    'a wide terminal shows every column, in the table order',
  );
  assert.equal(wide[1].width, 30, 'the metadata column grows to its longest label');
});

test('the key and metadata take up to half the width, and what is left over', () => {
  // Half of 100 for the key (30) and metadata (19 of its 60); five metrics fill the rest, and the 5 left over widen the metadata.
  const at100 = fitColumns({ width: 100, split: true, longestKey: 30, longestMetadata: 60 });
  assert.deepEqual(
    at100.map((c) => [c.id, c.width]),
    [
      ['key', 30],
      ['metadata', 24],
      ['max', 8],
      ['avg', 8],
      ['p50', 8],
      ['p90', 8],
      ['p99', 8],
    ],
  );
  const roomy = fitColumns({ width: 300, split: false, longestKey: 100, longestMetadata: 0 });
  assert.equal(roomy[0].width, 40, 'a long key is cut at 40 characters');
});

test('cells are padded or cut with an ellipsis to their width', () => {
  assert.equal(fitText('api', 6, 'left'), 'api   ');
  assert.equal(fitText('12.5', 6, 'right'), '  12.5');
  assert.equal(fitText('region=eu-west', 8, 'left'), 'region=…');
  assert.equal(fitText('abc', 0, 'left'), '');
});

const row = (key: string, p90: number): Row => ({
  ...zeroMetrics(),
  id: key,
  targetId: 't',
  split: false,
  seriesId: 0,
  key,
  metadata: {},
  metadataLabel: '',
  changedAtMs: 0,
  updates: 0,
  version: 0,
  sortRank: -1,
  p90,
});

function press(state: TopState, key: KeyPress, ctx: Partial<KeyContext> = {}): TopState {
  return reduceTop(state, {
    type: 'key',
    key,
    ctx: { targets: ['a', 'b', 'c'], sortIds: ['key', 'p50', 'p90', 'p99'], rows: [row('x', 1), row('y', 2), row('z', 3)], pageRows: 2, ...ctx },
  });
}

test('keys: sort column and direction, pause, target switch and picker, split, scroll', () => {
  let s = initialState(undefined, false);
  s = reduceTop(s, { type: 'targets', targets: ['a', 'b', 'c'] });
  assert.equal(s.target, 'a', 'without --target the first target is watched');
  s = reduceTop(s, { type: 'targets', targets: ['c'] });
  assert.equal(s.target, 'a', 'and kept when the list changes');

  s = press(s, { input: '', rightArrow: true });
  assert.deepEqual([s.sortId, s.sortDesc], ['p99', true]);
  s = press(s, { input: '', rightArrow: true });
  assert.deepEqual([s.sortId, s.sortDesc], ['key', false], 'wraps around; text sorts A to Z');
  s = press(s, { input: '<' });
  assert.deepEqual([s.sortId, s.sortDesc], ['p99', true]);
  s = press(s, { input: 'r' });
  assert.equal(s.sortDesc, false);

  s = press(s, { input: ' ' });
  assert.deepEqual(
    s.frozen?.map((r) => r.key),
    ['x', 'y', 'z'],
  );
  const live = [row('x', 1)];
  s = press(s, { input: ' ' }, { rows: live });
  assert.equal(s.frozen, undefined, 'space again resumes');

  s = press(s, { input: '', tab: true });
  assert.equal(s.target, 'b');
  s = press(s, { input: '', tab: true, shift: true });
  assert.equal(s.target, 'a');
  s = press(s, { input: 'p' });
  assert.equal(s.target, 'c', 'previous wraps around');

  s = press(s, { input: 't' });
  assert.equal(s.picker, 2, 'the list opens at the watched target');
  s = press(s, { input: '', upArrow: true });
  s = press(s, { input: '', return: true });
  assert.deepEqual([s.target, s.picker], ['b', undefined]);
  s = press(s, { input: 't' });
  s = press(s, { input: '', escape: true });
  assert.deepEqual([s.target, s.picker], ['b', undefined], 'Esc closes the list and changes nothing');

  s = press(s, { input: ' ' });
  s = press(s, { input: 'm' });
  assert.deepEqual([s.split, s.frozen], [true, undefined], 'm toggles split, live');

  s = press(s, { input: '', downArrow: true });
  s = press(s, { input: '', downArrow: true });
  assert.equal(s.scroll, 1, 'scrolling stops where the last row is at the bottom (3 rows, 2 on screen)');
  s = press(s, { input: '', pageUp: true });
  assert.equal(s.scroll, 0);
  s = press(s, { input: '', end: true });
  assert.equal(s.scroll, 1);
  s = press(s, { input: '', tab: true });
  assert.equal(s.scroll, 0, 'another target starts at the top');
});
