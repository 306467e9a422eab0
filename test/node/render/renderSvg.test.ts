import { describe, expect, it } from 'vitest';
import type { LayoutNode } from '../../../src/layout/types.js';
import type { Frame, PlacedLabel } from '../../../src/render/frameStyle.js';
import { darkTheme, lightTheme, type RenderTheme } from '../../../src/render/RenderTheme.js';
import { esc, parseFont, renderSvg, wrap, type SvgExtras } from '../../../src/render/renderSvg.js';
import { deriveDisplay } from '../../../src/view/deriveDisplay.js';
import { kindStyle } from '../../../src/view/kindStyle.js';
import { initialViewState, type ViewState } from '../../../src/view/ViewState.js';
import { LITERATURE_POSITIONS, literature } from '../view/fixtures.js';

// ---------------------------------------------------------------------------------------------
// A strict little XML parser: enough to prove the output well-formed and to query it like a DOM.

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  /** Text content, this element's and its descendants', decoded. */
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;

function decode(raw: string, where: number): string {
  if (raw.includes('<')) throw new Error(`raw "<" at ${where}`);
  return raw.replace(/&([^;]*);?/g, (all, ent: string) => {
    if (!all.endsWith(';')) throw new Error(`bare "&" at ${where}`);
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (ent in named) return named[ent]!;
    const num = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ent);
    if (!num) throw new Error(`unknown entity &${ent}; at ${where}`);
    return String.fromCodePoint(num[1] ? parseInt(num[1], 16) : parseInt(num[2]!, 10));
  });
}

function parseXml(src: string): El {
  let i = 0;
  const stack: El[] = [];
  let root: El | null = null;
  const appendText = (t: string) => {
    for (const el of stack) el.text += t;
  };
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const chunk = lt < 0 ? src.slice(i) : src.slice(i, lt);
    if (chunk) {
      if (!stack.length && chunk.trim()) throw new Error(`text outside the root at ${i}`);
      appendText(decode(chunk, i));
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) throw new Error('unclosed comment');
      i = end + 3;
      continue;
    }
    if (src.startsWith('</', i)) {
      const m = NAME.exec(src.slice(i + 2));
      const close = src.indexOf('>', i);
      if (!m || close < 0 || src.slice(i + 2 + m[0].length, close).trim()) throw new Error(`bad end tag at ${i}`);
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new Error(`</${m[0]}> closes <${open?.name}> at ${i}`);
      i = close + 1;
      continue;
    }
    const m = NAME.exec(src.slice(i + 1));
    if (!m) throw new Error(`bad tag at ${i}`);
    const el: El = { name: m[0], attrs: {}, children: [], text: '' };
    i += 1 + m[0].length;
    for (;;) {
      const ws = /^\s*/.exec(src.slice(i))![0].length;
      i += ws;
      if (src.startsWith('/>', i) || src[i] === '>') break;
      if (!ws) throw new Error(`no space before attribute at ${i}`);
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/.exec(src.slice(i));
      if (!a) throw new Error(`bad attribute at ${i}: ${src.slice(i, i + 40)}`);
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${i}`);
      el.attrs[a[1]!] = decode(a[2]!, i);
      i += a[0].length;
    }
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else if (root) throw new Error('second root element');
    else root = el;
    if (src.startsWith('/>', i)) i += 2;
    else {
      stack.push(el);
      i += 1;
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (!root) throw new Error('no root element');
  return root;
}

function all(el: El, test: (e: El) => boolean, out: El[] = []): El[] {
  for (const c of el.children) {
    if (test(c)) out.push(c);
    all(c, test, out);
  }
  return out;
}

const byClass = (root: El, cls: string) => all(root, (e) => (e.attrs.class ?? '').split(' ').includes(cls));
const one = (root: El, cls: string) => {
  const found = byClass(root, cls);
  expect(found).toHaveLength(1);
  return found[0]!;
};

// ---------------------------------------------------------------------------------------------

const EVIL = '</text><script>alert(1)</script> & "quotes" \'too\'';

function frame(patch: Partial<ViewState> = {}, theme: RenderTheme = lightTheme): Frame {
  const index = literature();
  const display = deriveDisplay(index, { ...initialViewState, ...patch });
  const nodes: LayoutNode[] = index.nodes.map((n, i) => ({
    id: n.id,
    kind: n.kind,
    index: i,
    ...LITERATURE_POSITIONS[n.id]!,
    vx: 0,
    vy: 0,
    fx: null,
    fy: null,
    radius: n.kind === 'taxonomy' ? 10 : 6,
  }));
  return { width: 800, height: 600, nodes, display, transform: { x: 10, y: 20, k: 1.5 }, theme, focusId: null, showFocus: false };
}

const FONT = `600 13px ${lightTheme.fontFamily}`;
const LABELS = new Map<string, PlacedLabel>([
  ['paper:a', { x: 321, y: 320, align: 'left', baseline: 'middle', text: 'Alpha survey', font: FONT, alpha: 1 }],
  ['model:x', { x: 608.5, y: 312.25, align: 'right', baseline: 'top', text: EVIL, font: `500 12px ${lightTheme.fontFamily}`, alpha: 0.35 }],
  ['taxonomy:t', { x: 310, y: 150, align: 'center', baseline: 'bottom', text: 'Lifecycle', font: `700 14px Inter, sans-serif`, alpha: 1 }],
]);

const EXTRAS: SvgExtras = {
  title: 'Agents & <friends>',
  caption: 'The self-evolution cycle: experience acquisition, refinement, updating and evaluation, ' + 'again and again '.repeat(12),
  step: '3 / 7',
  legend: [
    { label: 'Papers', color: kindStyle('paper').light, shape: 'circle', count: 3 },
    { label: 'Taxonomies', color: kindStyle('taxonomy').light, shape: 'hexagon', count: 1 },
    { label: 'Benchmarks <b>', color: kindStyle('benchmark').light, shape: 'diamond', count: 12 },
  ],
};

describe('renderSvg: the document', () => {
  // paper:c hovered: the rest of the map fades; paper:a selected; a search hit on Zebrabench.
  const f = frame({ hovered: 'paper:c', selected: 'paper:a', query: 'zebra' });
  const svg = renderSvg(f, LABELS, EXTRAS);
  const root = parseXml(svg);

  it('is well-formed XML with one svg root sized to the frame', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.width).toBe('800');
    expect(root.attrs.height).toBe('600');
    expect(root.attrs.viewBox).toBe('0 0 800 600');
  });

  it('paints the background first, in the theme colour', () => {
    const first = root.children.find((c) => c.name !== 'title')!;
    expect(first.name).toBe('rect');
    expect(first.attrs.fill).toBe(lightTheme.background);
    expect(first.attrs.width).toBe('800');
  });

  it('draws the map in world space under the camera transform', () => {
    expect(one(root, 'cm-map').attrs.transform).toBe('matrix(1.5 0 0 1.5 10 20)');
  });

  it('has the title as <title> and as text', () => {
    const title = root.children.find((c) => c.name === 'title')!;
    expect(title.text).toBe('Agents & <friends>');
    expect(one(root, 'cm-title').text).toBe('Agents & <friends>');
    expect(svg).toContain('Agents &amp; &lt;friends&gt;');
  });

  it('draws one <text> per placed label, escaped, with its font, anchor and baseline', () => {
    const texts = all(one(root, 'cm-labels'), (e) => e.name === 'text');
    expect(texts.map((t) => t.attrs['data-id'])).toEqual(['paper:a', 'model:x', 'taxonomy:t']);
    expect(texts.map((t) => t.text)).toEqual(['Alpha survey', EVIL, 'Lifecycle']);
    const [a, x, t] = texts as [El, El, El];
    expect(a.attrs).toMatchObject({
      x: '321',
      y: '320',
      'text-anchor': 'start',
      'dominant-baseline': 'central',
      'font-weight': '600',
      'font-size': '13',
      'font-family': lightTheme.fontFamily,
      fill: lightTheme.label,
      'paint-order': 'stroke',
      'stroke-width': '3.5',
      'stroke-linejoin': 'round',
    });
    expect(a.attrs['fill-opacity']).toBeUndefined();
    expect(x.attrs).toMatchObject({ x: '608.5', y: '312.25', 'text-anchor': 'end', 'dominant-baseline': 'hanging', 'font-weight': '500', 'fill-opacity': '0.35' });
    expect(t.attrs).toMatchObject({ 'text-anchor': 'middle', 'dominant-baseline': 'text-after-edge', 'font-size': '14', 'font-family': 'Inter, sans-serif' });
    // The halo: rgba(255, 255, 255, 0.92) becomes an rgb stroke with its alpha, times the label's.
    expect(a.attrs.stroke).toBe('rgb(255, 255, 255)');
    expect(a.attrs['stroke-opacity']).toBe('0.92');
    expect(x.attrs['stroke-opacity']).toBe('0.322');
  });

  it('never lets corpus text out of its element', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;');
    expect(all(root, (e) => e.name === 'script')).toHaveLength(0);
  });

  it('draws links in the canvas buckets: associations dashed, faded ones at 0.35', () => {
    const links = all(one(root, 'cm-links'), (e) => e.name === 'path');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      const cls = l.attrs.class!;
      expect(l.attrs['stroke-dasharray'] !== undefined).toBe(cls.includes('cm-link-association'));
      if (cls.includes('cm-faded')) expect(Number(l.attrs['stroke-opacity'])).toBeLessThan(0.35);
    }
    // paper:a – paper:b is `similar`, faded under the hover: dashed [4, 3] px on screen, at k = 1.5.
    const similar = links.find((l) => l.attrs.class === 'cm-link-association cm-faded')!;
    expect(similar.attrs['stroke-dasharray']).toBe('2.6667 2');
    expect(similar.attrs.d).toBe('M200 200L300 200');
    // rgba(71, 85, 105, 0.28) at 0.35.
    expect(similar.attrs['stroke-opacity']).toBe('0.098');
    // Structure links are thicker: 1.8 px on screen.
    const structure = links.find((l) => l.attrs.class === 'cm-link-structure cm-faded')!;
    expect(structure.attrs['stroke-width']).toBe('1.2');
    // paper:c's links are highlighted: the highlight colour, 1.8 px.
    const highlight = links.find((l) => l.attrs.class === 'cm-link-mention cm-highlight')!;
    expect(highlight.attrs.stroke).toBe('rgb(30, 41, 59)');
    expect(highlight.attrs['stroke-width']).toBe('1.2');
    expect(highlight.attrs.d).toBe('M600 400L650 400M600 400L600 450M600 400L550 400');
  });

  it('draws the cycle figure as a bowed arrow with a head', () => {
    const paths = all(one(root, 'cm-figures'), (e) => e.name === 'path');
    expect(paths).toHaveLength(2);
    expect(paths[0]!.attrs.d).toMatch(/^M[\d.]+ [\d.]+Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    expect(paths[0]!.attrs.fill).toBe('none');
    expect(paths[1]!.attrs.d).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+Z$/);
    // Both parts are faded under the hover.
    expect(paths[1]!.attrs['fill-opacity']).toBe(String(Math.round(0.45 * 0.35 * 1000) / 1000));
  });

  it('draws one path per (kind, faded), faded ones first and translucent, then the rings', () => {
    const nodes = one(root, 'cm-nodes');
    const groups = nodes.children.filter((c) => c.attrs['data-kind'] !== undefined);
    const keys = groups.map((g) => `${g.attrs.class === 'cm-faded' ? 'faded' : 'lit'}:${g.attrs['data-kind']}`);
    expect(keys.slice(0, keys.indexOf('lit:concept'))).toEqual(keys.filter((k) => k.startsWith('faded:')));
    expect(keys).toContain('faded:paper');
    expect(keys).toContain('lit:paper');
    for (const g of groups) {
      expect(g.attrs.fill).toBe(kindStyle(g.attrs['data-kind']!).light);
      expect(g.attrs.stroke).toBe('rgb(255, 255, 255)');
      if (g.attrs.class === 'cm-faded') {
        expect(g.attrs['fill-opacity']).toBe('0.2');
        expect(g.attrs['stroke-opacity']).toBe('0.184');
      } else {
        expect(g.attrs['fill-opacity']).toBeUndefined();
      }
    }
    // The selected paper (paper:a) is faded by the hover but keeps its ring; so does the search hit.
    expect(one(root, 'cm-selected').attrs.d).toBe('M208.33 200A8.33 8.33 0 1 1 191.67 200A8.33 8.33 0 1 1 208.33 200');
    expect(one(root, 'cm-selected').attrs.stroke).toBe(lightTheme.selected);
    expect(one(root, 'cm-match').attrs.d).toBe('M258 290A8 8 0 1 1 242 290A8 8 0 1 1 258 290');
    expect(nodes.attrs['stroke-width']).toBe('1');
  });

  it('takes kind colours from the theme when it has them, dark ones on a dark theme', () => {
    const theme: RenderTheme = { ...darkTheme, kindColors: new Map([['paper', '#ff00aa']]) };
    const dark = parseXml(renderSvg(frame({}, theme), new Map(), { legend: [] }));
    const fills = Object.fromEntries(byClass(dark, 'cm-nodes')[0]!.children.filter((c) => c.attrs['data-kind']).map((c) => [c.attrs['data-kind'], c.attrs.fill]));
    expect(fills.paper).toBe('#ff00aa');
    expect(fills.benchmark).toBe(kindStyle('benchmark').dark);
  });

  it('has a legend row per kind, with its shape, name and count', () => {
    const legend = one(root, 'cm-legend');
    expect(legend.children[0]!.name).toBe('rect');
    expect(legend.children[0]!.attrs.rx).toBe('8');
    const rows = byClass(legend, 'cm-legend-entry');
    expect(rows.map((r) => r.text)).toEqual(['Papers3', 'Taxonomies1', 'Benchmarks <b>12']);
    expect(rows.map((r) => r.children[0]!.attrs.fill)).toEqual(EXTRAS.legend.map((e) => e.color));
    expect(rows[0]!.children[0]!.attrs.d).toMatch(/^M[\d.]+ [\d.]+A/);
    expect(rows[2]!.children[0]!.attrs.d).toMatch(/Z$/);
    // Top-right, inside the frame.
    const [, x] = /translate\(([\d.]+) /.exec(legend.attrs.transform!)!;
    const w = Number(legend.children[0]!.attrs.width);
    expect(Number(x) + w).toBe(800 - 16);
  });

  it('puts the caption, wrapped, in a band at the bottom, with the step at the right', () => {
    const caption = one(root, 'cm-caption');
    const band = caption.children[0]!;
    expect(band.name).toBe('rect');
    expect(Number(band.attrs.y) + Number(band.attrs.height)).toBe(600);
    const text = caption.children.find((c) => c.name === 'text' && !c.attrs.class)!;
    expect(Number(text.attrs['font-size'])).toBeGreaterThanOrEqual(20);
    const lines = text.children.map((t) => t.text);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(EXTRAS.caption!.trim());
    // ~0.55 em a character: no line runs into the step number.
    for (const line of lines) expect(line.length * 0.55 * 20).toBeLessThanOrEqual(800 - 48);
    const step = one(root, 'cm-step');
    expect(step.text).toBe('3 / 7');
    expect(step.attrs['text-anchor']).toBe('end');
    expect(Number(step.attrs.y)).toBeGreaterThan(Number(band.attrs.y));
  });

  it('leaves out what it is not given', () => {
    const bare = renderSvg(frame(), new Map(), { legend: [] });
    const r = parseXml(bare);
    expect(r.children.find((c) => c.name === 'title')).toBeUndefined();
    for (const cls of ['cm-title', 'cm-legend', 'cm-caption', 'cm-labels', 'cm-match', 'cm-selected']) expect(byClass(r, cls)).toHaveLength(0);
    // Nothing faded without a gesture.
    expect(bare).not.toContain('cm-faded');
    // The step alone still gets its band.
    expect(byClass(parseXml(renderSvg(frame(), new Map(), { legend: [], step: '1 / 2' })), 'cm-step')).toHaveLength(1);
  });

  it('keeps characters XML cannot hold out of the document', () => {
    const labels = new Map<string, PlacedLabel>([['paper:a', { ...LABELS.get('paper:a')!, text: 'bell\u0007 and lone \uD800 surrogate 😀' }]]);
    const r = parseXml(renderSvg(frame(), labels, { legend: [], caption: 'nul\u0000' }));
    expect(byClass(r, 'cm-labels')[0]!.text.trim()).toBe('bell\uFFFD and lone \uFFFD surrogate 😀');
  });

  it('is a pure function of its input', () => {
    const f1 = frame({ hovered: 'paper:c' });
    expect(renderSvg(f1, LABELS, EXTRAS)).toBe(renderSvg(f1, LABELS, EXTRAS));
  });
});

describe('renderSvg helpers', () => {
  it('esc escapes the five markup characters', () => {
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
  });

  it('parseFont splits a canvas font shorthand', () => {
    expect(parseFont('600 13px system-ui, "Segoe UI", sans-serif')).toEqual({ style: null, weight: '600', size: '13', family: 'system-ui, "Segoe UI", sans-serif' });
    expect(parseFont('italic bold 12.5px/1.2 Inter')).toEqual({ style: 'italic', weight: 'bold', size: '12.5', family: 'Inter' });
    expect(parseFont('serif')).toEqual({ style: null, weight: null, size: null, family: 'serif' });
  });

  it('wrap breaks at words, cuts overlong words, keeps paragraphs and ellipsizes past the last line', () => {
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrap('abcdefghijkl xy', 5)).toEqual(['abcde', 'fghij', 'kl xy']);
    expect(wrap('first\nsecond', 40)).toEqual(['first', 'second']);
    expect(wrap('aa bb cc dd ee', 5, 2)).toEqual(['aa bb', 'cc…']);
  });
});
