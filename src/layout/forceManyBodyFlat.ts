// d3-force's forceManyBody spends nearly all of a layout tick inside d3-quadtree, which allocates
// an array per internal quad, an object per leaf and a `Quad` object for every child it pushes while
// visiting: at 20,000 nodes that is ~170 ms a tick, mostly allocation and GC. This is the same
// Barnes–Hut algorithm on a quadtree kept in flat typed arrays that are reused from tick to tick,
// walked with an explicit integer stack. It builds the very tree d3 builds (addAll's extent,
// cover()'s doubling, coincident points chained newest first), visits it in the same order and
// does the same floating-point operations in the same order, calling `random` for jiggle at the
// same moments, so velocities are bit-identical to d3's (checked against d3 in
// test/node/layout/forceManyBodyFlat.test.ts).
//
// Known, deliberate differences: a point with an infinite coordinate is left out of the tree like
// a NaN one (d3-quadtree's cover() never terminates on it), calling the force before `initialize`
// does nothing (d3 throws), and a node is told from the others by its position in the array, so
// the same object twice in it (which ForceLayout never does) is two bodies, where d3 sees one.
import type { ForceManyBody, SimulationNodeDatum } from 'd3-force';

type Strength<N> = (d: N, i: number, data: N[]) => number;

// The tree lives in typed arrays. A reference is 0 for an empty slot, q > 0 for internal quad q
// (numbered from 1 in creation order) and ~p (< 0) for the leaf whose newest point is node p; older
// coincident points follow through `next`. A quad's children sit at kids[4q .. 4q+3] in d3's order
// (0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right). Quads and points each keep their
// accumulated value, x, y and "far" (w² / θ², beyond which Barnes–Hut may treat the cell as one
// body) interleaved, so a visit reads one cache line. `far` is computed once per cell while
// building, from the width that d3's visit() recomputes by halving on every traversal: the same
// halving from the same extent gives the same numbers, and the stack carries nothing but references.
const VALUE = 0;
const X = 1;
const Y = 2;
const FAR = 3;

export function forceManyBodyFlat<N extends SimulationNodeDatum>(): ForceManyBody<N> {
  let nodes: N[] | undefined;
  let random: () => number = Math.random;
  let strength: Strength<N> = constant(-30);
  // A plain array indexed by node.index, as in d3, so odd indices behave the same.
  let strengths: number[] = [];
  let distanceMin2 = 1;
  let distanceMax2 = Infinity;
  let theta2 = 0.81;

  // Per point (position in `nodes`); the value and far of a leaf are kept on its newest point.
  let points = new Float64Array(0);
  let pStrength = new Float64Array(0);
  let next = new Int32Array(0); // the next older coincident point, or -1

  // Per internal quad.
  let quadCap = 0;
  let quads = new Float64Array(0);
  let kids = new Int32Array(0);

  let stack = new Int32Array(0);

  function ensurePoints(n: number): void {
    if (pStrength.length >= n) return;
    const cap = Math.max(n, pStrength.length * 2);
    points = new Float64Array(4 * cap);
    pStrength = new Float64Array(cap);
    next = new Int32Array(cap);
  }

  function growQuads(need: number): void {
    const cap = Math.max(need, quadCap * 2, 64);
    const q = new Float64Array(4 * cap);
    q.set(quads);
    quads = q;
    const k = new Int32Array(4 * cap);
    k.set(kids);
    kids = k;
    quadCap = cap;
  }

  function force(alpha: number): void {
    if (!nodes) return;
    const list = nodes;
    const n = list.length;
    ensurePoints(n);
    // Start with room for about as many quads as points; insertion grows it when a tree needs more.
    if (quadCap < n + 2) growQuads(n + 2);
    const t2 = theta2;

    // Read the points and addAll's extent.
    let ex0 = Infinity;
    let ey0 = Infinity;
    let ex1 = -Infinity;
    let ey1 = -Infinity;
    for (let i = 0; i < n; ++i) {
      const d = list[i]!;
      const x = +d.x!;
      const y = +d.y!;
      points[4 * i + X] = x;
      points[4 * i + Y] = y;
      pStrength[i] = strengths[d.index!]!;
      if (!(Number.isFinite(x) && Number.isFinite(y))) continue;
      if (x < ex0) ex0 = x;
      if (x > ex1) ex1 = x;
      if (y < ey0) ey0 = y;
      if (y > ey1) ey1 = y;
    }
    if (ex0 > ex1 || ey0 > ey1) return; // no valid point: d3's tree is empty and visit does nothing

    // cover(x0, y0) then cover(x1, y1) on an empty tree. The far corner is never left of or above
    // the floored near corner, so the doubling only ever takes d3's `case 0`.
    ex0 = Math.floor(ex0);
    ey0 = Math.floor(ey0);
    let tx1 = ex0 + 1;
    let ty1 = ey0 + 1;
    {
      let z = tx1 - ex0 || 1;
      while (ex0 > ex1 || ex1 >= tx1 || ey0 > ey1 || ey1 >= ty1) {
        z *= 2;
        tx1 = ex0 + z;
        ty1 = ey0 + z;
      }
    }
    const tx0 = ex0;
    const ty0 = ey0;

    // addAll: insert in array order. Quads are created after their parent, always, so accumulating
    // from the last quad back to the first sees children before parents.
    let quadCount = 0;
    let root = 0;
    let maxDepth = 0;
    for (let p = 0; p < n; ++p) {
      const x = points[4 * p + X]!;
      const y = points[4 * p + Y]!;
      if (!(Number.isFinite(x) && Number.isFinite(y))) continue;
      if (root === 0) {
        root = ~p;
        next[p] = -1;
        points[4 * p + FAR] = ((tx1 - tx0) * (tx1 - tx0)) / t2;
        continue;
      }
      let x0 = tx0;
      let y0 = ty0;
      let x1 = tx1;
      let y1 = ty1;
      let xm = 0;
      let ym = 0;
      let node = root;
      let parent = 0;
      let i = 0;
      let depth = 0;
      while (node > 0) {
        xm = (x0 + x1) / 2;
        const right = x >= xm;
        if (right) x0 = xm;
        else x1 = xm;
        ym = (y0 + y1) / 2;
        const bottom = y >= ym;
        if (bottom) y0 = ym;
        else y1 = ym;
        i = (bottom ? 2 : 0) | (right ? 1 : 0);
        parent = node;
        node = kids[4 * parent + i]!;
        ++depth;
      }
      if (node === 0) {
        kids[4 * parent + i] = ~p;
        next[p] = -1;
        points[4 * p + FAR] = ((x1 - x0) * (x1 - x0)) / t2;
        if (depth > maxDepth) maxDepth = depth;
        continue;
      }
      const h = ~node;
      const xp = points[4 * h + X]!;
      const yp = points[4 * h + Y]!;
      if (x === xp && y === yp) {
        // d3 puts the new point at the front of the chain, in the old one's slot.
        next[p] = h;
        points[4 * p + FAR] = points[4 * h + FAR]!;
        if (parent) kids[4 * parent + i] = ~p;
        else root = ~p;
        continue;
      }
      // Split until the two points part. `sx0, sx1` keep the last quad's bounds: the old point's
      // slot may be the other half in x, and its width is computed from them as visit() would.
      let j = 0;
      let sx0 = 0;
      let sx1 = 0;
      for (;;) {
        if (quadCount + 1 >= quadCap) growQuads(quadCount + 2);
        const q = ++quadCount;
        const k = 4 * q;
        kids[k] = kids[k + 1] = kids[k + 2] = kids[k + 3] = 0;
        quads[k + FAR] = ((x1 - x0) * (x1 - x0)) / t2;
        if (parent) kids[4 * parent + i] = q;
        else root = q;
        parent = q;
        ++depth;
        sx0 = x0;
        sx1 = x1;
        xm = (x0 + x1) / 2;
        const right = x >= xm;
        if (right) x0 = xm;
        else x1 = xm;
        ym = (y0 + y1) / 2;
        const bottom = y >= ym;
        if (bottom) y0 = ym;
        else y1 = ym;
        i = (bottom ? 2 : 0) | (right ? 1 : 0);
        j = (yp >= ym ? 2 : 0) | (xp >= xm ? 1 : 0);
        if (i !== j) break;
      }
      kids[4 * parent + j] = node;
      const wj = j & 1 ? sx1 - xm : xm - sx0;
      points[4 * h + FAR] = (wj * wj) / t2;
      kids[4 * parent + i] = ~p;
      next[p] = -1;
      points[4 * p + FAR] = ((x1 - x0) * (x1 - x0)) / t2;
      if (depth > maxDepth) maxDepth = depth;
    }

    // Locals, not closure variables, for the hot loops; the arrays no longer grow this tick.
    const qd = quads;
    const pd = points;
    const kid = kids;
    const nextPt = next;
    const ps = pStrength;

    // visitAfter(accumulate). Each leaf hangs from exactly one quad (or is the root), so its chain
    // is summed once, when its parent is reached.
    if (root < 0) sumLeaf(~root);
    for (let q = quadCount; q > 0; --q) {
      let s = 0;
      let weight = 0;
      let x = 0;
      let y = 0;
      for (let k = 0; k < 4; ++k) {
        const r = kid[4 * q + k]!;
        if (r === 0) continue;
        let v: number;
        let cx: number;
        let cy: number;
        if (r > 0) {
          const b = 4 * r;
          v = qd[b + VALUE]!;
          cx = qd[b + X]!;
          cy = qd[b + Y]!;
        } else {
          const b = 4 * ~r;
          v = sumLeaf(~r);
          cx = pd[b + X]!;
          cy = pd[b + Y]!;
        }
        const c = Math.abs(v);
        if (c) {
          s += v;
          weight += c;
          x += c * cx;
          y += c * cy;
        }
      }
      const b = 4 * q;
      qd[b + X] = x / weight;
      qd[b + Y] = y / weight;
      qd[b + VALUE] = s;
    }

    // A pre-order visit holds at most three pending siblings per level above the quad being
    // expanded, plus that quad's four children.
    if (stack.length < 3 * maxDepth + 8) stack = new Int32Array(Math.max(3 * maxDepth + 8, 2 * stack.length));
    const st = stack;
    const dMin2 = distanceMin2;
    const dMax2 = distanceMax2;

    for (let i = 0; i < n; ++i) {
      const node = list[i]!;
      const nx = pd[4 * i + X]!;
      const ny = pd[4 * i + Y]!;
      let vx = node.vx!;
      let vy = node.vy!;
      st[0] = root;
      let sp = 1;
      while (sp > 0) {
        const r = st[--sp]!;
        const cell = r > 0 ? qd : pd;
        const b = (r > 0 ? r : ~r) << 2;
        const value = cell[b + VALUE]!;
        if (!value) continue;

        let x = cell[b + X]! - nx;
        let y = cell[b + Y]! - ny;
        let l = x * x + y * y;

        // Barnes–Hut: far enough away to count as one body.
        if (cell[b + FAR]! < l) {
          if (l < dMax2) {
            if (x === 0) {
              x = jiggle(random);
              l += x * x;
            }
            if (y === 0) {
              y = jiggle(random);
              l += y * y;
            }
            if (l < dMin2) l = Math.sqrt(dMin2 * l);
            vx += (x * value * alpha) / l;
            vy += (y * value * alpha) / l;
          }
          continue;
        }

        if (r > 0) {
          // Pushed 3, 2, 1, 0 so that 0 is visited first.
          let c = kid[b + 3]!;
          if (c !== 0) st[sp++] = c;
          c = kid[b + 2]!;
          if (c !== 0) st[sp++] = c;
          c = kid[b + 1]!;
          if (c !== 0) st[sp++] = c;
          c = kid[b]!;
          if (c !== 0) st[sp++] = c;
          continue;
        }
        if (l >= dMax2) continue;

        let p = ~r;
        if (p !== i || nextPt[p]! >= 0) {
          if (x === 0) {
            x = jiggle(random);
            l += x * x;
          }
          if (y === 0) {
            y = jiggle(random);
            l += y * y;
          }
          if (l < dMin2) l = Math.sqrt(dMin2 * l);
        }
        do {
          if (p !== i) {
            const w = (ps[p]! * alpha) / l;
            vx += x * w;
            vy += y * w;
          }
          p = nextPt[p]!;
        } while (p >= 0);
      }
      node.vx = vx;
      node.vy = vy;
    }
  }

  /** accumulate() for a leaf: the chain's summed strength, kept on its newest point. */
  function sumLeaf(head: number): number {
    let s = 0;
    let p = head;
    do {
      s += pStrength[p]!;
      p = next[p]!;
    } while (p >= 0);
    points[4 * head + VALUE] = s;
    return s;
  }

  function initialize(): void {
    if (!nodes) return;
    const n = nodes.length;
    strengths = new Array<number>(n);
    for (let i = 0; i < n; ++i) {
      const node = nodes[i]!;
      strengths[node.index!] = +strength(node, i, nodes);
    }
  }

  const api = force as ForceManyBody<N>;

  api.initialize = (_nodes: N[], _random: () => number) => {
    nodes = _nodes;
    random = _random;
    initialize();
  };

  // Rest parameters, not `x?`, so that an explicit `undefined` sets the value as it does in d3.
  api.strength = ((...args: [number | Strength<N>] | []) => {
    if (args.length === 0) return strength;
    const s = args[0];
    strength = typeof s === 'function' ? s : constant(+s);
    initialize();
    return api;
  }) as ForceManyBody<N>['strength'];

  api.theta = ((...args: [number] | []) => {
    if (args.length === 0) return Math.sqrt(theta2);
    theta2 = args[0] * args[0];
    return api;
  }) as ForceManyBody<N>['theta'];

  api.distanceMin = ((...args: [number] | []) => {
    if (args.length === 0) return Math.sqrt(distanceMin2);
    distanceMin2 = args[0] * args[0];
    return api;
  }) as ForceManyBody<N>['distanceMin'];

  api.distanceMax = ((...args: [number] | []) => {
    if (args.length === 0) return Math.sqrt(distanceMax2);
    distanceMax2 = args[0] * args[0];
    return api;
  }) as ForceManyBody<N>['distanceMax'];

  return api;
}

function jiggle(random: () => number): number {
  return (random() - 0.5) * 1e-6;
}

function constant<N>(value: number): Strength<N> {
  return () => value;
}
