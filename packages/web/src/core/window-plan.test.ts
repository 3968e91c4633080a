import { describe, expect, it } from 'vitest';
import { rowId } from '@latency-dash/protocol/live';
import { DEFAULT_VIEW } from './view-state.js';
import { isLargeTarget, pinnedOf, planSubscriptions, spanCovers, spanFor, TOP_ROWS_OF_MANY, viewSortName, windowView } from './window-plan.js';

describe('window plan', () => {
  it('asks for whole pages around the rows in view, and a new window only when they leave it', () => {
    const span = spanFor({ first: 0, last: 30 }, 1000);
    expect(span).toEqual({ offset: 0, limit: 100 });
    expect(spanCovers(span, { first: 10, last: 40 })).toBe(true);
    expect(spanCovers(span, { first: 80, last: 110 })).toBe(false);
    expect(spanFor({ first: 520, last: 551 }, 1000)).toEqual({ offset: 450, limit: 200 });
    // Capped at the server's largest window, starting at the first row in view.
    expect(spanFor({ first: 520, last: 551 }, 40)).toEqual({ offset: 520, limit: 40 });
  });

  it('maps the view state to a View with the client filters’ meaning', () => {
    const view = { ...DEFAULT_VIEW, sortId: 'eventsPerSecond', sortDesc: false, keyFilter: ' api ', metaFilter: 'tier=free', overOnly: true, activeOnly: true };
    expect(windowView(view, { offset: 50, limit: 100 }, [3, 1])).toEqual({
      sort: 'events_per_second',
      descending: false,
      offset: 50,
      limit: 100,
      keyFilter: 'api',
      metadataFilter: 'tier=free',
      p90AtLeastMs: 800, // 80 % of the 1000 ms threshold: the table's "over" filter
      activeOnly: true,
      pinned: [3, 1],
    });
    expect(windowView(DEFAULT_VIEW, { offset: 0, limit: 1 }, []).p90AtLeastMs).toBeUndefined();
    expect(['p90', 'lastUpdateMs', 'targetId', 'sampleCount', 'key'].map(viewSortName)).toEqual(['p90', 'last_update', 'target', 'samples', 'key']);
  });

  it('a target is large above the threshold, by the list or by its stream; never when the server serves no views', () => {
    const limits = { maxViewRows: 500, viewThresholdSeries: 1000, seriesCounts: { big: { split: 5000, combined: 40 } } };
    expect(isLargeTarget(limits, 'big', true)).toBe(true);
    expect(isLargeTarget(limits, 'big', false)).toBe(false);
    expect(isLargeTarget(limits, 'other', false, 1001)).toBe(true);
    expect(isLargeTarget({ ...limits, maxViewRows: 0 }, 'big', true)).toBe(false);
  });

  it('small targets stream whole; a large one alone follows the scroll, among several it streams its first rows; charted rows are pinned', () => {
    const selected = new Set([rowId('big', true, 42), rowId('big', false, 7), rowId('small', true, 1)]);
    const alone = planSubscriptions({ ...DEFAULT_VIEW, targets: ['big'], split: true }, 500, new Set(['big']), { offset: 200, limit: 150 }, selected);
    expect(alone).toEqual([{ targetId: 'big', split: true, view: expect.objectContaining({ offset: 200, limit: 150, pinned: [42] }) }]);
    const many = planSubscriptions({ ...DEFAULT_VIEW, targets: ['big', 'small'], split: true }, 500, new Set(['big']), { offset: 200, limit: 150 }, selected);
    expect(many[0].view).toMatchObject({ offset: 0, limit: TOP_ROWS_OF_MANY });
    expect(many[1]).toEqual({ targetId: 'small', split: true });
    expect(planSubscriptions({ ...DEFAULT_VIEW, targets: ['big'] }, 0, new Set(['big']), { offset: 0, limit: 10 }, selected)[0].view).toBeUndefined();
    expect(pinnedOf(selected, 'big', false)).toEqual([7]);
  });
});
