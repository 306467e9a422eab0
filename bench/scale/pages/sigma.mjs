// sigma 3 (WebGL) drawing a graphology graph laid out by ForceAtlas2 in its Web Worker
// (FA2LayoutSupervisor) with the settings FA2 infers for the graph's size.
//
// What a "tick" is here: the supervisor sends the node matrix to the worker, the worker runs ONE
// FA2 iteration and posts the matrix back, the supervisor writes the positions into the graph and
// asks for the next. So each message back from the worker is one iteration, counted here as one
// tick. The loop is a round trip through the main thread, so a busy page slows it down too.
import Graph from 'graphology';
import Sigma from 'sigma';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { runBench } from './harness.mjs';
import { toGraphology } from '../generateGraph.mjs';

runBench({
  name: 'sigma',
  prepare(doc, mount) {
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0;width:100%;height:100%';
    mount.append(container);
    return { data: toGraphology(doc), container, tickTimes: [], frameTimes: [], firstFrameAt: null };
  },
  start(s) {
    // Building the graphology graph is sigma's share of loading, like validation is ours: timed.
    const graph = Graph.from(s.data);
    s.renderer = new Sigma(graph, s.container);
    // Sigma's constructor renders synchronously, before a listener can be attached: that render
    // is the first frame, and it has happened by the time the constructor returns.
    s.firstFrameAt = performance.now();
    s.frameTimes.push(s.firstFrameAt);
    s.renderer.on('afterRender', () => s.frameTimes.push(performance.now()));
    s.layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
    // Added after the supervisor's own listener, so it runs once the positions are applied.
    s.layout.worker.addEventListener('message', () => s.tickTimes.push(performance.now()));
    s.layout.start();
  },
  counters(s) {
    return {
      ticks: s.tickTimes.length,
      frames: s.frameTimes.length,
      firstFrameAt: s.firstFrameAt,
      // FA2 has no end: it iterates until stopped.
      settledAt: null,
      tickTimes: s.tickTimes,
      frameTimes: s.frameTimes,
    };
  },
});
