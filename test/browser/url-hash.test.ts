import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import { seedDocument } from './helpers.js';

describe('<concept-map sync-url>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('restores selection, focus depth and kinds from the hash', async () => {
    history.replaceState(null, '', '#node=benchmark%3Ammlu&depth=2&kinds=paper,benchmark');
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map sync-url static style="height: 500px" .graph=${doc}></concept-map>`);
    await el.updateComplete;
    expect(el.selected).to.equal('benchmark:mmlu');
    expect(el.depth).to.equal(2);
    expect(el.kinds).to.equal('paper,benchmark');
  });

  it('writes the shared view into the hash as it changes', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map sync-url static style="height: 500px" .graph=${doc}></concept-map>`);
    el.selected = 'paper:cople-lexical-sensitivity';
    el.depth = 1;
    await el.updateComplete;
    expect(location.hash).to.equal('#node=paper%3Acople-lexical-sensitivity&depth=1');
  });

  it('leaves the URL alone without sync-url', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map static style="height: 500px" .graph=${doc}></concept-map>`);
    el.selected = 'benchmark:mmlu';
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });
});
