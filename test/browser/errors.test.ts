import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import { nextEvent, seedDocument } from './helpers.js';

async function mapWithSrc(src: string): Promise<{ el: ConceptMap; message: string }> {
  const holder = document.createElement('div');
  document.body.append(holder);
  const error = nextEvent<{ message: string }>(holder, 'concept-error');
  const el = document.createElement('concept-map');
  el.src = src;
  holder.append(el);
  const message = (await error).detail.message;
  await el.updateComplete;
  return { el, message };
}

function dataUrl(text: string): string {
  return `data:application/json,${encodeURIComponent(text)}`;
}

describe('<concept-map> with bad input', () => {
  it('says which URL failed and why when src is a 404', async () => {
    const { el, message } = await mapWithSrc('/no/such/map.json');
    expect(message).to.equal('Could not load the map from /no/such/map.json: HTTP 404 Not Found.');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('HTTP 404 Not Found');
    el.parentElement!.remove();
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const { el, message } = await mapWithSrc(dataUrl('{\n  "schema": "concept-map/v1",\n  "nodes": [,]\n}'));
    expect(message).to.match(/line 3, column 13/);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('line 3');
    el.parentElement!.remove();
  });

  it('names the node and field of an invalid document', async () => {
    const doc = await seedDocument();
    (doc.nodes[2] as unknown as { year: unknown }).year = 'soon';
    const { el, message } = await mapWithSrc(dataUrl(JSON.stringify(doc)));
    expect(message).to.contain(`nodes[2] ("${doc.nodes[2]!.id}").year`);
    el.parentElement!.remove();
  });

  it('names a link to a node that does not exist', async () => {
    const doc = await seedDocument();
    doc.links[0]!.target = 'benchmark:nowhere';
    const { message } = await mapWithSrc(dataUrl(JSON.stringify(doc)));
    expect(message).to.contain('links[0].target');
    expect(message).to.contain('benchmark:nowhere');
  });

  it('refuses an Infinity coordinate before it reaches the layout', async () => {
    const doc = await seedDocument();
    const text = JSON.stringify({ ...doc, positions: { [doc.nodes[0]!.id]: [0, 0] } }).replace('[0,0]', '[1e999,0]');
    const { el, message } = await mapWithSrc(dataUrl(text));
    expect(message).to.contain('positions');
    el.parentElement!.remove();
  });

  it('keeps the last good map on screen when a later src fails', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map static style="height: 400px" .graph=${doc}></concept-map>`);
    el.graph = null;
    const error = nextEvent<{ message: string }>(el, 'concept-error');
    el.src = '/missing.json';
    await error;
    await el.updateComplete;
    expect(el.index!.nodes.length).to.equal(doc.nodes.length);
    expect(el.shadowRoot!.querySelector('concept-graph')!.index === el.index).to.equal(true);
  });
});

describe('<concept-map> leaving the page while loading', () => {
  it('abandons the fetch without an error and loads again when put back', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const errors: string[] = [];
    holder.addEventListener('concept-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    const el = document.createElement('concept-map');
    el.setAttribute('static', '');
    el.src = '/data/seed.graph.json';
    holder.append(el);
    el.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).to.deep.equal([]);
    expect(el.index).to.equal(null);
    holder.append(el);
    const deadline = Date.now() + 5000;
    while (!el.index && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(el.index!.nodes.length).to.equal((await seedDocument()).nodes.length);
    expect(errors).to.deep.equal([]);
  });
});

describe('<concept-map> with odd attributes', () => {
  it('ignores unknown kinds, an out-of-range depth and a non-numeric seed', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map static style="height: 500px" kinds="paper,nonsense" depth="7" seed="abc" .graph=${doc}></concept-map>`);
    await el.updateComplete;
    expect(el.depth).to.equal(0);
    const graph = el.shadowRoot!.querySelector('concept-graph')!;
    await graph.updateComplete;
    expect(graph.visibleIds.size).to.equal(doc.nodes.filter((n) => n.kind === 'paper').length);
    el.kinds = 'nonsense';
    await el.updateComplete;
    await graph.updateComplete;
    expect(graph.visibleIds.size).to.equal(doc.nodes.length);
  });
});
