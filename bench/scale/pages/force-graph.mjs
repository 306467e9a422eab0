// force-graph 1.52.0: canvas, d3-force-3d layout and drawing both on the main thread. Default
// settings (cooldown included) except its size, which is the 1280×800 viewport.
import ForceGraph from 'force-graph';
import { runBench } from './harness.mjs';
import { toForceGraph } from '../generateGraph.mjs';

runBench({
  name: 'force-graph',
  prepare(doc, mount) {
    const s = { data: toForceGraph(doc), tickTimes: [], frameTimes: [], firstFrameAt: null, settledAt: null, started: false };
    // The instance exists (and runs its render loop on an empty graph) before t0: what t0 times
    // is handing it a graph, as with the other contenders.
    s.fg = new ForceGraph(mount)
      .width(1280)
      .height(800)
      .onEngineTick(() => s.started && s.tickTimes.push(performance.now()))
      .onEngineStop(() => {
        if (s.started && s.settledAt === null) s.settledAt = performance.now();
      })
      .onRenderFramePost(() => {
        // Only frames of the graph count: force-graph writes x/y into our node objects once its
        // engine has taken them, so a frame before that is still the empty canvas.
        if (!s.started || s.data.nodes[0]?.x === undefined) return;
        const now = performance.now();
        s.frameTimes.push(now);
        if (s.firstFrameAt === null) s.firstFrameAt = now;
      });
    return s;
  },
  start(s) {
    s.started = true;
    s.fg.graphData(s.data);
  },
  counters(s) {
    return { ticks: s.tickTimes.length, frames: s.frameTimes.length, firstFrameAt: s.firstFrameAt, settledAt: s.settledAt, tickTimes: s.tickTimes, frameTimes: s.frameTimes };
  },
});
