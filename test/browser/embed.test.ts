import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/concept-map.js';
import type { ConceptGraph } from '../../src/components/ConceptGraph.js';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import type { ConceptPanel } from '../../src/components/ConceptPanel.js';
import { deepText, frame, nextEvent, seedDocument } from './helpers.js';

// A map embedded in someone else's page: beside another map, taken out of the page and put back
// (a tab, a router, a framework re-rendering), in a container that has no size yet, followed by a
// panel that comes before it, and on a page that must keep scrolling past it.

const PAPER = 'paper:unlearning-pretrained-llms';
const OTHER = 'paper:reka-core-flash-edge';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(test: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await wait(20);
  }
}

function graphOf(map: ConceptMap): ConceptGraph {
  return map.shadowRoot!.querySelector('concept-graph') as ConceptGraph;
}

function canvasOf(map: ConceptMap): HTMLCanvasElement {
  return graphOf(map).shadowRoot!.querySelector('canvas')!;
}

/** Selects as a reader does: the node's button in the list view (always in the DOM). */
function pick(map: ConceptMap, label: string): void {
  const button = [...map.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav.outline button')].find((b) => b.textContent!.trim().startsWith(label));
  if (!button) throw new Error(`no outline button for ${label}`);
  button.click();
}

async function loadedMap(doc: unknown, style = 'display: block; width: 900px; height: 600px', staticLayout = true): Promise<ConceptMap> {
  const map = document.createElement('concept-map');
  map.style.cssText = style;
  map.static = staticLayout;
  map.graph = doc;
  await fixture(html`<div></div>`).then((holder) => holder.append(map));
  await until(() => !!map.index, 'the map to load');
  await map.updateComplete;
  return map;
}

/**
 * Counts the callbacks the map's code has scheduled and not yet run or cancelled: every
 * requestAnimationFrame, setTimeout and setInterval called from a module under /src/.
 */
function trackTimers() {
  type Fn = (...args: never[]) => unknown;
  const w = window as unknown as Record<'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval', Fn>;
  const saved = { requestAnimationFrame: w.requestAnimationFrame, cancelAnimationFrame: w.cancelAnimationFrame, setTimeout: w.setTimeout, clearTimeout: w.clearTimeout, setInterval: w.setInterval, clearInterval: w.clearInterval };
  const call = (name: keyof typeof saved, ...args: unknown[]) => (saved[name] as (...a: unknown[]) => number).apply(window, args);
  const live = { frames: new Set<number>(), timeouts: new Set<number>(), intervals: new Set<number>() };
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const fromSource = () => /\/src\/[^\s)]*\.ts/.test(new Error().stack ?? '');
  /** Schedules through the saved function; the handle counts as live until it runs or is cleared. */
  const schedule = (name: 'requestAnimationFrame' | 'setTimeout', set: Set<number>) =>
    (cb: unknown, ...rest: unknown[]) => {
      const mine = fromSource();
      const id: number = call(name, (...args: unknown[]) => {
        set.delete(id);
        if (typeof cb === 'function') cb(...args);
      }, ...rest);
      if (mine) set.add(id);
      return id;
    };
  const clear = (name: 'cancelAnimationFrame' | 'clearTimeout' | 'clearInterval', set: Set<number>) => (id: number) => {
    set.delete(id);
    call(name, id);
  };
  Object.assign(window, {
    requestAnimationFrame: schedule('requestAnimationFrame', live.frames),
    setTimeout: schedule('setTimeout', live.timeouts),
    setInterval: (cb: unknown, ...rest: unknown[]) => {
      const id = call('setInterval', cb, ...rest);
      if (fromSource()) live.intervals.add(id);
      return id;
    },
    cancelAnimationFrame: clear('cancelAnimationFrame', live.frames),
    clearTimeout: clear('clearTimeout', live.timeouts),
    clearInterval: clear('clearInterval', live.intervals),
  });
  return {
    pending: () => ({ frames: live.frames.size, timeouts: live.timeouts.size, intervals: live.intervals.size }),
    restore() {
      Object.assign(window, saved);
      Error.stackTraceLimit = limit;
    },
  };
}

describe('embedding <concept-map>', () => {
  it('two maps on one page select independently', async () => {
    const a = await loadedMap(await seedDocument());
    const b = await loadedMap(await seedDocument());
    const heardByB: unknown[] = [];
    b.addEventListener('concept-select', (e) => heardByB.push((e as CustomEvent).detail));

    pick(a, 'Machine Unlearning');
    await a.updateComplete;
    await b.updateComplete;
    expect(a.selected).to.equal(PAPER);
    expect(b.selected).to.equal(null);
    expect(graphOf(b).selected).to.equal(null);
    expect(heardByB).to.deep.equal([]);
    // B's own panel stays closed; A's shows the paper.
    expect((b.shadowRoot!.querySelector('aside.side') as HTMLElement).hidden).to.equal(true);
    expect((a.shadowRoot!.querySelector('concept-panel') as ConceptPanel).node).to.equal(PAPER);

    pick(b, 'Reka Core');
    await b.updateComplete;
    expect(b.selected).to.equal(OTHER);
    expect(a.selected).to.equal(PAPER);
  });

  it('removed mid-layout, leaves no frame, timer or layout running; put back, lays out to the end', async function () {
    this.timeout(30000);
    const timers = trackTimers();
    try {
      const doc = await seedDocument();
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const map = document.createElement('concept-map');
      map.style.cssText = 'display: block; width: 900px; height: 600px';
      map.graph = doc;
      holder.append(map);
      await until(() => map.stats.ticks >= 8, 'the layout to start');
      expect(map.stats.settledAt, 'still laying out').to.equal(null);
      expect(timers.pending().frames, 'the layout steps on animation frames').to.be.greaterThan(0);

      map.remove();
      await wait(250);
      const ticks = map.stats.ticks;
      expect(timers.pending()).to.deep.equal({ frames: 0, timeouts: 0, intervals: 0 });
      await wait(300);
      expect(map.stats.ticks, 'no tick while off the page').to.equal(ticks);
      expect(map.stats.settledAt).to.equal(null);
      expect(timers.pending()).to.deep.equal({ frames: 0, timeouts: 0, intervals: 0 });

      const ended = nextEvent(map, 'concept-layout-end', 20000);
      holder.append(map);
      await ended;
      expect(map.stats.ticks).to.be.greaterThan(ticks);
      expect(map.stats.settledAt).to.be.a('number');
      // At rest nothing more is scheduled (after the camera's last glide).
      await wait(700);
      expect(timers.pending()).to.deep.equal({ frames: 0, timeouts: 0, intervals: 0 });
      // And it still works: it draws and selects.
      const frames = map.stats.frames;
      pick(map, 'Reka Core');
      await map.updateComplete;
      await frame();
      await frame();
      expect(map.selected).to.equal(OTHER);
      expect(map.stats.frames).to.be.greaterThan(frames);
    } finally {
      timers.restore();
    }
  });

  it('in a container that starts 0×0, draws once the container is given a size', async () => {
    const doc = await seedDocument();
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 0; height: 0; overflow: hidden"></div>`);
    const map = document.createElement('concept-map');
    map.style.cssText = 'display: block; width: 100%; height: 100%; min-height: 0';
    map.static = true;
    map.graph = doc;
    holder.append(map);
    await until(() => !!map.index, 'the map to load');
    await map.updateComplete;
    await frame();
    await frame();
    expect(canvasOf(map).clientWidth).to.equal(0);
    expect(map.stats.frames, 'nothing to draw at 0×0').to.equal(0);

    holder.style.cssText = 'width: 800px; height: 500px';
    await until(() => map.stats.frames > 0, 'a frame after the container is sized', 3000);
    expect(map.stats.firstFrameAt).to.be.a('number');
    const canvas = canvasOf(map);
    expect(canvas.clientWidth).to.be.greaterThan(300);
    // Framed for the size it has now: the nodes are on screen.
    const p = graphOf(map).screenPosition(PAPER)!;
    expect(p.x).to.be.within(0, canvas.clientWidth);
    expect(p.y).to.be.within(0, canvas.clientHeight);
  });

  it('a <concept-panel for> placed before the map follows it', async () => {
    const seed = await seedDocument();
    const paper = seed.nodes.find((n) => n.id === PAPER)!;
    const holder = await fixture<HTMLDivElement>(html`<div>
      <concept-panel for="late-map"></concept-panel>
      <concept-map id="late-map" static style="display: block; width: 900px; height: 600px"></concept-map>
    </div>`);
    const panel = holder.querySelector('concept-panel')!;
    const map = holder.querySelector('concept-map')!;
    expect(panel.index).to.equal(null);
    // The map loads after the panel is on the page.
    const loaded = nextEvent(map, 'concept-load', 10000);
    map.src = '/data/seed.graph.json';
    await loaded;
    await until(() => panel.index === map.index, 'the panel to take the map\'s document', 3000);

    pick(map, 'Machine Unlearning');
    await until(() => panel.node === PAPER, 'the panel to show the selection', 3000);
    await panel.updateComplete;
    expect(deepText(panel)).to.contain(paper.abstract!.slice(0, 80));

    // A node picked in the panel selects it in the map.
    const connection = panel.shadowRoot!.querySelector<HTMLButtonElement>('li button')!;
    connection.click();
    await map.updateComplete;
    expect(map.selected).to.not.equal(PAPER);
    expect(map.selected).to.be.a('string');
    await until(() => panel.node === map.selected, 'the panel to follow the pick', 3000);
  });

  it('the wheel scrolls the page past a map without focus, and zooms with Ctrl', async () => {
    const map = await loadedMap(await seedDocument());
    const graph = graphOf(map);
    const canvas = canvasOf(map);
    (document.activeElement as HTMLElement | null)?.blur();
    expect(map.shadowRoot!.activeElement).to.equal(null);
    const before = graph.screenPosition(PAPER)!;
    const rect = canvas.getBoundingClientRect();
    const at = { clientX: Math.round(rect.left + rect.width / 3), clientY: Math.round(rect.top + rect.height / 3) };

    const scroll = new WheelEvent('wheel', { ...at, deltaY: 120, bubbles: true, cancelable: true, composed: true, view: window });
    canvas.dispatchEvent(scroll);
    expect(scroll.defaultPrevented, 'the page scrolls').to.equal(false);
    expect(graph.screenPosition(PAPER)).to.deep.equal(before);
    await graph.updateComplete;
    const hint = graph.shadowRoot!.querySelector<HTMLElement>('.wheel-hint')!;
    expect(hint.hidden, 'a hint says how to zoom').to.equal(false);

    const zoom = new WheelEvent('wheel', { ...at, deltaY: -120, ctrlKey: true, bubbles: true, cancelable: true, composed: true, view: window });
    canvas.dispatchEvent(zoom);
    expect(zoom.defaultPrevented, 'Ctrl+wheel zooms the map instead').to.equal(true);
    expect(graph.screenPosition(PAPER)).to.not.deep.equal(before);
  });
});
