import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { WARM_UP_ROUNDS, mapArrived, resetWarmUp } from '../../src/components/warmUp.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

// The warm-up is once a page: these tests run in order, in this file's own page. Defining the
// element started one; it is cancelled here, so that the first map below is drawn without it.
mapArrived();

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
const slices = () => performance.getEntriesByName('concept-map warm-up') as PerformanceMeasure[];
const rehearsals = () => slices().length;
/** Rounds done so far, as the last idle callback of the warm-up reported them. */
const rounds = () => (slices().at(-1)?.detail as { rounds: number } | undefined)?.rounds ?? 0;

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

  it('does not run once a map has arrived on the page', async () => {
    first = await element(await seedDocument());
    await idle();
    await idle();
    expect(rehearsals()).to.equal(0);
    // Nor does an element that comes later, waiting for its map, start one.
    await element(null);
    await idle();
    await idle();
    expect(rehearsals()).to.equal(0);
  });

  it('runs once, in a few idle callbacks, for an element still waiting for its map, and leaves no trace in the page', async () => {
    resetWarmUp();
    const seen: string[] = [];
    const listen = (e: Event) => seen.push(e.type);
    const types = ['concept-error', 'concept-layout-end', 'concept-select', 'concept-hover'];
    for (const type of types) window.addEventListener(type, listen, true);
    const tags = () => [...document.querySelectorAll('*:not(div)')].map((e) => e.tagName.toLowerCase());
    const before = tags();
    await element(null);
    for (let i = 0; i < 60 && rounds() < WARM_UP_ROUNDS; i++) await idle();
    expect(rounds()).to.equal(WARM_UP_ROUNDS);
    // In several idle callbacks, each some steps of a round, the rounds counted up as they end.
    const counts = slices().map((m) => (m.detail as { rounds: number }).rounds);
    expect(counts.length).to.be.at.least(3);
    expect(counts).to.deep.equal([...counts].sort((x, y) => x - y));
    expect(counts.at(-2)).to.be.below(WARM_UP_ROUNDS);
    const callbacks = rehearsals();
    // The element (in its holder), and nothing of the made-up map.
    expect(tags()).to.deep.equal([...before, 'concept-graph']);
    expect(seen).to.deep.equal([]);
    for (const type of types) window.removeEventListener(type, listen, true);

    // A second element waiting on the same page does not rehearse again.
    await element(null);
    await idle();
    await idle();
    expect(rehearsals()).to.equal(callbacks);
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
