import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { WARM_UP_ROUNDS } from '../../src/components/warmUp.js';
import { nextEvent, seedDocument } from './helpers.js';

// Its own file, so its own page: the warm-up is once a page, and defining the element started it.

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
const rounds = () => {
  const slices = performance.getEntriesByName('concept-map warm-up') as PerformanceMeasure[];
  return (slices.at(-1)?.detail as { rounds: number } | undefined)?.rounds ?? 0;
};

describe('the warm-up started with the library', () => {
  it('runs before any element is on the page, and stops at once when a map arrives, which is drawn', async () => {
    expect(document.querySelector('concept-graph')).to.equal(null);
    for (let i = 0; i < 40 && rounds() === 0; i++) await idle();
    const doc = await seedDocument();
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    // Still part-way when the map comes, and from here to the map's arrival no task runs, so the
    // warm-up cannot take another step before it is told.
    expect(rounds()).to.be.within(1, WARM_UP_ROUNDS - 1);
    expect(document.querySelector('concept-graph')).to.equal(null);

    const el = document.createElement('concept-graph') as ConceptGraph;
    el.style.cssText = 'display: block; width: 600px; height: 400px';
    el.static = true;
    el.graph = doc;
    const ended = nextEvent(el, 'concept-layout-end', 10000);
    holder.append(el);
    // The first update takes the map in: microtasks only, so no idle callback comes between.
    await el.updateComplete;
    const before = rounds();
    await ended;
    for (let i = 0; i < 5; i++) await idle();
    expect(rounds()).to.equal(before);
    expect(el.stats.firstFrameAt).to.be.a('number');
  });
});
