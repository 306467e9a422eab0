/**
 * The current view as a standalone SVG document: the same links, figure arrows, nodes and labels
 * the canvas drew (the labels exactly where `CanvasRenderer.lastPlacement` says they went), plus a
 * title, a legend and a tour caption for slides. Pure: a string from data, no DOM.
 */
import type { NodeShape } from '../view/kindStyle.js';
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
import { fmt, SvgPath } from './svgPath.js';
import { tracePath } from './tracePath.js';

export interface SvgExtras {
  /** The map's title, drawn top-left and as the document's <title>. */
  title?: string;
  /** A tour step's caption, drawn in a band at the bottom. */
  caption?: string;
  /** E.g. "3 / 7", drawn at the bottom right. */
  step?: string;
  /** Drawn top-right, one row per kind. */
  legend: { label: string; color: string; shape: NodeShape; count: number }[];
}

/** Approximate advance of one character, as a share of the font size (for wrapping and box sizes). */
const CHAR_WIDTH = 0.55;
/** Space between the frame's edge and the title, legend and caption text, px. */
const MARGIN = 16;

export function renderSvg(frame: Frame, labels: ReadonlyMap<string, PlacedLabel>, extras: SvgExtras): string {
  const { theme } = frame;
  const W = fmt(frame.width);
  const H = fmt(frame.height);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(theme.fontFamily)}">`,
  );
  const title = oneLine(extras.title ?? '');
  if (title) out.push(`<title>${esc(title)}</title>`);
  out.push(`<rect class="cm-background" width="${W}" height="${H}" ${paint('fill', theme.background)}/>`);
  const t = frame.transform;
  out.push(`<g class="cm-map" transform="matrix(${precise(t.k)} 0 0 ${precise(t.k)} ${fmt(t.x)} ${fmt(t.y)})">`);
  links(frame, out);
  figures(frame, out);
  nodes(frame, out);
  out.push('</g>');
  placedLabels(frame, labels, out);
  const legendWidth = legend(frame, extras.legend, out);
  if (title) titleText(frame, title, legendWidth, out);
  caption(frame, oneLine(extras.caption ?? '', true), oneLine(extras.step ?? ''), out);
  out.push('</svg>');
  return out.join('\n');
}

function links({ display, nodes, transform, theme }: Frame, out: string[]): void {
  const k = transform.k;
  const buckets = linkBuckets(display);
  out.push('<g class="cm-links" fill="none">');
  for (let e = 0; e < LINK_EMPHASES.length; e++) {
    for (let st = 0; st < LINK_STYLES.length; st++) {
      const bucket = buckets[e * LINK_STYLES.length + st]!;
      if (!bucket.length) continue;
      const path = new SvgPath();
      for (let i = 0; i < bucket.length; i += 2) {
        const s = nodes[bucket[i]!]!;
        const d = nodes[bucket[i + 1]!]!;
        path.moveTo(s.x, s.y);
        path.lineTo(d.x, d.y);
      }
      const style = LINK_STYLES[st]!;
      const emphasis = LINK_EMPHASES[e]!;
      const dash = linkDash(style);
      out.push(
        `<path class="cm-link-${style} cm-${emphasis}" d="${path.d}" ${paint('stroke', linkColor(style, emphasis, theme), linkAlpha(emphasis))}` +
          ` stroke-width="${precise(linkWidth(style, emphasis) / k)}"` +
          (dash.length ? ` stroke-dasharray="${dash.map((v) => precise(v / k)).join(' ')}"` : '') +
          '/>',
      );
    }
  }
  out.push('</g>');
}

function figures({ display, nodes, transform, theme }: Frame, out: string[]): void {
  const k = transform.k;
  const head = arrowHead(k);
  const drawn: string[] = [];
  for (const e of display.figures) {
    const a = display.nodes[e.from];
    const b = display.nodes[e.to];
    if (!a?.visible || !b?.visible) continue;
    const arrow = figureArrow(nodes[e.from]!, nodes[e.to]!, e.shape, k, head);
    if (!arrow) continue;
    const alpha = figureAlpha(a, b);
    const line = new SvgPath();
    line.moveTo(arrow.x0, arrow.y0);
    if (arrow.control) line.quadraticCurveTo(arrow.control.x, arrow.control.y, arrow.x1, arrow.y1);
    else line.lineTo(arrow.x1, arrow.y1);
    const h = arrow.head;
    const tip = new SvgPath();
    tip.moveTo(h[0], h[1]);
    tip.lineTo(h[2], h[3]);
    tip.lineTo(h[4], h[5]);
    tip.closePath();
    drawn.push(`<path d="${line.d}" fill="none" ${paint('stroke', theme.linkStructure, alpha)}/>`);
    drawn.push(`<path d="${tip.d}" stroke="none" ${paint('fill', theme.linkStructure, alpha)}/>`);
  }
  if (!drawn.length) return;
  out.push(`<g class="cm-figures" stroke-width="${precise(FIGURE_WIDTH / k)}">`, ...drawn, '</g>');
}

function nodes({ display, nodes: datums, transform, theme }: Frame, out: string[]): void {
  const k = transform.k;
  const minR = NODE_MIN_RADIUS / k;
  const { groups, selected, matches } = nodeGroups(display, theme);
  out.push(`<g class="cm-nodes" stroke-width="${precise(NODE_STROKE_WIDTH / k)}">`);
  for (const g of groups) {
    const path = new SvgPath();
    for (const i of g.items) {
      const n = datums[i]!;
      tracePath(path, g.shape, n.x, n.y, Math.max(n.radius, minR));
    }
    const alpha = nodeAlpha(g.faded);
    out.push(
      `<path data-kind="${esc(g.kind)}"${g.faded ? ' class="cm-faded"' : ''} d="${path.d}" ${paint('fill', g.color, alpha)} ${paint('stroke', theme.labelHalo, alpha)}/>`,
    );
  }
  const ring = (items: number[], cls: string, color: string, gap: number, width: number) => {
    if (!items.length) return;
    const path = new SvgPath();
    for (const i of items) {
      const n = datums[i]!;
      const r = Math.max(n.radius, minR) + gap / k;
      path.moveTo(n.x + r, n.y);
      path.arc(n.x, n.y, r, 0, Math.PI * 2);
    }
    out.push(`<path class="${cls}" d="${path.d}" fill="none" ${paint('stroke', color)} stroke-width="${precise(width / k)}"/>`);
  };
  ring(matches, 'cm-match', theme.match, MATCH_RING.gap, MATCH_RING.width);
  ring(selected, 'cm-selected', theme.selected, SELECTED_RING.gap, SELECTED_RING.width);
  out.push('</g>');
}

const ANCHOR: Readonly<Record<PlacedLabel['align'], string>> = { left: 'start', right: 'end', center: 'middle' };
// SVG has no em-box top or bottom that every viewer knows: these are the nearest portable baselines.
const BASELINE: Readonly<Record<PlacedLabel['baseline'], string>> = { top: 'hanging', bottom: 'text-after-edge', middle: 'central' };

function placedLabels({ theme }: Frame, labels: ReadonlyMap<string, PlacedLabel>, out: string[]): void {
  if (!labels.size) return;
  out.push('<g class="cm-labels">');
  for (const [id, l] of labels) {
    const font = parseFont(l.font);
    out.push(
      `<text data-id="${esc(id)}" x="${fmt(l.x)}" y="${fmt(l.y)}" text-anchor="${ANCHOR[l.align]}" dominant-baseline="${BASELINE[l.baseline]}"` +
        fontAttrs(font) +
        ` ${paint('fill', theme.label, l.alpha)} ${paint('stroke', theme.labelHalo, l.alpha)} paint-order="stroke" stroke-width="${LABEL_HALO_WIDTH}" stroke-linejoin="round">` +
        `${esc(l.text)}</text>`,
    );
  }
  out.push('</g>');
}

/** The legend box, top-right; returns its width (0 when there is none). */
function legend({ width, theme }: Frame, entries: SvgExtras['legend'], out: string[]): number {
  if (!entries.length) return 0;
  const size = Math.max(13, theme.fontSize + 1);
  const row = Math.round(size * 1.75);
  const pad = 12;
  const r = size * 0.45;
  const labelChars = Math.max(...entries.map((e) => oneLine(e.label).length));
  const countChars = Math.max(...entries.map((e) => String(e.count).length));
  const textX = pad + r * 2 + 10;
  const countRight = textX + labelChars * size * CHAR_WIDTH + 14 + countChars * size * CHAR_WIDTH;
  const boxW = Math.min(Math.ceil(countRight + pad), Math.max(width - MARGIN * 2, 0));
  const boxH = pad * 2 + row * entries.length - (row - size * 1.2);
  const x0 = width - MARGIN - boxW;
  const y0 = MARGIN;
  out.push(`<g class="cm-legend" transform="translate(${fmt(x0)} ${fmt(y0)})" font-size="${fmt(size)}">`);
  out.push(
    `<rect width="${fmt(boxW)}" height="${fmt(boxH)}" rx="8" ${paint('fill', theme.background, 0.92)} ${paint('stroke', theme.link)} stroke-width="1"/>`,
  );
  entries.forEach((e, i) => {
    const cy = pad + size * 0.6 + i * row;
    const shape = new SvgPath();
    tracePath(shape, e.shape, pad + r, cy, r);
    out.push(
      `<g class="cm-legend-entry"><path d="${shape.d}" ${paint('fill', e.color)}/>` +
        `<text x="${fmt(textX)}" y="${fmt(cy)}" dominant-baseline="central" ${paint('fill', theme.label)}>${esc(oneLine(e.label))}</text>` +
        `<text x="${fmt(boxW - pad)}" y="${fmt(cy)}" dominant-baseline="central" text-anchor="end" ${paint('fill', theme.label, 0.65)}>${esc(String(e.count))}</text></g>`,
    );
  });
  out.push('</g>');
  return boxW;
}

function titleText({ width, theme }: Frame, title: string, legendWidth: number, out: string[]): void {
  const size = Math.max(20, theme.fontSize + 8);
  const room = width - MARGIN * 2 - (legendWidth ? legendWidth + MARGIN : 0);
  const text = ellipsize(title, Math.max(4, Math.floor(room / (size * CHAR_WIDTH))));
  out.push(
    `<text class="cm-title" x="${MARGIN}" y="${fmt(MARGIN + size * 0.9)}" font-size="${size}" font-weight="700" ${paint('fill', theme.label)}` +
      ` ${paint('stroke', theme.labelHalo)} stroke-width="4" stroke-linejoin="round" paint-order="stroke">${esc(text)}</text>`,
  );
}

/** The caption band at the bottom: the wrapped caption on the left, the step number on the right. */
function caption({ width, height, theme }: Frame, text: string, step: string, out: string[]): void {
  if (!text && !step) return;
  const size = Math.max(20, theme.fontSize + 8);
  const lineH = Math.round(size * 1.35);
  const padY = 14;
  const padX = 24;
  const stepSize = Math.max(16, Math.round(size * 0.8));
  const stepW = step ? step.length * stepSize * CHAR_WIDTH + padX : 0;
  const perLine = Math.max(8, Math.floor((width - padX * 2 - stepW) / (size * CHAR_WIDTH)));
  // The band may take up to 40% of the frame; a longer caption ends with an ellipsis.
  const maxLines = Math.max(1, Math.floor((height * 0.4 - padY * 2) / lineH));
  const lines = text ? wrap(text, perLine, maxLines) : [];
  const bandH = padY * 2 + Math.max(lines.length, 1) * lineH;
  const top = height - bandH;
  out.push(`<g class="cm-caption">`);
  out.push(`<rect x="0" y="${fmt(top)}" width="${fmt(width)}" height="${fmt(bandH)}" ${paint('fill', theme.background)}/>`);
  out.push(`<path d="M0 ${fmt(top)}H${fmt(width)}" fill="none" ${paint('stroke', theme.linkStructure)} stroke-width="2"/>`);
  // Baselines: each line's text sits in the middle of its line box.
  const first = top + padY + lineH / 2 + size * 0.35;
  if (lines.length) {
    // One string: whitespace between the tspans would be drawn.
    const spans = lines.map((line, i) => `<tspan x="${padX}" y="${fmt(first + i * lineH)}">${esc(line)}</tspan>`).join('');
    out.push(`<text x="${padX}" y="${fmt(first)}" font-size="${size}" font-weight="500" ${paint('fill', theme.label)}>${spans}</text>`);
  }
  if (step) {
    out.push(
      `<text class="cm-step" x="${fmt(width - padX)}" y="${fmt(first)}" text-anchor="end" font-size="${stepSize}" font-weight="600" ${paint('fill', theme.label, 0.7)}>${esc(step)}</text>`,
    );
  }
  out.push('</g>');
}

/** Greedy word wrap by character count; words longer than a line are cut. At most `maxLines`, the last one ellipsized if text remains. */
export function wrap(text: string, perLine: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > perLine) {
        if (line) lines.push(line);
        lines.push(word.slice(0, perLine));
        line = '';
        word = word.slice(perLine);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(`${kept[maxLines - 1]!} …`, perLine, true);
  return kept;
}

/** `text` cut to at most `max` characters with an ellipsis, at a word break where there is one; `force` adds the ellipsis anyway. */
function ellipsize(text: string, max: number, force = false): string {
  if (!force && text.length <= max) return text;
  let cut = text.length <= max ? text.slice(0, -1) : text.slice(0, Math.max(1, max - 1));
  if (text.length > max && /\S/.test(text[cut.length] ?? ' ') && cut.lastIndexOf(' ') > 0) cut = cut.slice(0, cut.lastIndexOf(' '));
  return `${cut.replace(/[\s…]+$/, '')}…`;
}

/** Collapses whitespace; `keepBreaks` keeps line breaks (as paragraph breaks in the caption). */
function oneLine(text: string, keepBreaks = false): string {
  if (keepBreaks) return text.replace(/[^\S\n]+/g, ' ').replace(/ *\n */g, '\n').trim();
  return text.replace(/\s+/g, ' ').trim();
}

interface FontParts {
  style: string | null;
  weight: string | null;
  size: string | null;
  family: string;
}

/** Splits a canvas font shorthand (`"italic 600 13px/1.2 Inter, sans-serif"`) into SVG font attributes. */
export function parseFont(font: string): FontParts {
  const m = /^\s*((?:[\w-]+\s+)*?)(\d*\.?\d+)px(?:\s*\/\s*\S+)?\s+(.+?)\s*$/.exec(font);
  if (!m) return { style: null, weight: null, size: null, family: font.trim() };
  let style: string | null = null;
  let weight: string | null = null;
  for (const word of m[1]!.trim().split(/\s+/).filter(Boolean)) {
    if (word === 'italic' || word === 'oblique') style = word;
    else if (/^\d+$/.test(word) || word === 'bold' || word === 'bolder' || word === 'lighter') weight = word;
  }
  return { style, weight, size: m[2]!, family: m[3]! };
}

function fontAttrs(f: FontParts): string {
  return (
    (f.style ? ` font-style="${esc(f.style)}"` : '') +
    (f.weight ? ` font-weight="${esc(f.weight)}"` : '') +
    (f.size ? ` font-size="${esc(f.size)}"` : '') +
    (f.family ? ` font-family="${esc(f.family)}"` : '')
  );
}

/**
 * A paint attribute and its opacity. `rgba()` colours become `rgb()` plus an opacity, which SVG 1.1
 * viewers understand; any other CSS colour passes through.
 */
function paint(attr: 'fill' | 'stroke', color: string, alpha = 1): string {
  let c = color.trim();
  let a = alpha;
  const m = /^rgba?\(\s*([\d.]+%?)\s*[,\s]\s*([\d.]+%?)\s*[,\s]\s*([\d.]+%?)\s*[,/]\s*([\d.]+%?)\s*\)$/i.exec(c);
  if (m) {
    c = `rgb(${m[1]}, ${m[2]}, ${m[3]})`;
    a *= m[4]!.endsWith('%') ? parseFloat(m[4]!) / 100 : parseFloat(m[4]!);
  }
  const opacity = Math.round(Math.min(Math.max(a, 0), 1) * 1000) / 1000;
  return `${attr}="${esc(c)}"${opacity < 1 ? ` ${attr}-opacity="${opacity}"` : ''}`;
}

/** Scale factors and widths that shrink with the zoom: more digits than coordinates need. */
function precise(v: number): string {
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? '0' : String(r);
}

// Characters XML 1.0 does not allow at all, and unpaired surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute content: the five markup characters escaped, characters XML cannot hold replaced. */
export function esc(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
