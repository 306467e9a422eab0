/**
 * What a frame looks like, apart from how it is drawn: the frame type, the link buckets, the
 * emphasis alphas, the figure-arrow geometry, the node groups and the label fonts. Pure (no DOM),
 * shared by the canvas renderer and the SVG-string renderer so the two draw the same picture.
 */
import type { LayoutNode } from '../layout/types.js';
import type { TaxonomyShape } from '../model/types.js';
import { LINK_EMPHASES, type Display, type Emphasis, type LinkDisplay, type NodeDisplay } from '../view/deriveDisplay.js';
import { kindStyle, type NodeShape } from '../view/kindStyle.js';
import type { RenderTheme } from './RenderTheme.js';
import type { DensePlan } from './paintDense.js';
import type { Transform } from './Transform.js';

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

/** One label as the canvas drew it: `fillText(text, x, y)` in CSS px, with this font, align, baseline and alpha. */
export interface PlacedLabel {
  x: number;
  y: number;
  align: 'left' | 'right' | 'center';
  baseline: 'top' | 'bottom' | 'middle';
  text: string;
  /** A canvas font shorthand: `"600 13px system-ui, sans-serif"`. */
  font: string;
  alpha: number;
}

// Drawing order: faded under normal under highlighted (LINK_EMPHASES); dashed under plain under
// structure.
export { LINK_EMPHASES };
export const LINK_STYLES = ['association', 'mention', 'structure'] as const;
export type LinkStyle = (typeof LINK_STYLES)[number];
export type LinkEmphasis = LinkDisplay['emphasis'];

/** Alpha of whatever belongs to a faded node or link: links, figure arrows, labels. */
export const FADED_ALPHA = 0.35;
/** Alpha of faded node fills: lower, so the emphasised part of the map stands out. */
export const FADED_NODE_ALPHA = 0.2;

/**
 * Three line styles, so the eye finds the figures: structure (a taxonomy and its parts, a survey
 * and its taxonomy) thicker, what a text mentions plain, stated associations dashed.
 */
export function linkStyleOf(kind: string): LinkStyle {
  if (kind === 'has-part' || kind === 'defines') return 'structure';
  if (kind === 'related' || kind === 'similar') return 'association';
  return 'mention';
}

export function linkAlpha(emphasis: LinkEmphasis): number {
  return emphasis === 'faded' ? FADED_ALPHA : 1;
}

export function linkColor(style: LinkStyle, emphasis: LinkEmphasis, theme: RenderTheme): string {
  return emphasis === 'highlight' ? theme.linkHighlight : style === 'structure' ? theme.linkStructure : theme.link;
}

/** Line width in screen px (divide by the zoom to draw in world space). */
export function linkWidth(style: LinkStyle, emphasis: LinkEmphasis): number {
  return (style === 'structure' ? 1.8 : 1) * (emphasis === 'highlight' ? 1.8 : 1);
}

/** Dash pattern in screen px; empty for solid lines. */
export function linkDash(style: LinkStyle): readonly number[] {
  return style === 'association' ? [4, 3] : [];
}

/**
 * Sorts the visible links into (emphasis, style) buckets, in drawing order (`LINK_EMPHASES` major,
 * `LINK_STYLES` minor): each bucket holds [source, target, …] node positions and is one stroke.
 * Pass `out` to reuse arrays between frames.
 */
export function linkBuckets(display: Display, out: number[][] = []): number[][] {
  const count = LINK_EMPHASES.length * LINK_STYLES.length;
  for (let i = 0; i < count; i++) {
    if (out[i]) out[i]!.length = 0;
    else out[i] = [];
  }
  out.length = count;
  const { linkVisible, linkEmphasis, linkSource, linkTarget } = display;
  const styles = styleCodes(display.linkKinds);
  for (let i = 0; i < linkVisible.length; i++) {
    if (linkVisible[i] !== 1) continue;
    out[linkEmphasis[i]! * LINK_STYLES.length + styles[i]!]!.push(linkSource[i]!, linkTarget[i]!);
  }
  return out;
}

// Each link's style as a position in LINK_STYLES, once per graph (the kinds array is the index's).
const styleCache = new WeakMap<readonly string[], Uint8Array>();
function styleCodes(kinds: readonly string[]): Uint8Array {
  let codes = styleCache.get(kinds);
  if (!codes) {
    codes = new Uint8Array(kinds.length);
    for (let i = 0; i < kinds.length; i++) codes[i] = LINK_STYLES.indexOf(linkStyleOf(kinds[i]!));
    styleCache.set(kinds, codes);
  }
  return codes;
}

/** Figure arrows: structure colour, this width in screen px. */
export const FIGURE_WIDTH = 1.8;

/** Arrowhead length in world units: it shrinks with the map when zoomed out, so small figures do not drown in them. */
export function arrowHead(k: number): number {
  return Math.min(8, Math.max(3, 8 * k)) / k;
}

export function figureAlpha(a: NodeDisplay, b: NodeDisplay): number {
  return a.emphasis === 'faded' || b.emphasis === 'faded' ? FADED_ALPHA : 1;
}

/** One arrow of a taxonomy figure, in world units. */
export interface FigureArrow {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The control point of a cycle's bow (a quadratic curve); absent for straight arrows. */
  control: { x: number; y: number } | null;
  /** The arrowhead triangle: its tip (x1, y1) and the two back corners. */
  head: readonly [number, number, number, number, number, number];
}

/**
 * From rim to rim, with the arrowhead just short of the next part; null when the parts are too
 * close for an arrow. `head` is `arrowHead(k)`.
 */
export function figureArrow(s: LayoutNode, t: LayoutNode, shape: TaxonomyShape, k: number, head: number): FigureArrow | null {
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len = Math.hypot(dx, dy);
  if (len < s.radius + t.radius + head * 2) return null;
  const ux = dx / len;
  const uy = dy / len;
  const x0 = s.x + ux * (s.radius + 3 / k);
  const y0 = s.y + uy * (s.radius + 3 / k);
  const x1 = t.x - ux * (t.radius + 4 / k);
  const y1 = t.y - uy * (t.radius + 4 / k);
  let control: FigureArrow['control'] = null;
  if (shape === 'cycle') {
    // Bow outward a little, so the loop reads as a ring rather than a polygon.
    // Parts run clockwise on screen, so the outward side is to the left of travel: (uy, -ux).
    const bow = len * 0.18;
    control = { x: (x0 + x1) / 2 + uy * bow, y: (y0 + y1) / 2 - ux * bow };
  }
  // Arrowhead along the final direction of travel.
  const [hx, hy] = shape === 'cycle' ? unit(x1 - ((x0 + x1) / 2 + uy * len * 0.18), y1 - ((y0 + y1) / 2 - ux * len * 0.18)) : [ux, uy];
  return {
    x0,
    y0,
    x1,
    y1,
    control,
    head: [
      x1,
      y1,
      x1 - hx * head - hy * head * 0.55,
      y1 - hy * head + hx * head * 0.55,
      x1 - hx * head + hy * head * 0.55,
      y1 - hy * head - hx * head * 0.55,
    ],
  };
}

function unit(x: number, y: number): [number, number] {
  const l = Math.hypot(x, y) || 1;
  return [x / l, y / l];
}

export function nodeColor(kind: string, theme: RenderTheme): string {
  const style = kindStyle(kind);
  return theme.kindColors.get(kind) ?? (theme.dark ? style.dark : style.light);
}

/** Nodes of one kind and emphasis (faded or not), filled as one path. */
export interface NodeGroup {
  kind: string;
  shape: NodeShape;
  color: string;
  faded: boolean;
  alpha: number;
  /** Node positions in `display.nodes`. */
  items: number[];
}

/** Node outlines: halo-coloured, this width in screen px; nodes never drawn smaller than `NODE_MIN_RADIUS` screen px. */
export const NODE_STROKE_WIDTH = 1.5;
export const NODE_MIN_RADIUS = 3;
/** Rings around search hits and the selection: gap from the node and line width, screen px. */
export const MATCH_RING = { gap: 3, width: 2.5 } as const;
export const SELECTED_RING = { gap: 3.5, width: 3 } as const;

/**
 * The visible nodes in drawing order: groups per (faded, kind), faded first so emphasised nodes
 * sit on top, then the nodes that get a selection ring and those that get a match ring.
 */
export function nodeGroups(display: Display, theme: RenderTheme): { groups: NodeGroup[]; selected: number[]; matches: number[] } {
  // One map per fading, keyed by kind: no key string to build per node (20,000 of them a frame).
  const byFade = [new Map<string, NodeGroup>(), new Map<string, NodeGroup>()] as const;
  const selected: number[] = [];
  const matches: number[] = [];
  for (let i = 0; i < display.nodes.length; i++) {
    const d = display.nodes[i]!;
    if (!d.visible) continue;
    const faded = d.emphasis === 'faded';
    const groups = byFade[faded ? 0 : 1];
    let g = groups.get(d.kind);
    if (!g) {
      g = { kind: d.kind, shape: kindStyle(d.kind).shape, color: nodeColor(d.kind, theme), faded, alpha: nodeAlpha(faded), items: [] };
      groups.set(d.kind, g);
    }
    g.items.push(d.index);
    if (d.emphasis === 'selected') selected.push(d.index);
    else if (d.match) matches.push(d.index);
  }
  const byKind = (a: NodeGroup, b: NodeGroup) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
  return { groups: [...[...byFade[0].values()].sort(byKind), ...[...byFade[1].values()].sort(byKind)], selected, matches };
}

export function nodeAlpha(faded: boolean): number {
  return faded ? FADED_NODE_ALPHA : 1;
}

// Links drawn at most in the dense style: beyond it every m-th link (by document order, so the
// same ones from frame to frame) and all links of the selection.
const DENSE_LINKS = 8000;
const DENSE_LINK_ALPHA = 0.55;

/**
 * A frame in the dense style (`CanvasRenderer`) as a plan for `paintDense`: links are hairlines,
 * solid, thinned to DENSE_LINKS, but for the lit ones, which keep their width and dash; nodes are
 * filled without outline. `out` is reused for the link buckets.
 */
export function densePlan(display: Display, theme: RenderTheme, out?: number[][]): DensePlan {
  const buckets = linkBuckets(display, out);
  let count = 0;
  for (const b of buckets) count += b.length / 2;
  const thin = 2 * Math.max(1, Math.ceil(count / DENSE_LINKS));
  const links: DensePlan['links'] = [];
  for (let e = 0; e < LINK_EMPHASES.length; e++) {
    for (let st = 0; st < LINK_STYLES.length; st++) {
      const pairs = buckets[e * LINK_STYLES.length + st]!;
      if (!pairs.length) continue;
      const style = LINK_STYLES[st]!;
      const emphasis = LINK_EMPHASES[e]!;
      const hairline = emphasis !== 'highlight';
      links.push({
        pairs,
        stride: hairline ? thin : 2,
        color: linkColor(style, emphasis, theme),
        alpha: linkAlpha(emphasis) * (hairline ? DENSE_LINK_ALPHA : 1),
        width: hairline ? 0 : linkWidth(style, emphasis),
        dash: hairline ? [] : linkDash(style),
        faded: emphasis === 'faded',
      });
    }
  }
  return { links, ...nodeGroups(display, theme) };
}

/** Labels: longer ones are cut with an ellipsis. */
export const MAX_LABEL_CHARS = 42;
/** The halo under each label, screen px. */
export const LABEL_HALO_WIDTH = 3.5;

export function labelFont(d: NodeDisplay, theme: RenderTheme): string {
  const weight = d.kind === 'taxonomy' ? 700 : d.kind === 'paper' || d.emphasis === 'selected' ? 600 : 500;
  const size = d.kind === 'taxonomy' ? theme.fontSize + 2 : d.kind === 'paper' ? theme.fontSize + 1 : theme.fontSize;
  return `${weight} ${size}px ${theme.fontFamily}`;
}

export function labelText(label: string): string {
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : label;
}

export function labelAlpha(emphasis: Emphasis): number {
  return emphasis === 'faded' ? FADED_ALPHA : 1;
}

/** Where the text goes for a placement: 2 px of air away from the anchor, on the side it runs to. */
export function labelAnchor(at: { x: number; y: number; align: PlacedLabel['align']; baseline: PlacedLabel['baseline'] }): { x: number; y: number } {
  const x = at.align === 'left' ? at.x + 2 : at.align === 'right' ? at.x - 2 : at.x;
  const y = at.baseline === 'top' ? at.y + 2 : at.baseline === 'bottom' ? at.y - 2 : at.y;
  return { x, y };
}
