import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphDocument } from '../../model/types.js';
import { ForceLayout } from '../../layout/ForceLayout.js';
import { LayoutSupervisor } from '../../layout/LayoutSupervisor.js';

export interface LayoutHost extends ReactiveControllerHost {
  /** Positions moved: draw a frame. */
  layoutFrame(layout: ForceLayout): void;
  /** The layout came to rest (or was given as stored positions). */
  layoutEnd(layout: ForceLayout): void;
}

/**
 * Owns the force layout of one document and steps it on animation frames, so ticks go straight to
 * the renderer without re-rendering the Lit template. Stops when the layout settles and when the
 * element leaves the page: no frame is left running.
 */
export class LayoutController implements ReactiveController {
  layout: ForceLayout | null = null;
  private supervisor: LayoutSupervisor | null = null;
  private connected = false;

  constructor(private readonly host: LayoutHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.layout && !this.layout.settled) this.supervisor?.start();
  }

  /** Layout ticks run so far for the current document. */
  get ticks(): number {
    return this.layout?.ticks ?? 0;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.supervisor?.stop();
  }

  /** A new document (or seed): a new layout. `animate` false lays it out at once (the `static` attribute). */
  load(document: GraphDocument, seed: number, animate: boolean): ForceLayout {
    this.supervisor?.stop();
    // A fixed 16:10 frame rather than the element's size: the same document and seed give the same
    // picture on every screen (what was rehearsed is what the room sees), and wide screens and
    // projectors, the common case, are filled.
    const layout = new ForceLayout(document, { seed, width: 1600, height: 1000 });
    this.layout = layout;
    if (!animate || layout.settled) {
      layout.settle();
      this.supervisor = null;
      this.host.layoutFrame(layout);
      this.host.layoutEnd(layout);
      return layout;
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
    return layout;
  }

  /** Wakes the layout after a drag or a stored-position change. */
  reheat(alpha = 0.3): void {
    if (!this.layout) return;
    this.layout.reheat(alpha);
    if (this.supervisor && this.connected) this.supervisor.start();
    else if (!this.supervisor) {
      this.layout.settle();
      this.host.layoutFrame(this.layout);
    }
  }
}
