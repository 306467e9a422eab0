import type { ForceLayout } from '../ForceLayout.js';
import type { LayoutOptions } from '../types.js';
import type { FromWorker, LayoutDocument, Resume, ToWorker } from './protocol.js';
import { encodeLayoutGraph, transferables } from './layoutGraph.js';
import type { DensePlan, PaintView } from '../../render/paintDense.js';

/** A painting asked of the worker (`LayoutWorkerClient.ask`); `key` is the asker's, given back. */
export interface PictureOrder {
  plan: DensePlan;
  view: PaintView;
  key: number;
}

/** The worker's painting of the positions it sent with it. */
export interface Picture extends PictureOrder {
  image: ImageBitmap;
}

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
  /** False once the worker has said it cannot paint. */
  paints = true;
  private asked: PictureOrder | null = null;
  private painted: Picture | null = null;

  /**
   * `live` false applies only the final positions: a layout shown without animation (reduced
   * motion) jumps once from its start to its rest.
   */
  constructor(
    private readonly layout: ForceLayout,
    worker: LayoutWorkerLike,
    document: LayoutDocument,
    options: { seed: number; width: number; height: number; live: boolean; resume: Resume | null; ids?: LayoutOptions['ids'] },
    private readonly callbacks: LayoutWorkerCallbacks,
  ) {
    this.worker = worker;
    this.live = options.live;
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

  /** Asks the worker to paint the next positions it sends, unless a picture is on its way already. */
  ask(order: PictureOrder): void {
    if (!this.paints || this.asked) return;
    this.asked = order;
    this.send({ type: 'paint', plan: order.plan, view: order.view });
  }

  /**
   * The worker's picture of the positions it sent last (those the page's layout has), once. Null
   * while one asked for is on its way; `undefined` when there is none.
   */
  picture(): Picture | null | undefined {
    if (this.asked) return null;
    const picture = this.painted;
    this.painted = null;
    return picture ?? undefined;
  }

  /** Ends the worker; nothing more is called back. */
  stop(): void {
    this.drop();
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
    const { buffer, ticks, alpha, settled, picture } = message;
    // A picture shows these positions only: an older one is out of date.
    this.drop();
    if (picture !== undefined || settled) {
      const asked = this.asked;
      this.asked = null;
      if (picture === null) this.paints = false;
      if (picture && asked && !settled && this.live) this.painted = { ...asked, image: picture };
      else picture?.close();
    }
    // The page's positions are the worker's latest, as they come. They are not eased from one to
    // the next: a large map, whose worker sends a few a second, is shown in the worker's pictures,
    // each of the positions it came with.
    if (settled || this.live) this.layout.adopt(buffer, ticks, alpha);
    // Read at once, so the buffer goes straight back for the next positions.
    this.worker.postMessage({ type: 'buffer', buffer }, [buffer.buffer]);
    if (settled && this.layout.settled) this.callbacks.settled(this.layout);
    else if (this.live) this.callbacks.positions(this.layout);
  }

  private drop(): void {
    this.painted?.image.close();
    this.painted = null;
  }

  private fail(reason: string): void {
    if (!this.worker) return;
    this.stop();
    this.callbacks.failed(reason);
  }
}
