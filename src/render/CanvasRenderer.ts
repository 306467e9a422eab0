import type { LayoutNode } from '../layout/types.js';
import type { Display, NodeDisplay } from '../view/deriveDisplay.js';
import { kindStyle, type NodeShape } from '../view/kindStyle.js';
import { placeLabels, type LabelCandidate } from '../view/placeLabels.js';
import type { RenderTheme } from './RenderTheme.js';
import type { Transform } from './Transform.js';
import { tracePath } from './tracePath.js';

export interface Frame {
  /** CSS pixels. */
  width: number;
  height: number;
  /** Layout datums, in the same order as `display.nodes`. */
  nodes: readonly LayoutNode[];
  display: Display;
  transform: Transform;
  theme: RenderTheme;
  /** The keyboard cursor, drawn with a focus ring while the canvas has focus. */
  focusId: string | null;
  showFocus: boolean;
}

const MAX_LABEL_CHARS = 42;

// Drawing order: faded under normal under highlighted; dashed under plain under structure.
const EMPHASES = ['faded', 'normal', 'highlight'] as const;
const LINK_STYLES = ['association', 'mention', 'structure'] as const;
type LinkStyle = (typeof LINK_STYLES)[number];

function linkStyleOf(kind: string): LinkStyle {
  if (kind === 'has-part' || kind === 'defines') return 'structure';
  if (kind === 'related' || kind === 'similar') return 'association';
  return 'mention';
}

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
  private readonly linkBuckets: number[][] = Array.from({ length: 9 }, () => []);
  /** Label ids drawn in the last frame; tests and the outline read it. */
  lastLabels: ReadonlySet<string> = new Set();

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
    // Three line styles, so the eye finds the figures: structure (a taxonomy and its parts, a
    // survey and its taxonomy) thicker, what a text mentions plain, stated associations dashed.
    // One pass sorts the links into (emphasis, style) buckets; each bucket is one stroke.
    const buckets = this.linkBuckets;
    for (const bucket of buckets) bucket.length = 0;
    for (const l of display.links) {
      if (!l.visible) continue;
      buckets[EMPHASES.indexOf(l.emphasis) * LINK_STYLES.length + LINK_STYLES.indexOf(linkStyleOf(l.kind))]!.push(l.source, l.target);
    }
    for (let e = 0; e < EMPHASES.length; e++) {
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
        const highlight = EMPHASES[e] === 'highlight';
        ctx.globalAlpha = EMPHASES[e] === 'faded' ? 0.35 : 1;
        ctx.strokeStyle = highlight ? theme.linkHighlight : style === 'structure' ? theme.linkStructure : theme.link;
        ctx.lineWidth = ((style === 'structure' ? 1.8 : 1) * (highlight ? 1.8 : 1)) / transform.k;
        ctx.setLineDash(style === 'association' ? [4 / transform.k, 3 / transform.k] : []);
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
    // Arrowheads shrink with the map when zoomed out, so small figures do not drown in them.
    const head = Math.min(8, Math.max(3, 8 * k)) / k;
    ctx.strokeStyle = theme.linkStructure;
    ctx.fillStyle = theme.linkStructure;
    ctx.lineWidth = 1.8 / k;
    for (const e of display.figures) {
      const a = display.nodes[e.from];
      const b = display.nodes[e.to];
      if (!a?.visible || !b?.visible) continue;
      ctx.globalAlpha = a.emphasis === 'faded' || b.emphasis === 'faded' ? 0.35 : 1;
      const s = nodes[e.from]!;
      const t = nodes[e.to]!;
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const len = Math.hypot(dx, dy);
      if (len < s.radius + t.radius + head * 2) continue;
      const ux = dx / len;
      const uy = dy / len;
      // From rim to rim, with the arrowhead just short of the next part.
      const x0 = s.x + ux * (s.radius + 3 / k);
      const y0 = s.y + uy * (s.radius + 3 / k);
      const x1 = t.x - ux * (t.radius + 4 / k);
      const y1 = t.y - uy * (t.radius + 4 / k);
      ctx.beginPath();
      if (e.shape === 'cycle') {
        // Bow outward a little, so the loop reads as a ring rather than a polygon.
        // Parts run clockwise on screen, so the outward side is to the left of travel: (uy, -ux).
        const bow = len * 0.18;
        ctx.moveTo(x0, y0);
        ctx.quadraticCurveTo((x0 + x1) / 2 + uy * bow, (y0 + y1) / 2 - ux * bow, x1, y1);
      } else {
        ctx.moveTo(x0, y0);
        ctx.lineTo(x1, y1);
      }
      ctx.stroke();
      // Arrowhead along the final direction of travel.
      const [hx, hy] = e.shape === 'cycle' ? unit(x1 - ((x0 + x1) / 2 + uy * len * 0.18), y1 - ((y0 + y1) / 2 - ux * len * 0.18)) : [ux, uy];
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1 - hx * head - hy * head * 0.55, y1 - hy * head + hx * head * 0.55);
      ctx.lineTo(x1 - hx * head + hy * head * 0.55, y1 - hy * head - hx * head * 0.55);
      ctx.closePath();
      ctx.fill();
    }
    ctx.globalAlpha = 1;
  }

  private drawNodes({ display, nodes, transform, theme }: Frame): void {
    const { ctx } = this;
    // Faded first so emphasised nodes sit on top.
    const groups = new Map<string, { shape: NodeShape; color: string; faded: boolean; items: number[] }>();
    const rings: number[] = [];
    const matches: number[] = [];
    for (const d of display.nodes) {
      if (!d.visible) continue;
      const faded = d.emphasis === 'faded';
      const key = `${faded ? 0 : 1}|${d.kind}`;
      let g = groups.get(key);
      if (!g) {
        const style = kindStyle(d.kind);
        const color = theme.kindColors.get(d.kind) ?? (theme.dark ? style.dark : style.light);
        g = { shape: style.shape, color, faded, items: [] };
        groups.set(key, g);
      }
      g.items.push(d.index);
      if (d.emphasis === 'selected') rings.push(d.index);
      else if (d.match) matches.push(d.index);
    }
    const minR = 3 / transform.k;
    const ordered = [...groups.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    ctx.lineWidth = 1.5 / transform.k;
    ctx.strokeStyle = theme.labelHalo;
    for (const [, g] of ordered) {
      ctx.beginPath();
      for (const i of g.items) {
        const n = nodes[i]!;
        tracePath(ctx, g.shape, n.x, n.y, Math.max(n.radius, minR));
      }
      ctx.globalAlpha = g.faded ? 0.2 : 1;
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
    ring(matches, theme.match, 3, 2.5);
    ring(rings, theme.selected, 3.5, 3);
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
      const font = fontFor(d, theme);
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
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = theme.labelHalo;
    for (const d of display.nodes) {
      const at = placed.get(d.id);
      if (!at) continue;
      const { font, text } = styled.get(d.id)!;
      this.setFont(font);
      ctx.textAlign = at.align;
      ctx.textBaseline = at.baseline;
      ctx.globalAlpha = d.emphasis === 'faded' ? 0.35 : 1;
      const x = at.align === 'left' ? at.x + 2 : at.align === 'right' ? at.x - 2 : at.x;
      const y = at.baseline === 'top' ? at.y + 2 : at.baseline === 'bottom' ? at.y - 2 : at.y;
      ctx.strokeText(text, x, y);
      ctx.fillStyle = theme.label;
      ctx.fillText(text, x, y);
    }
    ctx.globalAlpha = 1;
    this.lastLabels = new Set(placed.keys());
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

function unit(x: number, y: number): [number, number] {
  const l = Math.hypot(x, y) || 1;
  return [x / l, y / l];
}

function fontFor(d: NodeDisplay, theme: RenderTheme): string {
  const weight = d.kind === 'taxonomy' ? 700 : d.kind === 'paper' || d.emphasis === 'selected' ? 600 : 500;
  const size = d.kind === 'taxonomy' ? theme.fontSize + 2 : d.kind === 'paper' ? theme.fontSize + 1 : theme.fontSize;
  return `${weight} ${size}px ${theme.fontFamily}`;
}

function labelText(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : label;
}

function indexOfId(nodes: readonly NodeDisplay[], id: string): number {
  for (let i = 0; i < nodes.length; i++) if (nodes[i]!.id === id) return i;
  return -1;
}
