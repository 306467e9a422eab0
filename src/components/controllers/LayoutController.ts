import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphDocument } from '../../model/types.js';
import { resolvedIds } from '../../model/validate.js';
import { ForceLayout } from '../../layout/engine.js';
import { LayoutSupervisor } from '../../layout/LayoutSupervisor.js';
import { LayoutWorkerClient } from '../../layout/worker/LayoutWorkerClient.js';
import { spawnLayoutWorker } from '../../layout/worker/spawnLayoutWorker.js';

export interface LayoutHost extends ReactiveControllerHost {
  /** Positions moved: draw a frame. */
  layoutFrame(layout: ForceLayout): void;
  /** The layout came to rest (or was given as stored positions). */
  layoutEnd(layout: ForceLayout): void;
}

// From this many nodes the layout runs in a worker. Below it a tick costs well under a
// millisecond and the whole layout about a second of frames, less than a worker takes to start.
export const WORKER_MIN_NODES = 300;

// A fixed 16:10 frame rather than the element's size: the same document and seed give the same
// picture on every screen (what was rehearsed is what the room sees), and wide screens and
// projectors, the common case, are filled.
const FRAME = { width: 1600, height: 1000 };

/**
 * The page's layout of a document, as `LayoutController.load` makes it. The warm-up makes its
 * layouts here too: trained on another call (no ids, no frame), the constructor's compiled code
 * was thrown away by the engine at the first real map, which then ran the rest of it slowly.
 */
export function pageLayout(document: GraphDocument, seed: number): ForceLayout {
  return new ForceLayout(document, { seed, ...FRAME, ids: resolvedIds(document) });
}

/**
 * Owns the force layout of one document. A large one runs in a Web Worker (positions come back as
 * transferable arrays and the page only draws); a small one, or one whose worker a page policy
 * refuses, is stepped here on animation frames. Either way ticks go straight to the renderer
 * without re-rendering the Lit template, and nothing is left running when the layout settles or
 * the element leaves the page.
 */
export class LayoutController implements ReactiveController {
  layout: ForceLayout | null = null;
  private supervisor: LayoutSupervisor | null = null;
  private client: LayoutWorkerClient | null = null;
  private document: GraphDocument | null = null;
  private seed = 1;
  private animate = true;
  private connected = false;
  private starting: ReturnType<typeof setTimeout> | 0 = 0;
  /** A worker created before the first frame, loading its code while the page draws. */

  constructor(private readonly host: LayoutHost) {
    host.addController(this);
  }

  /** Where the layout runs now, for tests and the benchmark. */
  get runsIn(): 'worker' | 'page' | 'none' {
    return this.client || this.starting ? 'worker' : this.supervisor?.running ? 'page' : 'none';
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.layout || this.layout.settled) return;
    // A worker ended on disconnect: carry on from where the positions were.
    if (this.document && !this.supervisor && !this.client) this.start(this.layout, true);
    else this.supervisor?.start();
  }

  hostDisconnected(): void {
    this.connected = false;
    const supervisor = this.supervisor;
    this.stop();
    // The page-side layout resumes where it was; a worker is started again (see hostConnected).
    this.supervisor = supervisor;
  }

  /** Layout ticks run so far for the current document. */
  get ticks(): number {
    return this.layout?.ticks ?? 0;
  }

  /** A new document (or seed): a new layout. `animate` false lays it out at once (the `static` attribute). */
  load(document: GraphDocument, seed: number, animate: boolean): ForceLayout {
    this.stop();
    const layout = pageLayout(document, seed);
    this.layout = layout;
    this.document = document;
    this.seed = seed;
    this.animate = animate;
    if (layout.settled) {
      this.host.layoutFrame(layout);
      this.host.layoutEnd(layout);
      return layout;
    }
    this.start(layout, false);
    return layout;
  }

  private stop(): void {
    if (this.starting) clearTimeout(this.starting);
    this.starting = 0;
    this.supervisor?.stop();
    this.supervisor = null;
    this.client?.stop();
    this.client = null;
  }

  private start(layout: ForceLayout, resume: boolean): void {
    if (layout.nodes.length < WORKER_MIN_NODES || !this.connected || typeof Worker === 'undefined') {
      this.runHere(layout);
      return;
    }
    if (resume) {
      this.startWorker(layout, true);
      return;
    }
    // The start positions are a picture already: draw them first, then create the worker and hand
    // it the layout (`afterDraw`), or shortly if nothing is drawn (an element with no size).
    // Creating it costs the page about 10 ms, which the first frame need not wait for.
    this.host.layoutFrame(layout);
    this.starting = setTimeout(() => this.afterDraw(), 200);
  }

  /**
   * The first frame is drawn: create the worker and hand it the layout once that frame is on
   * screen, so that the work (tens of ms for a large map) falls in the next frame, not the first.
   */
  afterDraw(): void {
    const { starting, layout } = this;
    if (!starting || !layout) return;
    requestAnimationFrame(() => {
      // Stopped, a new layout, or already handed on by an earlier frame.
      if (this.starting !== starting) return;
      clearTimeout(starting);
      this.starting = setTimeout(() => {
        this.starting = 0;
        if (this.connected && !this.client && this.layout === layout) this.startWorker(layout, false);
      }, 0);
    });
  }

  private startWorker(layout: ForceLayout, resume: boolean): void {
    const worker = spawnLayoutWorker();
    if (worker && this.document) {
      this.client = new LayoutWorkerClient(
        layout,
        worker,
        this.document,
        {
          seed: this.seed,
          ...FRAME,
          live: this.animate,
          resume: resume ? { positions: layout.positions(), ticks: layout.ticks, alpha: layout.alpha } : null,
          ids: resolvedIds(this.document),
        },
        {
          positions: (l) => this.host.layoutFrame(l),
          settled: (l) => {
            this.host.layoutFrame(l);
            this.host.layoutEnd(l);
          },
          failed: () => {
            this.client = null;
            if (this.layout === layout && this.connected) this.runHere(layout);
          },
        },
      );
      return;
    }
    this.runHere(layout);
  }

  private runHere(layout: ForceLayout): void {
    if (!this.animate) {
      layout.settle();
      this.supervisor = null;
      this.host.layoutFrame(layout);
      this.host.layoutEnd(layout);
      return;
    }
    this.supervisor = new LayoutSupervisor(
      layout,
      (cb) => {
        const id = requestAnimationFrame(cb);
        return () => cancelAnimationFrame(id);
      },
      (l) => this.host.layoutFrame(l),
      (l) => this.host.layoutEnd(l),
      // Up to 4 ticks a frame while they fit in 10 ms: the seed map settles in about a second,
      // and a large map still yields to the browser every frame.
      { budgetMs: 10, maxTicksPerFrame: 4, now: () => performance.now() },
    );
    if (this.connected) this.supervisor.start();
  }

  /** The layout worker, while it can paint a moving map's frames (`LayoutWorkerClient.ask`). */
  get painter(): LayoutWorkerClient | null {
    return this.client?.paints ? this.client : null;
  }

  /** A drag: the node follows the pointer here at once, and the layout (wherever it runs) around it. */
  pin(id: string, x: number, y: number): void {
    if (!this.layout?.pin(id, x, y)) return;
    this.client?.pin(id, x, y);
  }

  release(id: string): void {
    this.layout?.release(id);
    this.client?.release(id);
  }

  /** Wakes the layout after a drag or a stored-position change. */
  reheat(alpha = 0.3): void {
    const layout = this.layout;
    if (!layout) return;
    layout.reheat(alpha);
    // A worker about to start lays out from the start anyway.
    if (this.starting) return;
    if (this.client) this.client.reheat(alpha);
    else if (this.supervisor) {
      if (this.connected) this.supervisor.start();
    } else if (this.animate && this.connected && layout.nodes.length >= WORKER_MIN_NODES) {
      // A stored picture (or a settled one whose worker has ended) dragged: a worker lays it out again.
      this.start(layout, true);
    } else {
      layout.settle();
      this.host.layoutFrame(layout);
    }
  }
}
