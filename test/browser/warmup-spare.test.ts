import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { nextEvent, seedDocument } from './helpers.js';

// The layout worker the warm-up starts ahead of a first map, where the first map is small enough
// to lay out on the page. Once a page: this file has its own.

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
const rehearsals = () => performance.getEntriesByName('concept-map warm-up').length;

let made = 0;
let ended = 0;
const RealWorker = window.Worker;

class Counted extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    made++;
  }
  override terminate(): void {
    ended++;
    super.terminate();
  }
}
window.Worker = Counted;

async function waiting(): Promise<ConceptGraph> {
  const el = document.createElement('concept-graph');
  el.style.cssText = 'display: block; width: 600px; height: 400px';
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  await el.updateComplete;
  for (let i = 0; i < 20 && rehearsals() === 0; i++) await idle();
  return el;
}

describe('the spare layout worker', () => {
  it('is ended when the first map is small enough to lay out on the page', async () => {
    const el = await waiting();
    expect(rehearsals()).to.equal(1);
    expect([made, ended]).to.deep.equal([1, 0]);
    const done = nextEvent(el, 'concept-layout-end', 10000);
    el.graph = await seedDocument();
    await done;
    expect([made, ended]).to.deep.equal([1, 1]);
  });
});
