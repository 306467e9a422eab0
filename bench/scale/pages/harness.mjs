// The in-page half of the benchmark, shared by every contender's page.
//
// A page imports this first and calls `runBench(adapter)`. The harness loads the document, lets
// the adapter convert it to its own input format (not timed: the brief's t0 is "data already
// parsed"), then waits for the runner to call `window.__bench.start(windowMs)`. From t0, just
// before the adapter hands the graph over, it watches the page for `windowMs` and returns what a
// user would feel: frame pacing from its own requestAnimationFrame probe, long tasks, heap, and
// the contender's own counters (ticks, drawn frames, first frame, settle).
//
// An adapter is { name, prepare(doc, mount) -> state, start(state), counters(state) }, where
// counters returns { ticks, frames, firstFrameAt, settledAt, tickTimes?, frameTimes? }: times are
// performance.now() values; the *Times arrays, when given, let counts be cut exactly at the end
// of the window, otherwise the harness uses the counters sampled on each probe frame.

// Registered before anything else runs, and buffered, so no long task of the run is missed.
const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long-task support: reported as null, not as zero.
  longTasks.push(null);
}

const errors = [];
addEventListener('error', (e) => errors.push(String(e.message ?? e)));
addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason?.stack ?? e.reason}`));

/**
 * The probe: one rAF loop for the whole life of the page. The callback's timestamp is the frame's
 * start, so the gap between two callbacks is how long that frame took, long tasks included.
 */
const frameStarts = [];
const samples = [];
let sampler = null;
function probe(ts) {
  frameStarts.push(ts);
  if (sampler) samples.push({ at: performance.now(), ...sampler() });
  requestAnimationFrame(probe);
}
requestAnimationFrame(probe);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const round = (x, d = 1) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d);

/** Main-thread JS heap in MB (--enable-precise-memory-info makes it exact, not bucketed). */
function heapMB() {
  const m = performance.memory;
  return m ? round(m.usedJSHeapSize / 1048576) : null;
}

export async function runBench(adapter) {
  const params = new URLSearchParams(location.search);
  const mount = document.getElementById('mount');
  try {
    const doc = await (await fetch(params.get('data'))).json();
    const state = await adapter.prepare(doc, mount);
    // Let the page's own start-up (module evaluation, fonts, first layout) finish before t0.
    await sleep(300);
    await nextFrame();
    window.__bench = { ready: true, start: (windowMs) => measure(adapter, state, windowMs), panStart, panStop };
  } catch (error) {
    window.__bench = { ready: true, failed: String(error?.stack ?? error) };
  }
}

// The pan phase: the runner drags the mouse across the page (real input, through the browser) while
// the layout still runs; these bracket it and give the probe's frame intervals in between.
let panFrom = 0;
function panStart() {
  panFrom = frameStarts.length;
}
function panStop() {
  const starts = frameStarts.slice(Math.max(0, panFrom - 1));
  const intervals = [];
  for (let i = 1; i < starts.length; i++) intervals.push(starts[i] - starts[i - 1]);
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    panMean: intervals.length ? round(intervals.reduce((a, b) => a + b, 0) / intervals.length) : null,
    panP95: round(percentile(sorted, 95)),
    panFrames: intervals.length,
  };
}

async function measure(adapter, state, windowMs) {
  const t0 = performance.now();
  let startError = null;
  try {
    await adapter.start(state);
  } catch (error) {
    startError = String(error?.stack ?? error);
  }
  sampler = () => adapter.counters(state);
  const end = t0 + windowMs;
  // A timer can fire late behind a long task; the window is cut by timestamps, not by this wait.
  while (performance.now() < end) await sleep(Math.max(1, end - performance.now()));
  // One more probe frame, so the frame that straddles the end of the window is known.
  await nextFrame();
  const heap = heapMB();
  const final = adapter.counters(state);
  sampler = null;

  // Frame intervals: from the last probe frame at or before t0 to the first one at or after the
  // end, so a long task that straddles either edge still counts, and a page blocked for the whole
  // window still gives one (long) interval rather than none.
  let first = 0;
  while (first + 1 < frameStarts.length && frameStarts[first + 1] <= t0) first++;
  let last = first;
  while (last + 1 < frameStarts.length && frameStarts[last] < end) last++;
  const intervals = [];
  for (let i = first + 1; i <= last; i++) intervals.push(frameStarts[i] - frameStarts[i - 1]);
  const sorted = [...intervals].sort((a, b) => a - b);
  const mean = intervals.length ? intervals.reduce((a, b) => a + b, 0) / intervals.length : null;

  // Long tasks overlapping the window, with only their part inside it counted.
  let longCount = null;
  let longMs = null;
  if (longTasks[0] !== null) {
    longCount = 0;
    longMs = 0;
    for (const t of longTasks) {
      const overlap = Math.min(end, t.start + t.duration) - Math.max(t0, t.start);
      if (overlap > 0) {
        longCount++;
        longMs += overlap;
      }
    }
  }

  // Counts inside the window: exact from event times when the adapter keeps them, else from the
  // last counter sample taken inside the window, as a rate over the time up to that sample.
  const seconds = windowMs / 1000;
  const rate = (times, key) => {
    if (times) return times.filter((t) => t >= t0 && t <= end).length / seconds;
    const inside = samples.filter((s) => s.at <= end && s.at > t0);
    const s = inside.length ? inside[inside.length - 1] : null;
    if (s && s[key] !== null && s[key] !== undefined) return s[key] / ((s.at - t0) / 1000);
    return final[key] === null || final[key] === undefined ? null : final[key] / ((performance.now() - t0) / 1000);
  };

  return {
    t0,
    windowMs,
    startError,
    firstFrameMs: final.firstFrameAt === null || final.firstFrameAt === undefined ? null : round(final.firstFrameAt - t0),
    frameMean: round(mean),
    frameP95: round(percentile(sorted, 95)),
    frameMax: round(sorted.length ? sorted[sorted.length - 1] : null),
    probeFrames: intervals.length,
    drawnPerSec: final.frames === null || final.frames === undefined ? null : round(rate(final.frameTimes, 'frames')),
    ticksPerSec: final.ticks === null || final.ticks === undefined ? null : round(rate(final.tickTimes, 'ticks')),
    ticksTotal: final.ticks ?? null,
    framesTotal: final.frames ?? null,
    settledMs: final.settledAt === null || final.settledAt === undefined ? null : round(final.settledAt - t0),
    longTasks: longCount,
    longTaskMs: round(longMs),
    heapMB: heap,
    extra: final.extra ?? null,
    errors: [...errors],
  };
}
