import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { emulateMedia } from '@web/test-runner-commands';
import { frame, nextEvent, seedDocument } from './helpers.js';

const graphOf = (el: ConceptMap): ConceptGraph => el.shadowRoot!.querySelector('concept-graph') as ConceptGraph;
const canvasOf = (el: ConceptMap): HTMLCanvasElement => graphOf(el).shadowRoot!.querySelector('canvas')!;

async function tourMap(attrs: { mode?: string; step?: number; syncUrl?: boolean } = {}): Promise<ConceptMap> {
  const doc = await seedDocument();
  const el = await fixture<ConceptMap>(html`<concept-map
    style="height: 700px; width: 1200px"
    static
    tour="overview"
    step=${attrs.step ?? 0}
    mode=${attrs.mode ?? 'explore'}
    ?sync-url=${attrs.syncUrl ?? false}
    .graph=${doc}
  ></concept-map>`);
  await el.updateComplete;
  await graphOf(el).updateComplete;
  await frame();
  return el;
}

/** Presses a key on the map's canvas as a clicker or keyboard would; returns whether the page saw it. */
function press(el: ConceptMap, key: string): { reachedPage: boolean; prevented: boolean } {
  let reachedPage = false;
  const listener = (): void => {
    reachedPage = true;
  };
  document.addEventListener('keydown', listener);
  const canvas = canvasOf(el);
  canvas.focus();
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  canvas.dispatchEvent(event);
  document.removeEventListener('keydown', listener);
  return { reachedPage, prevented: event.defaultPrevented };
}

describe('<concept-map tour>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows a step: its nodes lit and the rest dimmed, its caption and number, a concept-step event', async () => {
    const doc = await seedDocument();
    const holder = document.createElement('div');
    document.body.append(holder);
    const started = nextEvent<{ tour: string; step: number; count: number }>(holder, 'concept-step');
    const el = document.createElement('concept-map');
    el.setAttribute('style', 'height: 700px; width: 1200px');
    el.static = true;
    el.tour = 'overview';
    el.step = 2;
    el.graph = doc;
    holder.append(el);
    expect((await started).detail).to.deep.equal({ tour: 'overview', step: 2, count: 8 });
    await el.updateComplete;
    const graph = graphOf(el);
    expect([...graph.spotlight!]).to.deep.equal(doc.tours![0]!.steps[2]!.focus);
    const bar = el.shadowRoot!.querySelector('.tour-bar')!;
    expect(bar.querySelector('.counter')!.textContent).to.equal('3 / 8');
    expect(bar.querySelector('.caption')!.textContent).to.equal(doc.tours![0]!.steps[2]!.caption);
    expect(el.getAttribute('step')).to.equal('2');
    holder.remove();
  });

  it('steps with → PageDown Space ← PageUp Home End, stopping those keys and passing others through', async () => {
    const el = await tourMap();
    const steps: number[] = [];
    el.addEventListener('concept-step', (e) => steps.push((e as CustomEvent<{ step: number }>).detail.step));
    const next = press(el, 'ArrowRight');
    await el.updateComplete;
    expect(next).to.deep.equal({ reachedPage: false, prevented: true });
    press(el, 'PageDown');
    await el.updateComplete;
    press(el, ' ');
    await el.updateComplete;
    expect(el.step).to.equal(3);
    press(el, 'ArrowLeft');
    await el.updateComplete;
    press(el, 'PageUp');
    await el.updateComplete;
    expect(el.step).to.equal(1);
    press(el, 'End');
    await el.updateComplete;
    expect(el.step).to.equal(7);
    // Past the last step the key is not the tour's: a deck around the map moves on.
    expect(press(el, 'PageDown')).to.deep.equal({ reachedPage: true, prevented: false });
    await el.updateComplete;
    expect(el.step).to.equal(7);
    press(el, 'Home');
    await el.updateComplete;
    expect(el.step).to.equal(0);
    expect(steps).to.deep.equal([1, 2, 3, 2, 1, 7, 0]);
    expect(press(el, 'PageUp')).to.deep.equal({ reachedPage: true, prevented: false });
    // Exploring, an arrow the tour does not take walks the graph, as without a tour.
    expect(press(el, 'ArrowLeft').prevented).to.equal(true);
    expect(el.step).to.equal(0);
    // Presenting, the graph leaves the arrows alone: past the first step ← is the deck's.
    el.mode = 'present';
    await el.updateComplete;
    await graphOf(el).updateComplete;
    expect(press(el, 'ArrowLeft')).to.deep.equal({ reachedPage: true, prevented: false });
    expect(press(el, 'x')).to.deep.equal({ reachedPage: true, prevented: false });
  });

  it('keeps keys typed into its own inputs, and leaves the arrows to the graph without a tour', async () => {
    const el = await tourMap();
    const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    input.focus();
    const typed = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    input.dispatchEvent(typed);
    await el.updateComplete;
    expect(el.step).to.equal(0);
    el.tour = null;
    await el.updateComplete;
    expect(press(el, 'ArrowRight').reachedPage).to.equal(false);
    expect(graphOf(el).focusedNode).not.to.equal(null);
  });

  it('opens the step a deep link names and writes each step into the hash', async () => {
    history.replaceState(null, '', '#tour=overview&step=2');
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map sync-url static style="height: 600px" .graph=${doc}></concept-map>`);
    await el.updateComplete;
    expect([el.tour, el.step]).to.deep.equal(['overview', 2]);
    press(el, 'ArrowRight');
    await el.updateComplete;
    press(el, 'PageDown');
    await el.updateComplete;
    expect(el.step).to.equal(4);
    expect(location.hash).to.equal('#tour=overview&step=4');
    history.replaceState(null, '', '#node=benchmark%3Ammlu');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(el.selected).to.equal('benchmark:mmlu');
  });

  it('clamps a step out of range, and ignores a tour the document lacks', async () => {
    const el = await tourMap({ step: 42 });
    expect(el.step).to.equal(7);
    el.tour = 'no-such-tour';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tour-bar')).to.equal(null);
    expect(graphOf(el).spotlight).to.equal(null);
  });

  it('pauses when the reader zooms, and goes on with the next key', async () => {
    const el = await tourMap({ mode: 'present' });
    graphOf(el).dispatchEvent(new CustomEvent('concept-camera', { detail: {}, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.paused')!.textContent).to.contain('press → to go on');
    press(el, 'ArrowRight');
    await el.updateComplete;
    expect(el.step).to.equal(1);
    expect(el.shadowRoot!.querySelector('.paused')).to.equal(null);
  });

  it('in present mode shows only the map, the caption and a counter, in large type', async () => {
    const el = await tourMap({ mode: 'present', step: 1 });
    const root = el.shadowRoot!;
    expect(root.querySelector('.toolbar')).to.equal(null);
    expect(root.querySelector('.legend')).to.equal(null);
    expect(root.querySelector('.zoom')).to.equal(null);
    expect(root.querySelector('.caption')!.textContent).to.contain('a model acquires experience');
    expect(root.querySelector('.counter')!.textContent).to.equal('2 / 8');
    expect(parseFloat(getComputedStyle(root.querySelector('.caption')!).fontSize)).to.be.at.least(18);
    expect(graphOf(el).present).to.equal(true);
  });

  it('F goes fullscreen (filling the window where the API is refused) and Esc leaves it', async () => {
    const el = await tourMap({ mode: 'present' });
    press(el, 'f');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(el.hasAttribute('fullscreen')).to.equal(true);
    const rect = el.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([window.innerWidth, window.innerHeight]);
    if (document.fullscreenElement) await document.exitFullscreen();
    else press(el, 'Escape');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(el.hasAttribute('fullscreen')).to.equal(false);
  });

  it('exports the view as SVG with text labels and the caption, and as a PNG twice the size', async () => {
    const el = await tourMap({ step: 1 });
    const svg = el.exportSVG();
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).to.equal(null);
    const texts = [...parsed.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).to.include('Self-evolution of LLMs');
    expect(texts.join(' ')).to.contain('a model acquires experience');
    expect(texts).to.include('2 / 8');
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    const graph = graphOf(el).getBoundingClientRect();
    expect([bitmap.width, bitmap.height]).to.deep.equal([Math.round(graph.width * 2), Math.round(graph.height * 2)]);
  });

  it('flies the camera to a step, and jumps there when the reader prefers reduced motion', async () => {
    const where = (el: ConceptMap): string => JSON.stringify(graphOf(el).screenPosition('taxonomy:prompting-framework'));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 120));
    const el = await tourMap({ step: 1 });
    await settle();
    el.step = 3;
    await el.updateComplete;
    await graphOf(el).updateComplete;
    await settle();
    const early = where(el);
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(where(el)).not.to.equal(early);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      el.step = 1;
      await el.updateComplete;
      await graphOf(el).updateComplete;
      await settle();
      const jumped = where(el);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(where(el)).to.equal(jumped);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('exports every step of a tour as a PNG, in order, and puts the view back', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map files static style="height: 500px; width: 800px" .graph=${doc}></concept-map>`);
    await el.updateComplete;
    const names: string[] = [];
    const types: string[] = [];
    const catcher = (e: Event): void => {
      const a = e.target as HTMLAnchorElement;
      if (!a.download) return;
      e.preventDefault();
      names.push(a.download);
      void fetch(a.href).then((r) => r.blob()).then((b) => types.push(b.type));
    };
    document.addEventListener('click', catcher, true);
    try {
      const root = el.shadowRoot!;
      (root.querySelector('.menu-button') as HTMLButtonElement).click();
      await el.updateComplete;
      const item = [...root.querySelectorAll('[role="menuitem"]')].find((b) => b.textContent!.startsWith('Export every step')) as HTMLButtonElement;
      item.click();
      for (let i = 0; i < 100 && names.length < 8; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      document.removeEventListener('click', catcher, true);
    }
    expect(names).to.deep.equal(Array.from({ length: 8 }, (_, i) => `llm-research-a-seed-concept-map-overview-step-0${i + 1}.png`));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(types).to.deep.equal(Array.from({ length: 8 }, () => 'image/png'));
    expect([el.tour, el.step]).to.deep.equal([null, 0]);
  });

  it('records the view as a step, reorders and deletes steps, and saves them in the downloaded map', async () => {
    const doc = await seedDocument();
    const el = await fixture<ConceptMap>(html`<concept-map authoring files static style="height: 700px; width: 1200px" .graph=${doc}></concept-map>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    ([...root.querySelectorAll('button')].find((b) => b.textContent === 'Tour') as HTMLButtonElement).click();
    await el.updateComplete;
    el.selected = 'benchmark:mmlu';
    el.kinds = 'paper,benchmark';
    await el.updateComplete;
    const caption = root.querySelector('.tour-editor .new-caption') as HTMLTextAreaElement;
    caption.value = 'MMLU, the exam most papers report.';
    caption.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (root.querySelector('.tour-editor .add') as HTMLButtonElement).click();
    await el.updateComplete;
    const steps = (): string[] => el.document!.tours![0]!.steps.map((s) => s.caption);
    expect(steps()).to.have.length(9);
    const added = el.document!.tours![0]!.steps[8]!;
    expect([added.focus, added.kinds, added.camera!.length]).to.deep.equal([['benchmark:mmlu'], ['paper', 'benchmark'], 4]);
    (root.querySelector('button[aria-label="Move step 9 up"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(steps()[7]).to.equal('MMLU, the exam most papers report.');
    (root.querySelector('button[aria-label="Delete step 1"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(steps()).to.have.length(8);
    expect(steps()[6]).to.equal('MMLU, the exam most papers report.');
    let saved = '';
    const catcher = (e: Event): void => {
      const a = e.target as HTMLAnchorElement;
      if (a.download) {
        e.preventDefault();
        saved = a.href;
      }
    };
    document.addEventListener('click', catcher, true);
    ([...root.querySelectorAll('[role="menuitem"]')].find((b) => b.textContent === 'Download map (.json)') as HTMLButtonElement).click();
    document.removeEventListener('click', catcher, true);
    const downloaded = JSON.parse(await (await fetch(saved)).text());
    expect(downloaded.tours[0].steps.map((s: { caption: string }) => s.caption)).to.deep.equal(steps());
    expect(el.index!.document.tours![0]!.steps).to.have.length(8 + 0);
  });
});
