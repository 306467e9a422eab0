import {
  forceLink,
  forceManyBody,
  forceSimulation,
  type ForceManyBody,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { describe, expect, it } from 'vitest';
import { forceManyBodyFlat } from '../../../src/layout/forceManyBodyFlat.js';
import { lcg } from '../../../src/layout/lcg.js';

interface Node extends SimulationNodeDatum {
  id: number;
}
interface Link extends SimulationLinkDatum<Node> {
  source: number;
  target: number;
}
interface Case {
  nodes: Node[];
  links?: Link[];
  ticks?: number;
  seed?: number;
  /** Sets the same parameters on d3's force and on ours. */
  configure?: (force: ForceManyBody<Node>) => void;
  /** Runs in both simulations after half the ticks, e.g. to change a setting. */
  midway?: (sim: Sim, charge: ForceManyBody<Node>) => void;
}
type Sim = Simulation<Node, Link>;

/**
 * A simulation stepped by hand. The random source counts its calls, in total and those made while
 * the charge force runs (its jiggles).
 */
function simulate(c: Case, charge: ForceManyBody<Node>) {
  const nodes: Node[] = c.nodes.map((d) => ({ ...d }));
  const links: Link[] = (c.links ?? []).map((l) => ({ ...l }));
  const stream = lcg(c.seed ?? 7);
  const counter = { calls: 0, charge: 0 };
  let charging = false;
  const random = () => (++counter.calls, charging && ++counter.charge, stream());
  c.configure?.(charge);
  const counted = Object.assign(
    (alpha: number) => {
      charging = true;
      charge(alpha);
      charging = false;
    },
    { initialize: (n: Node[], r: () => number) => charge.initialize(n, r) },
  );
  const sim = forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<Node, Link>(links).id((d) => d.id))
    .force('charge', counted)
    .stop();
  const ticks = c.ticks ?? 50;
  sim.tick(Math.floor(ticks / 2));
  c.midway?.(sim, charge);
  sim.tick(ticks - Math.floor(ticks / 2));
  return { sim, counter };
}

function state(sim: Sim) {
  const nodes = sim.nodes();
  return {
    x: nodes.map((d) => d.x),
    y: nodes.map((d) => d.y),
    vx: nodes.map((d) => d.vx),
    vy: nodes.map((d) => d.vy),
  };
}

/** Runs the case with d3's force and with ours; asserts every coordinate and velocity is identical. */
function expectIdentical(c: Case) {
  const d3 = simulate(c, forceManyBody<Node>());
  const flat = simulate(c, forceManyBodyFlat<Node>());
  const a = state(d3.sim);
  const b = state(flat.sim);
  // toEqual compares numbers with Object.is: -0 differs from 0, NaN equals NaN.
  expect(b.x).toEqual(a.x);
  expect(b.y).toEqual(a.y);
  expect(b.vx).toEqual(a.vx);
  expect(b.vy).toEqual(a.vy);
  expect(flat.counter).toEqual(d3.counter);
  return { d3, flat, state: a };
}

/** `n` nodes scattered by a seeded stream, or left for d3 to place when `spread` is 0. */
function scattered(n: number, spread: number, seed = 3): Node[] {
  const random = lcg(seed);
  return Array.from({ length: n }, (_, id) =>
    spread > 0 ? { id, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread } : { id },
  );
}

/** Each node after the first links to one or two earlier nodes. */
function randomLinks(n: number, seed = 5): Link[] {
  const random = lcg(seed);
  const links: Link[] = [];
  for (let i = 1; i < n; ++i) {
    links.push({ source: i, target: Math.floor(random() * i) });
    if (i > 2 && random() < 0.5) links.push({ source: i, target: Math.floor(random() * (i - 1)) });
  }
  return links;
}

describe('forceManyBodyFlat', () => {
  describe('is bit-identical to d3’s forceManyBody', () => {
    it('on a random graph of 500 nodes placed by d3', () => {
      const c: Case = { nodes: scattered(500, 0), links: randomLinks(500) };
      const { state: s } = expectIdentical(c);
      // The charge did something: nodes moved off d3's initial spiral by more than the links alone.
      const linksOnly = state(simulate(c, forceManyBody<Node>().strength(0)).sim);
      expect(s.x).not.toEqual(linksOnly.x);
    });

    it('on a random graph of 500 scattered nodes, over 120 ticks', () => {
      expectIdentical({ nodes: scattered(500, 1000), links: randomLinks(500), ticks: 120 });
    });

    it('with per-node strengths that are negative, positive and zero', () => {
      const mixed = [-30, 0, 12, -5, 0, -60, 3.5, -0.25];
      expectIdentical({
        nodes: scattered(400, 800),
        links: randomLinks(400, 11),
        configure: (f) => f.strength((d, i) => mixed[(d.id * 7 + i) % mixed.length]!),
      });
    });

    it('when strengths are all zero except a few (empty quads are skipped)', () => {
      expectIdentical({
        nodes: scattered(300, 600),
        configure: (f) => f.strength((d) => (d.id % 50 === 0 ? -40 : 0)),
      });
    });

    it('with distanceMax(800) and distanceMin set, on nodes spread wider than 800', () => {
      expectIdentical({
        nodes: scattered(500, 4000),
        links: randomLinks(500, 9),
        configure: (f) => f.distanceMax(800).distanceMin(5).strength(-80),
      });
    });

    it('with distanceMin large enough to cap most forces', () => {
      expectIdentical({ nodes: scattered(200, 300), configure: (f) => f.distanceMin(60) });
    });

    for (const theta of [0, 0.5, 1.5]) {
      it(`with theta(${theta})`, () => {
        const n = theta === 0 ? 120 : 300; // theta 0 is all pairs
        expectIdentical({ nodes: scattered(n, 700), links: randomLinks(n), configure: (f) => f.theta(theta) });
      });
    }

    it('with several nodes on exactly the same coordinates (jiggle, coincident chains)', () => {
      const nodes = scattered(300, 500);
      // Loose groups of coincident points, and a few pinned groups that stay coincident every tick.
      for (let i = 0; i < 40; ++i) Object.assign(nodes[i]!, { x: 0, y: 0 });
      for (let i = 40; i < 50; ++i) Object.assign(nodes[i]!, { x: 12.5, y: -7 });
      for (let i = 50; i < 56; ++i) Object.assign(nodes[i]!, { x: 100, y: 40, fx: 100, fy: 40 });
      for (let i = 56; i < 60; ++i) Object.assign(nodes[i]!, { x: -64, y: 64, fx: -64, fy: 64 });
      // Same x only, and same y only: one jiggle, not two.
      for (let i = 60; i < 66; ++i) Object.assign(nodes[i]!, { x: 33, fx: 33 });
      for (let i = 66; i < 72; ++i) Object.assign(nodes[i]!, { y: -21, fy: -21 });
      const c: Case = { nodes, links: randomLinks(300, 13), configure: (f) => f.strength((d) => (d.id % 3) - 30) };
      const { d3 } = expectIdentical(c);
      expect(d3.counter.charge).toBeGreaterThan(1000);
    });

    it('with all nodes at the same point', () => {
      const nodes = Array.from({ length: 60 }, (_, id) => ({ id, x: 3, y: 3 }));
      const { d3 } = expectIdentical({ nodes, links: randomLinks(60) });
      // On the first tick the tree is a single leaf chaining all 60, and each node jiggles x and y.
      expect(d3.counter.charge).toBeGreaterThanOrEqual(60 * 2);
    });

    it('with all nodes pinned to the same point, every tick', () => {
      const nodes = Array.from({ length: 20 }, (_, id) => ({ id, x: -2.5, y: 7, fx: -2.5, fy: 7 }));
      const { d3 } = expectIdentical({ nodes, ticks: 10 });
      expect(d3.counter.charge).toBe(10 * 20 * 2);
    });

    it('with one node, and with none', () => {
      const { state: one } = expectIdentical({ nodes: [{ id: 0, x: 5.5, y: -1 }] });
      expect(one.vx).toEqual([0]);
      expectIdentical({ nodes: [] });
    });

    it('with two nodes that differ only in the last bit (a deep chain of splits)', () => {
      expectIdentical({ nodes: [{ id: 0, x: 1, y: 1 }, { id: 1, x: 1 + 2 ** -52, y: 1 }, { id: 2, x: 9, y: 4 }], ticks: 3 });
    });

    it('with many near-coincident pairs (deep trees, far more quads than points)', () => {
      const random = lcg(19);
      const nodes: Node[] = [];
      for (let k = 0; k < 20; ++k) {
        const x = (random() - 0.5) * 300;
        const y = (random() - 0.5) * 300;
        nodes.push({ id: nodes.length, x, y }, { id: nodes.length + 1, x: x + 2 ** -30, y: y - 2 ** -31 });
      }
      expectIdentical({ nodes, ticks: 5 });
    });

    for (const [name, from, to, step] of [
      ['0..31 (a power-of-two extent)', 0, 31, 1],
      ['0..32 (one past it: cover() doubles again)', 0, 32, 1],
      ['-16..15', -16, 15, 1],
      ['-256..256 by 16', -256, 256, 16],
    ] as const) {
      it(`with nodes on an integer grid ${name}`, () => {
        const nodes: Node[] = [];
        for (let x = from; x <= to; x += step) for (let y = from; y <= to; y += step) nodes.push({ id: nodes.length, x, y });
        // Pinning keeps the grid, so every tick builds the tree on exact quad boundaries.
        const pinned = nodes.map((d) => (d.id % 4 === 0 ? { ...d, fx: d.x, fy: d.y } : d));
        expectIdentical({ nodes: pinned, links: randomLinks(nodes.length, 17), ticks: 20 });
      });
    }

    it('with grid neighbours exactly at distanceMax (the cut-off is l >= distanceMax²)', () => {
      const nodes: Node[] = [];
      for (let x = -64; x <= 64; x += 16) for (let y = -64; y <= 64; y += 16) nodes.push({ id: nodes.length, x, y });
      // theta 0 reaches every leaf directly, on the first tick while the grid is still exact.
      expectIdentical({ nodes, ticks: 2, configure: (f) => f.theta(0).distanceMax(64) });
    });

    it('with theta(1) on a grid, cells exactly at the opening distance (w² / θ² < l is strict)', () => {
      const nodes: Node[] = [];
      for (let x = -64; x <= 64; x += 16) for (let y = -64; y <= 64; y += 16) nodes.push({ id: nodes.length, x, y });
      expectIdentical({ nodes, ticks: 2, configure: (f) => f.theta(1) });
      // On a full grid the difference between the two branches is lost in larger sums; a lone pair
      // shows it: the jiggled y goes through a different order of rounding in each branch.
      for (let seed = 1; seed <= 12; ++seed) {
        const pair = [
          { id: 0, x: 0, y: 0 },
          { id: 1, x: 16, y: 0, fx: 16, fy: 0 },
        ];
        expectIdentical({ nodes: pair, ticks: 1, seed, configure: (f) => f.theta(1) });
      }
    });

    it('with -0 and 0 coordinates mixed', () => {
      const nodes = [
        { id: 0, x: -0, y: 0 },
        { id: 1, x: 0, y: -0 },
        { id: 2, x: -0, y: -0, fx: -0, fy: -0 },
        { id: 3, x: 1, y: -0 },
        { id: 4, x: -0, y: 2 },
      ];
      expectIdentical({ nodes, ticks: 5 });
    });

    it('with a node whose x or y becomes NaN (left out of the tree, as in d3)', () => {
      const c: Case = {
        nodes: scattered(200, 400),
        links: randomLinks(200).filter((l) => l.source !== 10 && l.target !== 10 && l.source !== 20 && l.target !== 20),
        // d3 re-seeds NaN positions when nodes are set, so the NaN has to arrive afterwards.
        midway: (sim) => {
          sim.nodes()[10]!.x = NaN;
          sim.nodes()[20]!.y = NaN;
        },
      };
      const { state: s } = expectIdentical(c);
      expect(s.vx[10]).toBeNaN();
      expect(s.vy[20]).toBeNaN();
      // Its velocity turns NaN and so does its position; nobody else is touched.
      expect(s.x.map((x, i) => (Number.isNaN(x) ? i : -1)).filter((i) => i >= 0)).toEqual([10, 20]);
    });

    it('when the strength is changed mid-run', () => {
      expectIdentical({
        nodes: scattered(200, 400),
        links: randomLinks(200),
        midway: (_, charge) => charge.strength((d) => (d.id % 2 ? -10 : 5)),
      });
    });

    it('when the simulation is given more nodes mid-run (buffers grow)', () => {
      const more = scattered(900, 1500, 21).map((d) => ({ ...d, id: d.id + 100 }));
      expectIdentical({
        nodes: scattered(100, 200),
        midway: (sim) => sim.nodes([...sim.nodes(), ...more.map((d) => ({ ...d }))]),
      });
    });
  });

  it('leaves a node with an infinite coordinate out of the tree instead of hanging (d3 never returns)', () => {
    const nodes = scattered(50, 100);
    const withNaN = nodes.map((d) => ({ ...d }));
    const withInf = nodes.map((d) => ({ ...d }));
    const d3 = forceManyBody<Node>();
    const ours = forceManyBodyFlat<Node>();
    for (const [list, force] of [
      [withNaN, d3],
      [withInf, ours],
    ] as const) {
      list.forEach((d, i) => Object.assign(d, { index: i, vx: 0, vy: 0 }));
      force.initialize(list, lcg(1));
    }
    withNaN[7]!.x = NaN;
    withInf[7]!.x = Infinity;
    d3(0.5);
    ours(0.5);
    const others = (list: Node[]) => list.filter((_, i) => i !== 7).flatMap((d) => [d.vx, d.vy]);
    expect(others(withInf)).toEqual(others(withNaN));
    expect([withInf[7]!.vx, withInf[7]!.vy]).toEqual([0, 0]);
  });

  it('has d3’s accessors, defaults and chaining', () => {
    const ours = forceManyBodyFlat<Node>();
    const d3 = forceManyBody<Node>();
    expect(ours.theta()).toBe(d3.theta());
    expect(ours.distanceMin()).toBe(d3.distanceMin());
    expect(ours.distanceMax()).toBe(Infinity);
    expect(ours.strength()({ id: 0 }, 0, [])).toBe(-30);

    expect(ours.theta(0.7)).toBe(ours);
    expect(ours.distanceMin(3)).toBe(ours);
    expect(ours.distanceMax(800)).toBe(ours);
    expect(ours.strength(-12)).toBe(ours);
    expect(ours.theta()).toBe(d3.theta(0.7).theta());
    expect(ours.distanceMin()).toBe(3);
    expect(ours.distanceMax()).toBe(800);
    expect(ours.strength()({ id: 0 }, 0, [])).toBe(-12);

    const fn = (d: Node) => -d.id;
    expect(ours.strength(fn).strength()).toBe(fn);
  });

  it('evaluates strengths on initialize and when strength is set, not on every tick', () => {
    const nodes: Node[] = [
      { id: 0, index: 0, x: 0, y: 0, vx: 0, vy: 0 },
      { id: 1, index: 1, x: 10, y: 0, vx: 0, vy: 0 },
    ];
    const seen: Array<[number, number, Node[]]> = [];
    const force = forceManyBodyFlat<Node>().strength((d, i, data) => (seen.push([d.id, i, data]), -30));
    expect(seen).toHaveLength(0);
    force.initialize(nodes, lcg(1));
    expect(seen).toEqual([
      [0, 0, nodes],
      [1, 1, nodes],
    ]);
    force(1);
    force(1);
    expect(seen).toHaveLength(2);
    expect(nodes[0]!.vx).toBeLessThan(0);
    force.strength(-1);
    expect(seen).toHaveLength(2);
  });
});
