import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import '../../src/define/concept-map.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import { CanvasRenderer } from '../../src/render/CanvasRenderer.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

async function seedGraph(): Promise<ConceptGraph> {
  const doc = await seedDocument();
  const el = await fixture<ConceptGraph>(html`<concept-graph static style="width: 900px; height: 600px" .graph=${doc}></concept-graph>`);
  await frame();
  return el;
}

function pointer(el: ConceptGraph, type: string, x: number, y: number): void {
  const canvas = el.shadowRoot!.querySelector('canvas')!;
  const rect = canvas.getBoundingClientRect();
  canvas.dispatchEvent(new PointerEvent(type, { clientX: rect.left + x, clientY: rect.top + y, bubbles: true, button: 0, pointerId: 7, isPrimary: true, pointerType: 'mouse' }));
}

describe('<concept-graph> on its own', () => {
  it('takes a document through the graph property and measures itself', async () => {
    const el = await seedGraph();
    const doc = await seedDocument();
    expect(el.visibleIds.size).to.equal(doc.nodes.length);
    const stats = el.stats;
    expect(stats.ticks).to.equal(220);
    expect(stats.frames).to.be.greaterThan(0);
    expect(stats.firstFrameAt).to.be.a('number');
    expect(stats.settledAt).to.be.a('number');
  });

  it('fires concept-error for an invalid document and draws nothing', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const error = nextEvent<{ message: string }>(holder, 'concept-error');
    const el = document.createElement('concept-graph');
    el.graph = { schema: 'concept-map/v1', title: 't', nodes: [{ id: 'a', kind: 'paper' }], links: [] };
    holder.append(el);
    const message = (await error).detail.message;
    expect(message).to.contain('nodes[0] ("a").label');
    expect(el.visibleIds.size).to.equal(0);
  });

  it('has its empty canvas presented twice before a map comes, and leaves it empty', async () => {
    let primes = 0;
    const prime = CanvasRenderer.prototype.prime;
    CanvasRenderer.prototype.prime = function (this: CanvasRenderer) {
      primes++;
      prime.call(this);
    };
    try {
      const el = await fixture<ConceptGraph>(html`<concept-graph style="display: block; width: 300px; height: 200px"></concept-graph>`);
      for (let i = 0; i < 8; i++) await frame();
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      expect(primes).to.equal(2);
      expect(pixels.some((v) => v !== 0)).to.equal(false);
    } finally {
      CanvasRenderer.prototype.prime = prime;
    }
  });

  it('reports the node under the pointer as it moves', async () => {
    const el = await seedGraph();
    const at = el.screenPosition('benchmark:snli')!;
    const hover = oneEvent(el, 'concept-hover');
    pointer(el, 'pointermove', at.x, at.y);
    expect((await hover).detail).to.deep.equal({ id: 'benchmark:snli' });
    const leave = oneEvent(el, 'concept-hover');
    pointer(el, 'pointermove', 2, 2);
    expect((await leave).detail).to.deep.equal({ id: null });
  });

  it('pins a dragged node where it is dropped', async () => {
    const el = await seedGraph();
    const from = el.screenPosition('benchmark:sick')!;
    pointer(el, 'pointerdown', from.x, from.y);
    pointer(el, 'pointermove', from.x + 30, from.y + 20);
    pointer(el, 'pointermove', from.x + 60, from.y + 40);
    pointer(el, 'pointerup', from.x + 60, from.y + 40);
    const to = el.screenPosition('benchmark:sick')!;
    expect(Math.round(to.x - from.x)).to.equal(60);
    expect(Math.round(to.y - from.y)).to.equal(40);
  });

  it('lets the page scroll past it until it has focus, then zooms with the wheel, and back to fit with 0', async () => {
    const el = await seedGraph();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const before = el.screenPosition('paper:reka-core-flash-edge')!;
    const rect = canvas.getBoundingClientRect();
    const wheel = (init: WheelEventInit = {}) => {
      const event = new WheelEvent('wheel', { deltaY: -300, clientX: rect.left + 450, clientY: rect.top + 300, bubbles: true, cancelable: true, ...init });
      canvas.dispatchEvent(event);
      return event.defaultPrevented;
    };
    (document.activeElement as HTMLElement | null)?.blur();
    expect(wheel()).to.equal(false);
    expect(el.screenPosition('paper:reka-core-flash-edge')).to.deep.equal(before);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.wheel-hint')!.hasAttribute('hidden')).to.equal(false);
    expect(wheel({ ctrlKey: true, deltaY: -30 })).to.equal(true);
    const pinched = el.screenPosition('paper:reka-core-flash-edge')!;
    expect(Math.hypot(pinched.x - 450, pinched.y - 300)).to.be.greaterThan(Math.hypot(before.x - 450, before.y - 300));
    el.zoomToFit(undefined, false);
    canvas.focus();
    expect(wheel()).to.equal(true);
    const zoomed = el.screenPosition('paper:reka-core-flash-edge')!;
    expect(Math.hypot(zoomed.x - 450, zoomed.y - 300)).to.be.greaterThan(Math.hypot(before.x - 450, before.y - 300));
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: '0', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 600));
    const back = el.screenPosition('paper:reka-core-flash-edge')!;
    expect(Math.round(back.x)).to.equal(Math.round(before.x));
    expect(Math.round(back.y)).to.equal(Math.round(before.y));
  });

  it('shows only the selection\'s neighbourhood at a focus depth', async () => {
    const el = await seedGraph();
    el.selected = 'benchmark:mmlu';
    el.depth = 1;
    await el.updateComplete;
    expect([...el.visibleIds].sort()).to.deep.equal(['benchmark:mmlu', 'paper:reka-core-flash-edge']);
    el.depth = 0;
    await el.updateComplete;
    expect(el.visibleIds.size).to.be.greaterThan(80);
  });

  it('stops drawing when removed from the page, and draws again when put back', async () => {
    const el = await seedGraph();
    const parent = el.parentElement!;
    el.remove();
    const frames = el.stats.frames;
    el.selected = 'benchmark:mmlu';
    await el.updateComplete;
    await frame();
    await frame();
    expect(el.stats.frames).to.equal(frames);
    parent.append(el);
    await frame();
    await frame();
    expect(el.stats.frames).to.be.greaterThan(frames);
  });

  it('lays out the same document the same way every time', async () => {
    const a = await seedGraph();
    const b = await seedGraph();
    for (const id of ['paper:reka-core-flash-edge', 'taxonomy:self-evolution', 'benchmark:tiage']) {
      expect(a.screenPosition(id)).to.deep.equal(b.screenPosition(id));
    }
  });
});

describe('untrusted text', () => {
  it('shows markup in a label or abstract as text and never as HTML', async () => {
    const doc = await seedDocument();
    const paper = doc.nodes.find((n) => n.kind === 'paper')!;
    paper.label = '<img src=x onerror="window.__pwned=1">';
    paper.title = '<b>bold</b> title';
    const el = await fixture<ConceptMap>(html`<concept-map static style="height: 500px" .graph=${doc} .selected=${paper.id}></concept-map>`);
    const panel = el.shadowRoot!.querySelector('concept-panel')!;
    await panel.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(panel.shadowRoot!.querySelector('b')).to.equal(null);
    expect(panel.shadowRoot!.querySelector('h2')!.textContent).to.equal('<b>bold</b> title');
    const outline = [...el.shadowRoot!.querySelectorAll('[part="outline"] button')].map((b) => b.textContent!.trim());
    expect(outline.some((t) => t.startsWith('<img src=x'))).to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads a document from an inline JSON script', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map static style="height: 400px"><script type="application/json">${JSON.stringify(doc)}</script></concept-map>`);
    await el.updateComplete;
    expect(el.index!.nodes.length).to.equal(doc.nodes.length);
  });
});

describe('<concept-graph> styling', () => {
  it('paints a kind in the colour its --concept-kind-* custom property gives, for a document that arrives later', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptGraph>(
      html`<concept-graph static style="width: 900px; height: 600px; --concept-kind-paper: rgb(255, 0, 0)"></concept-graph>`,
    );
    el.graph = doc;
    await el.updateComplete;
    await frame();
    el.drawNow();
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const at = el.screenPosition('paper:reka-core-flash-edge')!;
    const dpr = canvas.width / canvas.clientWidth;
    const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(at.x * dpr), Math.round(at.y * dpr), 1, 1).data;
    expect([r, g, b]).to.deep.equal([255, 0, 0]);
  });

  it('draws in the system colours when the reader forces colours (High Contrast)', async () => {
    // The test runner cannot emulate forced-colors, so the media query answers as Windows would.
    const real = window.matchMedia;
    window.matchMedia = (query: string) => {
      const list = real.call(window, query);
      if (!query.includes('forced-colors')) return list;
      return { matches: true, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false } as MediaQueryList;
    };
    try {
      const el = await seedGraph();
      await new Promise((r) => setTimeout(r, 50));
      const svg = el.exportSVG();
      expect(svg).to.contain('fill="Canvas"');
      expect(svg).to.match(/<text[^>]*fill="CanvasText"/);
      expect(svg).not.to.contain('#0072b2');
    } finally {
      window.matchMedia = real;
    }
  });
});
