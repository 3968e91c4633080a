import { describe, expect, it } from 'vitest';
import { changedCells, type SeenRows } from './cell-flash.js';

describe('changedCells', () => {
  it('names only the cells whose text changed since the row was drawn a moment ago', () => {
    const seen: SeenRows = new Map();
    expect(changedCells(seen, 'r', 'a b c', ['1', '2', '3'], 0)).toEqual([]); // first sight: nothing is news
    expect(changedCells(seen, 'r', 'a b c', ['1', '2', '3'], 1000)).toEqual([]); // a clock redraw, same values
    expect(changedCells(seen, 'r', 'a b c', ['1', '9', '3'], 2000)).toEqual([1]);
    expect(changedCells(seen, 'other', 'a b c', ['1', '2', '3'], 2000)).toEqual([]);
  });

  it('does not flash after the columns changed or when the row comes back into view', () => {
    const seen: SeenRows = new Map();
    changedCells(seen, 'r', 'a b', ['1', '2'], 0);
    expect(changedCells(seen, 'r', 'a c', ['5', '6'], 100)).toEqual([]);
    // Scrolled away for ten seconds: what changed meanwhile is not news.
    expect(changedCells(seen, 'r', 'a c', ['7', '8'], 10_100)).toEqual([]);
  });
});
