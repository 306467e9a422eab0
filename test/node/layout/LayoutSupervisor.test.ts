import { describe, expect, it } from 'vitest';
import { ForceLayout } from '../../../src/layout/ForceLayout.js';
import { LayoutSupervisor } from '../../../src/layout/LayoutSupervisor.js';
import type { LayoutSupervisorOptions } from '../../../src/layout/types.js';
import { seedSizedDocument, smallDocument, storedPositions } from './fixtures.js';

/** A scheduler that queues callbacks until the test flushes them, one frame at a time. */
class FakeScheduler {
  queue: Array<{ callback: () => void; cancelled: boolean }> = [];
  scheduled = 0;
  cancelled = 0;
  honourCancel = true;

  readonly schedule = (callback: () => void): (() => void) => {
    const entry = { callback, cancelled: false };
    this.queue.push(entry);
    ++this.scheduled;
    return () => {
      ++this.cancelled;
      if (this.honourCancel) entry.cancelled = true;
    };
  };

  get pending(): number {
    return this.queue.filter((e) => !e.cancelled).length;
  }

  /** Runs the frames queued so far; returns how many ran. */
  frame(): number {
    const due = this.queue;
    this.queue = [];
    let ran = 0;
    for (const e of due)
      if (!e.cancelled) {
        ++ran;
        e.callback();
      }
    return ran;
  }

  /** Runs frames until none is pending (or the limit), returns frames run. */
  drain(limit = 10_000): number {
    let frames = 0;
    while (this.pending > 0 && frames < limit) frames += this.frame();
    return frames;
  }
}

function harness(layout: ForceLayout, options?: LayoutSupervisorOptions) {
  const scheduler = new FakeScheduler();
  const frames: number[] = [];
  const ends: number[] = [];
  const supervisor = new LayoutSupervisor(
    layout,
    scheduler.schedule,
    (l) => frames.push(l.ticks),
    (l) => ends.push(l.ticks),
    options,
  );
  return { scheduler, supervisor, frames, ends };
}

describe('LayoutSupervisor', () => {
  it('ticks each frame, calls onEnd exactly once on settling and stops scheduling', () => {
    const layout = new ForceLayout(seedSizedDocument(100));
    const { scheduler, supervisor, frames, ends } = harness(layout, { ticksPerFrame: 4 });
    expect(supervisor.running).toBe(false);
    supervisor.start();
    expect(supervisor.running).toBe(true);
    expect(scheduler.pending).toBe(1);
    expect(frames).toEqual([]);

    scheduler.frame();
    expect(frames).toEqual([4]);
    const ran = scheduler.drain();
    expect(layout.settled).toBe(true);
    expect(ends).toEqual([220]);
    expect(frames.length).toBe(55);
    expect(frames.at(-1)).toBe(220);
    expect(ran + 1).toBe(55);
    expect(supervisor.running).toBe(false);
    expect(supervisor.frames).toBe(55);
    expect(scheduler.pending).toBe(0);
    expect(scheduler.scheduled).toBe(55);

    // Nothing is left running: more frames do nothing.
    expect(scheduler.frame()).toBe(0);
    expect(ends.length).toBe(1);
  });

  it('steps the same positions as ticking directly', () => {
    const direct = new ForceLayout(smallDocument(), { seed: 9 });
    direct.settle();
    const stepped = new ForceLayout(smallDocument(), { seed: 9 });
    const { scheduler } = harness(stepped, { ticksPerFrame: 7 });
    new LayoutSupervisor(stepped, scheduler.schedule, () => {}, () => {}).start();
    scheduler.drain();
    expect(Array.from(stepped.positions())).toEqual(Array.from(direct.positions()));
  });

  it('start() is idempotent while running', () => {
    const { scheduler, supervisor } = harness(new ForceLayout(smallDocument()));
    supervisor.start();
    supervisor.start();
    expect(scheduler.pending).toBe(1);
  });

  it('stop() cancels the pending frame and calls no onEnd; start() resumes', () => {
    const { scheduler, supervisor, frames, ends } = harness(new ForceLayout(smallDocument()));
    supervisor.start();
    scheduler.frame();
    supervisor.stop();
    expect(supervisor.running).toBe(false);
    expect(scheduler.cancelled).toBe(1);
    expect(scheduler.frame()).toBe(0);
    expect(frames.length).toBe(1);
    supervisor.start();
    scheduler.drain();
    expect(ends.length).toBe(1);
  });

  it('ignores a late frame from a stopped run when the scheduler cannot cancel', () => {
    const { scheduler, supervisor, frames, ends } = harness(new ForceLayout(smallDocument()));
    scheduler.honourCancel = false;
    supervisor.start();
    supervisor.stop();
    scheduler.frame();
    expect(frames).toEqual([]);
    supervisor.start();
    supervisor.stop();
    supervisor.start();
    scheduler.frame();
    expect(frames.length).toBe(1);
    scheduler.drain();
    expect(ends.length).toBe(1);
  });

  it('draws a stored (settled) layout once and ends', () => {
    const doc = smallDocument();
    doc.positions = storedPositions(doc);
    const { scheduler, supervisor, frames, ends } = harness(new ForceLayout(doc));
    supervisor.start();
    expect(scheduler.drain()).toBe(1);
    expect(frames).toEqual([0]);
    expect(ends).toEqual([0]);
    expect(supervisor.running).toBe(false);
  });

  it('runs again after a drag reheats the layout, and ends once per run', () => {
    const layout = new ForceLayout(smallDocument());
    const { scheduler, supervisor, ends } = harness(layout, { ticksPerFrame: 10 });
    supervisor.start();
    scheduler.drain();
    expect(ends.length).toBe(1);

    layout.pin('paper:p1', 40, 40);
    supervisor.start();
    for (let i = 0; i < 50; ++i) scheduler.frame();
    expect(supervisor.running).toBe(true);
    expect(ends.length).toBe(1);
    layout.release('paper:p1');
    scheduler.drain();
    expect(ends.length).toBe(2);
    expect(supervisor.running).toBe(false);
    expect(layout.node('paper:p1')).toMatchObject({ x: 40, y: 40 });
  });

  it('keeps going when onFrame starts a drag on the frame that settled', () => {
    const layout = new ForceLayout(smallDocument());
    const scheduler = new FakeScheduler();
    let ends = 0;
    let dragged = false;
    const supervisor = new LayoutSupervisor(
      layout,
      scheduler.schedule,
      (l) => {
        if (l.settled && !dragged) {
          dragged = true;
          l.pin('paper:p0', 0, 0);
          l.release('paper:p0');
        }
      },
      () => ++ends,
      { ticksPerFrame: 25 },
    );
    supervisor.start();
    scheduler.drain();
    expect(dragged).toBe(true);
    expect(ends).toBe(1);
    expect(layout.settled).toBe(true);
  });

  it('lets onFrame stop the supervisor', () => {
    const layout = new ForceLayout(smallDocument());
    const scheduler = new FakeScheduler();
    let ends = 0;
    const supervisor: LayoutSupervisor = new LayoutSupervisor(
      layout,
      scheduler.schedule,
      () => supervisor.stop(),
      () => ++ends,
    );
    supervisor.start();
    expect(scheduler.drain()).toBe(1);
    expect(supervisor.running).toBe(false);
    expect(ends).toBe(0);
  });

  it('stops, and rethrows, when onFrame throws', () => {
    const scheduler = new FakeScheduler();
    const supervisor = new LayoutSupervisor(
      new ForceLayout(smallDocument()),
      scheduler.schedule,
      () => {
        throw new Error('draw failed');
      },
      () => {},
    );
    supervisor.start();
    expect(() => scheduler.frame()).toThrow('draw failed');
    expect(supervisor.running).toBe(false);
    expect(scheduler.pending).toBe(0);
  });

  it('with a time budget, ticks until the injected clock says the frame is spent', () => {
    let clock = 0;
    const layout = new ForceLayout(smallDocument());
    // Each reading of the clock advances it 1 ms: the start reading, then one after each tick.
    const { scheduler, supervisor, frames } = harness(layout, { budgetMs: 5, now: () => clock++ });
    supervisor.start();
    scheduler.frame();
    expect(frames).toEqual([5]);
    scheduler.drain();
    expect(layout.settled).toBe(true);
    expect(frames.at(-1)).toBe(220);
  });

  it('caps ticks per frame under a budget, and always ticks at least once', () => {
    const capped = harness(new ForceLayout(smallDocument()), { budgetMs: 1e9, now: () => 0, maxTicksPerFrame: 8 });
    capped.supervisor.start();
    capped.scheduler.frame();
    expect(capped.frames).toEqual([8]);

    let clock = 0;
    const slow = harness(new ForceLayout(smallDocument()), { budgetMs: 1, now: () => (clock += 100) });
    slow.supervisor.start();
    slow.scheduler.frame();
    expect(slow.frames).toEqual([1]);
  });

  it('works with a scheduler that runs the callback at once', () => {
    const layout = new ForceLayout(smallDocument());
    let ends = 0;
    const supervisor = new LayoutSupervisor(
      layout,
      (callback) => {
        callback();
        return () => {};
      },
      () => {},
      () => ++ends,
      { ticksPerFrame: 20 },
    );
    supervisor.start();
    expect(layout.settled).toBe(true);
    expect(ends).toBe(1);
    expect(supervisor.running).toBe(false);
  });
});
