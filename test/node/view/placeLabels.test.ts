import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate, type LabelPlacement } from '../../../src/view/placeLabels.js';
import { lcg } from '../../../src/layout/lcg.js';

const VIEW = { width: 400, height: 300 };

function cand(id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, x, y, radius: 5, width: 40, height: 10, priority: 0, always: false, ...extra };
}

/** The label box implied by a placement, as a renderer would draw it. */
function box(c: LabelCandidate, p: LabelPlacement): [number, number, number, number] {
  const x0 = p.align === 'left' ? p.x : p.align === 'right' ? p.x - c.width : p.x - c.width / 2;
  const y0 = p.baseline === 'top' ? p.y : p.baseline === 'bottom' ? p.y - c.height : p.y - c.height / 2;
  return [x0, y0, x0 + c.width, y0 + c.height];
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its node, clear of the disc', () => {
    const placed = placeLabels([cand('a', 100, 100)], VIEW);
    expect(placed.get('a')).toEqual({ x: 108, y: 100, align: 'left', baseline: 'middle' });
  });

  it('tries right, then left, then below, then above for an always label', () => {
    // Higher-priority labels close off one side after another.
    const a = cand('a', 100, 100, { always: true });
    const wallRight = cand('r', 110, 100, { radius: 0, width: 40, height: 12, priority: 9, always: true });
    const wallLeft = cand('l', 40, 100, { radius: 0, width: 60, height: 12, priority: 9, always: true });
    const wallBelow = cand('b', 60, 113, { radius: 0, width: 80, height: 10, priority: 9, always: true });
    expect(placeLabels([a], VIEW).get('a')).toEqual({ x: 108, y: 100, align: 'left', baseline: 'middle' });
    expect(placeLabels([a, wallRight], VIEW).get('a')).toEqual({ x: 92, y: 100, align: 'right', baseline: 'middle' });
    expect(placeLabels([a, wallRight, wallLeft], VIEW).get('a')).toEqual({
      x: 100,
      y: 108,
      align: 'center',
      baseline: 'top',
    });
    const placed = placeLabels([a, wallRight, wallLeft, wallBelow], VIEW);
    expect(placed.get('a')).toEqual({ x: 100, y: 92, align: 'center', baseline: 'bottom' });
    expect(placed.size).toBe(4);
  });

  it('gives ordinary labels only the two side positions and drops them when both are taken', () => {
    const a = cand('a', 100, 100);
    const wallRight = cand('r', 110, 100, { radius: 0, width: 40, height: 12, priority: 9 });
    const wallLeft = cand('l', 40, 100, { radius: 0, width: 60, height: 12, priority: 9 });
    const placed = placeLabels([a, wallRight, wallLeft], VIEW);
    expect([...placed.keys()].sort()).toEqual(['l', 'r']);
  });

  it('places always labels before any ordinary label, whatever the priorities', () => {
    const ordinary = cand('o', 100, 100, { priority: 1000 });
    const always = cand('w', 100, 100, { priority: -5, always: true, radius: 0 });
    const placed = placeLabels([ordinary, always], VIEW);
    expect(placed.get('w')).toEqual({ x: 103, y: 100, align: 'left', baseline: 'middle' });
    // Both sides of the shared spot: right is taken by the always label, left is free.
    expect(placed.get('o')).toEqual({ x: 92, y: 100, align: 'right', baseline: 'middle' });
  });

  it('lets the higher priority win a contested spot', () => {
    const lo = cand('lo', 100, 100, { priority: 1, radius: 0 });
    const hi = cand('hi', 100, 100, { priority: 2, radius: 0 });
    const placed = placeLabels([lo, hi], VIEW);
    expect(placed.get('hi')!.align).toBe('left');
    expect(placed.get('lo')!.align).toBe('right');
  });

  it('keeps ties in input order', () => {
    const placed = placeLabels([cand('first', 100, 100, { radius: 0 }), cand('second', 100, 100, { radius: 0 })], VIEW);
    expect(placed.get('first')!.align).toBe('left');
    expect(placed.get('second')!.align).toBe('right');
  });

  it('keeps labels off the discs of nodes placed earlier', () => {
    // A big higher-priority node sits where b's right-hand label would go.
    const big = cand('big', 130, 100, { radius: 15, priority: 5, width: 0, height: 0 });
    const b = cand('b', 100, 100, { priority: 1 });
    const placed = placeLabels([b, big], VIEW);
    expect(placed.get('b')).toEqual({ x: 92, y: 100, align: 'right', baseline: 'middle' });
  });

  it('ignores the discs of nodes that come later', () => {
    const small = cand('small', 130, 100, { radius: 15, priority: 0, width: 0, height: 0 });
    const b = cand('b', 100, 100, { priority: 1 });
    expect(placeLabels([b, small], VIEW).get('b')!.align).toBe('left');
  });

  it('keeps labels inside the viewport and skips nodes off screen', () => {
    const nearRight = cand('edge', 380, 150, { always: true });
    expect(placeLabels([nearRight], VIEW).get('edge')).toEqual({ x: 372, y: 150, align: 'right', baseline: 'middle' });

    // No side fits in a 30 px-wide viewport: below it goes only if always.
    const narrow = { width: 30, height: 100 };
    expect(placeLabels([cand('n', 15, 20, { width: 20 })], narrow).has('n')).toBe(false);
    expect(placeLabels([cand('n', 15, 20, { width: 20, always: true })], narrow).get('n')).toEqual({
      x: 15,
      y: 28,
      align: 'center',
      baseline: 'top',
    });

    expect(placeLabels([cand('off', -50, 100, { always: true })], VIEW).size).toBe(0);
    expect(placeLabels([cand('nan', NaN, 100, { always: true })], VIEW).size).toBe(0);
    expect(placeLabels([cand('a', 10, 10)], { width: 0, height: 0 }).size).toBe(0);
  });

  it('places no two overlapping labels on random inputs', () => {
    const rand = lcg(42);
    for (let round = 0; round < 20; round++) {
      const view = { width: 200 + Math.floor(rand() * 800), height: 150 + Math.floor(rand() * 600) };
      const count = 50 + Math.floor(rand() * 400);
      const cands: LabelCandidate[] = [];
      for (let i = 0; i < count; i++) {
        cands.push({
          id: `n${i}`,
          x: rand() * (view.width + 100) - 50,
          y: rand() * (view.height + 100) - 50,
          radius: rand() * 12,
          width: 8 + rand() * 120,
          height: 8 + rand() * 12,
          priority: Math.floor(rand() * 10),
          always: rand() < 0.2,
        });
      }
      const placed = placeLabels(cands, view);
      expect(placed.size).toBeGreaterThan(0);
      const boxes: [number, number, number, number][] = [];
      for (const c of cands) {
        const p = placed.get(c.id);
        if (!p) continue;
        const b = box(c, p);
        expect(b[0]).toBeGreaterThanOrEqual(0);
        expect(b[1]).toBeGreaterThanOrEqual(0);
        expect(b[2]).toBeLessThanOrEqual(view.width);
        expect(b[3]).toBeLessThanOrEqual(view.height);
        // Never on its own node's disc.
        const dx = Math.min(Math.max(c.x, b[0]), b[2]) - c.x;
        const dy = Math.min(Math.max(c.y, b[1]), b[3]) - c.y;
        expect(dx * dx + dy * dy).toBeGreaterThanOrEqual(c.radius * c.radius);
        boxes.push(b);
      }
      const clashes: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlaps(boxes[i]!, boxes[j]!)) clashes.push(`${i}/${j}`);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it('matches a brute-force greedy placement exactly', () => {
    // The grid is an index, not a heuristic: it must give what checking every pair gives.
    const rand = lcg(7);
    const view = { width: 600, height: 400 };
    const cands: LabelCandidate[] = [];
    for (let i = 0; i < 300; i++) {
      cands.push({
        id: `n${i}`,
        x: rand() * view.width,
        y: rand() * view.height,
        radius: 2 + rand() * 8,
        width: 20 + rand() * 80,
        height: 12,
        priority: Math.floor(rand() * 5),
        always: rand() < 0.3,
      });
    }
    expect(placeLabels(cands, view)).toEqual(bruteForce(cands, view));
  });

  it('keeps labels off every node given as an obstacle, even nodes without a label', () => {
    const a = cand('a', 100, 100);
    // A node right of `a`, drawn but not labelled: the label goes left instead.
    const placed = placeLabels([a], VIEW, [{ x: 120, y: 100, radius: 6 }]);
    expect(placed.get('a')).toEqual({ x: 92, y: 100, align: 'right', baseline: 'middle' });
    // With both sides blocked an ordinary label is dropped, an always label sits on a disc.
    const walls = [{ x: 120, y: 100, radius: 6 }, { x: 80, y: 100, radius: 6 }, { x: 100, y: 118, radius: 6 }, { x: 100, y: 82, radius: 6 }];
    expect(placeLabels([a], VIEW, walls).size).toBe(0);
    expect(placeLabels([{ ...a, always: true }], VIEW, walls).get('a')).toEqual({ x: 108, y: 100, align: 'left', baseline: 'middle' });
  });

  it('handles thousands of labels', () => {
    const rand = lcg(3);
    const view = { width: 1920, height: 1080 };
    const cands: LabelCandidate[] = [];
    for (let i = 0; i < 5000; i++) {
      cands.push(cand(`n${i}`, rand() * view.width, rand() * view.height, { priority: rand(), always: i % 10 === 0 }));
    }
    const placed = placeLabels(cands, view);
    expect(placed.size).toBeGreaterThan(100);
    expect(placed.size).toBeLessThan(5000);
  });
});

/** The same greedy rule, written the slow obvious way. */
function bruteForce(cands: readonly LabelCandidate[], view: { width: number; height: number }) {
  const order = cands.map((_, i) => i);
  order.sort((a, b) => {
    const ca = cands[a]!;
    const cb = cands[b]!;
    if (ca.always !== cb.always) return ca.always ? -1 : 1;
    return cb.priority - ca.priority || a - b;
  });
  const placed = new Map<string, LabelPlacement>();
  const boxes: number[][] = [];
  const discs: number[][] = [];
  for (const i of order) {
    const c = cands[i]!;
    const off = c.radius + 3;
    const options: [number, number, LabelPlacement][] = [
      [c.x + off, c.y - c.height / 2, { x: c.x + off, y: c.y, align: 'left', baseline: 'middle' }],
      [c.x - off - c.width, c.y - c.height / 2, { x: c.x - off, y: c.y, align: 'right', baseline: 'middle' }],
      [c.x - c.width / 2, c.y + off, { x: c.x, y: c.y + off, align: 'center', baseline: 'top' }],
      [c.x - c.width / 2, c.y - off - c.height, { x: c.x, y: c.y - off, align: 'center', baseline: 'bottom' }],
    ];
    const d = off * Math.SQRT1_2;
    options.push(
      [c.x + d, c.y - d - c.height, { x: c.x + d, y: c.y - d, align: 'left', baseline: 'bottom' }],
      [c.x + d, c.y + d, { x: c.x + d, y: c.y + d, align: 'left', baseline: 'top' }],
      [c.x - d - c.width, c.y - d - c.height, { x: c.x - d, y: c.y - d, align: 'right', baseline: 'bottom' }],
      [c.x - d - c.width, c.y + d, { x: c.x - d, y: c.y + d, align: 'right', baseline: 'top' }],
    );
    // An always label that finds no free spot may sit on a node disc, never on another label.
    const tries = c.always ? [...options, ...options] : options.slice(0, 2);
    for (const [k, [x0, y0, at]] of tries.entries()) {
      const labelsOnly = k >= 8;
      const b = [x0, y0, x0 + c.width, y0 + c.height];
      if (b[0]! < 0 || b[1]! < 0 || b[2]! > view.width || b[3]! > view.height) continue;
      if (boxes.some((o) => overlaps(o, b))) continue;
      if (
        !labelsOnly &&
        discs.some(([cx, cy, r]) => {
          const dx = Math.min(Math.max(cx!, b[0]!), b[2]!) - cx!;
          const dy = Math.min(Math.max(cy!, b[1]!), b[3]!) - cy!;
          return dx * dx + dy * dy < r! * r!;
        })
      ) {
        continue;
      }
      placed.set(c.id, at);
      boxes.push(b);
      break;
    }
    discs.push([c.x, c.y, c.radius]);
  }
  return placed;
}

describe('placeLabels: a preferred first position', () => {
  it('tries the preferred position first, then the usual order without it', () => {
    const a = cand('a', 100, 100, { always: true, first: 2 });
    expect(placeLabels([a], VIEW).get('a')).toEqual({ x: 100, y: 108, align: 'center', baseline: 'top' });
    // Below blocked by a disc: next comes right (0), as usual.
    expect(placeLabels([a], VIEW, [{ x: 100, y: 118, radius: 6 }]).get('a')).toEqual({ x: 108, y: 100, align: 'left', baseline: 'middle' });
  });

  it('ignores a preference an ordinary label may not use', () => {
    const a = cand('a', 100, 100, { first: 2 });
    expect(placeLabels([a], VIEW).get('a')).toEqual({ x: 108, y: 100, align: 'left', baseline: 'middle' });
  });
});
