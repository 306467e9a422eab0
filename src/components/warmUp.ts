import { SCHEMA, type GraphLink, type GraphNode } from '../model/types.js';
import { validateDocument } from '../model/validate.js';
import { GraphIndex } from '../model/GraphIndex.js';
import { ForceLayout } from '../layout/engine.js';
import { deriveDisplay } from '../view/deriveDisplay.js';
import { initialViewState } from '../view/ViewState.js';
import { KIND_ORDER } from '../view/kindStyle.js';
import { CanvasRenderer, type Frame } from '../render/CanvasRenderer.js';
import type { RenderTheme } from '../render/RenderTheme.js';

/**
 * Rounds of the made-up map. The engine compiles a function for speed only once it has run it
 * often enough; measured here with the map handed over 0.4 s after the page was ready (medians of
 * 7, same run): 1 round gave first frames of 202 ms at 5,000 nodes and 683 ms at 20,000; 4 rounds
 * 228 and 642; 10 rounds 148 and 512; 40 rounds 172 and 508.
 */
export const WARM_UP_ROUNDS = 12;
// At most this many rounds in one idle callback, so each stays a short task.
const ROUNDS_PER_SLICE = 4;

let scheduled = false;

/**
 * Once a page, while it is idle and no map has arrived yet (`waiting`), runs a small made-up map
 * through the steps a first map takes, WARM_UP_ROUNDS times: validation, index, layout, display
 * (with and without a hover), and a drawing in both styles on a canvas that is never shown. A
 * map's first frame is otherwise mostly the cost of running that code for the first time:
 * compiling it, and stepping it slowly until the engine has learnt its types.
 *
 * It runs in idle callbacks of a few rounds each (about 300 ms in all on this machine, the first
 * round the longest) and stops as soon as a map arrives. Each callback appears in the page's
 * performance timeline as `concept-map warm-up`, with the rounds done so far as its `detail`.
 */
export function warmUp(waiting: () => boolean, theme: RenderTheme): void {
  if (scheduled || !waiting()) return;
  scheduled = true;
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  for (let i = 0; i < 200; i++) {
    nodes.push({ id: `w${i}`, kind: KIND_ORDER[i % KIND_ORDER.length]!, label: `Warm ${i}` });
    if (i) links.push({ source: `w${i}`, target: `w${i >> 1}`, kind: 'mentions' });
  }
  const source = { schema: SCHEMA, title: '', nodes, links };
  let renderer: CanvasRenderer | null = null;
  let rounds = 0;

  const round = (): boolean => {
    const result = validateDocument(source);
    if (!result.ok) return false;
    const layout = new ForceLayout(result.document, { seed: 1 });
    // A small map lays out on the page: its ticks too.
    if (rounds === 0) layout.tick(2);
    const hovered = rounds % 2 === 1 ? `w${rounds}` : null;
    const display = deriveDisplay(new GraphIndex(result.document), { ...initialViewState, hovered });
    if (!renderer) {
      renderer = new CanvasRenderer(document.createElement('canvas'));
      renderer.resize(320, 200, 1);
    }
    const frame: Frame = { width: 320, height: 200, nodes: layout.nodes, display, transform: { x: 160, y: 100, k: 0.3 }, theme, focusId: null, showFocus: false };
    renderer.draw(frame);
    // A large map is drawn in the dense style, whose code is apart.
    renderer.draw({ ...frame, dense: true });
    return true;
  };

  const slice = (deadline?: IdleDeadline) => {
    if (!waiting()) return;
    const start = performance.now();
    let done = 0;
    do {
      if (!round()) return;
      ++rounds;
    } while (++done < ROUNDS_PER_SLICE && rounds < WARM_UP_ROUNDS && deadline && deadline.timeRemaining() > 4 && waiting());
    performance.measure('concept-map warm-up', { start, detail: { rounds } });
    if (rounds < WARM_UP_ROUNDS) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 1000 });
    else setTimeout(slice, 50);
  };
  schedule();
}
