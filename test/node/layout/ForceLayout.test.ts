import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import type { LayoutNode } from '../../../src/layout/types.js';
import type { GraphDocument } from '../../../src/model/types.js';
import { categoryId, seedSizedDocument, smallDocument, storedPositions, TAXONOMIES } from './fixtures.js';

function settled(doc: GraphDocument, seed?: number): ForceLayout {
  const layout = new ForceLayout(doc, seed === undefined ? {} : { seed });
  layout.settle();
  return layout;
}

/** Clockwise angle of `p` around `c` from 12 o'clock on screen (y grows downward), in degrees. */
function clock(c: LayoutNode, p: LayoutNode): number {
  return ((Math.atan2(p.x - c.x, -(p.y - c.y)) * 180) / Math.PI + 360) % 360;
}

function figure(layout: ForceLayout, shape: 'cycle' | 'levels' | 'modules') {
  const { id, parts } = TAXONOMIES.find((t) => t.shape === shape)!;
  return { centre: layout.node(id)!, parts: parts.map((p) => layout.node(categoryId(id, p))!) };
}

describe('ForceLayout', () => {
  describe('determinism', () => {
    it('gives exactly the same positions for the same document and seed', () => {
      const a = settled(smallDocument(), 5);
      const b = settled(smallDocument(), 5);
      expect(Array.from(a.positions())).toEqual(Array.from(b.positions()));
      expect(a.ticks).toBe(b.ticks);
    });

    it('matches a snapshot of a few numbers (seed 1 is the default)', () => {
      const layout = new ForceLayout(smallDocument());
      expect([layout.node('paper:p0')!.x, layout.node('paper:p0')!.y]).toEqual([
        11.974910291475503, -45.55250339015864,
      ]);
      expect(layout.settle()).toBe(220);
      expect(layout.node('paper:p0')).toMatchObject({ x: -50.22335894022265, y: -239.20129414111096 });
      expect(layout.node('taxonomy:self-evolution')).toMatchObject({ x: 137.25089635441148, y: -321.5105767645846 });
      expect(layout.node('__proto__')).toMatchObject({ x: -300.13726209119415, y: -241.13869375672047 });
      expect(Array.from(settled(smallDocument(), 1).positions())).toEqual(Array.from(layout.positions()));
    });

    it('gives different positions for different seeds', () => {
      const one = settled(smallDocument(), 1).positions();
      const two = settled(smallDocument(), 2).positions();
      let differing = 0;
      for (let i = 0; i < one.length; ++i) if (one[i] !== two[i]) ++differing;
      expect(differing).toBe(one.length);
    });

    it('treats a non-finite seed as the default', () => {
      const doc = smallDocument();
      expect(Array.from(settled(doc, NaN).positions())).toEqual(Array.from(settled(doc).positions()));
    });
  });

  describe('copies, never mutates, the model', () => {
    it('leaves the document deep-equal and its records untouched after settle and drag', () => {
      const doc = smallDocument();
      doc.positions = { 'paper:p0': [1, 2] };
      const before = structuredClone(doc);
      const layout = new ForceLayout(doc);
      layout.settle();
      layout.pin('paper:p1', 10, 10);
      layout.tick(5);
      layout.release('paper:p1');
      layout.settle();
      expect(doc).toEqual(before);
      for (const node of doc.nodes) expect(node).not.toHaveProperty('x');
      for (const link of doc.links) expect(typeof link.source).toBe('string');
      expect(layout.nodes.some((n) => (doc.nodes as object[]).includes(n))).toBe(false);
    });

    it('holds one datum per node, in document order, with kind, index and radius', () => {
      const doc = smallDocument();
      const layout = new ForceLayout(doc);
      expect(layout.nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
      layout.nodes.forEach((n, i) => expect(n.index).toBe(i));
      expect(layout.node('taxonomy:self-evolution')).toMatchObject({ kind: 'taxonomy', radius: 16 });
      expect(layout.node('dataset:unknown-kind')).toMatchObject({ kind: 'dataset', radius: 7 });
      expect(layout.node('__proto__')?.id).toBe('__proto__');
      expect(layout.node('constructor')?.id).toBe('constructor');
      expect(layout.node('toString')).toBeUndefined();
    });
  });

  describe('stored positions', () => {
    it('start settled at exactly the stored coordinates, and ticking does not move them', () => {
      const doc = smallDocument();
      doc.positions = storedPositions(doc);
      const layout = new ForceLayout(doc);
      expect(layout.alpha).toBe(0);
      expect(layout.settled).toBe(true);
      expect(layout.tick(10)).toBe(0);
      expect(layout.settle()).toBe(0);
      for (const node of layout.nodes) expect([node.x, node.y]).toEqual(doc.positions[node.id]);
      expect(layout.node('__proto__')).toMatchObject({ x: doc.positions['__proto__']![0] });
    });

    it('take options.positions before document.positions, id by id', () => {
      const doc = smallDocument();
      doc.positions = storedPositions(doc);
      const positions = JSON.parse('{"__proto__":[7,8],"constructor":[-1.5,2.5]}') as Record<string, [number, number]>;
      const layout = new ForceLayout(doc, { positions });
      expect(layout.settled).toBe(true);
      expect(layout.node('__proto__')).toMatchObject({ x: 7, y: 8 });
      expect(layout.node('constructor')).toMatchObject({ x: -1.5, y: 2.5 });
      expect(layout.node('paper:p0')).toMatchObject({ x: doc.positions['paper:p0']![0] });
    });

    it('ignores non-finite and malformed entries: all bad is the same as none', () => {
      const doc = smallDocument();
      // 1e999 parses to Infinity, the value that hangs d3-quadtree.
      const bad = ['[1e999,0]', '[0,-1e999]', '[null,1]', '["3",4]', '[5]', '{"x":1,"y":2}', '7'];
      doc.positions = JSON.parse(
        `{${doc.nodes.map((n, i) => `${JSON.stringify(n.id)}:${bad[i % bad.length]}`).join(',')}}`,
      ) as Record<string, [number, number]>;
      doc.positions['paper:p1'] = [NaN, 3];
      const layout = new ForceLayout(doc);
      expect(layout.alpha).toBe(1);
      for (const n of layout.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      layout.settle();
      expect(Array.from(layout.positions())).toEqual(Array.from(settled(smallDocument()).positions()));
    });

    it('with some nodes stored, starts warm from them and seeds the rest next to their neighbours', () => {
      const doc = smallDocument();
      const all = storedPositions(doc);
      doc.positions = { ...all };
      delete doc.positions['paper:p3'];
      doc.positions['paper:p4'] = [Infinity, 0];
      const layout = new ForceLayout(doc);
      expect(layout.settled).toBe(false);
      expect(layout.alpha).toBe(0.3);
      expect(layout.node('paper:p0')).toMatchObject({ x: all['paper:p0']![0], y: all['paper:p0']![1] });
      for (const n of layout.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
      expect(layout.settle()).toBeLessThanOrEqual(300);
    });
  });

  describe('taxonomy shapes after settling', () => {
    const documents = { small: smallDocument, 'seed-sized': () => seedSizedDocument(100) };
    for (const [name, make] of Object.entries(documents)) {
      for (const seed of [1, 2, 3, 4]) {
        describe(`${name} document, seed ${seed}`, () => {
          const layout = settled(make(), seed);

          it('draws the cycle clockwise from 12 o’clock, around the taxonomy node', () => {
            const { centre, parts } = figure(layout, 'cycle');
            const angles = parts.map((p) => clock(centre, p));
            // Order 1 near the top (within 30° of 12 o'clock either side) ...
            expect(Math.min(angles[0]!, 360 - angles[0]!)).toBeLessThan(30);
            // ... and the rest following clockwise.
            const unwrapped = angles.map((a) => (a > 300 ? a - 360 : a));
            for (let i = 1; i < unwrapped.length; ++i) expect(unwrapped[i]!).toBeGreaterThan(unwrapped[i - 1]!);
            const cx = parts.reduce((s, p) => s + p.x, 0) / parts.length;
            const cy = parts.reduce((s, p) => s + p.y, 0) / parts.length;
            expect(Math.hypot(cx - centre.x, cy - centre.y)).toBeLessThan(20);
          });

          it('stacks the levels bottom to top, beside the taxonomy node', () => {
            const { centre, parts } = figure(layout, 'levels');
            for (let i = 1; i < parts.length; ++i) expect(parts[i]!.y).toBeLessThan(parts[i - 1]!.y - 20);
            for (const p of parts) expect(p.x).toBeGreaterThan(centre.x + centre.radius);
            const xs = parts.map((p) => p.x);
            expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(30);
          });

          it('lines the modules up left to right, below the taxonomy node', () => {
            const { centre, parts } = figure(layout, 'modules');
            for (let i = 1; i < parts.length; ++i) expect(parts[i]!.x).toBeGreaterThan(parts[i - 1]!.x + 40);
            for (const p of parts) expect(p.y).toBeGreaterThan(centre.y + centre.radius);
            expect(parts[0]!.x).toBeLessThan(centre.x);
            expect(parts[3]!.x).toBeGreaterThan(centre.x);
          });
        });
      }
    }
  });

  describe('settling', () => {
    it('settles a ~100-node map within 300 ticks and then stays still', () => {
      const layout = new ForceLayout(seedSizedDocument(100));
      expect(layout.nodes.length).toBe(100);
      expect(layout.settled).toBe(false);
      const ticks = layout.settle();
      expect(ticks).toBeLessThanOrEqual(300);
      expect(layout.settled).toBe(true);
      expect(layout.alpha).toBeLessThan(0.001);
      const still = Array.from(layout.positions());
      expect(layout.tick(50)).toBe(0);
      expect(Array.from(layout.positions())).toEqual(still);
    });

    it('counts ticks and honours settle(maxTicks)', () => {
      const layout = new ForceLayout(smallDocument());
      expect(layout.tick()).toBe(1);
      expect(layout.tick(3)).toBe(3);
      expect(layout.settle(10)).toBe(10);
      expect(layout.ticks).toBe(14);
      expect(layout.settled).toBe(false);
    });

    it('keeps a node with no links near the map', () => {
      const layout = settled(seedSizedDocument(100));
      const b = layout.bounds(layout.nodes.filter((n) => n.id !== 'concept:isolated').map((n) => n.id))!;
      const lone = layout.node('concept:isolated')!;
      const reach = Math.max(b.x1 - b.x0, b.y1 - b.y0) / 2;
      expect(Math.hypot(lone.x - (b.x0 + b.x1) / 2, lone.y - (b.y0 + b.y1) / 2)).toBeLessThan(reach);
    });

    it('leaves no two nodes overlapping', () => {
      const layout = settled(seedSizedDocument(100));
      const nodes = layout.nodes;
      for (let i = 0; i < nodes.length; ++i)
        for (let j = i + 1; j < nodes.length; ++j) {
          const a = nodes[i]!;
          const b = nodes[j]!;
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.radius + b.radius);
        }
    });

    it('spreads a wide view wider than a tall one', () => {
      const wide = new ForceLayout(seedSizedDocument(100), { width: 1600, height: 400 });
      const tall = new ForceLayout(seedSizedDocument(100), { width: 400, height: 1600 });
      wide.settle();
      tall.settle();
      const w = wide.bounds()!;
      const t = tall.bounds()!;
      expect((w.x1 - w.x0) / (w.y1 - w.y0)).toBeGreaterThan((t.x1 - t.x0) / (t.y1 - t.y0));
    });
  });

  describe('data that breaks d3-force', () => {
    it('skips links to unknown ids and self-links, and keeps the first of duplicate ids', () => {
      const doc = smallDocument();
      doc.links.push({ source: 'paper:p0', target: 'nowhere', kind: 'mentions' });
      doc.links.push({ source: 'toString', target: 'paper:p0', kind: 'mentions' });
      doc.links.push({ source: 'paper:p0', target: 'paper:p0', kind: 'similar' });
      doc.nodes.push({ id: 'paper:p0', kind: 'concept', label: 'duplicate' });
      const layout = new ForceLayout(doc);
      expect(layout.nodes.length).toBe(doc.nodes.length - 1);
      expect(layout.node('paper:p0')?.kind).toBe('paper');
      layout.settle();
      for (const n of layout.nodes) expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true);
    });

    it('lays out an empty document', () => {
      const layout = new ForceLayout({ schema: 'concept-map/v1', title: 'empty', nodes: [], links: [] });
      expect(layout.settle()).toBeLessThanOrEqual(300);
      expect(layout.positions()).toEqual(new Float64Array(0));
      expect(layout.bounds()).toBeNull();
    });
  });

  describe('positions and bounds', () => {
    it('returns [x0, y0, x1, y1, …] in node order, into a reused buffer when given', () => {
      const layout = settled(smallDocument());
      const out = new Float64Array(layout.nodes.length * 2);
      expect(layout.positions(out)).toBe(out);
      layout.nodes.forEach((n, i) => expect([out[2 * i], out[2 * i + 1]]).toEqual([n.x, n.y]));
      expect(layout.positions(new Float64Array(3)).length).toBe(layout.nodes.length * 2);
    });

    it('bounds nodes including their radii, all or by id; null for none known', () => {
      const doc = smallDocument();
      doc.positions = storedPositions(doc);
      const layout = new ForceLayout(doc);
      const p = layout.node('paper:p0')!;
      const t = layout.node('taxonomy:self-evolution')!;
      expect(layout.bounds(['paper:p0', 'taxonomy:self-evolution', 'nowhere'])).toEqual({
        x0: Math.min(p.x - p.radius, t.x - t.radius),
        y0: Math.min(p.y - p.radius, t.y - t.radius),
        x1: Math.max(p.x + p.radius, t.x + t.radius),
        y1: Math.max(p.y + p.radius, t.y + t.radius),
      });
      expect(layout.bounds(['nowhere'])).toBeNull();
      expect(layout.bounds([])).toBeNull();
      const all = layout.bounds()!;
      for (const n of layout.nodes) {
        expect(n.x - n.radius).toBeGreaterThanOrEqual(all.x0);
        expect(n.y + n.radius).toBeLessThanOrEqual(all.y1);
      }
    });
  });

  describe('pin and release', () => {
    it('holds a dragged node where it is put and keeps the layout warm while dragging', () => {
      const layout = settled(smallDocument());
      expect(layout.pin('paper:p2', 300, -120)).toBe(true);
      expect(layout.node('paper:p2')).toMatchObject({ x: 300, y: -120, fx: 300, fy: -120 });
      expect(layout.alpha).toBeGreaterThanOrEqual(0.3);
      expect(layout.settled).toBe(false);
      expect(layout.tick(400)).toBe(400);
      expect(layout.settled).toBe(false);
      expect(layout.alpha).toBeGreaterThan(0.29);
      layout.pin('paper:p2', 310, -100);
      layout.tick(3);
      expect(layout.node('paper:p2')).toMatchObject({ x: 310, y: -100 });
    });

    it('after release, cools down and leaves the node where it was dropped', () => {
      const layout = settled(smallDocument());
      layout.pin('paper:p2', 300, -120);
      layout.tick(10);
      layout.release('paper:p2');
      const ticks = layout.settle();
      expect(ticks).toBeGreaterThan(0);
      expect(ticks).toBeLessThanOrEqual(300);
      expect(layout.settled).toBe(true);
      expect(layout.node('paper:p2')).toMatchObject({ x: 300, y: -120, fx: 300, fy: -120 });
    });

    it('stays warm until every dragged node is released', () => {
      const layout = settled(smallDocument());
      layout.pin('paper:p2', 0, 0);
      layout.pin('paper:p3', 50, 0);
      layout.release('paper:p2');
      expect(layout.settle(500)).toBe(500);
      layout.release('paper:p3');
      expect(layout.settle()).toBeLessThanOrEqual(300);
    });

    it('refuses unknown ids and non-finite coordinates', () => {
      const layout = settled(smallDocument());
      const before = Array.from(layout.positions());
      expect(layout.pin('nowhere', 1, 1)).toBe(false);
      expect(layout.pin('paper:p2', Infinity, 1)).toBe(false);
      expect(layout.pin('paper:p2', 1, NaN)).toBe(false);
      layout.release('nowhere');
      expect(layout.settled).toBe(true);
      expect(Array.from(layout.positions())).toEqual(before);
    });

    it('reheat raises alpha (to at most 1), never lowers it, and ignores non-finite values', () => {
      const layout = settled(smallDocument());
      layout.reheat();
      expect(layout.alpha).toBe(0.3);
      layout.reheat(0.1);
      expect(layout.alpha).toBe(0.3);
      layout.reheat(5);
      expect(layout.alpha).toBe(1);
      layout.reheat(NaN);
      layout.reheat(-1);
      expect(layout.alpha).toBe(1);
      const still = settled(smallDocument());
      still.reheat(0);
      expect(still.settled).toBe(true);
    });
  });
});
