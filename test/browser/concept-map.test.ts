import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import type { ConceptPanel } from '../../src/components/ConceptPanel.js';
import { deepText, nextEvent, seedDocument, frame } from './helpers.js';
import { generatedGraph } from '../fixtures/generatedGraph.js';

async function seedMap(attrs: { selected?: string; syncUrl?: boolean } = {}): Promise<ConceptMap> {
  const doc = await seedDocument();
  const el = await fixture<ConceptMap>(html`<concept-map
    style="height: 800px; width: 1280px"
    static
    ?sync-url=${attrs.syncUrl ?? false}
    .selected=${attrs.selected ?? null}
    .graph=${doc}
  ></concept-map>`);
  await el.updateComplete;
  await graphOf(el).updateComplete;
  await frame();
  return el;
}

const graphOf = (el: ConceptMap) => el.shadowRoot!.querySelector('concept-graph') as ConceptGraph;
const panelOf = (el: ConceptMap) => el.shadowRoot!.querySelector('concept-panel') as ConceptPanel;

describe('<concept-map> with the seed document', () => {
  it('draws the graph on a canvas sized for the device pixel ratio', async () => {
    const el = await seedMap();
    const canvas = graphOf(el).shadowRoot!.querySelector('canvas')!;
    expect(canvas.width).to.equal(Math.round(canvas.clientWidth * devicePixelRatio));
    expect(canvas.clientWidth).to.be.greaterThan(500);
    expect(graphOf(el).stats.frames).to.be.greaterThan(0);
    expect(graphOf(el).stats.settledAt).to.be.a('number');
  });

  it('makes every node label reachable as text in the outline', async () => {
    const el = await seedMap();
    const doc = await seedDocument();
    const outline = el.shadowRoot!.querySelector('[part="outline"]')!;
    const labels = [...outline.querySelectorAll('button')].map((b) => b.textContent!.replace(/\s+\d{4}$/, '').trim());
    expect(labels.length).to.equal(doc.nodes.length);
    for (const paper of doc.nodes.filter((n) => n.kind === 'paper')) expect(labels).to.include(paper.label);
  });

  it('shows the abstract in the panel when the page sets `selected`, without firing concept-select', async () => {
    const doc = await seedDocument();
    const paper = doc.nodes.find((n) => n.kind === 'paper')!;
    const el = await seedMap();
    let fired = 0;
    el.addEventListener('concept-select', () => fired++);
    el.selected = paper.id;
    await el.updateComplete;
    await panelOf(el).updateComplete;
    const abstract = panelOf(el).shadowRoot!.querySelector('[part="abstract"]')!;
    expect(abstract.textContent).to.equal(paper.abstract);
    expect(panelOf(el).shadowRoot!.querySelector('h2')!.textContent).to.equal(paper.title);
    expect(fired).to.equal(0);
  });

  it('highlights every evidenced mention of the abstract, and hovering one lights its node', async () => {
    const doc = await seedDocument();
    const paper = doc.nodes.find((n) => n.id === 'paper:reka-core-flash-edge')!;
    const el = await seedMap({ selected: paper.id });
    await panelOf(el).updateComplete;
    const marks = [...panelOf(el).shadowRoot!.querySelectorAll('mark')];
    const texts = marks.map((m) => m.textContent);
    expect(texts).to.include.members(['MMMU', 'VQAv2', 'MMLU', 'GSM8K', 'Perception-Test']);
    const mmlu = marks.find((m) => m.textContent === 'MMLU')!;
    const hover = oneEvent(el, 'concept-hover');
    mmlu.dispatchEvent(new MouseEvent('mouseenter'));
    expect((await hover).detail.id).to.equal('benchmark:mmlu');
    await el.updateComplete;
    expect(graphOf(el).highlighted).to.equal('benchmark:mmlu');
  });

  it('lists what links to a benchmark, and clicking an entry selects it', async () => {
    const el = await seedMap({ selected: 'benchmark:mmlu' });
    await panelOf(el).updateComplete;
    const root = panelOf(el).shadowRoot!;
    const headings = [...root.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.include('Evaluated in');
    const button = [...root.querySelectorAll('li button')].find((b) => b.textContent!.includes('Reka Core, Flash, and Edge'))! as HTMLButtonElement;
    const selected = oneEvent(el, 'concept-select');
    button.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'paper:reka-core-flash-edge', source: 'panel' });
    expect(el.selected).to.equal('paper:reka-core-flash-edge');
  });

  it('selects a node clicked on the canvas and says so in the live region', async () => {
    const el = await seedMap();
    const graph = graphOf(el);
    const canvas = graph.shadowRoot!.querySelector('canvas')!;
    const at = graph.screenPosition('benchmark:gsm8k')!;
    const rect = canvas.getBoundingClientRect();
    const init = { clientX: rect.left + at.x, clientY: rect.top + at.y, bubbles: true, button: 0, pointerId: 1, isPrimary: true };
    const selected = oneEvent(el, 'concept-select');
    canvas.dispatchEvent(new PointerEvent('pointerdown', init));
    canvas.dispatchEvent(new PointerEvent('pointerup', init));
    expect((await selected).detail).to.deep.equal({ id: 'benchmark:gsm8k', source: 'pointer' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Selected GSM8K, benchmark');
    expect(el.getAttribute('selected')).to.equal('benchmark:gsm8k');
  });

  it('walks the graph with arrow keys, opens a node with Enter and returns with Escape', async () => {
    const el = await seedMap();
    const graph = graphOf(el);
    const canvas = graph.shadowRoot!.querySelector('canvas')!;
    canvas.focus();
    const start = graph.focusedNode;
    expect(start).to.be.a('string');
    const moved = nextEvent<{ id: string }>(el, 'concept-focus');
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    const next = (await moved).detail.id;
    expect(next).to.not.equal(start);
    const selected = oneEvent(el, 'concept-select');
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect((await selected).detail).to.deep.equal({ id: next, source: 'keyboard' });
    await el.updateComplete;
    await panelOf(el).updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const heading = panelOf(el).shadowRoot!.querySelector('h2')!;
    // Compared by tag, not as objects: chai formatting a Lit element in a failure message hangs the page.
    expect(panelOf(el).shadowRoot!.activeElement?.tagName).to.equal('H2');
    heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(graph.shadowRoot!.activeElement?.tagName).to.equal('CANVAS');
    expect(graph.focusedNode).to.equal(next);
  });

  it('stops the arrow keys it handles and lets other keys pass to the page', async () => {
    const el = await seedMap();
    const canvas = graphOf(el).shadowRoot!.querySelector('canvas')!;
    const seen: string[] = [];
    const listener = (e: Event) => seen.push((e as KeyboardEvent).key);
    document.addEventListener('keydown', listener);
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, composed: true }));
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
    document.removeEventListener('keydown', listener);
    expect(seen).to.deep.equal(['x']);
  });

  it('Enter in the search box selects the best hit, and again the next one', async () => {
    const el = await seedMap();
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'gsm8k';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // The benchmark itself, and the paper whose abstract names it.
    expect(el.shadowRoot!.querySelector('#search-count')!.textContent).to.contain('2 found');
    const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
    const selected = oneEvent(el, 'concept-select');
    key('Enter');
    expect((await selected).detail).to.deep.equal({ id: 'benchmark:gsm8k', source: 'search' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#search-count')!.textContent).to.contain('1 of 2 · Enter for next');
    const next = oneEvent(el, 'concept-select');
    key('Enter');
    expect((await next).detail).to.deep.equal({ id: 'paper:reka-core-flash-edge', source: 'search' });
  });

  it('lists the best hits as a listbox that the arrow keys walk', async () => {
    const el = await seedMap();
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.focus();
    input.value = 'attention';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    expect(list.hidden).to.equal(false);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = [...list.querySelectorAll('[role="option"]')].map((o) => o.querySelector('.label')!.textContent);
    expect(options.length).to.equal(6);
    expect(options).to.include.members(['Soft attention', 'Hard attention', 'Reinforced Self-Attention Network']);
    const key = (k: string) => input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
    key('ArrowDown');
    key('ArrowDown');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('suggestion-1');
    const chosen = list.querySelector('#suggestion-1 .label')!.textContent;
    const selected = oneEvent(el, 'concept-select');
    key('Enter');
    const id = (await selected).detail.id as string;
    expect(el.index!.node(id)!.label).to.equal(chosen);
    await el.updateComplete;
    expect(list.hidden).to.equal(true);
    key('Escape');
    await el.updateComplete;
    expect(el.query).to.equal('');
  });

  it('shows a search hit that the filters hide', async () => {
    const el = await seedMap();
    el.kinds = 'paper';
    el.years = [2023, 2024];
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'SNLI';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('benchmark:snli');
    // SNLI is a benchmark (hidden by kind) of a 2018 paper (hidden by year): both filters lift.
    expect(el.kinds).to.equal(null);
    expect(el.years).to.equal(null);
    await graphOf(el).updateComplete;
    expect(graphOf(el).visibleIds.has('benchmark:snli')).to.equal(true);
  });

  it('keeps at least one kind on the map', async () => {
    const el = await seedMap();
    el.kinds = 'paper';
    await el.updateComplete;
    const papers = [...el.shadowRoot!.querySelectorAll('[part="legend"] button')].find((c) => c.textContent!.includes('Papers')) as HTMLButtonElement;
    papers.click();
    await el.updateComplete;
    expect(el.kinds).to.equal('paper');
  });

  it('filters by kind from the legend', async () => {
    const el = await seedMap();
    const chips = [...el.shadowRoot!.querySelectorAll('[part="legend"] button')] as HTMLButtonElement[];
    const benchmarks = chips.find((c) => c.textContent!.includes('Benchmarks'))!;
    expect(benchmarks.getAttribute('aria-pressed')).to.equal('true');
    benchmarks.click();
    await el.updateComplete;
    expect(benchmarks.getAttribute('aria-pressed')).to.equal('false');
    expect(el.kinds!.split(',')).to.not.include('benchmark');
    expect(graphOf(el).kinds!.has('benchmark')).to.equal(false);
    expect(graphOf(el).kinds!.has('paper')).to.equal(true);
  });

  it('draws the labels of every paper, taxonomy, category and benchmark at the fitted zoom on a 1280×800 screen', async () => {
    const doc = await seedDocument();
    const el = await seedMap();
    graphOf(el).drawNow();
    const drawn = graphOf(el).drawnLabels;
    const always = doc.nodes.filter((n) => ['paper', 'taxonomy', 'category', 'benchmark'].includes(n.kind)).map((n) => n.id);
    const missing = always.filter((id) => !drawn.has(id));
    expect(missing).to.deep.equal([]);
  });

  it('selects from the list view, which marks the current node', async () => {
    const el = await seedMap();
    const toggle = [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')].find((b) => b.textContent === 'List view') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const item = [...el.shadowRoot!.querySelectorAll('[part="outline"] button')].find((b) => b.textContent!.trim() === 'TIAGE') as HTMLButtonElement;
    expect(item.tabIndex).to.equal(0);
    const selected = oneEvent(el, 'concept-select');
    item.click();
    expect((await selected).detail).to.deep.equal({ id: 'benchmark:tiage', source: 'outline' });
    await el.updateComplete;
    expect(item.getAttribute('aria-current')).to.equal('true');
    const part = [...el.shadowRoot!.querySelectorAll('[part="outline"] button')].find((b) => b.textContent!.trim() === 'Updating') as HTMLButtonElement;
    part.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Selected Updating, category, 2 connections');
  });

  it('narrows the map by year and by focus depth from the toolbar', async () => {
    const el = await seedMap({ selected: 'paper:resan-hard-soft-attention' });
    const from = el.shadowRoot!.querySelector('select[aria-label="From year"]') as HTMLSelectElement;
    from.value = '2023';
    from.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.years).to.deep.equal([2023, 2024]);
    const graph = graphOf(el);
    await graph.updateComplete;
    expect(graph.visibleIds.has('paper:resan-hard-soft-attention')).to.equal(false);
    expect(graph.visibleIds.has('benchmark:snli')).to.equal(false);
    expect(graph.visibleIds.has('paper:reka-core-flash-edge')).to.equal(true);
    from.value = '2018';
    from.dispatchEvent(new Event('change'));
    const depth = el.shadowRoot!.querySelector('select[aria-label^="Focus"]') as HTMLSelectElement;
    depth.value = '1';
    depth.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await graph.updateComplete;
    expect(el.years).to.equal(null);
    expect(el.depth).to.equal(1);
    expect([...graph.visibleIds].sort()).to.deep.equal(
      ['benchmark:sick', 'benchmark:snli', 'concept:hard-attention', 'concept:natural-language-processing', 'concept:soft-attention', 'method:cnn', 'method:resa', 'method:resan', 'method:rnn', 'method:rss', 'paper:resan-hard-soft-attention'].sort(),
    );
  });

  it('follows theme="dark"', async () => {
    const el = await seedMap();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.hasAttribute('data-dark')).to.equal(true);
    el.theme = 'light';
    await el.updateComplete;
    expect(el.hasAttribute('data-dark')).to.equal(false);
  });

  it('passes axe with a node selected', async () => {
    const el = await seedMap({ selected: 'paper:llm-system-risk-taxonomy' });
    await panelOf(el).updateComplete;
    expect(deepText(el)).to.contain('Risk Taxonomy, Mitigation, and Assessment Benchmarks');
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme with the list view open', async () => {
    const el = await seedMap({ selected: 'benchmark:mmlu' });
    el.theme = 'dark';
    await el.updateComplete;
    const toggle = [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')].find((b) => b.textContent === 'List view') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('zooms from its on-screen buttons', async () => {
    const el = await seedMap();
    const graph = graphOf(el);
    const canvas = graph.shadowRoot!.querySelector('canvas')!;
    const cx = canvas.clientWidth / 2;
    const cy = canvas.clientHeight / 2;
    const spread = () => {
      const p = graph.screenPosition('paper:reka-core-flash-edge')!;
      return Math.hypot(p.x - cx, p.y - cy);
    };
    // The camera glides; on a busy machine the flight takes longer than its 450 ms.
    const landed = async () => {
      let last = NaN;
      for (let i = 0; i < 60; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const now = spread();
        if (now === last) return now;
        last = now;
      }
      return last;
    };
    const before = spread();
    (el.shadowRoot!.querySelector('button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    expect((await landed()) / before).to.be.closeTo(1.4, 0.01);
    (el.shadowRoot!.querySelector('button[aria-label="Zoom to fit"]') as HTMLButtonElement).click();
    expect((await landed()) / before).to.be.closeTo(1, 0.01);
  });

  it('keeps every node in view when the panel opens beside the map', async () => {
    const doc = await seedDocument();
    const el = await seedMap();
    el.selected = 'paper:reka-core-flash-edge';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 700));
    const graph = graphOf(el);
    const canvas = graph.shadowRoot!.querySelector('canvas')!;
    const outside = doc.nodes
      .map((n) => ({ id: n.id, p: graph.screenPosition(n.id)! }))
      .filter(({ p }) => p.x < 0 || p.y < 0 || p.x > canvas.clientWidth || p.y > canvas.clientHeight)
      .map(({ id }) => id);
    expect(canvas.clientWidth).to.be.lessThan(1000);
    expect(outside).to.deep.equal([]);
  });
});

describe('<concept-map> with a large map', () => {
  it('renders the outline once the map\'s first frame is drawn, and lists the most connected nodes of each kind', async () => {
    const doc = generatedGraph(1000);
    const el = await fixture<ConceptMap>(html`<concept-map style="height: 600px; width: 900px" static .graph=${doc}></concept-map>`);
    await el.updateComplete;
    await graphOf(el).updateComplete;
    expect(graphOf(el).stats.firstFrameAt).to.be.a('number');
    expect(el.shadowRoot!.querySelector('[part="outline"]')).to.equal(null);
    await frame();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const buttons = el.shadowRoot!.querySelectorAll('[part="outline"] button');
    const kinds = new Set(doc.nodes.map((n) => n.kind));
    const expected = [...kinds].reduce((sum, kind) => sum + Math.min(250, doc.nodes.filter((n) => n.kind === kind).length), 0);
    expect(buttons.length).to.equal(expected);
  });

  it('renders the outline at once in the list view', async () => {
    const doc = generatedGraph(1000);
    const el = await fixture<ConceptMap>(html`<concept-map style="height: 600px; width: 900px" static .graph=${doc}></concept-map>`);
    await el.updateComplete;
    const list = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'List view') as HTMLButtonElement;
    list.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="outline"] button').length).to.be.greaterThan(500);
  });
});
