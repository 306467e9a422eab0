// The compute floor: how fast the layout can tick in Node with nothing drawn, on the same graphs
// the browser contenders get. Two floors per size:
//   - plain d3-force 3.0.1 (link + manyBody + center, d3's defaults), the reference for ticks/s;
//   - the project's own ForceLayout (src/layout/ForceLayout.ts, compiled with esbuild), which adds
//     collide, gravity and taxonomy forces, so it is expected to be slower per tick.
// It also writes a stored-positions file for the "ours-graph-stored" case.
//
// Run by bench/scale/run.mjs in a child process per size (a fresh heap and JIT for each), or by
// hand: node bench/scale/nodeFloor.mjs 5000 /tmp/floor-5000.json
import { build } from 'esbuild';
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateGraph, toD3 } from './generateGraph.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
export const OUT = join(here, '.out');
export const NODE_LIB = join(OUT, 'node', 'layout.mjs');

/**
 * Compiles ForceLayout and the document validator for Node. The sources are read as they are now
 * (another change may be under way in src/), so this runs on every bench run, not once.
 */
export async function buildNodeLib() {
  mkdirSync(dirname(NODE_LIB), { recursive: true });
  await build({
    stdin: {
      contents: [
        `export { ForceLayout } from './src/layout/ForceLayout.ts';`,
        `export { validateDocument, formatIssues } from './src/model/validate.ts';`,
      ].join('\n'),
      resolveDir: repo,
      loader: 'ts',
      sourcefile: 'bench-node-entry.ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: NODE_LIB,
    logLevel: 'warning',
  });
  return NODE_LIB;
}

/**
 * Calls `step` until at least `minMs` have passed (and at least `minTicks` ticks), after `warm`
 * untimed ticks so the JIT has compiled the hot loop. `step` returns the ticks it did (0 = done).
 */
function timeTicks(step, { minMs = 2000, minTicks = 5, warm = 3 } = {}) {
  for (let i = 0; i < warm; i++) step();
  let ticks = 0;
  const start = performance.now();
  let ms = 0;
  for (;;) {
    const done = step();
    ticks += done;
    ms = performance.now() - start;
    if (done === 0 || (ms >= minMs && ticks >= minTicks)) break;
  }
  return { ticks, ms: round(ms), ticksPerSec: round((ticks / ms) * 1000) };
}

const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Both floors for one size, plus stored positions written to `positionsFile`. */
export async function measureFloor(size, { positionsFile, minMs = 2000, settleBudgetMs = 15000 } = {}) {
  const doc = generateGraph(size);

  // Plain d3: the classic forceSimulation with d3's defaults, its timer stopped, stepped by hand.
  const { nodes, links } = toD3(doc);
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id))
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .stop();
  const d3 = timeTicks(() => (sim.tick(), 1), { minMs });

  const { ForceLayout } = await import(pathToFileURL(NODE_LIB).href);
  const t = performance.now();
  const layout = new ForceLayout(doc, { seed: 1, width: 1600, height: 1000 });
  const buildMs = round(performance.now() - t);
  // No warm-up here: a small layout may settle within 2 s, and warm-up ticks would be lost to it.
  const ours = { ...timeTicks(() => layout.tick(1), { minMs, warm: 0 }), buildMs, settled: layout.settled };

  // Stored positions: the settled picture when that is affordable, else wherever the layout got to
  // (finite coordinates are all the stored-positions case needs; it measures loading, not beauty).
  const msPerTick = ours.ticks > 0 ? ours.ms / ours.ticks : Infinity;
  const remaining = Math.max(0, 250 - layout.ticks);
  if (!layout.settled && remaining * msPerTick <= settleBudgetMs) layout.settle(1000);
  const positions = {};
  for (const node of layout.nodes) positions[node.id] = [round(node.x, 2), round(node.y, 2)];
  if (positionsFile) {
    mkdirSync(dirname(positionsFile), { recursive: true });
    writeFileSync(positionsFile, JSON.stringify(positions));
  }

  return {
    size,
    links: doc.links.length,
    d3,
    forceLayout: ours,
    stored: { settled: layout.settled, ticks: layout.ticks, file: positionsFile ?? null },
  };
}

// CLI: node nodeFloor.mjs <size> [out.json]. Builds the Node lib only when run by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const size = Number(process.argv[2] ?? 1000);
  const outFile = process.argv[3];
  if (!process.env.BENCH_NODE_LIB_READY) await buildNodeLib();
  const result = await measureFloor(size, { positionsFile: join(OUT, 'data', `positions-${size}.json`) });
  if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}
