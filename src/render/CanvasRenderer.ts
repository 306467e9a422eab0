import type { NodeDisplay } from '../view/deriveDisplay.js';
import { labelOrder } from '../view/labelOrder.js';
import { placeLabels, type LabelCandidate } from '../view/placeLabels.js';
import {
  FIGURE_WIDTH,
  LABEL_HALO_WIDTH,
  LINK_EMPHASES,
  LINK_STYLES,
  MATCH_RING,
  NODE_MIN_RADIUS,
  NODE_STROKE_WIDTH,
  SELECTED_RING,
  arrowHead,
  figureAlpha,
  figureArrow,
  labelAlpha,
  labelAnchor,
  labelFont,
  labelText,
  linkAlpha,
  linkBuckets,
  linkColor,
  linkDash,
  linkWidth,
  nodeAlpha,
  nodeGroups,
  type Frame,
  type PlacedLabel,
} from './frameStyle.js';
import { tracePath } from './tracePath.js';
import type { NodeShape } from '../view/kindStyle.js';
import type { Transform } from './Transform.js';

export type { Frame, PlacedLabel } from './frameStyle.js';

/**
 * Above this many visible nodes on screen a frame is drawn in the dense style, measured to keep a
 * frame within a screen refresh on a CPU-rasterised canvas (this machine, 20,000 nodes: links of
 * 1.3 px 267 ms but hairlines 11 ms; outlined nodes 811 ms, filled squares 23 ms):
 * links are hairlines, one device pixel wide and solid; nodes are filled without outline, as
 * squares while they are under DENSE_ROUND_RADIUS px; only the DENSE_LABELS most important
 * nodes are labelled, and labels need not keep off node discs (there is no room left between
 * them). The seed map and small maps never reach it.
 */
export const DENSE_NODES = 700;
const DENSE_LABELS = 120;
// Links drawn at most in the dense style: beyond it every m-th link (by document order, so the
// same ones from frame to frame) and all links of the selection.
const DENSE_LINKS = 8000;
const DENSE_FILL_NODES = 1000;
const DENSE_MIN_RADIUS = 1.5;
const DENSE_ROUND_RADIUS = 2.5;
const DENSE_LINK_ALPHA = 0.55;
// Under a hover, the rest of a dense map is its last picture at this opacity.
const HOVER_FADE = 0.3;

/**
 * Draws a frame onto a canvas and owns no state but caches: text widths, and a dense frame's
 * picture for `blit` and `blitHover`. Links of one style and emphasis are one stroke; nodes of one
 * kind and emphasis share their fill; labels are placed in screen space so they keep one size at
 * every zoom and never overlap.
 */
export class CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private dpr = 1;
  private readonly widths = new Map<string, number>();
  /** Reused between frames: [source, target, …] per (emphasis, style). */
  private readonly linkBuckets: number[][] = [];
  /** Visible nodes by label priority, highest first, per display (the dense style's label order). */
  private readonly byPriority = new WeakMap<object, Int32Array>();
  /** Whether the last frame was drawn in the dense style. */
  lastDense = false;
  /** A dense frame as drawn, and the camera it was drawn with: what `blit` moves. */
  private snapshot: { canvas: HTMLCanvasElement; transform: Transform; calm: boolean } | null = null;
  /**
   * The dense frame on the canvas now, not yet copied into `snapshot`. It is copied when first
   * moved: copying at once would rasterise every frame inside the draw (tens of ms at 20,000
   * nodes) though most frames during a layout are never moved before the next replaces them.
   */
  private snapshotCanvas: HTMLCanvasElement | null = null;
  private unkept: { transform: Transform; calm: boolean } | null = null;
  /** Label ids drawn in the last frame; tests and the outline read it. */
  lastLabels: ReadonlySet<string> = new Set();
  /**
   * The labels drawn in the last frame, by node id, in drawing order: exactly where and how each
   * was drawn (CSS px), so an export (`renderSvg`) puts the same labels in the same places.
   */
  lastPlacement: ReadonlyMap<string, PlacedLabel> = new Map();

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    this.ctx = ctx;
  }

  /**
   * Measures a little text in each label font, before there is a map to draw: the first use of
   * a font makes the browser resolve it (tens of milliseconds here), which would otherwise delay
   * the first frame of the first map.
   */
  warmFonts(fontFamily: string, fontSize: number): void {
    for (const weight of [500, 600, 700]) {
      this.setFont(`${weight} ${fontSize}px ${fontFamily}`);
      this.ctx.measureText('Concept map 0123');
    }
  }

  /** Sizes the backing store for the device pixel ratio so lines and text stay sharp on HiDPI screens. */
  resize(width: number, height: number, dpr: number): void {
    this.dpr = dpr;
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    if (this.canvas.width === w && this.canvas.height === h) return;
    this.canvas.width = w;
    this.canvas.height = h;
    this.unkept = null;
    // Resizing a canvas resets its context, font included.
    this.font = '';
  }

  /**
   * Draws the last dense frame again, moved and scaled from its camera to `transform`, as one
   * image. False (nothing drawn) when there is no such frame: the last was not dense, or the
   * canvas changed size since.
   */
  blit(transform: Transform, alpha = 1): boolean {
    this.keepSnapshot();
    const snap = this.snapshot;
    if (!snap || snap.canvas.width !== this.canvas.width || snap.canvas.height !== this.canvas.height) return false;
    const { ctx, dpr } = this;
    const s = transform.k / snap.transform.k;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(s, 0, 0, s, dpr * (transform.x - snap.transform.x * s), dpr * (transform.y - snap.transform.y * s));
    ctx.globalAlpha = alpha;
    ctx.drawImage(snap.canvas, 0, 0);
    ctx.globalAlpha = 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    return true;
  }

  /**
   * A hover on a dense map without drawing it all again: the last picture (taken with nothing
   * hovered), faded as the rest of the map is under a hover, and over it only what the hover lights
   * (its node, neighbours and links, their labels). When nothing is lit, the picture as it was.
   * False when there is no such picture.
   */
  blitHover(frame: Frame, lit: boolean): boolean {
    this.keepSnapshot();
    if (!this.snapshot?.calm) return false;
    if (!this.blit(frame.transform, lit ? HOVER_FADE : 1)) return false;
    if (!lit) return true;
    const { ctx, dpr } = this;
    const t = frame.transform;
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    this.drawLinks(frame, true, true);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const rings = this.drawDenseNodes(frame, true);
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
    this.drawRings(frame, rings.selected, rings.matches);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(frame, true);
    return true;
  }

  /** Copies the dense frame still on the canvas, if any, into `snapshot` for `blit` to move. */
  private keepSnapshot(): void {
    const unkept = this.unkept;
    if (!unkept) return;
    this.unkept = null;
    const canvas = (this.snapshotCanvas ??= document.createElement('canvas'));
    if (canvas.width !== this.canvas.width || canvas.height !== this.canvas.height) {
      canvas.width = this.canvas.width;
      canvas.height = this.canvas.height;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(this.canvas, 0, 0);
    this.snapshot = { canvas, transform: unkept.transform, calm: unkept.calm };
  }

  clear(): void {
    this.snapshot = null;
    this.unkept = null;
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.lastLabels = new Set();
    this.lastPlacement = new Map();
  }

  /**
   * One pixel at 1% opacity on the empty canvas, which the next `clear` removes: a draw, so the
   * browser presents the canvas. Its first two presented frames allocate the buffers behind it
   * (20–50 ms here at 1280×800), which a first map would otherwise wait for in its first frames.
   * A wholly transparent fill is skipped by the browser and allocates nothing.
   */
  prime(): void {
    this.ctx.fillStyle = 'rgba(0,0,0,.01)';
    this.ctx.fillRect(0, 0, 1, 1);
  }

  /** `dense` forces the style either way (the warm-up draws both on a small made-up map). */
  draw(frame: Frame, dense = onScreen(frame) > DENSE_NODES): void {
    const { ctx, dpr } = this;
    const { transform: t, display, nodes, theme } = frame;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.lastDense = dense;
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);

    this.drawLinks(frame, dense);
    this.drawFigures(frame);
    if (dense) {
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const rings = this.drawDenseNodes(frame);
      ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
      this.drawRings(frame, rings.selected, rings.matches);
    } else this.drawNodes(frame);

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(frame, dense);
    if (frame.showFocus && frame.focusId !== null) {
      const i = indexOfId(display.nodes, frame.focusId);
      const n = i >= 0 ? nodes[i] : undefined;
      if (n && display.nodes[i]!.visible) {
        const x = n.x * t.k + t.x;
        const y = n.y * t.k + t.y;
        const r = Math.max(n.radius * t.k, 4) + 6;
        // A solid ring with a halo either side, so it reads on any background and any node colour.
        ctx.beginPath();
        ctx.arc(x, y, r, 0, Math.PI * 2);
        ctx.lineWidth = 7;
        ctx.strokeStyle = theme.labelHalo;
        ctx.stroke();
        ctx.lineWidth = 3;
        ctx.strokeStyle = theme.focus;
        ctx.stroke();
      }
    }
    // A dense frame replaces the snapshot; any other leaves nothing to move (it is cheap to draw).
    this.snapshot = null;
    this.unkept = dense ? { transform: { ...t }, calm: !display.nodes.some((d) => d.emphasis === 'faded' || d.emphasis === 'highlight') } : null;
  }

  private drawLinks({ display, nodes, transform, theme, width, height }: Frame, dense: boolean, litOnly = false): void {
    const { ctx } = this;
    const k = transform.k;
    // One pass sorts the links into (emphasis, style) buckets; each bucket is one stroke.
    const buckets = linkBuckets(display, this.linkBuckets);
    let links = 0;
    for (const b of buckets) links += b.length / 2;
    for (let e = 0; e < LINK_EMPHASES.length; e++) {
      for (let st = 0; st < LINK_STYLES.length; st++) {
        const bucket = buckets[e * LINK_STYLES.length + st]!;
        if (!bucket.length || (litOnly && LINK_EMPHASES[e] === 'faded')) continue;
        const hairline = dense && LINK_EMPHASES[e] !== 'highlight';
        const stride = hairline ? 2 * Math.max(1, Math.ceil(links / DENSE_LINKS)) : 2;
        ctx.beginPath();
        traceLinks(ctx, bucket, stride, nodes, transform, width, height);
        const style = LINK_STYLES[st]!;
        const emphasis = LINK_EMPHASES[e]!;
        // A hairline is a fast path of the rasteriser; the links of a selection keep their width.
        // Just under one device pixel: at exactly 1 / (k·dpr), Skia's float32 arithmetic puts about
        // one zoom in twenty a hair over 1 px, and the path is then stroked as a polygon (measured:
        // 220 against 9 ms for 2,000 links).
        ctx.globalAlpha = linkAlpha(emphasis) * (hairline ? DENSE_LINK_ALPHA : 1);
        ctx.strokeStyle = linkColor(style, emphasis, theme);
        ctx.lineWidth = hairline ? 0.999 / (k * this.dpr) : linkWidth(style, emphasis) / k;
        ctx.setLineDash(hairline ? [] : linkDash(style).map((v) => v / k));
        ctx.stroke();
      }
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  /**
   * The order within each taxonomy figure, as arrows from part to part: the self-evolution phases
   * visibly loop, levels climb, modules run along their pipeline.
   */
  private drawFigures({ display, nodes, transform, theme }: Frame): void {
    const { ctx } = this;
    const k = transform.k;
    const head = arrowHead(k);
    ctx.strokeStyle = theme.linkStructure;
    ctx.fillStyle = theme.linkStructure;
    ctx.lineWidth = FIGURE_WIDTH / k;
    for (const e of display.figures) {
      const a = display.nodes[e.from];
      const b = display.nodes[e.to];
      if (!a?.visible || !b?.visible) continue;
      ctx.globalAlpha = figureAlpha(a, b);
      const arrow = figureArrow(nodes[e.from]!, nodes[e.to]!, e.shape, k, head);
      if (!arrow) continue;
      ctx.beginPath();
      ctx.moveTo(arrow.x0, arrow.y0);
      if (arrow.control) ctx.quadraticCurveTo(arrow.control.x, arrow.control.y, arrow.x1, arrow.y1);
      else ctx.lineTo(arrow.x1, arrow.y1);
      ctx.stroke();
      const h = arrow.head;
      ctx.beginPath();
      ctx.moveTo(h[0], h[1]);
      ctx.lineTo(h[2], h[3]);
      ctx.lineTo(h[4], h[5]);
      ctx.closePath();
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  private drawNodes(frame: Frame): void {
    const { ctx } = this;
    const { display, nodes, transform, theme } = frame;
    // Faded first so emphasised nodes sit on top.
    const { groups, selected, matches } = nodeGroups(display, theme);
    const minR = NODE_MIN_RADIUS / transform.k;
    ctx.lineWidth = NODE_STROKE_WIDTH / transform.k;
    ctx.strokeStyle = theme.labelHalo;
    // Node by node: one path of many outlines costs the rasteriser several times more to stroke
    // (1,000 nodes here: 27 ms as one path, 11 ms one by one).
    for (const g of groups) {
      ctx.globalAlpha = nodeAlpha(g.faded);
      ctx.fillStyle = g.color;
      for (const i of g.items) {
        const n = nodes[i]!;
        ctx.beginPath();
        tracePath(ctx, g.shape, n.x, n.y, Math.max(n.radius, minR));
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    this.drawRings(frame, selected, matches);
  }

  /**
   * The dense style's nodes, in screen px: no outline, a square while small (a fill is the
   * rasteriser's cheapest shape), and only those on screen.
   */
  private drawDenseNodes(frame: Frame, litOnly = false): { selected: number[]; matches: number[] } {
    const { ctx } = this;
    const { display, nodes, transform: t, theme, width, height } = frame;
    const { groups, selected, matches } = nodeGroups(display, theme);
    for (const g of groups) {
      if (litOnly && g.faded) continue;
      ctx.globalAlpha = nodeAlpha(g.faded);
      ctx.fillStyle = g.color;
      // The shapes of a group, small squares included, are one path and one fill. A fill per node
      // (measured at 1,000 nodes, first frame: 8 against 4 ms) or a fillRect per square (20,000
      // recorded operations, which the canvas rasterises part-way through the draw: 51 against 39
      // ms at 20,000 nodes, 43 against 20 at 5,000) costs more. Without outlines the picture is the
      // same but for edge antialiasing, and a faded group's overlaps, filled once instead of twice.
      // But not one path of thousands: the rasteriser's cost grows faster than the path (12,000
      // squares took 34–42 ms, 2,000 about 1.4), so an opaque group is filled 1,000 at a time, which
      // changes only antialiased edges where squares of two fills overlap. Redrawing a settled
      // 20,000-node map: 53–55 against 62–90 ms a frame, 20–24 against 23–29 at 5,000.
      const step = g.faded ? Infinity : DENSE_FILL_NODES;
      for (let from = 0; from < g.items.length; from += step) {
        ctx.beginPath();
        traceDenseNodes(ctx, g.items.slice(from, from + step), g.shape, nodes, t, width, height);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
    return { selected, matches };
  }

  /** Rings around the selection and search hits, in world units. */
  private drawRings(frame: Frame, selected: number[], matches: number[]): void {
    const { ctx } = this;
    const { nodes, transform, theme } = frame;
    const minR = NODE_MIN_RADIUS / transform.k;
    const ring = (items: number[], color: string, gap: number, width: number) => {
      if (!items.length) return;
      ctx.beginPath();
      for (const i of items) {
        const n = nodes[i]!;
        const r = Math.max(n.radius, minR) + gap / transform.k;
        ctx.moveTo(n.x + r, n.y);
        ctx.arc(n.x, n.y, r, 0, Math.PI * 2);
      }
      ctx.strokeStyle = color;
      ctx.lineWidth = width / transform.k;
      ctx.stroke();
    };
    ring(matches, theme.match, MATCH_RING.gap, MATCH_RING.width);
    ring(selected, theme.selected, SELECTED_RING.gap, SELECTED_RING.width);
  }

  private drawLabels(frame: Frame, dense: boolean): void {
    const { ctx } = this;
    const { display, nodes, transform: t, theme, width, height } = frame;
    const candidates: LabelCandidate[] = [];
    const discs: Array<{ x: number; y: number; radius: number }> = [];
    const styled = new Map<string, { font: string; text: string }>();
    // Dense: the most important nodes on screen, in order, and no others (over a hover's faded
    // picture, the lit ones: the faded are passed over below).
    const order = dense ? this.priorityOrder(display) : null;
    const count = order ? order.length : display.nodes.length;
    for (let o = 0; o < count && !(dense && candidates.length >= DENSE_LABELS); o++) {
      const d = display.nodes[order ? order[o]! : o]!;
      if (!d.visible) continue;
      const n = nodes[d.index]!;
      const x = n.x * t.k + t.x;
      const y = n.y * t.k + t.y;
      if (x < -200 || y < -50 || x > width + 200 || y > height + 50) continue;
      if (!dense) discs.push({ x, y, radius: Math.max(n.radius * t.k, 3) + 1 });
      if (d.emphasis === 'faded' && (dense || !d.alwaysLabel)) continue;
      const font = labelFont(d, theme);
      const text = labelText(d.label);
      styled.set(d.id, { font, text });
      candidates.push({
        id: d.id,
        x,
        y,
        radius: Math.max(n.radius * t.k, 3),
        width: this.measure(font, text) + 4,
        height: theme.fontSize + 4,
        priority: d.labelPriority,
        always: d.alwaysLabel && !dense,
        first: d.labelFirst,
      });
    }
    const placed = placeLabels(candidates, { width, height }, discs);
    const drawn = new Map<string, PlacedLabel>();
    ctx.lineJoin = 'round';
    ctx.lineWidth = LABEL_HALO_WIDTH;
    ctx.strokeStyle = theme.labelHalo;
    // Indexed, as in onScreen and nodeGroups: these loops over every node run in a first frame
    // before the engine has optimised them, and there each step of a for…of allocates (0.7 MB at
    // 20,000 nodes, sampled).
    for (let i = 0; i < display.nodes.length; i++) {
      const d = display.nodes[i]!;
      const at = placed.get(d.id);
      if (!at) continue;
      const { font, text } = styled.get(d.id)!;
      this.setFont(font);
      ctx.textAlign = at.align;
      ctx.textBaseline = at.baseline;
      const alpha = labelAlpha(d.emphasis);
      ctx.globalAlpha = alpha;
      const { x, y } = labelAnchor(at);
      ctx.strokeText(text, x, y);
      ctx.fillStyle = theme.label;
      ctx.fillText(text, x, y);
      drawn.set(d.id, { x, y, align: at.align, baseline: at.baseline, text, font, alpha });
    }
    ctx.globalAlpha = 1;
    this.lastLabels = new Set(placed.keys());
    this.lastPlacement = drawn;
  }

  private priorityOrder(display: Frame['display']): Int32Array {
    let order = this.byPriority.get(display);
    if (!order) {
      order = labelOrder(display.nodes);
      this.byPriority.set(display, order);
    }
    return order;
  }

  // Setting ctx.font parses the font string every time (measured: a large share of a frame's
  // script time here), so it is set only when it changes.
  private font = '';
  private setFont(font: string): void {
    if (font === this.font) return;
    this.ctx.font = font;
    this.font = font;
  }

  private measure(font: string, text: string): number {
    const key = `${font}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      this.setFont(font);
      w = this.ctx.measureText(text).width;
      this.widths.set(key, w);
    }
    return w;
  }
}

// The loop over a group's nodes is a function of its own: inside the method, the engine compiled
// an optimised copy of the whole method for each group's loop as it ran long, and threw it away
// when that loop ended (traced at 20,000 nodes: three or four such copies in one first frame,
// 80–126 ms of compiling on the two cores the page has; 12 ms with this function).

/** A group's nodes on screen, in screen px: a square while small, else the group's shape. */
function traceDenseNodes(ctx: CanvasRenderingContext2D, items: readonly number[], shape: NodeShape, nodes: Frame['nodes'], t: Transform, width: number, height: number): void {
  for (let j = 0; j < items.length; j++) {
    const n = nodes[items[j]!]!;
    const r = Math.max(n.radius * t.k, DENSE_MIN_RADIUS);
    const x = n.x * t.k + t.x;
    const y = n.y * t.k + t.y;
    if (x < -r || y < -r || x > width + r || y > height + r) continue;
    if (r < DENSE_ROUND_RADIUS) ctx.rect(x - r, y - r, 2 * r, 2 * r);
    else tracePath(ctx, shape, x, y, r);
  }
}

/**
 * A bucket's links (node positions in pairs, every `stride`th entry) as one path in layout units,
 * less those wholly past one edge of the screen. Its own function, as traceDenseNodes is: the
 * loop inside drawLinks had the engine compile all of drawLinks again for each bucket.
 */
function traceLinks(ctx: CanvasRenderingContext2D, bucket: readonly number[], stride: number, nodes: Frame['nodes'], t: Transform, width: number, height: number): void {
  for (let i = 0; i < bucket.length; i += stride) {
    const s = nodes[bucket[i]!]!;
    const d = nodes[bucket[i + 1]!]!;
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

/** Visible nodes whose centre is on screen: what decides the dense style. */
function onScreen({ display, nodes, transform: t, width, height }: Frame): number {
  let count = 0;
  for (let i = 0; i < display.nodes.length; i++) {
    const d = display.nodes[i]!;
    if (!d.visible) continue;
    const n = nodes[d.index]!;
    const x = n.x * t.k + t.x;
    const y = n.y * t.k + t.y;
    if (x >= 0 && y >= 0 && x <= width && y <= height) ++count;
  }
  return count;
}

function indexOfId(nodes: readonly NodeDisplay[], id: string): number {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.id === id) return i;
  return -1;
}
