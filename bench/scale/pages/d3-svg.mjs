// The classic d3 force example: d3-force 3.0.1 with its default forces (link, manyBody, center),
// one SVG <line> per link and <circle> per node, every element's attributes set on every tick.
// d3's timer ticks once per animation frame, so each tick is also one DOM update; the drawing
// itself is the browser's (style, layout, paint), which no callback can see, so "drawn frames"
// is left empty and the probe's frame intervals tell the cost.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { runBench } from './harness.mjs';
import { KIND_COLORS, toD3 } from '../generateGraph.mjs';

const SVG = 'http://www.w3.org/2000/svg';

runBench({
  name: 'd3-svg',
  prepare(doc, mount) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '1280');
    svg.setAttribute('height', '800');
    svg.setAttribute('viewBox', '-640 -400 1280 800');
    svg.style.cssText = 'position:absolute;inset:0';
    mount.append(svg);
    return { svg, data: toD3(doc), tickTimes: [], firstFrameAt: null, settledAt: null };
  },
  start(s) {
    const { nodes, links } = s.data;
    const sim = forceSimulation(nodes)
      .force('link', forceLink(links).id((d) => d.id))
      .force('charge', forceManyBody())
      .force('center', forceCenter());
    const linkGroup = document.createElementNS(SVG, 'g');
    linkGroup.setAttribute('stroke', '#999');
    linkGroup.setAttribute('stroke-opacity', '0.6');
    const nodeGroup = document.createElementNS(SVG, 'g');
    nodeGroup.setAttribute('stroke', '#fff');
    nodeGroup.setAttribute('stroke-width', '1.5');
    s.svg.append(linkGroup, nodeGroup);
    const lines = links.map(() => linkGroup.appendChild(document.createElementNS(SVG, 'line')));
    const circles = nodes.map((d) => {
      const c = nodeGroup.appendChild(document.createElementNS(SVG, 'circle'));
      c.setAttribute('r', '5');
      c.setAttribute('fill', KIND_COLORS[d.kind] ?? '#888');
      return c;
    });
    sim.on('tick', () => {
      for (let i = 0; i < links.length; i++) {
        const l = links[i];
        const e = lines[i];
        e.setAttribute('x1', l.source.x);
        e.setAttribute('y1', l.source.y);
        e.setAttribute('x2', l.target.x);
        e.setAttribute('y2', l.target.y);
      }
      for (let i = 0; i < nodes.length; i++) {
        circles[i].setAttribute('cx', nodes[i].x);
        circles[i].setAttribute('cy', nodes[i].y);
      }
      const now = performance.now();
      s.tickTimes.push(now);
      if (s.firstFrameAt === null) s.firstFrameAt = now;
    });
    sim.on('end', () => (s.settledAt = performance.now()));
    s.sim = sim;
  },
  counters(s) {
    return { ticks: s.tickTimes.length, frames: null, firstFrameAt: s.firstFrameAt, settledAt: s.settledAt, tickTimes: s.tickTimes };
  },
});
