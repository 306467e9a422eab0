import { describe, expect, it } from 'vitest';
import { forceTaxonomyShape } from '../../../src/layout/forceTaxonomyShape.js';
import { taxonomySlots } from '../../../src/layout/taxonomySlots.js';
import type { LayoutNode } from '../../../src/layout/types.js';

function datum(id: string, index: number, x: number, y: number): LayoutNode {
  return { id, kind: 'category', index, x, y, vx: 0, vy: 0, fx: null, fy: null, radius: 10 };
}

/** A taxonomy and four parts, scattered, with a stranger that belongs to nothing. */
function scattered(): LayoutNode[] {
  return [
    datum('t', 0, 10, -20),
    datum('p3', 1, -40, 35),
    datum('p1', 2, 70, 5),
    datum('stranger', 3, 500, 500),
    datum('p2', 4, 0, 0),
    datum('p4', 5, 33, -90),
  ];
}

/** Moves nodes by velocity like d3 does, with no other force acting. */
function run(nodes: LayoutNode[], force: ReturnType<typeof forceTaxonomyShape>, ticks: number): void {
  for (let i = 0; i < ticks; ++i) {
    force(1);
    for (const n of nodes) {
      n.x += n.vx *= 0.6;
      n.y += n.vy *= 0.6;
    }
  }
}

describe('forceTaxonomyShape', () => {
  for (const shape of ['cycle', 'levels', 'modules'] as const) {
    it(`draws the ${shape} figure around the group's centroid`, () => {
      const nodes = scattered();
      const force = forceTaxonomyShape([{ id: 't', shape, parts: ['p1', 'p2', 'p3', 'p4'] }]);
      force.initialize!(nodes, () => 0.5);
      run(nodes, force, 200);
      const t = nodes[0]!;
      const parts = ['p1', 'p2', 'p3', 'p4'].map((id) => nodes.find((n) => n.id === id)!);
      taxonomySlots(shape, 4).forEach(([dx, dy], i) => {
        expect(parts[i]!.x - t.x).toBeCloseTo(dx, 6);
        expect(parts[i]!.y - t.y).toBeCloseTo(dy, 6);
      });
      expect(nodes[3]).toMatchObject({ x: 500, y: 500, vx: 0, vy: 0 });
    });
  }

  it('pulls with zero net force, so the figure does not drift', () => {
    const nodes = scattered();
    const force = forceTaxonomyShape([{ id: 't', shape: 'cycle', parts: ['p1', 'p2', 'p3', 'p4'] }]);
    force.initialize!(nodes, () => 0.5);
    force(0.7);
    const sum = nodes.reduce((s, n) => [s[0]! + n.vx, s[1]! + n.vy], [0, 0]);
    expect(sum[0]).toBeCloseTo(0, 12);
    expect(sum[1]).toBeCloseTo(0, 12);
  });

  it('skips unknown ids and taxonomies with no parts; strength is adjustable', () => {
    const nodes = scattered();
    const force = forceTaxonomyShape([
      { id: 'missing', shape: 'cycle', parts: ['p1'] },
      { id: 't', shape: 'modules', parts: ['nowhere', 't'] },
    ]);
    force.initialize!(nodes, () => 0.5);
    force(1);
    for (const n of nodes) expect([n.vx, n.vy]).toEqual([0, 0]);
    expect(force.strength()).toBe(0.5);
    expect(force.strength(0.2)).toBe(force);
    expect(force.strength()).toBe(0.2);
    force.strength(NaN);
    expect(force.strength()).toBe(0.2);
  });
});
