import { ForceLayout } from '../ForceLayout.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { decodeLayoutGraph } from './layoutGraph.js';
import { paintDense, type DensePlan, type PaintView } from '../../render/paintDense.js';

/** What `serveLayout` needs of a worker's global scope (or, in tests, of a MessagePort). */
export interface LayoutPort {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

// Ticks run in slices of about this long before positions are posted and messages (a drag) are
// read: long enough that posting costs little, short enough that a drag answers within a frame.
const SLICE_MS = 12;

/**
 * The worker's side of the layout: runs a `ForceLayout` as fast as it can, posting positions
 * after each slice of ticks into whichever buffer the page has handed back, and stops when the
 * layout settles (after posting the final positions). A pin or reheat from the page wakes it.
 */
export function serveLayout(
  port: LayoutPort,
  { now = () => performance.now(), later = yieldThroughChannel() }: { now?: () => number; later?: (run: () => void) => void } = {},
): void {
  let layout: ForceLayout | null = null;
  let free: Float64Array[] = [];
  // Positions changed since the last post: send them when a buffer comes back.
  let dirty = false;
  let running = false;
  // A picture asked for: painted with the next positions posted.
  let asked: { plan: DensePlan; view: PaintView } | null = null;
  let canvas: OffscreenCanvas | null = null;

  const paint = (layout: ForceLayout, { plan, view: v }: { plan: DensePlan; view: PaintView }): ImageBitmap | null => {
    if (typeof OffscreenCanvas === 'undefined') return null;
    // The page's canvas size, in device px (the page asks only while it has a size).
    const w = Math.round(v.width * v.dpr);
    const h = Math.round(v.height * v.dpr);
    if (canvas?.width !== w || canvas.height !== h) canvas = new OffscreenCanvas(w, h);
    // Onto a blank canvas: a new one, or one whose last picture was transferred away.
    paintDense(canvas.getContext('2d')!, plan, layout.nodes, v);
    return canvas.transferToImageBitmap();
  };

  const post = () => {
    if (!layout || !dirty) return;
    const buffer = free.pop();
    if (!buffer) return;
    layout.positions(buffer);
    dirty = false;
    const message: FromWorker = { type: 'positions', buffer, ticks: layout.ticks, alpha: layout.alpha, settled: layout.settled };
    const transfer: Transferable[] = [buffer.buffer];
    // The page draws the settled map itself.
    if (layout.settled) asked = null;
    // The page asks for one picture at a time, when it is due to show one: no oftener than drawing
    // the map itself would let it (ConceptGraph's MOTION_SHARE), so the layout keeps most of this
    // thread.
    if (asked) {
      const picture = (message.picture = paint(layout, asked));
      asked = null;
      if (picture) transfer.push(picture);
    }
    port.postMessage(message, transfer);
  };

  const wake = () => {
    dirty = true;
    if (running) return;
    running = true;
    later(slice);
  };

  function slice(): void {
    if (!layout) {
      running = false;
      return;
    }
    const start = now();
    while (layout.tick(1) === 1 && now() - start < SLICE_MS);
    dirty = true;
    post();
    if (layout.settled) {
      // If the last positions found no free buffer, `dirty` makes the next one returned carry them.
      running = false;
    } else later(slice);
  }

  port.onmessage = ({ data }) => {
    try {
      switch (data.type) {
        case 'init':
          layout = new ForceLayout(decodeLayoutGraph(data.graph), { seed: data.seed, width: data.width, height: data.height });
          if (data.resume) layout.adopt(data.resume.positions, data.resume.ticks, data.resume.alpha);
          free = data.buffers.filter((b) => b.length === layout!.nodes.length * 2);
          wake();
          break;
        case 'buffer':
          if (layout && data.buffer.length === layout.nodes.length * 2) free.push(data.buffer);
          post();
          break;
        case 'pin':
          if (layout?.pin(String(data.node), data.x, data.y)) wake();
          break;
        case 'release':
          layout?.release(String(data.node));
          wake();
          break;
        case 'paint':
          asked = data;
          break;
        case 'reheat':
          layout?.reheat(data.alpha);
          wake();
          break;
      }
    } catch (error) {
      layout = null;
      port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }, []);
    }
  };
}

/**
 * Runs a callback after the messages already waiting (a returned buffer, a drag). Through a
 * MessageChannel rather than setTimeout, which browsers clamp to 4 ms once nested: a third of a
 * slice. (Node's ports drain one port before the next; its tests pass `setImmediate`.)
 */
function yieldThroughChannel(): (run: () => void) => void {
  const channel = new MessageChannel();
  let next: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const run = next;
    next = null;
    run?.();
  };
  return (run) => {
    next = run;
    channel.port2.postMessage(0);
  };
}
