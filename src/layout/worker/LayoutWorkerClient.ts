import type { ForceLayout } from '../ForceLayout.js';
import type { LayoutOptions } from '../types.js';
import type { FromWorker, LayoutDocument, Resume, ToWorker } from './protocol.js';
import { encodeLayoutGraph, transferables } from './layoutGraph.js';

/** What the client needs of a `Worker` (a MessagePort pair stands in for one in tests). */
export interface LayoutWorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

export interface LayoutWorkerCallbacks {
  /** New positions are in the layout: draw. */
  positions(layout: ForceLayout): void;
  /** The layout came to rest; its final positions are in. */
  settled(layout: ForceLayout): void;
  /** The worker could not run (refused by a policy, failed to load, threw): lay out here instead. */
  failed(reason: string): void;
}

/**
 * The page's side of a layout run in a worker. `layout` is the page's own copy of the same
 * layout (same document and seed, so the same start): it is never ticked here, only given the
 * worker's positions (`adopt`), and it is what the page draws, hit-tests and frames. A drag pins
 * the node in both copies, so the pointer is followed at once and the worker lays out around it.
 */
export class LayoutWorkerClient {
  private worker: LayoutWorkerLike | null;
  private readonly live: boolean;
  // Positions glide from what is on screen (`from`) to the worker's latest (`to`) over the time the
  // worker took for them, so a large map, whose worker sends a few positions a second, moves at
  // the screen's rate instead of jumping.
  private from: Float64Array;
  private to: Float64Array;
  private blend: Float64Array;
  private arrivedAt = 0;
  private span = 0;
  private gliding = false;
  private ticks = 0;
  private alpha = 1;
  private readonly now: () => number;

  /**
   * `live` false applies only the final positions: a layout shown without animation (reduced
   * motion) jumps once from its start to its rest.
   */
  constructor(
    private readonly layout: ForceLayout,
    worker: LayoutWorkerLike,
    document: LayoutDocument,
    options: { seed: number; width: number; height: number; live: boolean; resume: Resume | null; now?: () => number; ids?: LayoutOptions['ids'] },
    private readonly callbacks: LayoutWorkerCallbacks,
  ) {
    this.worker = worker;
    this.live = options.live;
    this.now = options.now ?? (() => performance.now());
    this.from = layout.positions();
    this.to = new Float64Array(this.from.length);
    this.blend = new Float64Array(this.from.length);
    worker.onmessage = ({ data }) => this.receive(data);
    worker.onerror = (event) => {
      // A script error in the worker is reported here too; its page-side `preventDefault`
      // keeps it out of the console, since the map goes on without the worker.
      event.preventDefault?.();
      this.fail('message' in event && typeof event.message === 'string' && event.message ? event.message : 'the layout worker failed to start');
    };
    const n = layout.nodes.length * 2;
    const buffers = [new Float64Array(n), new Float64Array(n)];
    const graph = encodeLayoutGraph(document, options.ids);
    worker.postMessage(
      {
        type: 'init',
        graph,
        seed: options.seed,
        width: options.width,
        height: options.height,
        buffers,
        resume: options.resume,
      },
      [...buffers.map((b) => b.buffer), ...transferables(graph)],
    );
  }

  pin(id: string, x: number, y: number): void {
    const node = this.layout.node(id);
    if (node) this.send({ type: 'pin', node: node.index, x, y });
  }

  release(id: string): void {
    const node = this.layout.node(id);
    if (node) this.send({ type: 'release', node: node.index });
  }

  reheat(alpha: number): void {
    this.send({ type: 'reheat', alpha });
  }

  /** Ends the worker; nothing more is called back. */
  stop(): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
  }

  private send(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private receive(message: FromWorker): void {
    if (!this.worker) return;
    if (message.type === 'error') {
      this.fail(message.message);
      return;
    }
    const { buffer, ticks, alpha, settled } = message;
    const now = this.now();
    if (settled) {
      this.gliding = false;
      this.layout.adopt(buffer, ticks, alpha);
    } else if (this.live) {
      // Glide on from where the screen is now; over as long as these positions took, within reason.
      this.layout.positions(this.from);
      this.to.set(buffer);
      this.span = this.arrivedAt ? Math.min(400, Math.max(16, now - this.arrivedAt)) : 16;
      this.arrivedAt = now;
      this.ticks = ticks;
      this.alpha = alpha;
      this.gliding = true;
    }
    // Read at once, so the buffer goes straight back for the next positions.
    this.worker.postMessage({ type: 'buffer', buffer }, [buffer.buffer]);
    if (settled && this.layout.settled) this.callbacks.settled(this.layout);
    else if (this.live) this.callbacks.positions(this.layout);
  }

  /**
   * Moves the page's layout to where it should be drawn at `now`, between the last two positions
   * the worker sent. Returns true while it is still on its way (draw again next frame).
   */
  glide(now = this.now()): boolean {
    if (!this.gliding) return false;
    const t = Math.min(1, (now - this.arrivedAt) / this.span);
    const { from, to, blend } = this;
    if (t >= 1) {
      this.gliding = false;
      this.layout.adopt(to, this.ticks, this.alpha);
      return false;
    }
    for (let i = 0; i < blend.length; ++i) blend[i] = from[i]! + (to[i]! - from[i]!) * t;
    this.layout.adopt(blend, this.ticks, this.alpha);
    return true;
  }

  private fail(reason: string): void {
    if (!this.worker) return;
    this.stop();
    this.callbacks.failed(reason);
  }
}
