import type { NodeDisplay } from '../view/deriveDisplay.js';
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

export type { Frame, PlacedLabel } from './frameStyle.js';

/**
 * Draws a frame onto a canvas and owns no state but caches (text widths). Nodes of one kind and
 * emphasis are traced into one path and filled once; labels are placed in screen space so they
 * keep one size at every zoom and never overlap.
 */
export class CanvasRenderer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private dpr = 1;
  private readonly widths = new Map<string, number>();
  /** Reused between frames: [source, target, …] per (emphasis, style). */
  private readonly linkBuckets: number[][] = [];
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

  /** Sizes the backing store for the device pixel ratio so lines and text stay sharp on HiDPI screens. */
  resize(width: number, height: number, dpr: number): void {
    this.dpr = dpr;
    const w = Math.max(1, Math.round(width * dpr));
    const h = Math.max(1, Math.round(height * dpr));
    if (this.canvas.width === w && this.canvas.height === h) return;
    this.canvas.width = w;
    this.canvas.height = h;
    // Resizing a canvas resets its context, font included.
    this.font = '';
  }

  clear(): void {
    this.ctx.setTransform(1, 0, 0, 1, 0, 0);
    this.ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.lastLabels = new Set();
    this.lastPlacement = new Map();
  }

  draw(frame: Frame): void {
    const { ctx, dpr } = this;
    const { transform: t, display, nodes, theme } = frame;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);

    this.drawLinks(frame);
    this.drawFigures(frame);
    this.drawNodes(frame);

    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    this.drawLabels(frame);
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

  private drawLinks({ display, nodes, transform, theme }: Frame): void {
    const { ctx } = this;
    // One pass sorts the links into (emphasis, style) buckets; each bucket is one stroke.
    const buckets = linkBuckets(display, this.linkBuckets);
    for (let e = 0; e < LINK_EMPHASES.length; e++) {
      for (let st = 0; st < LINK_STYLES.length; st++) {
        const bucket = buckets[e * LINK_STYLES.length + st]!;
        if (!bucket.length) continue;
        ctx.beginPath();
        for (let i = 0; i < bucket.length; i += 2) {
          const s = nodes[bucket[i]!]!;
          const d = nodes[bucket[i + 1]!]!;
          ctx.moveTo(s.x, s.y);
          ctx.lineTo(d.x, d.y);
        }
        const style = LINK_STYLES[st]!;
        const emphasis = LINK_EMPHASES[e]!;
        ctx.globalAlpha = linkAlpha(emphasis);
        ctx.strokeStyle = linkColor(style, emphasis, theme);
        ctx.lineWidth = linkWidth(style, emphasis) / transform.k;
        ctx.setLineDash(linkDash(style).map((v) => v / transform.k));
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

  private drawNodes({ display, nodes, transform, theme }: Frame): void {
    const { ctx } = this;
    // Faded first so emphasised nodes sit on top.
    const { groups, selected, matches } = nodeGroups(display, theme);
    const minR = NODE_MIN_RADIUS / transform.k;
    ctx.lineWidth = NODE_STROKE_WIDTH / transform.k;
    ctx.strokeStyle = theme.labelHalo;
    for (const g of groups) {
      ctx.beginPath();
      for (const i of g.items) {
        const n = nodes[i]!;
        tracePath(ctx, g.shape, n.x, n.y, Math.max(n.radius, minR));
      }
      ctx.globalAlpha = nodeAlpha(g.faded);
      ctx.fillStyle = g.color;
      ctx.fill();
      ctx.stroke();
    }
    ctx.globalAlpha = 1;
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

  private drawLabels(frame: Frame): void {
    const { ctx } = this;
    const { display, nodes, transform: t, theme, width, height } = frame;
    const candidates: LabelCandidate[] = [];
    const discs: Array<{ x: number; y: number; radius: number }> = [];
    const styled = new Map<string, { font: string; text: string }>();
    for (const d of display.nodes) {
      if (!d.visible) continue;
      const n = nodes[d.index]!;
      const x = n.x * t.k + t.x;
      const y = n.y * t.k + t.y;
      if (x < -200 || y < -50 || x > width + 200 || y > height + 50) continue;
      discs.push({ x, y, radius: Math.max(n.radius * t.k, 3) + 1 });
      if (d.emphasis === 'faded' && !d.alwaysLabel) continue;
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
        always: d.alwaysLabel,
        first: d.labelFirst,
      });
    }
    const placed = placeLabels(candidates, { width, height }, discs);
    const drawn = new Map<string, PlacedLabel>();
    ctx.lineJoin = 'round';
    ctx.lineWidth = LABEL_HALO_WIDTH;
    ctx.strokeStyle = theme.labelHalo;
    for (const d of display.nodes) {
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

function indexOfId(nodes: readonly NodeDisplay[], id: string): number {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.id === id) return i;
  return -1;
}
