import { describe, expect, it } from 'vitest';
import { HitTester } from '../../../src/render/HitTester.js';
import { lcg } from '../../../src/layout/lcg.js';
import type { LayoutNode } from '../../../src/layout/types.js';

function nodes(count: number, seed: number): LayoutNode[] {
  const random = lcg(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `n${index}`,
    kind: 'paper',
    index,
    x: random() * 1000,
    y: random() * 1000,
    vx: 0,
    vy: 0,
    fx: null,
    fy: null,
    radius: 3 + random() * 12,
  }));
}

/** What find must answer: the nearest visible centre, if the point is within its radius + slop. */
function expected(all: LayoutNode[], visible: (i: number) => boolean, x: number, y: number, slop: number): string | null {
  let best: LayoutNode | null = null;
  let bestD = Infinity;
  all.forEach((n, i) => {
    const d = Math.hypot(n.x - x, n.y - y);
    if (visible(i) && d < bestD) {
      bestD = d;
      best = n;
    }
  });
  const found = best as LayoutNode | null;
  return found && bestD <= found.radius + slop ? found.id : null;
}

describe('HitTester', () => {
  const all = nodes(400, 7);
  const visible = (i: number) => i % 5 !== 0;
  const points = Array.from({ length: 300 }, (_, i) => {
    const random = lcg(100 + i);
    // Half the points on or beside a node, half anywhere.
    if (i % 2 === 0) {
      const n = all[Math.floor(random() * all.length)]!;
      return [n.x + (random() - 0.5) * 30, n.y + (random() - 0.5) * 30] as const;
    }
    return [random() * 1000, random() * 1000] as const;
  });

  it('finds the nearest visible node when the point is within its radius plus the slop', () => {
    const hits = new HitTester();
    hits.update(all, visible);
    let found = 0;
    for (const [x, y] of points) {
      const want = expected(all, visible, x, y, 2);
      expect(hits.find(x, y, 2)?.id ?? null).toBe(want);
      if (want !== null) found++;
    }
    // The points exercise both answers.
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(points.length);
  });

  it('never finds a hidden node', () => {
    const hits = new HitTester();
    hits.update(all, visible);
    const hidden = all[10]!;
    expect(hits.find(hidden.x, hidden.y, 0)?.id).not.toBe(hidden.id);
  });

  it('follows positions as they move, without being told', () => {
    const moved = nodes(50, 3);
    const hits = new HitTester();
    hits.update(moved, () => true);
    const n = moved[7]!;
    expect(hits.find(n.x, n.y, 0)?.id).toBe('n7');
    n.x += 5000;
    expect(hits.find(n.x, n.y, 0)?.id).toBe('n7');
    expect(hits.find(n.x - 5000, n.y, 0)?.id ?? null).toBe(expected(moved, () => true, n.x - 5000, n.y, 0));
  });
});
