import { SCHEMA, type GraphLink, type GraphNode } from '../model/types.js';
import { validateDocument } from '../model/validate.js';
import { GraphIndex } from '../model/GraphIndex.js';
import type { ForceLayout } from '../layout/engine.js';
import { pageLayout } from './controllers/LayoutController.js';
import { deriveDisplay } from '../view/deriveDisplay.js';
import { initialViewState } from '../view/ViewState.js';
import { KIND_ORDER } from '../view/kindStyle.js';
import { CanvasRenderer, type Frame } from '../render/CanvasRenderer.js';
import { lightTheme, type RenderTheme } from '../render/RenderTheme.js';

/**
 * Rounds of the made-up map: the engine compiles a function for speed only once it has run it
 * often enough. Measured with a page that hands the map over 0.4 s after it is ready (medians of
 * 7, one run, rounds of an earlier form of this code), first frames at 5,000 and 20,000 nodes:
 * 202 and 683 ms after 1 round, 228 and 642 after 4, 148 and 512 after 10, 172 and 508 after 40.
 * In the benchmark's own page (its document fetched and parsed, the map handed over 0.3 s later;
 * medians of 5): 88, 213 and 470 ms at 1,000, 5,000 and 20,000 nodes without a warm-up; 44, 168
 * and 462 with this one, before its map had the shapes below (see `warmUp`).
 */
export const WARM_UP_ROUNDS = 12;
// At most this many steps (a round is five) in one idle callback, so each stays a short task.
const STEPS_PER_SLICE = 20;

let scheduled = false;
let arrived = false;
// Bumped by resetWarmUp, so a warm-up from before a reset stops.
let generation = 0;

/** A map has arrived on this page: a warm-up still running stops, and none starts. */
export function mapArrived(): void {
  arrived = true;
}

/** For tests: as if the page had just loaded. */
export function resetWarmUp(): void {
  scheduled = arrived = false;
  ++generation;
}

/**
 * Once a page, while it is idle and no map has arrived on it yet (see `mapArrived`), runs a small
 * made-up map through the steps a first map takes, WARM_UP_ROUNDS times: validation, index, the
 * start of a layout, display (with and without a hover), and a drawing in the dense style (every
 * fourth round in the full style too) on a canvas that is never shown. A map's first frame is
 * otherwise mostly the cost of running that code for the first time: compiling it, and stepping
 * it slowly until the engine has learnt its types.
 *
 * It is started when the element is defined, so it runs while the page fetches its document, or
 * failing that when an element first renders. It runs in idle callbacks, each taking steps of a
 * round while the page has time for them (about 200 ms in all on this machine, the first round the
 * longest), and stops as soon as a map arrives. Each callback appears in the page's performance
 * timeline as `concept-map warm-up`, with the rounds done so far as its `detail`.
 */
export function warmUp(theme: RenderTheme = lightTheme): void {
  if (scheduled || arrived || typeof document === 'undefined') return;
  scheduled = true;
  const run = generation;
  const waiting = () => !arrived && run === generation;
  // The made-up map has what most maps have: papers with a year, links of several kinds, similar
  // ones weighted, and a hub. Compiled code that has seen only one shape of node, one kind of
  // link, or small numbers is thrown away by the engine when a real map brings others (a node with
  // a year is another hidden class; the layout's sort keys, degree differences times 2^24, leave
  // 32-bit integers once degrees differ by 128), and the rest of that first frame runs slowly.
  // With these, and the layout made as the page makes it (`pageLayout`), first frames in the
  // benchmark's page fell from 61, 168 and 535 ms to 43, 126 and 451 at 1,000, 5,000 and 20,000
  // nodes (medians of 8, one run; force-graph 163, 326 and 790).
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  for (let i = 0; i < 200; i++) {
    const kind = KIND_ORDER[i % KIND_ORDER.length]!;
    const node: GraphNode = { id: `w${i}`, kind, label: `Warm ${i}` };
    if (kind === 'paper') node.year = 2020 + (i % 5);
    nodes.push(node);
    if (!i) continue;
    const link: GraphLink = { source: `w${i}`, target: `w${i >> 1}`, kind: ['mentions', 'similar', 'evaluates-on'][i % 3]! };
    if (link.kind === 'similar') link.weight = 0.5;
    links.push(link);
    if (i >= 2) links.push({ source: `w${i}`, target: 'w0', kind: 'mentions' });
  }
  // Through JSON, as a fetched document comes: its strings are not the engine's interned literals,
  // and code compiled on those alone was thrown away at the first real map's link kinds (first
  // frame at 20,000 nodes: 381 against 468 ms, medians of 7, one run).
  const source: unknown = JSON.parse(JSON.stringify({ schema: SCHEMA, title: '', nodes, links }));
  let renderer: CanvasRenderer | null = null;
  let rounds = 0;
  // A round in steps, each a function's first run the slowest (tens of ms): an idle callback
  // takes steps while it has time, so no step waits on another and none makes a long task of it.
  let result: ReturnType<typeof validateDocument> | null = null;
  let layout: ForceLayout | null = null;
  let frame: Frame | null = null;
  const steps: Array<() => boolean> = [
    () => (result = validateDocument(source)).ok,
    () => {
      if (!result?.ok) return false;
      // Not ticked: only a small map ticks on the page, after its first frame, and the forces'
      // first ticks took 90 ms here.
      layout = pageLayout(result.document, 1);
      // The frame that shows a new layout fits the camera to it.
      layout.bounds();
      return true;
    },
    () => {
      if (!result?.ok || !layout) return false;
      const hovered = rounds % 2 === 1 ? `w${rounds}` : null;
      const display = deriveDisplay(new GraphIndex(result.document), { ...initialViewState, hovered });
      // The page's frame, field for field (a camera off whole pixels, as a fitted one is): code
      // compiled on another shape of frame was thrown away at the first real dense frame.
      frame = { width: 320, height: 200, nodes: layout.nodes, display, transform: { x: 160.5, y: 100.5, k: 0.3 }, theme, focusId: null, showFocus: false };
      return true;
    },
    () => {
      if (!frame) return false;
      if (!renderer) {
        renderer = new CanvasRenderer(document.createElement('canvas'));
        renderer.resize(320, 200, 1);
      }
      // The full style on every fourth round only: drawn every round, it was a round's dearest step
      // (10–20 ms in rounds two to four, against a few ms for each other step here), and only maps
      // with under 700 nodes on screen are drawn in it, whose first frames are cheap anyway. The
      // rounds it leaves time for compile the rest sooner: first frames at 20,000 nodes, medians of
      // 14 and 10, 487 against 580 and 333 against 380 ms; at 5,000, 230 against 287. Small maps'
      // within noise: the seed map's 32 against 27 ms, one of 200 nodes 26 against 33 (medians of
      // 12).
      if (!(rounds % 4)) renderer.draw(frame);
      return true;
    },
    () => {
      if (!frame || !renderer) return false;
      // A large map is drawn in the dense style, whose code is apart: forced by an argument, not a
      // field of the frame, so that the frame keeps the page's shape.
      renderer.draw(frame, true);
      ++rounds;
      return true;
    },
  ];
  let next = 0;

  const slice = (deadline?: IdleDeadline) => {
    if (!waiting()) return;
    const start = performance.now();
    let done = 0;
    do {
      if (!steps[next]!()) return;
      next = (next + 1) % steps.length;
    } while (++done < STEPS_PER_SLICE && rounds < WARM_UP_ROUNDS && deadline && deadline.timeRemaining() > 4 && waiting());
    performance.measure('concept-map warm-up', { start, detail: { rounds } });
    if (rounds < WARM_UP_ROUNDS) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 1000 });
    else setTimeout(slice, 50);
  };
  schedule();
}
