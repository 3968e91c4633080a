import { describe, expect, it } from 'vitest';
import { holdOrder } from './hold-order.js';
import { testRow } from './test-row.js';

describe('holdOrder', () => {
  it('keeps the previous order with the current values, drops rows gone, appends new ones', () => {
    const previous = ['c', 'a', 'b'].map((id) => testRow({ id, key: id, p90: 1 }));
    const now = ['a', 'b', 'd', 'c'].filter((id) => id !== 'b').map((id) => testRow({ id, key: id, p90: 99 }));
    const held = holdOrder(previous, now);
    expect(held.map((r) => r.id)).toEqual(['c', 'a', 'd']);
    // The rows are the current ones (new values), not the previous copies.
    expect(held.every((r) => now.includes(r))).toBe(true);
  });
});
