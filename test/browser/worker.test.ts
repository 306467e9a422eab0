import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { ForceLayout } from '../../src/layout/ForceLayout.js';
import { lcg } from '../../src/layout/lcg.js';
import type { GraphDocument } from '../../src/model/types.js';
import { generatedGraph } from '../fixtures/generatedGraph.js';
import { paintDense, type DensePlan, type PaintView } from '../../src/render/paintDense.js';
import type { Frame } from '../../src/render/frameStyle.js';
import { forcedTheme } from '../../src/render/RenderTheme.js';
import type { Picture } from '../../src/render/CanvasRenderer.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

// The layout of a large map runs in a Web Worker; these reach into the element only to read where
// its layout runs and the positions it holds.
interface Inside {
  layoutCtl: { runsIn: 'worker' | 'page' | 'none'; layout: ForceLayout | null; reheat(alpha: number): void };
  viewport: { transform: { x: number; y: number; k: number }; setTransform(t: { x: number; y: number; k: number }): void };
  drawNow(): void;
  frame(): Frame | null;
  renderer: {
    densePlan(frame: Frame): DensePlan;
    lastDense: boolean;
    draw: (...args: unknown[]) => void;
    blit: (...args: unknown[]) => boolean;
    blitHover: (...args: unknown[]) => boolean;
  };
}

/** Counts the renderer's full draws and its moved-picture frames. */
function countDraws(el: ConceptGraph): { draws: number; blits: number; hovers: number } {
  const r = inside(el).renderer;
  const counts = { draws: 0, blits: 0, hovers: 0 };
  const draw = r.draw.bind(r);
  const blit = r.blit.bind(r);
  const blitHover = r.blitHover.bind(r);
  r.blitHover = (...args) => {
    const done = blitHover(...args);
    if (done) counts.hovers++;
    return done;
  };
  r.draw = (...args) => (counts.draws++, draw(...args));
  r.blit = (...args) => {
    const done = blit(...args);
    if (done) counts.blits++;
    return done;
  };
  return counts;
}

/** A pointer drag across empty canvas: a pan, a step a frame. */
async function pan(el: ConceptGraph, steps: number): Promise<void> {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  const at = (type: string, x: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { clientX: rect.left + x, clientY: rect.top + 5, bubbles: true, button: 0, buttons: 1, pointerId: 4, isPrimary: true, pointerType: 'mouse' }));
  at('pointerdown', 5);
  for (let i = 1; i <= steps; i++) {
    at('pointermove', 5 + i * 6);
    await frame();
  }
  at('pointerup', 5 + steps * 6);
}
const inside = (el: ConceptGraph) => el as unknown as Inside;

/** Where the page's own layout of the document comes to rest: what the worker must reproduce. */
function restingPositions(doc: GraphDocument, seed = 1): number[] {
  const layout = new ForceLayout(doc, { seed, width: 1600, height: 1000 });
  layout.settle();
  return Array.from(layout.positions());
}

async function graph(doc: GraphDocument, attrs = ''): Promise<ConceptGraph> {
  const el = document.createElement('concept-graph');
  el.style.cssText = 'display: block; width: 1000px; height: 700px';
  if (attrs) el.setAttribute(attrs, '');
  el.graph = doc;
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(el);
  await el.updateComplete;
  return el;
}

describe('the layout of a large map in a worker', () => {
  it('runs in a worker, draws the start at once, and settles exactly where the page would', async function () {
    this.timeout(30000);
    const doc = generatedGraph(600);
    const el = await graph(doc);
    const end = nextEvent(el, 'concept-layout-end', 25000);
    await frame();
    await frame();
    // The first frame is the start positions, before any tick.
    expect(el.stats.firstFrameAt).to.be.a('number');
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
    await end;
    expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(restingPositions(doc));
    const stats = el.stats;
    expect(stats.ticks).to.equal(220);
    expect(stats.frames).to.be.greaterThan(2);
    expect(stats.settledAt).to.be.greaterThan(stats.firstFrameAt!);
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
  });

  it('lays out a large static map in the worker too, and shows it once, at rest', async function () {
    this.timeout(30000);
    const doc = generatedGraph(600);
    const el = await graph(doc, 'static');
    const start = Array.from(inside(el).layoutCtl.layout!.positions());
    const end = nextEvent(el, 'concept-layout-end', 25000);
    await frame();
    await frame();
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
    // Two frames in, 220 ticks of 600 nodes are far from done, and nothing on screen has moved.
    expect(el.stats.settledAt).to.equal(null);
    expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(start);
    await end;
    expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(restingPositions(doc));
  });

  it('shows stored positions as the final picture: no layout, no worker', async () => {
    const doc = generatedGraph(600);
    const stored = restingPositions(doc);
    doc.positions = Object.fromEntries(doc.nodes.map((n, i) => [n.id, [stored[2 * i]!, stored[2 * i + 1]!]]));
    const el = await graph(doc);
    await frame();
    expect(el.stats.ticks).to.equal(0);
    expect(el.stats.settledAt).to.be.a('number');
    expect(el.stats.firstFrameAt).to.be.a('number');
    expect(inside(el).layoutCtl.runsIn).to.equal('none');
    expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(stored);
  });

  describe('where a page refuses workers', () => {
    const RealWorker = window.Worker;
    afterEach(() => {
      window.Worker = RealWorker;
    });

    it('lays out on the page when the Worker constructor throws', async function () {
      this.timeout(30000);
      window.Worker = class {
        constructor() {
          throw new DOMException('refused', 'SecurityError');
        }
      } as unknown as typeof Worker;
      const doc = generatedGraph(400);
      const el = await graph(doc);
      const end = nextEvent(el, 'concept-layout-end', 25000);
      await frame();
      await frame();
      await frame();
      expect(inside(el).layoutCtl.runsIn).to.equal('page');
      await end;
      expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(restingPositions(doc));
    });

    for (const after of [0, 400]) {
      it(`lays out on the page when the worker fails to load (a policy refusing it reports an error event) ${after} ms after it was made`, async function () {
        this.timeout(30000);
        let made = 0;
        window.Worker = class {
          onmessage: unknown = null;
          onerror: ((e: Event) => void) | null = null;
          constructor() {
            made++;
            setTimeout(() => this.onerror?.(new Event('error')), after);
          }
          postMessage() {}
          terminate() {}
        } as unknown as typeof Worker;
        const doc = generatedGraph(400);
        const el = await graph(doc);
        await nextEvent(el, 'concept-layout-end', 25000);
        expect(made).to.equal(1);
        expect(inside(el).layoutCtl.runsIn).to.equal('none');
        expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(restingPositions(doc));
      });
    }
  });

  it('ends its worker when the map leaves the page, and finishes the layout when it comes back', async function () {
    this.timeout(30000);
    const el = await graph(generatedGraph(3000));
    const holder = el.parentElement!;
    await new Promise((r) => setTimeout(r, 600));
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
    el.remove();
    const ticks = el.stats.ticks;
    await new Promise((r) => setTimeout(r, 400));
    expect(el.stats.ticks).to.equal(ticks);
    expect(inside(el).layoutCtl.runsIn).to.equal('none');
    const end = nextEvent(el, 'concept-layout-end', 25000);
    holder.append(el);
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
    await end;
    expect(el.stats.ticks).to.be.greaterThan(ticks);
  });

  it('takes a drag in the worker: the node goes where it is dropped and the map settles around it', async function () {
    this.timeout(30000);
    const el = await graph(generatedGraph(400));
    await nextEvent(el, 'concept-layout-end', 25000);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const rect = canvas.getBoundingClientRect();
    const at = el.screenPosition('n3')!;
    const pointer = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(new PointerEvent(type, { clientX: rect.left + x, clientY: rect.top + y, bubbles: true, button: 0, pointerId: 3, isPrimary: true, pointerType: 'mouse' }));
    const end = nextEvent(el, 'concept-layout-end', 25000);
    pointer('pointerdown', at.x, at.y);
    pointer('pointermove', at.x + 40, at.y + 30);
    pointer('pointermove', at.x + 80, at.y + 60);
    await frame();
    expect(inside(el).layoutCtl.runsIn).to.equal('worker');
    pointer('pointerup', at.x + 80, at.y + 60);
    await end;
    const now = el.screenPosition('n3')!;
    expect(now.x).to.be.closeTo(at.x + 80, 0.5);
    expect(now.y).to.be.closeTo(at.y + 60, 0.5);
    expect(el.stats.ticks).to.be.greaterThan(220);
  });
});

/** A dense map drawn at rest at once: 3,000 nodes with stored positions scattered by `seed`. */
async function scatteredMap(seed: number): Promise<ConceptGraph> {
  const doc = generatedGraph(3000);
  const random = lcg(seed);
  doc.positions = Object.fromEntries(doc.nodes.map((n) => [n.id, [(random() - 0.5) * 3000, (random() - 0.5) * 2000]]));
  const el = await graph(doc);
  await frame();
  await frame();
  return el;
}

describe('the dense style', () => {
  it('draws a large map fitted on screen densely, with at most 120 labels, and in full when zoomed in', async function () {
    this.timeout(30000);
    const el = await scatteredMap(3);
    expect(inside(el).renderer.lastDense).to.equal(true);
    expect(el.drawnLabels.size).to.be.within(1, 120);
    el.zoomBy(12);
    await new Promise((r) => setTimeout(r, 1000));
    await frame();
    expect(inside(el).renderer.lastDense).to.equal(false);
  });

  it('strokes a dense map\'s links narrower than one device pixel at every zoom: the rasteriser\'s fast hairline', async function () {
    this.timeout(30000);
    const el = await scatteredMap(3);
    const ctx = el.shadowRoot!.querySelector('canvas')!.getContext('2d')!;
    // Skia works in float32: a width of 1 px in doubles can come out a hair over 1, and is then
    // stroked as a polygon, twenty times slower.
    const widths: number[] = [];
    const stroke = ctx.stroke.bind(ctx);
    ctx.stroke = (...args: [] | [Path2D]) => {
      widths.push(Math.fround(Math.fround(ctx.lineWidth) * Math.fround(ctx.getTransform().a)));
      stroke(...(args as []));
    };
    const { viewport, drawNow, renderer } = inside(el);
    const start = viewport.transform;
    for (let i = 0; i < 60; i++) {
      viewport.setTransform({ ...start, k: start.k * (1 + i * 0.0137) });
      drawNow.call(inside(el));
      expect(renderer.lastDense).to.equal(true);
    }
    expect(widths.length).to.be.at.least(60);
    expect(widths.filter((w) => w > 1)).to.deep.equal([]);
  });

  it('moves a dense picture as an image while the camera pans, and draws it afresh when the camera rests', async function () {
    this.timeout(30000);
    const el = await scatteredMap(5);
    expect(inside(el).renderer.lastDense).to.equal(true);
    const counts = countDraws(el);
    const before = el.screenPosition('n10')!;
    await pan(el, 12);
    expect(counts.blits).to.be.greaterThan(8);
    expect(counts.draws).to.equal(0);
    await new Promise((r) => setTimeout(r, 250));
    await frame();
    expect(counts.draws).to.equal(1);
    const after = el.screenPosition('n10')!;
    expect(after.x - before.x).to.be.closeTo(72, 0.5);
    expect(after.y).to.be.closeTo(before.y, 0.5);
  });

  it('shows a hover on a dense map over its faded last picture, and the picture again when the hover ends', async function () {
    this.timeout(30000);
    const el = await scatteredMap(9);
    const counts = countDraws(el);
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const rect = canvas.getBoundingClientRect();
    const at = el.screenPosition('n0')!;
    const move = (x: number, y: number) => canvas.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + x, clientY: rect.top + y, bubbles: true, pointerId: 5, isPrimary: true, pointerType: 'mouse' }));
    const hovered = nextEvent<{ id: string | null }>(el, 'concept-hover');
    move(at.x, at.y);
    expect((await hovered).detail.id).to.equal('n0');
    await frame();
    await frame();
    expect(counts.hovers).to.equal(1);
    expect(counts.draws).to.equal(0);
    // The hovered node and its neighbours are labelled over the faded map, and nothing else.
    expect(el.drawnLabels.has('n0')).to.equal(true);
    const lit = new Set(['n0']);
    for (const l of (el.graph as GraphDocument).links) if (l.source === 'n0' || l.target === 'n0') lit.add(l.source === 'n0' ? l.target : l.source);
    expect([...el.drawnLabels].filter((id) => !lit.has(id))).to.deep.equal([]);
    const left = nextEvent<{ id: string | null }>(el, 'concept-hover');
    move(2, 2);
    expect((await left).detail.id).to.equal(null);
    await frame();
    await frame();
    expect(counts.hovers).to.equal(2);
    expect(counts.draws).to.equal(0);
  });

  it('draws a small map afresh on every camera move', async () => {
    const el = await graph(await seedDocument(), 'static');
    await frame();
    const counts = countDraws(el);
    await pan(el, 6);
    expect(counts.blits).to.equal(0);
    expect(counts.draws).to.be.greaterThan(4);
  });

  it('never draws the seed map densely', async () => {
    const el = await graph(await seedDocument(), 'static');
    await frame();
    await frame();
    expect(inside(el).renderer.lastDense).to.equal(false);
    expect(inside(el).layoutCtl.runsIn).to.equal('none');
  });
});

describe('a dense map while it moves: frames the layout worker paints', () => {
  it('shows the worker\'s pictures while the layout runs, each exactly what the page paints of those positions, lit or not, and draws the map at rest itself', async function () {
    this.timeout(30000);
    const el = await graph(generatedGraph(1000));
    const r = inside(el).renderer;
    const draw = r.draw.bind(r);
    const pictures: Array<{ differing: number; faded: boolean; frames: number; moved: boolean }> = [];
    const drawn: string[] = [];
    r.draw = (...args) => {
      const picture = args[2] as Picture | null | undefined;
      drawn.push(picture ? 'picture' : 'here');
      if (picture) {
        const image = picture.image as ImageBitmap;
        const { width, height } = image;
        const shown = new OffscreenCanvas(width, height).getContext('2d')!;
        shown.drawImage(image, 0, 0);
        const own = new OffscreenCanvas(width, height).getContext('2d')!;
        paintDense(own, picture.plan, inside(el).layoutCtl.layout!.nodes, picture.view as PaintView);
        const a = shown.getImageData(0, 0, width, height).data;
        const b = own.getImageData(0, 0, width, height).data;
        let differing = 0;
        for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) differing++;
        // Shown with the camera it was painted with, while the map frames itself: copied, not resampled.
        const { k, x, y } = (args[0] as { transform: { k: number; x: number; y: number } }).transform;
        const moved = k !== picture.view.k || x !== picture.view.x || y !== picture.view.y;
        pictures.push({ differing, faded: picture.plan.groups.some((g) => g.faded), frames: el.stats.frames, moved });
        // Halfway, something is lit: the worker paints the rest faded.
        if (pictures.length === 2) el.highlighted = 'n0';
      }
      draw(...args);
    };
    // How many frames a layout gets depends on the machine's load: wake it again until the
    // worker has painted four.
    for (let round = 0; round < 6; round++) {
      await nextEvent(el, 'concept-layout-end', 25000);
      if (pictures.length >= 4) break;
      inside(el).layoutCtl.reheat(0.5);
    }
    await frame();
    await frame();
    expect(pictures.length).to.be.at.least(4);
    expect(pictures.map((p) => p.differing)).to.deep.equal(pictures.map(() => 0));
    expect(pictures.filter((p) => p.moved)).to.deep.equal([]);
    expect(pictures.slice(0, 2).map((p) => p.faded)).to.deep.equal([false, false]);
    expect(pictures.at(-1)!.faded).to.equal(true);
    // Each counts as a frame.
    for (let i = 1; i < pictures.length; i++) expect(pictures[i]!.frames).to.be.greaterThan(pictures[i - 1]!.frames);
    // The first frame after the change and the map at rest are drawn here.
    expect(drawn.at(-1)).to.equal('here');
    expect(drawn.slice(drawn.indexOf('picture'), drawn.lastIndexOf('picture'))).to.include('here');
  });

  it('gives the worker its colours as the page resolves them: there, system colours (High Contrast) would be their defaults', async function () {
    this.timeout(30000);
    const el = await graph(generatedGraph(1000), 'static');
    const frame = inside(el).frame()!;
    const plan = inside(el).renderer.densePlan({ ...frame, theme: forcedTheme(frame.theme, ['paper', 'concept', 'benchmark', 'model', 'method']) });
    const resolve = (color: string) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.fillStyle = color;
      return ctx.fillStyle;
    };
    expect([...new Set([...plan.links, ...plan.groups].map((p) => p.color))].sort()).to.deep.equal([resolve('CanvasText'), resolve('GrayText')].sort());
  });
});

// The embeddable file (dist/lib/concept-map.js, built by `npm run build`) starts its worker from a
// blob of its own engine's source: no second file to find, from any origin.
describe('dist/lib/concept-map.js: the layout worker of the one-file build', () => {
  const LIB = '/dist/lib/concept-map.js';
  const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html concept-map";

  async function page(csp: string | null, nodes = 400, watch?: (win: Window & typeof globalThis) => void): Promise<{ el: ConceptGraph; frame: HTMLIFrameElement }> {
    const head = await fetch(LIB, { method: 'HEAD' });
    if (!head.ok) throw new Error(`${LIB} is missing (HTTP ${head.status}): run \`npm run build:lib\` before the browser tests.`);
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 900px; height: 600px; border: 0';
    const meta = csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    iframe.srcdoc = `<!doctype html><html><head>${meta}<script type="module" src="${LIB}"></script></head><body><concept-graph></concept-graph></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis;
    const start = performance.now();
    while (!win.customElements.get('concept-graph')) {
      if (performance.now() - start > 10000) throw new Error('<concept-graph> was not defined');
      await new Promise((r) => setTimeout(r, 25));
    }
    const el = iframe.contentDocument!.querySelector('concept-graph') as ConceptGraph;
    el.style.cssText = 'display: block; width: 900px; height: 600px';
    watch?.(win);
    el.graph = generatedGraph(nodes);
    return { el, frame: iframe };
  }

  for (const [name, csp, where] of [
    ['runs in a blob worker on a page without a policy', null, 'worker'],
    ['runs in a blob worker where the policy allows worker-src blob: (through the concept-map Trusted Types policy)', `${STRICT}; worker-src blob:`, 'worker'],
    ['lays out on the page where a strict policy refuses blob workers', STRICT, 'none'],
  ] as const) {
    it(name, async function () {
      this.timeout(30000);
      const { el, frame: iframe } = await page(csp);
      try {
        await nextEvent(el, 'concept-layout-end', 25000);
        expect(inside(el).layoutCtl.runsIn).to.equal(where);
        expect(Array.from(inside(el).layoutCtl.layout!.positions())).to.deep.equal(restingPositions(generatedGraph(400)));
      } finally {
        iframe.remove();
      }
    });
  }

  it('paints a dense map\'s frames in its blob worker while the layout runs', async function () {
    this.timeout(30000);
    let pictures = 0;
    const { el, frame: iframe } = await page(null, 1000, (win) => {
      // Every message from a worker of this page that carries a picture (its fields may have short names in this file).
      win.Worker = class extends win.Worker {
        constructor(...args: ConstructorParameters<typeof Worker>) {
          super(...args);
          this.addEventListener('message', (e) => void (Object.values(e.data as object).some((v) => v instanceof win.ImageBitmap) && pictures++));
        }
      };
    });
    try {
      await nextEvent(el, 'concept-layout-end', 25000);
      expect(inside(el).layoutCtl.runsIn).to.equal('worker');
      expect(pictures).to.be.greaterThan(2);
    } finally {
      iframe.remove();
    }
  });
});
