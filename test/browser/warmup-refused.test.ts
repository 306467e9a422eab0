import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-graph.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { nextEvent } from './helpers.js';
import { generatedGraph } from '../fixtures/generatedGraph.js';

// The layout worker the warm-up starts ahead of a first map, on a page that refuses workers.
// Once a page: this file has its own, and its tests run in order.

const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
const rehearsals = () => performance.getEntriesByName('concept-map warm-up').length;

let made = 0;
let ended = 0;
const RealWorker = window.Worker;

// Like a page whose policy refuses the worker: it is made, then reports an error event.
class Counted extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    made++;
    setTimeout(() => this.onerror?.(new ErrorEvent('error', { message: 'refused' })), 0);
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

describe('the spare layout worker, refused', () => {
  it('is let go as soon as it reports the refusal', async () => {
    await waiting();
    expect(rehearsals()).to.equal(1);
    expect(made).to.equal(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(ended).to.equal(1);
  });

  it('leaves a large map to start its own worker, and to lay out on the page when that is refused too', async function () {
    this.timeout(30000);
    const el = document.createElement('concept-graph');
    el.style.cssText = 'display: block; width: 600px; height: 400px';
    el.graph = generatedGraph(400);
    const done = nextEvent(el, 'concept-layout-end', 25000);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await done;
    expect(made).to.equal(2);
    expect(el.stats.ticks).to.be.greaterThan(200);
  });
});
