// d3-force's forceManyBody against src/layout/forceManyBodyFlat.ts, one force call at a time, in
// Node, on the scale benchmark's seeded graphs. d3 spends nearly all of a layout tick here (at
// 20,000 nodes the link force is under 1 ms, the charge well over 100), and most of that is
// d3-quadtree allocating; the flat version builds the same tree in reused typed arrays.
//
//   node bench/manyBody.mjs                    # 1,000, 5,000 and 20,000 nodes
//   node bench/manyBody.mjs 2000,50000         # other sizes
//
// Both forces start from the same positions (d3's initial spiral after a few ticks of a plain d3
// layout) and the first call of each is checked to give bit-identical velocities before timing.
// The two are timed in alternating rounds, so a busy machine slows both alike, with a full GC
// (untimed) before each round so that neither pays for the other's garbage. A round is several
// calls in a row, so d3 still pays for the collections its own allocation brings on.
import { build } from 'esbuild';
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateGraph, toD3 } from './scale/generateGraph.mjs';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = (process.argv[2] ?? '1000,5000,20000').split(',').map(Number);

/** Compiles the TypeScript in memory (it imports only types) and imports it from a data: URL. */
async function loadFlat() {
  const result = await build({
    entryPoints: [join(repo, 'src/layout/forceManyBodyFlat.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).forceManyBodyFlat;
}

/** d3's LCG, seeded, so the jiggles (if any) are the same for both. */
function lcg(seed) {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** Nodes where a real layout would have them: a few ticks of plain d3 from its initial spiral. */
function positions(size) {
  const { nodes, links } = toD3(generateGraph(size));
  forceSimulation(nodes)
    .force('link', forceLink(links).id((d) => d.id))
    .force('charge', forceManyBody())
    .force('center', forceCenter())
    .stop()
    .tick(5);
  return nodes.map(({ x, y }) => ({ x, y }));
}

function copy(start) {
  return start.map(({ x, y }, index) => ({ index, x, y, vx: 0, vy: 0 }));
}

function prepare(makeForce, start) {
  const nodes = copy(start);
  const force = makeForce();
  force.initialize(nodes, lcg(1));
  return { nodes, force };
}

function sameBits(a, b) {
  for (let i = 0; i < a.length; ++i) if (!Object.is(a[i].vx, b[i].vx) || !Object.is(a[i].vy, b[i].vy)) return false;
  return true;
}

/**
 * Bytes the JS heap grows by per call, net of what reading the heap size costs itself; the
 * smallest of a few tries, or null when a GC ran in the middle every time (the heap shrank).
 */
function heapPerCall(force, calls) {
  const measure = (fn) => {
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < calls; ++i) fn();
    return process.memoryUsage().heapUsed - before;
  };
  let best = null;
  for (let k = 0; k < 3; ++k) {
    const base = measure(() => {});
    const grew = measure(() => force(0.5));
    if (grew >= 0 && (best === null || grew - base < best)) best = Math.max(0, grew - base);
  }
  return best === null ? null : best / calls;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

const forceManyBodyFlat = await loadFlat();
const rows = [];
for (const size of sizes) {
  const start = positions(size);

  // Same first call, same bits.
  const check = [prepare(forceManyBody, start), prepare(forceManyBodyFlat, start)];
  for (const { force } of check) force(0.9);
  const identical = sameBits(check[0].nodes, check[1].nodes);

  const d3 = prepare(forceManyBody, start);
  const flat = prepare(forceManyBodyFlat, start);
  const warm = 3;
  for (let i = 0; i < warm; ++i) d3.force(0.5), flat.force(0.5);

  // Rounds of a few calls each, alternating, for at least 5 rounds and 3 s of calls in all.
  const callsPerRound = size <= 1000 ? 20 : size <= 5000 ? 5 : 3;
  const times = { d3: [], flat: [] };
  let spent = 0;
  for (let r = 0; r < 5 || spent < 3000; ++r) {
    for (const [name, { force }] of [
      ['d3', d3],
      ['flat', flat],
    ]) {
      gc();
      const t = performance.now();
      for (let i = 0; i < callsPerRound; ++i) force(0.5);
      const ms = performance.now() - t;
      times[name].push(ms / callsPerRound);
      spent += ms;
    }
  }
  // d3's figure would be meaningless: it allocates enough that a GC runs inside the call.
  gc();
  const flatHeap = heapPerCall(flat.force, callsPerRound);
  const d3Ms = median(times.d3);
  const flatMs = median(times.flat);
  rows.push({
    nodes: size,
    'd3 ms/call': round(d3Ms),
    'flat ms/call': round(flatMs),
    'speed-up': `${round(d3Ms / flatMs, 1)}×`,
    calls: times.d3.length * callsPerRound,
    'flat heap growth/call (bytes)': flatHeap === null ? 'GC ran' : Math.round(flatHeap),
    'bit-identical': identical,
  });
  console.error(`${size} nodes done`);
}

console.log(`forceManyBody, median ms per call (Node ${process.version}, ${sizes.join(', ')} nodes)`);
console.table(rows);
