import { describe, expect, it } from 'vitest';
import { labelOrder } from '../../../src/view/labelOrder.js';
import { lcg } from '../../../src/layout/lcg.js';

const nodes = (priorities: number[]) => priorities.map((labelPriority) => ({ labelPriority }));
/** The order the dense style wants, by a plain comparator sort. */
const expected = (priorities: number[]) =>
  priorities.map((_, i) => i).sort((a, b) => priorities[b]! - priorities[a]! || a - b);

describe('labelOrder', () => {
  it('puts the highest priority first and keeps document order among equals', () => {
    expect([...labelOrder(nodes([3, 7, 3, 0, 7, 1]))]).toEqual([1, 4, 0, 2, 5, 3]);
  });

  it('orders priorities that differ only in their high bits, up to 2^24 - 1', () => {
    const p = [2 ** 20 + 5, 5, 3 * 2 ** 20, 2 ** 20 + 4096, 2 ** 24 - 1, 0, 2 ** 20 + 5];
    expect([...labelOrder(nodes(p))]).toEqual([4, 2, 3, 0, 6, 1, 5]);
  });

  it('agrees with a comparator sort on 20,000 tiered priorities with many ties', () => {
    const random = lcg(7);
    const p = Array.from({ length: 20000 }, () => Math.floor(random() * 12) * 2 ** 20 + Math.floor(random() * random() * 3000));
    expect([...labelOrder(nodes(p))]).toEqual(expected(p));
  });

  it('returns nothing for no nodes', () => {
    expect(labelOrder([]).length).toBe(0);
  });
});
