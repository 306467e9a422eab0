import { forceSimulation } from 'd3-force';
import { describe, expect, it } from 'vitest';
import { lcg } from '../../../src/layout/lcg.js';

describe('lcg', () => {
  it('replays d3-force’s default stream for seed 1', () => {
    const d3Random = forceSimulation().stop().randomSource();
    const ours = lcg(1);
    for (let i = 0; i < 20; ++i) expect(ours()).toBe(d3Random());
  });

  it('is exact and repeatable', () => {
    const random = lcg(42);
    expect([random(), random(), random()]).toEqual([0.2523451747838408, 0.08812504541128874, 0.5772811982315034]);
    const again = lcg(42);
    expect([again(), again(), again()]).toEqual([0.2523451747838408, 0.08812504541128874, 0.5772811982315034]);
  });

  it('stays in [0, 1) and differs by seed', () => {
    const a = lcg(1);
    const b = lcg(2);
    let same = 0;
    for (let i = 0; i < 1000; ++i) {
      const x = a();
      const y = b();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      if (x === y) ++same;
    }
    expect(same).toBe(0);
  });

  it('treats a non-finite seed as seed 1 and wraps large or negative seeds', () => {
    expect(lcg(NaN)()).toBe(lcg(1)());
    expect(lcg(Infinity)()).toBe(lcg(1)());
    expect(lcg(-1)()).toBe(lcg(4294967295)());
    expect(lcg(4294967296 + 5)()).toBe(lcg(5)());
  });
});
