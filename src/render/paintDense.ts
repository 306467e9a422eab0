import type { NodeShape } from '../view/kindStyle.js';
import type { Transform } from './Transform.js';
import { tracePath, type PathSink } from './tracePath.js';

/** What `paintDense` needs of a 2D context: a canvas's, or an OffscreenCanvas's in a worker. */
export interface PaintContext extends PathSink {
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  fill(): void;
  stroke(): void;
  globalAlpha: number;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
}

/** A node as painting reads it: layout units. */
export interface PaintNode {
  x: number;
  y: number;
  radius: number;
}

/**
 * A dense frame's links and nodes apart from where the nodes are (`densePlan` makes it): links
 * one stroke per emphasis and style, nodes one fill per kind and emphasis, in drawing order.
 * Indices are layout node numbers. The page paints its dense frames from it, and the layout worker
 * those of a moving map, with the same code, so the page's thread does not rasterise them.
 */
export interface DensePlan {
  /** `width` 0 is a hairline (one device px); `pairs` is [source, target, …], every `stride`th entry drawn. */
  links: Array<{ pairs: ArrayLike<number>; stride: number; color: string; alpha: number; width: number; dash: readonly number[]; faded: boolean }>;
  groups: Array<{ items: ArrayLike<number>; shape: NodeShape; color: string; alpha: number; faded: boolean }>;
  /** The nodes that get a selection ring and those that get a match ring (drawn over, by the page). */
  selected: number[];
  matches: number[];
}

/** The camera and canvas a frame is painted for: CSS px, and the device pixel ratio. */
export interface PaintView extends Transform {
  width: number;
  height: number;
  dpr: number;
}

// An opaque group's shapes at most this many to a path: the rasteriser's cost grows faster than
// the path (12,000 squares took 34–42 ms, 2,000 about 1.4), so a group is filled 1,000 at a time,
// which changes only antialiased edges where squares of two fills overlap. One fill per node
// (measured at 1,000 nodes, first frame: 8 against 4 ms) or a fillRect per square (20,000
// recorded operations, which the canvas rasterises part-way through the draw: 51 against 39 ms
// at 20,000 nodes) costs more. Redrawing a settled 20,000-node map: 53–55 against 62–90 ms a
// frame. Without outlines the picture is the same but for edge antialiasing, and a faded group's
// overlaps, filled once instead of twice.
const DENSE_FILL_NODES = 1000;
const DENSE_MIN_RADIUS = 1.5;
const DENSE_ROUND_RADIUS = 2.5;

/**
 * Paints a plan's links, then its nodes, over what is on the canvas; `litOnly` leaves out the
 * faded ones (a hover over the faded picture). Leaves the transform at CSS px.
 */
export function paintDense(ctx: PaintContext, plan: DensePlan, nodes: readonly PaintNode[], view: PaintView, litOnly = false): void {
  const { k, x, y, width, height, dpr } = view;
  ctx.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
  for (const l of plan.links) {
    if (litOnly && l.faded) continue;
    ctx.beginPath();
    traceLinks(ctx, l.pairs, l.stride, nodes, view, width, height);
    ctx.globalAlpha = l.alpha;
    ctx.strokeStyle = l.color;
    // A hairline is a fast path of the rasteriser. Just under one device pixel: at exactly
    // 1 / (k·dpr), Skia's float32 arithmetic puts about one zoom in twenty a hair over 1 px, and
    // the path is then stroked as a polygon (measured: 220 against 9 ms for 2,000 links).
    ctx.lineWidth = l.width ? l.width / k : 0.999 / (k * dpr);
    ctx.setLineDash(l.dash.map((v) => v / k));
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  for (const g of plan.groups) {
    if (litOnly && g.faded) continue;
    ctx.globalAlpha = g.alpha;
    ctx.fillStyle = g.color;
    const step = g.faded ? Infinity : DENSE_FILL_NODES;
    for (let from = 0; from < g.items.length; from += step) {
      ctx.beginPath();
      traceDenseNodes(ctx, g.items, from, Math.min(g.items.length, from + step), g.shape, nodes, view);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

// The loops over nodes are functions of their own: inside a method, the engine compiled an
// optimised copy of the whole method for each group's loop as it ran long, and threw it away when
// that loop ended (traced at 20,000 nodes: three or four such copies in one first frame, 80–126
// ms of compiling on the two cores the page has; 12 ms with this function).

/** Nodes `from` to `to` of a group on screen, in screen px: a square while small, else the group's shape. */
function traceDenseNodes(ctx: PathSink, items: ArrayLike<number>, from: number, to: number, shape: NodeShape, nodes: readonly PaintNode[], t: PaintView): void {
  for (let j = from; j < to; j++) {
    const n = nodes[items[j]!]!;
    const r = Math.max(n.radius * t.k, DENSE_MIN_RADIUS);
    const x = n.x * t.k + t.x;
    const y = n.y * t.k + t.y;
    if (x < -r || y < -r || x > t.width + r || y > t.height + r) continue;
    if (r < DENSE_ROUND_RADIUS) ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else tracePath(ctx, shape, x, y, r);
  }
}

/**
 * Links (node positions in pairs, every `stride`th entry) as one path in layout units, less those
 * wholly past one edge of the screen.
 */
export function traceLinks(ctx: PathSink, pairs: ArrayLike<number>, stride: number, nodes: readonly PaintNode[], t: Transform, width: number, height: number): void {
  for (let i = 0; i < pairs.length; i += stride) {
    const s = nodes[pairs[i]!]!;
    const d = nodes[pairs[i + 1]!]!;
    const sx = s.x * t.k + t.x;
    const dx = d.x * t.k + t.x;
    if ((sx < 0 && dx < 0) || (sx > width && dx > width)) continue;
    const sy = s.y * t.k + t.y;
    const dy = d.y * t.k + t.y;
    if ((sy < 0 && dy < 0) || (sy > height && dy > height)) continue;
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(d.x, d.y);
  }
}
