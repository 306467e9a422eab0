import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

// The warm-up is once a page: these tests run in order, in this file's own page.

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
const rehearsals = () => performance.getEntriesByName('concept-map warm-up').length;

async function element(graph: unknown): Promise<ConceptGraph> {
  const el = document.createElement('concept-graph');
  el.style.cssText = 'display: block; width: 600px; height: 400px';
  el.static = true;
  if (graph) el.graph = graph as ConceptGraph['graph'];
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.append(el);
  await el.updateComplete;
  return el;
}

describe('the warm-up before a first map', () => {
  let first: ConceptGraph;

  it('does not run when the map comes with the element', async () => {
    first = await element(await seedDocument());
    await idle();
    await idle();
    expect(rehearsals()).to.equal(0);
  });

  it('runs once, while the page is idle, for an element still waiting for its map, and leaves no trace in the page', async () => {
    const seen: string[] = [];
    const listen = (e: Event) => seen.push(e.type);
    const types = ['concept-error', 'concept-layout-end', 'concept-select', 'concept-hover'];
    for (const type of types) window.addEventListener(type, listen, true);
    const tags = () => [...document.querySelectorAll('*:not(div)')].map((e) => e.tagName.toLowerCase());
    const before = tags();
    await element(null);
    for (let i = 0; i < 20 && rehearsals() === 0; i++) await idle();
    expect(rehearsals()).to.equal(1);
    // The element (in its holder), and nothing of the made-up map.
    expect(tags()).to.deep.equal([...before, 'concept-graph']);
    expect(seen).to.deep.equal([]);
    for (const type of types) window.removeEventListener(type, listen, true);

    // A second element waiting on the same page does not rehearse again.
    await element(null);
    await idle();
    await idle();
    expect(rehearsals()).to.equal(1);
  });

  it('leaves a map given afterwards exactly as it is without one', async () => {
    const el = await element(null);
    const ended = nextEvent(el, 'concept-layout-end', 10000);
    el.graph = await seedDocument();
    await ended;
    await frame();
    const doc = await seedDocument();
    expect(doc.nodes.length).to.be.greaterThan(20);
    for (const node of doc.nodes) expect(el.screenPosition(node.id), node.id).to.deep.equal(first.screenPosition(node.id));
    expect([...el.drawnLabels].sort()).to.deep.equal([...first.drawnLabels].sort());
  });
});
