import { describe, expect, it } from 'vitest';
import { sig3 } from '@latency-dash/protocol/live';

describe('sig3: one precision rule for a column', () => {
  it('three significant digits below 1,000, whole numbers with separators above', () => {
    expect([0.0312, 0.03, 5, 15, 99.3, 99.96, 999.4, 999.7, 1325, 10_200, 1_234_567].map(sig3)).toEqual([
      '0.0312',
      '0.0300',
      '5.00',
      '15.0',
      '99.3',
      '100',
      '999',
      '1,000',
      '1,325',
      '10,200',
      '1,234,567',
    ]);
  });
  it('zero, tiny, negative and missing values', () => {
    expect([0, 0.0004, -2.5, Number.NaN].map(sig3)).toEqual(['0', '<0.001', '-2.50', '–']);
  });
});
