export interface LabelCandidate {
  id: string;
  /** Node centre, screen px. */
  x: number;
  y: number;
  radius: number;
  /** Label box size, screen px. */
  width: number;
  height: number;
  priority: number;
  always: boolean;
  /**
   * The position tried first (0 right, 1 left, 2 below, 3 above, 4–7 the diagonals); the others
   * follow in their usual order. Ordinary labels only ever use 0 and 1.
   */
  first?: number;
}

/** Where to draw a label: an anchor plus canvas-style textAlign / textBaseline. */
export interface LabelPlacement {
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  baseline: 'top' | 'middle' | 'bottom';
}

/** Air between a node's edge and its label, screen px. */
const GAP = 3;
// The grid never has more cells than this, whatever the viewport and label sizes.
const MAX_CELLS = 1 << 16;

// Positions in the order tried. Ordinary labels only try beside the node: a label above or below
// reads as belonging to whatever is next to it in a dense map.
// Always labels also try the four diagonals, tucked against the node's corner.
const ALWAYS_POSITIONS = 8;
const DIAGONAL = Math.SQRT1_2;
const ORDINARY_POSITIONS = 2;

/**
 * Greedy label placement in screen space. Candidates go in order (`always` first, then by
 * priority); each takes the first position whose box is inside the viewport and overlaps no placed
 * label and no node circle seen earlier. A uniform grid keeps each test local, so thousands of
 * labels cost about O(n).
 */
export function placeLabels(
  cands: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  obstacles: readonly { x: number; y: number; radius: number }[] = [],
): Map<string, LabelPlacement> {
  const placed = new Map<string, LabelPlacement>();
  const W = viewport.width;
  const H = viewport.height;
  if (!(W > 0) || !(H > 0) || cands.length === 0) return placed;

  const order: number[] = [];
  let sizeSum = 0;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (!Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    order.push(i);
    sizeSum += Math.max(c.width, c.height, 0) || 0;
  }
  order.sort((a, b) => {
    const ca = cands[a]!;
    const cb = cands[b]!;
    if (ca.always !== cb.always) return ca.always ? -1 : 1;
    return cb.priority - ca.priority || a - b;
  });

  // Cells about one label across: a box touches a handful of cells and a cell holds a handful of boxes.
  let cell = Math.min(256, Math.max(8, order.length ? sizeSum / order.length : 8));
  cell = Math.max(cell, Math.sqrt((W * H) / MAX_CELLS));
  const cols = Math.max(1, Math.ceil(W / cell));
  const rows = Math.max(1, Math.ceil(H / cell));
  const grid: (number[] | undefined)[] = new Array(cols * rows);

  // Obstacles, flat: a box is [x0, y0, x1, y1]; a circle is [cx, cy, r, NaN].
  const ob: number[] = [];
  const seen: number[] = [];
  let stamp = 0;

  const insert = (x0: number, y0: number, x1: number, y1: number, a: number, b: number, c: number, d: number) => {
    if (x1 < 0 || y1 < 0 || x0 > W || y0 > H) return;
    const id = ob.length / 4;
    ob.push(a, b, c, d);
    seen.push(0);
    const c0 = Math.max(0, Math.floor(x0 / cell));
    const c1 = Math.min(cols - 1, Math.floor(x1 / cell));
    const r0 = Math.max(0, Math.floor(y0 / cell));
    const r1 = Math.min(rows - 1, Math.floor(y1 / cell));
    for (let r = r0; r <= r1; r++) {
      for (let col = c0; col <= c1; col++) {
        const k = r * cols + col;
        (grid[k] ??= []).push(id);
      }
    }
  };

  // Every drawn node is an obstacle from the start, so no label covers a node; an `always` label
  // that finds no free spot may cover a node disc as a last resort, never another label.
  for (const o of obstacles) {
    const r = o.radius;
    if (r > 0 && Number.isFinite(o.x) && Number.isFinite(o.y)) insert(o.x - r, o.y - r, o.x + r, o.y + r, o.x, o.y, r, NaN);
  }

  const blocked = (x0: number, y0: number, x1: number, y1: number, labelsOnly = false): boolean => {
    stamp++;
    const c0 = Math.max(0, Math.floor(x0 / cell));
    const c1 = Math.min(cols - 1, Math.floor(x1 / cell));
    const r0 = Math.max(0, Math.floor(y0 / cell));
    const r1 = Math.min(rows - 1, Math.floor(y1 / cell));
    for (let r = r0; r <= r1; r++) {
      for (let col = c0; col <= c1; col++) {
        const list = grid[r * cols + col];
        if (!list) continue;
        for (const id of list) {
          if (seen[id] === stamp) continue;
          seen[id] = stamp;
          const o = id * 4;
          const d = ob[o + 3]!;
          if (Number.isNaN(d)) {
            if (labelsOnly) continue;
            const cx = ob[o]!;
            const cy = ob[o + 1]!;
            const rad = ob[o + 2]!;
            const dx = Math.min(Math.max(cx, x0), x1) - cx;
            const dy = Math.min(Math.max(cy, y0), y1) - cy;
            if (dx * dx + dy * dy < rad * rad) return true;
          } else if (x0 < ob[o + 2]! && ob[o]! < x1 && y0 < d && ob[o + 1]! < y1) {
            return true;
          }
        }
      }
    }
    return false;
  };

  for (const i of order) {
    const c = cands[i]!;
    const w = Math.max(0, c.width) || 0;
    const h = Math.max(0, c.height) || 0;
    const r = Math.max(0, c.radius) || 0;
    const off = r + GAP;
    const onScreen = c.x >= 0 && c.x <= W && c.y >= 0 && c.y <= H;
    if (onScreen && !placed.has(c.id)) {
      const tries = c.always ? ALWAYS_POSITIONS : ORDINARY_POSITIONS;
      for (let p = 0; p < (c.always ? tries * 2 : tries); p++) {
        const labelsOnly = p >= tries;
        let x0: number, y0: number;
        let at: LabelPlacement;
        const first = c.first !== undefined && c.first > 0 && c.first < tries ? c.first : 0;
        // `first`, then 0, 1, … skipping `first`.
        const k = p % tries;
        const q = k === 0 ? first : k <= first ? k - 1 : k;
        if (q === 0) {
          x0 = c.x + off;
          y0 = c.y - h / 2;
          at = { x: x0, y: c.y, align: 'left', baseline: 'middle' };
        } else if (q === 1) {
          x0 = c.x - off - w;
          y0 = c.y - h / 2;
          at = { x: c.x - off, y: c.y, align: 'right', baseline: 'middle' };
        } else if (q === 2) {
          x0 = c.x - w / 2;
          y0 = c.y + off;
          at = { x: c.x, y: y0, align: 'center', baseline: 'top' };
        } else if (q === 3) {
          x0 = c.x - w / 2;
          y0 = c.y - off - h;
          at = { x: c.x, y: c.y - off, align: 'center', baseline: 'bottom' };
        } else {
          // 4: upper right, 5: lower right, 6: upper left, 7: lower left.
          const right = q === 4 || q === 5;
          const up = q === 4 || q === 6;
          const d = off * DIAGONAL;
          x0 = right ? c.x + d : c.x - d - w;
          y0 = up ? c.y - d - h : c.y + d;
          at = { x: right ? c.x + d : c.x - d, y: up ? c.y - d : c.y + d, align: right ? 'left' : 'right', baseline: up ? 'bottom' : 'top' };
        }
        const x1 = x0 + w;
        const y1 = y0 + h;
        if (x0 < 0 || y0 < 0 || x1 > W || y1 > H) continue;
        if (blocked(x0, y0, x1, y1, labelsOnly)) continue;
        placed.set(c.id, at);
        insert(x0, y0, x1, y1, x0, y0, x1, y1);
        break;
      }
    }
    // Whether or not it got a label, this node's disc is drawn, so later labels keep off it.
    if (r > 0) insert(c.x - r, c.y - r, c.x + r, c.y + r, c.x, c.y, r, NaN);
  }
  return placed;
}
