import { describe, expect, it } from 'vitest';
import { nodeRadius } from '../../../src/layout/nodeRadius.js';

describe('nodeRadius', () => {
  it('gives each known kind its size at degree 0', () => {
    expect(nodeRadius('paper', 0)).toBe(14);
    expect(nodeRadius('taxonomy', 0)).toBe(16);
    expect(nodeRadius('category', 0)).toBe(10);
    expect(nodeRadius('benchmark', 0)).toBe(9);
    expect(nodeRadius('model', 0)).toBe(8);
    expect(nodeRadius('method', 0)).toBe(8);
    expect(nodeRadius('organization', 0)).toBe(7);
    expect(nodeRadius('concept', 0)).toBe(6);
  });

  it('gives unknown kinds 7, whatever their name', () => {
    for (const kind of ['dataset', '', '__proto__', 'constructor', 'toString']) {
      expect(nodeRadius(kind, 0)).toBe(7);
      expect(nodeRadius(kind, 50)).toBe(7);
    }
  });

  it('grows papers from 14 to at most 20 with degree', () => {
    expect(nodeRadius('paper', 4)).toBe(17);
    expect(nodeRadius('paper', 16)).toBe(20);
    expect(nodeRadius('paper', 1000)).toBe(20);
  });

  it('grows entities gently (sqrt) and never past a paper', () => {
    expect(nodeRadius('concept', 4)).toBe(7);
    expect(nodeRadius('concept', 16)).toBe(8);
    expect(nodeRadius('benchmark', 10_000)).toBe(13);
    for (const kind of ['benchmark', 'model', 'method', 'organization', 'concept']) {
      let previous = 0;
      for (let d = 0; d < 200; ++d) {
        const r = nodeRadius(kind, d);
        expect(r).toBeGreaterThanOrEqual(previous);
        expect(r).toBeLessThanOrEqual(nodeRadius('paper', d));
        previous = r;
      }
    }
  });

  it('keeps taxonomy parts one size so a shape reads as one figure', () => {
    expect(nodeRadius('category', 30)).toBe(10);
    expect(nodeRadius('taxonomy', 30)).toBe(16);
  });

  it('treats a non-finite or negative degree as 0', () => {
    expect(nodeRadius('paper', NaN)).toBe(14);
    expect(nodeRadius('paper', -3)).toBe(14);
    expect(nodeRadius('concept', Infinity)).toBe(6);
  });
});
