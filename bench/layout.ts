/**
 * Speed of the force layout, no rendering: ticks per second on seeded preferential-attachment
 * graphs, and how many ticks a seed-sized map takes to settle. Prints figures, asserts nothing.
 * Run: npx tsx bench/layout.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ForceLayout, lcg } from '../src/layout/index.js';
import type { GraphDocument, GraphLink, GraphNode } from '../src/model/types.js';

const KINDS = ['paper', 'paper', 'paper', 'paper', 'benchmark', 'model', 'method', 'concept', 'organization'];

/** Barabási–Albert style: each new node links to `m` existing nodes picked in proportion to degree. */
function preferentialAttachment(size: number, m = 2, seed = 1): GraphDocument {
  const random = lcg(seed);
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];
  // Every link end appears here once, so a uniform pick from it is a degree-weighted pick.
  const ends: number[] = [];
  for (let i = 0; i < size; ++i) {
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    nodes.push({ id: `${kind}:${i}`, kind, label: `${kind} ${i}` });
    const targets = new Set<number>();
    for (let k = 0; k < Math.min(m, i); ++k) {
      targets.add(ends.length > 0 && random() < 0.9 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * i));
    }
    for (const t of targets) {
      links.push({ source: nodes[i]!.id, target: nodes[t]!.id, kind: 'mentions' });
      ends.push(i, t);
    }
  }
  return { schema: 'concept-map/v1', title: `PA ${size}`, nodes, links };
}

function speed(doc: GraphDocument, ticks: number): void {
  const build = performance.now();
  const layout = new ForceLayout(doc);
  const built = performance.now() - build;
  layout.tick(3); // warm the JIT before timing
  const start = performance.now();
  const done = layout.tick(ticks);
  const ms = performance.now() - start;
  console.log(
    `${String(doc.nodes.length).padStart(6)} nodes ${String(doc.links.length).padStart(6)} links | ` +
      `build ${built.toFixed(1)} ms | ${((done / ms) * 1000).toFixed(1)} ticks/s | ${(ms / done).toFixed(2)} ms/tick (${done} ticks)`,
  );
}

function settle(name: string, doc: GraphDocument): void {
  const layout = new ForceLayout(doc);
  const start = performance.now();
  const ticks = layout.settle();
  const ms = performance.now() - start;
  const b = layout.bounds();
  const size = b ? `${Math.round(b.x1 - b.x0)} × ${Math.round(b.y1 - b.y0)}` : 'empty';
  console.log(
    `${name}: ${doc.nodes.length} nodes settle in ${ticks} ticks (${ms.toFixed(0)} ms, settled ${layout.settled}), bounds ${size}`,
  );
}

console.log('ForceLayout, d3-force 3.0.1, Node', process.version);
speed(preferentialAttachment(1_000), 100);
speed(preferentialAttachment(5_000), 20);
settle('seed-sized PA graph', preferentialAttachment(90));
settle('1,000-node PA graph', preferentialAttachment(1_000));
const seedFile = new URL('../data/seed.graph.json', import.meta.url);
if (existsSync(seedFile)) settle('data/seed.graph.json', JSON.parse(readFileSync(seedFile, 'utf8')) as GraphDocument);
