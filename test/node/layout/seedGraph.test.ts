import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import { taxonomyGroups } from '../../../src/layout/taxonomyGroups.js';
import type { GraphDocument } from '../../../src/model/types.js';

const file = new URL('../../../data/seed.graph.json', import.meta.url);

// The built-in map is what most readers see first: its taxonomies must read as their shapes.
describe.skipIf(!existsSync(file))('the built-in seed map', () => {
  const doc = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GraphDocument) : undefined;

  for (const seed of [1, 2, 3]) {
    it(`settles within 300 ticks with every taxonomy in its shape (seed ${seed})`, () => {
      const layout = new ForceLayout(doc!, { seed });
      expect(layout.settle()).toBeLessThanOrEqual(300);
      expect(layout.settled).toBe(true);
      const groups = taxonomyGroups(doc!.nodes);
      expect(groups.length).toBeGreaterThan(0);
      for (const { id, shape, parts } of groups) {
        const c = layout.node(id)!;
        const ps = parts.map((p) => layout.node(p)!);
        if (shape === 'cycle') {
          const angles = ps
            .map((p) => ((Math.atan2(p.x - c.x, -(p.y - c.y)) * 180) / Math.PI + 360) % 360)
            .map((a) => (a > 300 ? a - 360 : a));
          expect(Math.abs(angles[0]!)).toBeLessThan(30);
          for (let i = 1; i < angles.length; ++i) expect(angles[i]!).toBeGreaterThan(angles[i - 1]!);
        } else if (shape === 'levels') {
          for (let i = 1; i < ps.length; ++i) expect(ps[i]!.y).toBeLessThan(ps[i - 1]!.y);
          for (const p of ps) expect(p.x).toBeGreaterThan(c.x);
        } else {
          for (let i = 1; i < ps.length; ++i) expect(ps[i]!.x).toBeGreaterThan(ps[i - 1]!.x);
          for (const p of ps) expect(p.y).toBeGreaterThan(c.y);
        }
      }
    });
  }
});
