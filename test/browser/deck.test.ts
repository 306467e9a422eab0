import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import '../../src/define/concept-map.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import { startMapsOnShow } from '../../src/deck/startMapsOnShow.js';
import type { GraphDocument } from '../../src/model/types.js';
import { frame, nextEvent, seedDocument } from './helpers.js';

// A reveal.js deck as the talk (slides.html) builds it, with the map on its second slide. The deck
// is 960×540 in a 480×270 box, so reveal shows it at scale(0.5): the map lays itself out at 960×540
// CSS px and the screen shows it at half that.

const SCALE = 0.5;

async function revealCss(): Promise<void> {
  if (document.querySelector('link[data-reveal-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/reveal.js/dist/reveal.css';
  link.dataset.revealCss = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('reveal.css did not load'));
  });
  document.head.append(link);
  await loaded;
}

interface Deck {
  deck: RevealApi;
  map: ConceptMap;
  doc: GraphDocument;
  stop: () => void;
}

let current: Deck | null = null;

/** A three-slide deck with the map on the second slide (or, `mapFirst`, on the first). */
async function buildDeck(mapFirst = false): Promise<Deck> {
  await revealCss();
  const doc = await seedDocument();
  const title = html`<section><h1>Title</h1></section>`;
  const box = await fixture<HTMLDivElement>(html`<div style="position: relative; width: 480px; height: 270px; margin: 7px 0 0 11px">
    <div class="reveal">
      <div class="slides">
        ${mapFirst ? '' : title}
        <section class="map-slide" style="padding: 0">
          <concept-map tour="overview" step="0" mode="present" data-prevent-swipe style="display: block; width: 960px; height: 540px"></concept-map>
        </section>
        ${mapFirst ? title : ''}
        <section><h2>The end</h2></section>
      </div>
    </div>
  </div>`);
  const root = box.querySelector<HTMLElement>('.reveal')!;
  const map = root.querySelector('concept-map')!;
  const deck = new Reveal(root, {
    embedded: true,
    width: 960,
    height: 540,
    margin: 0,
    minScale: 0.1,
    transition: 'none',
    backgroundTransition: 'none',
    controls: false,
    progress: false,
    hash: false,
    history: false,
    keyboardCondition: (event: KeyboardEvent) => !event.defaultPrevented,
  });
  const stop = startMapsOnShow(deck, (m) => {
    m.graph = doc;
  });
  await deck.initialize();
  current = { deck, map, doc, stop };
  return current;
}

afterEach(async () => {
  await resetMouse();
  if (!current) return;
  current.stop();
  current.deck.destroy();
  current = null;
});

const graphOf = (map: ConceptMap) => map.shadowRoot!.querySelector('concept-graph') as ConceptGraph;
const canvasOf = (map: ConceptMap) => graphOf(map).shadowRoot!.querySelector('canvas')!;

async function until(what: string, test: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`${what}: not within ${timeout} ms`);
    await frame();
  }
}

/** Shows the map's slide and waits for its layout to come to rest. */
async function showMap(d: Deck): Promise<void> {
  d.deck.slide(1);
  await until('the map settles', () => d.map.stats.settledAt !== null, 10000);
  await frame();
}

/** The innermost element at a client point, looking into shadow roots as a real pointer does. */
function deepElementAt(x: number, y: number): Element | null {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

function key(target: EventTarget, name: string, keyCode: number): boolean {
  return target.dispatchEvent(new KeyboardEvent('keydown', { key: name, code: name, keyCode, which: keyCode, bubbles: true, composed: true, cancelable: true } as KeyboardEventInit));
}

describe('<concept-map> in a reveal.js deck', () => {
  it('stays 0×0 and draws nothing until its slide shows, then lays out, fits and draws', async () => {
    const d = await buildDeck();
    expect(d.deck.getIndices().h).to.equal(0);
    for (let i = 0; i < 10; i++) await frame();
    expect(d.map.offsetWidth).to.equal(0);
    expect(d.map.offsetHeight).to.equal(0);
    expect(d.map.stats.firstFrameAt).to.equal(null);
    expect(d.map.stats.frames).to.equal(0);

    const shownAt = performance.now();
    d.deck.slide(1);
    await until('the first frame', () => d.map.stats.firstFrameAt !== null, 3000);
    expect(d.map.stats.firstFrameAt!).to.be.greaterThan(shownAt);
    const canvas = canvasOf(d.map);
    expect(canvas.clientWidth).to.equal(960);
    expect(canvas.getBoundingClientRect().width).to.equal(960 * SCALE);

    // At rest, every node is inside the frame.
    await until('the map settles', () => d.map.stats.settledAt !== null, 10000);
    await frame();
    const graph = graphOf(d.map);
    for (const id of graph.visibleIds) {
      const p = graph.screenPosition(id)!;
      expect(p.x, id).to.be.within(0, canvas.clientWidth);
      expect(p.y, id).to.be.within(0, canvas.clientHeight);
    }
  });

  it('starts at once when the deck opens on its slide', async () => {
    const d = await buildDeck(true);
    expect(d.deck.getIndices().h).to.equal(0);
    await until('the first frame', () => d.map.stats.firstFrameAt !== null, 3000);
    expect(canvasOf(d.map).clientWidth).to.equal(960);
  });

  it('selects the node under a click, through the deck\'s scale(0.5)', async () => {
    const d = await buildDeck();
    await showMap(d);
    const graph = graphOf(d.map);
    const canvas = canvasOf(d.map);
    const rect = canvas.getBoundingClientRect();
    expect(rect.width / canvas.offsetWidth).to.equal(SCALE);
    // The first of these that the canvas shows uncovered (not under the caption band).
    const candidates = ['benchmark:mmlu', 'paper:reka-core-flash-edge', 'benchmark:snli', 'taxonomy:self-evolution'];
    const pick = candidates.find((id) => {
      const p = graph.screenPosition(id);
      return p && graph.visibleIds.has(id) && deepElementAt(rect.left + p.x * SCALE, rect.top + p.y * SCALE) === canvas;
    });
    expect(pick, 'a node the canvas shows').to.be.a('string');
    const p = graph.screenPosition(pick!)!;
    const at = { clientX: rect.left + p.x * SCALE, clientY: rect.top + p.y * SCALE };
    // What an unscaled reading of the pointer would find is another place.
    expect(graph.nodeAt(at.clientX - rect.left, at.clientY - rect.top)?.id).to.not.equal(pick);
    const init = { ...at, bubbles: true, composed: true, cancelable: true, button: 0, pointerId: 21, isPrimary: true, pointerType: 'mouse' };
    canvas.dispatchEvent(new PointerEvent('pointerdown', { ...init, buttons: 1 }));
    canvas.dispatchEvent(new PointerEvent('pointerup', init));
    canvas.dispatchEvent(new MouseEvent('click', init));
    expect(graph.selected).to.equal(pick);
    await d.map.updateComplete;
    expect(d.map.selected).to.equal(pick);
    expect(d.deck.getIndices().h).to.equal(1);
  });

  it('→ on the focused map steps its tour and leaves the deck; with the focus on the page, → moves the deck', async () => {
    const d = await buildDeck();
    await showMap(d);
    const count = d.doc.tours!.find((t) => t.id === 'overview')!.steps.length;
    const canvas = canvasOf(d.map);
    canvas.focus();
    expect(document.activeElement).to.equal(d.map);
    expect(d.map.step).to.equal(0);

    const stepped = nextEvent<{ tour: string; step: number; count: number }>(d.map, 'concept-step');
    const notCancelled = key(canvas, 'ArrowRight', 39);
    expect(notCancelled, 'the map took the key').to.equal(false);
    expect((await stepped).detail).to.deep.equal({ tour: 'overview', step: 1, count });
    expect(d.map.step).to.equal(1);
    expect(d.map.getAttribute('step')).to.equal('1');
    expect(d.deck.getIndices().h).to.equal(1);

    key(canvas, 'ArrowLeft', 37);
    await d.map.updateComplete;
    expect(d.map.step).to.equal(0);
    expect(d.deck.getIndices().h).to.equal(1);

    // A key the map does not take passes through to the deck's other bindings.
    canvas.blur();
    expect(document.activeElement).to.equal(document.body);
    key(document.body, 'ArrowRight', 39);
    expect(d.deck.getIndices().h).to.equal(2);
    expect(d.map.step).to.equal(0);
  });

  it('Tab reaches the map, and real key presses step the tour, not the deck', async () => {
    const d = await buildDeck();
    await showMap(d);
    // From the top of the page, Tab walks into the current slide; the map's canvas is one stop.
    (document.activeElement as HTMLElement | null)?.blur();
    const canvas = canvasOf(d.map);
    let reached = false;
    for (let i = 0; i < 6 && !reached; i++) {
      await sendKeys({ press: 'Tab' });
      reached = graphOf(d.map).shadowRoot!.activeElement === canvas;
    }
    expect(reached, 'Tab reached the canvas').to.equal(true);
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'ArrowRight' });
    await d.map.updateComplete;
    expect(d.map.step).to.equal(2);
    expect(d.deck.getIndices().h).to.equal(1);
    await sendKeys({ press: 'PageUp' });
    await d.map.updateComplete;
    expect(d.map.step).to.equal(1);
    expect(d.deck.getIndices().h).to.equal(1);
  });

  it('a real click on a node selects it and gives the map the keys', async () => {
    const d = await buildDeck();
    await showMap(d);
    const graph = graphOf(d.map);
    const canvas = canvasOf(d.map);
    const rect = canvas.getBoundingClientRect();
    const p = graph.screenPosition('benchmark:mmlu')!;
    const x = Math.round(rect.left + p.x * SCALE);
    const y = Math.round(rect.top + p.y * SCALE);
    expect(deepElementAt(x, y)).to.equal(canvas);
    await sendMouse({ type: 'click', position: [x, y] });
    expect(graph.selected).to.equal('benchmark:mmlu');
    expect(graph.shadowRoot!.activeElement).to.equal(canvas);
    await sendKeys({ press: 'ArrowRight' });
    await d.map.updateComplete;
    expect(d.map.step).to.equal(1);
    expect(d.deck.getIndices().h).to.equal(1);
  });
});
