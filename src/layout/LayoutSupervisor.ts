import type { ForceLayout } from './ForceLayout.js';
import type { LayoutSupervisorOptions } from './types.js';

/**
 * Steps a `ForceLayout` one frame at a time through an injected scheduler (requestAnimationFrame
 * in a page, a fake queue in tests), so the step knows nothing of time or the DOM.
 *
 * Each frame ticks the layout, then calls `onFrame`; the frame in which the layout settles
 * calls `onEnd` once and schedules nothing more. A reheated layout (a drag) is resumed with
 * `start()`. Every `start()` yields at least one frame, so a layout that starts settled (a
 * stored picture) is drawn once and ended.
 */
export class LayoutSupervisor {
  private cancel: (() => void) | null = null;
  // Bumped by start() and stop(), so a frame from an earlier run that fires late does nothing.
  private run = 0;
  private frameCount = 0;
  private readonly layout: ForceLayout;
  private readonly schedule: (callback: () => void) => () => void;
  private readonly onFrame: (layout: ForceLayout) => void;
  private readonly onEnd: (layout: ForceLayout) => void;
  private readonly options: LayoutSupervisorOptions;

  /** `schedule` runs its callback on a later frame and returns a function that cancels it. */
  constructor(
    layout: ForceLayout,
    schedule: (callback: () => void) => () => void,
    onFrame: (layout: ForceLayout) => void,
    onEnd: (layout: ForceLayout) => void,
    options: LayoutSupervisorOptions = {},
  ) {
    this.layout = layout;
    this.schedule = schedule;
    this.onFrame = onFrame;
    this.onEnd = onEnd;
    this.options = options;
  }

  get running(): boolean {
    return this.cancel !== null;
  }

  /** Frames run since construction. */
  get frames(): number {
    return this.frameCount;
  }

  start(): void {
    if (this.running) return;
    this.next(++this.run);
  }

  /** Stops without calling `onEnd`: the layout did not settle, its owner gave up on it. */
  stop(): void {
    ++this.run;
    const cancel = this.cancel;
    this.cancel = null;
    cancel?.();
  }

  private next(run: number): void {
    let fired = false;
    const cancel = this.schedule(() => {
      fired = true;
      this.frame(run);
    });
    // A scheduler may run the callback before returning; its run has then moved on already.
    if (!fired && run === this.run) this.cancel = cancel;
  }

  private frame(run: number): void {
    if (run !== this.run) return;
    this.cancel = null;
    this.step();
    ++this.frameCount;
    const settled = this.layout.settled;
    try {
      this.onFrame(this.layout);
    } catch (error) {
      ++this.run;
      throw error;
    }
    // onFrame may have stopped or restarted the supervisor: then that call decides what is next.
    if (run !== this.run || this.running) return;
    if (settled && this.layout.settled) {
      ++this.run;
      this.onEnd(this.layout);
    } else {
      this.next(run);
    }
  }

  private step(): void {
    const { budgetMs, now } = this.options;
    if (now && typeof budgetMs === 'number' && Number.isFinite(budgetMs)) {
      const max = positiveInteger(this.options.maxTicksPerFrame, 50);
      const start = now();
      let done = 0;
      do {
        if (this.layout.tick(1) === 0) break;
      } while (++done < max && now() - start < budgetMs);
    } else {
      this.layout.tick(positiveInteger(this.options.ticksPerFrame, 1));
    }
  }
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
