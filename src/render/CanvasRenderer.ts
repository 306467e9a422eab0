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
  densePlan,
  nodeGroups,
  type Frame,
  type PlacedLabel,
} from './frameStyle.js';
import { tracePath } from './tracePath.js';
import { paintDense, traceLinks, type DensePlan, type PaintView } from './paintDense.js';
import type { Transform } from './Transform.js';

export type { Frame, PlacedLabel } from './frameStyle.js';

/** Links and nodes the layout worker painted (`paintDense`), from `plan` with camera `view`. */
export interface Picture {
  image: CanvasImageSource;
  view: Transform;
  plan: DensePlan;
}

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
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.drawMoved(snap.canvas, snap.transform, transform, alpha);
    return true;
  }

  /** A picture of the whole canvas taken with camera `from`, moved and scaled to camera `to`. */
  private drawMoved(image: CanvasImageSource, from: Transform, to: Transform, alpha: number): void {
    const { ctx, dpr } = this;
    const s = to.k / from.k;
    ctx.setTransform(s, 0, 0, s, dpr * (to.x - from.x * s), dpr * (to.y - from.y * s));
    ctx.globalAlpha = alpha;
    ctx.drawImage(image, 0, 0);
    ctx.globalAlpha = 1;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
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
    const plan = this.densePlan(frame);
    paintDense(this.ctx, plan, frame.nodes, this.view(frame), true);
    this.drawOver(frame, true, plan);
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

  /**
   * `dense` forces the style either way (the warm-up draws both on a small made-up map).
   * `picture` is the frame's links and nodes painted already from `plan` with camera `view`, by
   * the layout worker: what `paintDense` would paint, moved to this frame's camera.
   */
  draw(frame: Frame, dense = this.isDense(frame), picture: Picture | null = null): void {
    const { ctx, dpr } = this;
    const { transform: t, display } = frame;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.lastDense = dense;
    let plan = picture?.plan;
    if (picture) this.drawMoved(picture.image, picture.view, t, 1);
    else if (dense) paintDense(ctx, (plan = this.densePlan(frame)), frame.nodes, this.view(frame));
    else {
      ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
      this.drawLinks(frame);
      this.drawFigures(frame);
      this.drawNodes(frame);
    }
    this.drawOver(frame, dense, plan);
    // A dense frame replaces the snapshot; any other leaves nothing to move (it is cheap to draw).
    this.snapshot = null;
    this.unkept = dense ? { transform: { ...t }, calm: !display.nodes.some((d) => d.emphasis === 'faded' || d.emphasis === 'highlight') } : null;
  }

  /**
   * What goes over the links and nodes: in the dense style the figures and rings (over the nodes
   * there, as the layout worker's picture has the nodes), then labels and the focus ring.
   */
  private drawOver(frame: Frame, dense: boolean, plan?: DensePlan): void {
    const { ctx, dpr } = this;
    const { transform: t, display, nodes, theme } = frame;
    if (plan) {
      ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
      this.drawFigures(frame);
      this.drawRings(frame, plan.selected, plan.matches);
    }
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
  }

  /** Whether a frame is drawn in the dense style: more than DENSE_NODES visible nodes on screen. */
  isDense(frame: Frame): boolean {
    return onScreen(frame) > DENSE_NODES;
  }

  /** The frame's links and nodes in the dense style, for `paintDense` here or in the layout worker. */
  densePlan(frame: Frame): DensePlan {
    const plan = densePlan(frame.display, frame.theme, this.linkBuckets);
    // Colours as this page resolves them: in the layout worker, which paints from the plan, system
    // colours (forced colours, High Contrast) are their defaults, whatever the page's scheme.
    for (const p of [...plan.links, ...plan.groups]) {
      this.ctx.fillStyle = p.color;
      p.color = this.ctx.fillStyle as string;
    }
    return plan;
  }

  /** The camera and canvas of a frame, as `paintDense` takes them. */
  view({ transform, width, height }: Frame): PaintView {
    return { ...transform, width, height, dpr: this.dpr };
  }

  /** All links, in world units: each (emphasis, style) bucket is one stroke. */
  private drawLinks({ display, nodes, transform, theme, width, height }: Frame): void {
    const { ctx } = this;
    const k = transform.k;
    const buckets = linkBuckets(display, this.linkBuckets);
    for (let e = 0; e < LINK_EMPHASES.length; e++) {
      for (let st = 0; st < LINK_STYLES.length; st++) {
        const bucket = buckets[e * LINK_STYLES.length + st]!;
        if (!bucket.length) continue;
        ctx.beginPath();
        traceLinks(ctx, bucket, 2, nodes, transform, width, height);
        const style = LINK_STYLES[st]!;
        const emphasis = LINK_EMPHASES[e]!;
        ctx.globalAlpha = linkAlpha(emphasis);
        ctx.strokeStyle = linkColor(style, emphasis, theme);
        ctx.lineWidth = linkWidth(style, emphasis) / k;
        ctx.setLineDash(linkDash(style).map((v) => v / k));
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
      ctx.globalAlpha = g.alpha;
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
