import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { densePlan } from '../../../src/render/frameStyle.js';
import { paintDense, type DensePlan, type PaintContext, type PaintView } from '../../../src/render/paintDense.js';
import { lightTheme } from '../../../src/render/RenderTheme.js';
import { deriveDisplay } from '../../../src/view/deriveDisplay.js';
import { initialViewState } from '../../../src/view/ViewState.js';
import { doc } from '../view/fixtures.js';

/** A 2D context that writes down what is done to it, one string per call or setting. */
function recorder(): PaintContext & { ops: string[] } {
  const ops: string[] = [];
  const target = { ops } as Record<string, unknown>;
  return new Proxy(target, {
    get: (t, name: string) => (name in t ? t[name] : (...args: number[]) => void ops.push(`${name}(${args.map((a) => (Array.isArray(a) ? `[${a}]` : a)).join(',')})`)),
    set: (_t, name: string, value) => (ops.push(`${name}=${String(value)}`), true),
  }) as unknown as PaintContext & { ops: string[] };
}

const VIEW: PaintView = { k: 2, x: 0, y: 0, width: 100, height: 100, dpr: 2 };

describe('paintDense: a dense frame painted from its plan', () => {
  // Nodes at (0,0), (10,10), (20,20) … in layout units: (0,0), (20,20), (40,40) … on screen.
  const nodes = Array.from({ length: 2600 }, (_, i) => ({ x: (i % 6) * 10, y: (i % 6) * 10, radius: i < 6 ? 3 : 1 }));

  it('strokes links as one path each: hairlines one device px wide and thinned, lit links at their width and dash', () => {
    const plan: DensePlan = {
      links: [
        { pairs: [0, 1, 1, 2, 2, 3, 3, 4], stride: 4, color: 'grey', alpha: 0.55, width: 0, dash: [], faded: false },
        { pairs: [0, 5], stride: 2, color: 'black', alpha: 1, width: 1.8, dash: [4, 3], faded: false },
      ],
      groups: [],
      selected: [],
      matches: [],
    };
    const ctx = recorder();
    paintDense(ctx, plan, nodes, VIEW);
    expect(ctx.ops).toEqual([
      'setTransform(4,0,0,4,0,0)',
      'beginPath()',
      // Every other pair: 0–1 and 2–3.
      'moveTo(0,0)',
      'lineTo(10,10)',
      'moveTo(20,20)',
      'lineTo(30,30)',
      'globalAlpha=0.55',
      'strokeStyle=grey',
      `lineWidth=${0.999 / 4}`,
      'setLineDash([])',
      'stroke()',
      'beginPath()',
      'moveTo(0,0)',
      'lineTo(50,50)',
      'globalAlpha=1',
      'strokeStyle=black',
      'lineWidth=0.9',
      'setLineDash([2,1.5])',
      'stroke()',
      'setLineDash([])',
      'setTransform(2,0,0,2,0,0)',
      'globalAlpha=1',
    ]);
  });

  it('leaves out links wholly off one side of the screen', () => {
    const far = [{ x: 0, y: 0, radius: 1 }, { x: 60, y: 0, radius: 1 }, { x: 70, y: 0, radius: 1 }, { x: 10, y: 60, radius: 1 }];
    const plan: DensePlan = { links: [{ pairs: [0, 1, 1, 2, 0, 3], stride: 2, color: 'grey', alpha: 1, width: 0, dash: [], faded: false }], groups: [], selected: [], matches: [] };
    const ctx = recorder();
    paintDense(ctx, plan, far, VIEW);
    // 1–2 lies wholly right of the 100 px screen (x 120 and 140); 0–1 and 0–3 cross it.
    expect(ctx.ops.filter((o) => o.startsWith('moveTo') || o.startsWith('lineTo'))).toEqual(['moveTo(0,0)', 'lineTo(60,0)', 'moveTo(0,0)', 'lineTo(10,60)']);
  });

  it('fills nodes a group at a time, in screen px: squares while small, the shape when larger, 1,000 to a path but a faded group in one', () => {
    const items = Array.from({ length: 2600 }, (_, i) => i);
    const plan: DensePlan = {
      links: [],
      groups: [
        { items: [0, 6], shape: 'circle', color: 'blue', alpha: 1, faded: false },
        { items, shape: 'diamond', color: 'brown', alpha: 1, faded: false },
        { items, shape: 'diamond', color: 'pale', alpha: 0.2, faded: true },
      ],
      selected: [],
      matches: [],
    };
    const ctx = recorder();
    paintDense(ctx, plan, nodes, VIEW);
    const first = ctx.ops.slice(0, ctx.ops.indexOf('fill()') + 1);
    // Node 0: radius 3 × zoom 2 = 6 px, a circle at (0,0); node 6: radius 1 → 2 px, a square at (0,0).
    expect(first).toEqual(['setTransform(4,0,0,4,0,0)', 'setLineDash([])', 'setTransform(2,0,0,2,0,0)', 'globalAlpha=1', 'fillStyle=blue', 'beginPath()', 'moveTo(6,0)', `arc(0,0,6,0,${Math.PI * 2})`, 'rect(-2,-2,4,4)', 'fill()']);
    const fills = (color: string) => {
      const from = ctx.ops.indexOf(`fillStyle=${color}`);
      const rest = ctx.ops.slice(from + 1);
      const end = rest.findIndex((o) => o.startsWith('fillStyle='));
      return (end < 0 ? rest : rest.slice(0, end)).filter((o) => o === 'fill()').length;
    };
    expect(fills('brown')).toBe(3);
    expect(fills('pale')).toBe(1);
    expect(ctx.ops.at(-1)).toBe('globalAlpha=1');
  });

  it('paints only what is lit over a faded picture', () => {
    const plan: DensePlan = {
      links: [
        { pairs: [0, 1], stride: 2, color: 'dim', alpha: 0.2, width: 0, dash: [], faded: true },
        { pairs: [0, 2], stride: 2, color: 'lit', alpha: 1, width: 1.8, dash: [], faded: false },
      ],
      groups: [
        { items: [0], shape: 'circle', color: 'dimnode', alpha: 0.2, faded: true },
        { items: [1], shape: 'circle', color: 'litnode', alpha: 1, faded: false },
      ],
      selected: [],
      matches: [],
    };
    const ctx = recorder();
    paintDense(ctx, plan, nodes, VIEW, true);
    expect(ctx.ops.filter((o) => o.startsWith('strokeStyle=') || o.startsWith('fillStyle='))).toEqual(['strokeStyle=lit', 'fillStyle=litnode']);
  });
});

describe('densePlan: what a dense frame draws', () => {
  // A hub paper with 10 neighbours, one of them with a dashed ("related") link.
  const index = new GraphIndex(
    doc(
      [{ id: 'p', kind: 'paper', label: 'Hub' }, ...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, kind: 'method', label: `M${i}` })), { id: 'far', kind: 'concept', label: 'Far' }],
      [...Array.from({ length: 10 }, (_, i) => ({ source: 'p', target: `m${i}`, kind: i === 0 ? 'related' : 'uses' })), { source: 'm1', target: 'far', kind: 'mentions' }],
    ),
  );

  it('makes every link a hairline and every node fill opaque when nothing is lit', () => {
    const plan = densePlan(deriveDisplay(index, initialViewState), lightTheme);
    expect(plan.links.map((l) => [l.pairs.length / 2, l.stride, l.width, l.dash, l.alpha, l.faded])).toEqual([
      [1, 2, 0, [], 0.55, false],
      [10, 2, 0, [], 0.55, false],
    ]);
    expect(plan.groups.map((g) => [g.items.length, g.alpha, g.faded])).toEqual([
      [1, 1, false],
      [10, 1, false],
      [1, 1, false],
    ]);
    expect(plan.selected).toEqual([]);
  });

  it('keeps the width and dash of a selection\'s links and names the selected node', () => {
    const plan = densePlan(deriveDisplay(index, { ...initialViewState, selected: 'p' }), lightTheme);
    expect(plan.links.map((l) => [l.pairs.length / 2, l.width, l.dash, l.alpha, l.faded])).toEqual([
      [1, 0, [], 0.55, false],
      [1, 1.8, [4, 3], 1, false],
      [9, 1.8, [], 1, false],
    ]);
    expect(plan.selected).toEqual([index.indexOf('p')]);
  });

  it('fades what a search leaves out, links and nodes, and names the matches', () => {
    const plan = densePlan(deriveDisplay(index, { ...initialViewState, query: 'M' }), lightTheme);
    expect(plan.links.map((l) => [l.pairs.length / 2, l.alpha, l.faded])).toEqual([
      [1, 0.35 * 0.55, true],
      [10, 0.35 * 0.55, true],
    ]);
    expect(plan.groups.map((g) => [g.items.length, g.alpha, g.faded])).toEqual([
      [1, 0.2, true],
      [1, 0.2, true],
      [10, 1, false],
    ]);
    expect(plan.matches).toHaveLength(10);
  });

  it('thins hairlines to 8,000 links, the same ones every frame, but never the lit', () => {
    const n = 9000;
    const big = new GraphIndex(doc(Array.from({ length: n + 1 }, (_, i) => ({ id: `n${i}`, kind: 'paper', label: `N${i}` })), Array.from({ length: n }, (_, i) => ({ source: 'n0', target: `n${i + 1}`, kind: i < 8000 ? 'uses' : 'mentions' }))));
    const calm = densePlan(deriveDisplay(big, initialViewState), lightTheme);
    expect(calm.links.map((l) => l.stride)).toEqual([4]);
    const lit = densePlan(deriveDisplay(big, { ...initialViewState, selected: 'n0' }), lightTheme);
    expect(lit.links.map((l) => [l.pairs.length / 2, l.stride])).toEqual([[n, 2]]);
  });
});
