import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import '../../src/define/concept-map.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

// A map inside a scaled container (a reveal.js slide, a zoomed page, a thumbnail): the element lays
// itself out in CSS px, the screen shows it at another size, and the pointer must still land on the
// node under it. The graph is 900×600 CSS px; the container scales it to 450×300 screen px.

const W = 900;
const H = 600;
const NODES = ['benchmark:snli', 'benchmark:sick', 'paper:reka-core-flash-edge', 'taxonomy:self-evolution'];

type Scaling = { name: string; style: string; factor: number };
const SCALINGS: Scaling[] = [
  { name: 'transform: scale(0.5)', style: 'transform: scale(0.5); transform-origin: 0 0', factor: 0.5 },
  { name: 'transform: scale(1.5)', style: 'transform: scale(1.5); transform-origin: 0 0', factor: 1.5 },
  { name: 'CSS zoom: 0.5', style: 'zoom: 0.5', factor: 0.5 },
];

async function scaledGraph(scaling: Scaling, animate = false): Promise<ConceptGraph> {
  const doc = await seedDocument();
  const holder = await fixture<HTMLDivElement>(html`<div style="position: relative; margin: 13px 0 0 29px; ${scaling.style}"></div>`);
  const el = document.createElement('concept-graph');
  el.style.cssText = `width: ${W}px; height: ${H}px`;
  el.static = !animate;
  const ended = nextEvent(el, 'concept-layout-end', 10000);
  el.graph = doc;
  holder.append(el);
  await ended;
  await el.updateComplete;
  await frame();
  return el;
}

function canvasOf(el: HTMLElement): HTMLCanvasElement {
  return el.shadowRoot!.querySelector('canvas')!;
}

/** Client (viewport) coordinates of a point given in CSS px of the element, under the container's scale. */
function toClient(el: ConceptGraph, factor: number, x: number, y: number): { clientX: number; clientY: number } {
  const rect = canvasOf(el).getBoundingClientRect();
  return { clientX: rect.left + x * factor, clientY: rect.top + y * factor };
}

function pointer(target: Element, type: string, at: { clientX: number; clientY: number }): void {
  target.dispatchEvent(
    new PointerEvent(type, { ...at, bubbles: true, composed: true, cancelable: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerId: 11, isPrimary: true, pointerType: 'mouse' }),
  );
}

function click(target: Element, at: { clientX: number; clientY: number }): void {
  pointer(target, 'pointerdown', at);
  pointer(target, 'pointerup', at);
  target.dispatchEvent(new MouseEvent('click', { ...at, bubbles: true, composed: true, cancelable: true, button: 0 }));
}

const round = (p: { x: number; y: number }) => ({ x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 });

for (const scaling of SCALINGS) {
  describe(`<concept-graph> under ${scaling.name}`, () => {
    it('is laid out in CSS px while the screen shows it scaled', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      const rect = canvas.getBoundingClientRect();
      expect(canvas.clientWidth).to.equal(W);
      expect(canvas.clientHeight).to.equal(H);
      expect(rect.width).to.equal(W * scaling.factor);
      expect(rect.height).to.equal(H * scaling.factor);
    });

    it('selects the node under the pointer', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      for (const id of NODES) {
        const p = el.screenPosition(id)!;
        expect(el.nodeAt(p.x, p.y)?.id).to.equal(id);
        // Reading the pointer in screen px, unscaled, would land elsewhere.
        expect(el.nodeAt(p.x * scaling.factor, p.y * scaling.factor)?.id).to.not.equal(id);
        click(canvas, toClient(el, scaling.factor, p.x, p.y));
        expect(el.selected).to.equal(id);
      }
    });

    it('hovers the node under the pointer, and nothing an unscaled reading would find', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      const p = el.screenPosition('benchmark:snli')!;
      const hovers: Array<string | null> = [];
      el.addEventListener('concept-hover', (e) => hovers.push((e as CustomEvent<{ id: string | null }>).detail.id));
      pointer(canvas, 'pointermove', toClient(el, scaling.factor, p.x, p.y));
      expect(hovers).to.deep.equal(['benchmark:snli']);
      pointer(canvas, 'pointermove', toClient(el, scaling.factor, 3, 3));
      expect(hovers).to.deep.equal(['benchmark:snli', null]);
    });

    it('drags a node by the pointer\'s distance on screen, divided by the scale', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      const from = el.screenPosition('benchmark:sick')!;
      const start = toClient(el, scaling.factor, from.x, from.y);
      const step = (dx: number, dy: number) => ({ clientX: start.clientX + dx, clientY: start.clientY + dy });
      pointer(canvas, 'pointerdown', start);
      pointer(canvas, 'pointermove', step(15, 10));
      pointer(canvas, 'pointermove', step(30, 20));
      pointer(canvas, 'pointerup', step(30, 20));
      const to = el.screenPosition('benchmark:sick')!;
      expect(round({ x: to.x - from.x, y: to.y - from.y })).to.deep.equal(round({ x: 30 / scaling.factor, y: 20 / scaling.factor }));
    });

    it('zooms with the wheel about the point under the pointer', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      const anchor = el.screenPosition('paper:reka-core-flash-edge')!;
      const other = el.screenPosition('benchmark:snli')!;
      // A MouseEvent's clientX/clientY are whole px: the pivot is where the rounded point falls.
      const near = toClient(el, scaling.factor, anchor.x, anchor.y);
      const at = { clientX: Math.round(near.clientX), clientY: Math.round(near.clientY) };
      const rect = canvas.getBoundingClientRect();
      const pivot: [number, number] = [(at.clientX - rect.left) / scaling.factor, (at.clientY - rect.top) / scaling.factor];
      const world = el.toWorld(...pivot);
      // Focus lets the wheel zoom; without preventScroll it would scroll the large frame first.
      canvas.focus({ preventScroll: true });
      canvas.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -300, bubbles: true, cancelable: true, view: window }));
      // The point under the pointer stays under it; the rest moves away from it.
      const [wx, wy] = el.toWorld(...pivot);
      expect(round({ x: wx, y: wy })).to.deep.equal(round({ x: world[0], y: world[1] }));
      const moved = el.screenPosition('benchmark:snli')!;
      expect(Math.hypot(moved.x - anchor.x, moved.y - anchor.y)).to.be.greaterThan(Math.hypot(other.x - anchor.x, other.y - anchor.y) * 1.5);
    });

    it('pans with a background drag so the map follows the pointer on screen', async () => {
      const el = await scaledGraph(scaling);
      const canvas = canvasOf(el);
      // A point of background: the top-left corner of the frame.
      expect(el.nodeAt(4, 4)).to.equal(null);
      const before = el.screenPosition('benchmark:snli')!;
      const start = toClient(el, scaling.factor, 4, 4);
      const pointer = (type: string, dx: number, dy: number) =>
        canvas.dispatchEvent(new PointerEvent(type, { clientX: start.clientX + dx, clientY: start.clientY + dy, bubbles: true, composed: true, cancelable: true, button: 0, pointerId: 7, isPrimary: true, view: window }));
      pointer('pointerdown', 0, 0);
      pointer('pointermove', 20, 12);
      pointer('pointermove', 40, 24);
      pointer('pointerup', 40, 24);
      const after = el.screenPosition('benchmark:snli')!;
      expect(round({ x: after.x - before.x, y: after.y - before.y })).to.deep.equal(round({ x: 40 / scaling.factor, y: 24 / scaling.factor }));
    });
  });
}

describe('<concept-map> in a scaled container, laying itself out', () => {
  it('selects the node under the pointer once the layout has come to rest', async () => {
    const doc = await seedDocument();
    const holder = await fixture<HTMLDivElement>(html`<div style="transform: scale(0.5); transform-origin: 0 0; width: 1280px"></div>`);
    const map = document.createElement('concept-map');
    map.style.cssText = 'display: block; width: 1280px; height: 800px';
    const ended = nextEvent(map, 'concept-layout-end', 15000);
    map.graph = doc;
    holder.append(map);
    await ended;
    await frame();
    const graph = map.shadowRoot!.querySelector('concept-graph') as ConceptGraph;
    expect(map.stats.settledAt).to.be.a('number');
    const canvas = canvasOf(graph);
    const p = graph.screenPosition('benchmark:mmlu')!;
    click(canvas, toClient(graph, 0.5, p.x, p.y));
    expect(graph.selected).to.equal('benchmark:mmlu');
    await map.updateComplete;
    expect((map as ConceptMap).selected).to.equal('benchmark:mmlu');
  });
});
