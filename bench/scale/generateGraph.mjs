// Seeded test graphs for the scale benchmark, and the same graph in each contender's input format.
//
// One function makes the graph, so the browser pages, the Node floor and the stored-positions case
// all see exactly the same nodes and links: mulberry32 with a fixed seed, nothing from Math.random
// or the clock. This module has no imports and touches no DOM or Node API, so esbuild can bundle it
// into the pages and Node can import it as is.

/** mulberry32: a small, fast 32-bit PRNG whose stream is the same on every engine. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Cumulative shares: about 60% papers, the rest spread over four kinds the library knows.
const KINDS = [
  ['paper', 0.6],
  ['benchmark', 0.7],
  ['method', 0.8],
  ['model', 0.9],
  ['concept', 1],
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'ten', 'sa', 'vo', 'ne', 'dra', 'pi', 'xu', 'bel', 'or', 'fa', 'gin', 'tas'];

// Kind colours for the peers that need one given (sigma draws nodes with no colour in grey):
// roughly the library's own palette, so the screenshots are comparable at a glance.
export const KIND_COLORS = {
  paper: '#2563eb',
  benchmark: '#16a34a',
  method: '#9333ea',
  model: '#ea580c',
  concept: '#64748b',
};

function pickKind(random) {
  const r = random();
  for (const [kind, upTo] of KINDS) if (r < upTo) return kind;
  return 'concept';
}

function word(random) {
  const n = 2 + Math.floor(random() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

function linkKind(sourceKind, targetKind) {
  if (targetKind === 'benchmark') return 'evaluates-on';
  if (sourceKind === 'paper' && targetKind === 'paper') return 'similar';
  return 'mentions';
}

/**
 * A concept-map/v1 document of `size` nodes grown by preferential attachment (Barabási–Albert):
 * each new node links to `linksPerNode` distinct earlier nodes, picked in proportion to their
 * degree, so the degree distribution has the long tail of a real citation-like map (a few hubs,
 * many leaves). About `linksPerNode` links per node; no `positions`.
 */
export function generateGraph(size, { seed = 1, linksPerNode = 2 } = {}) {
  const random = mulberry32(seed);
  const nodes = [];
  const links = [];
  // Every link end is pushed here once: a uniform pick from it is a degree-weighted pick.
  const ends = [];
  for (let i = 0; i < size; i++) {
    const kind = pickKind(random);
    const node = { id: `n${i}`, kind, label: kind === 'model' ? `${word(random)}-${1 + Math.floor(random() * 9)}` : word(random) };
    if (kind === 'paper') node.year = 2015 + Math.floor(random() * 10);
    nodes.push(node);
    const want = Math.min(linksPerNode, i);
    const targets = new Set();
    // Node 1 can only link to node 0, and a hub can be drawn twice: retry a few times, then give up.
    for (let tries = 0; targets.size < want && tries < want * 8; tries++) {
      const t = ends.length > 0 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * i);
      targets.add(t);
    }
    for (const t of targets) {
      const link = { source: node.id, target: nodes[t].id, kind: linkKind(kind, nodes[t].kind) };
      if (link.kind === 'similar') link.weight = Math.round(random() * 100) / 100;
      links.push(link);
      ends.push(i, t);
    }
  }
  return {
    schema: 'concept-map/v1',
    title: `Preferential attachment, ${size} nodes (seed ${seed})`,
    nodes,
    links,
  };
}

/** The same document with a stored position for every node (`positions`: id -> [x, y]). */
export function withPositions(doc, positions) {
  return { ...doc, title: `${doc.title}, stored positions`, positions };
}

/** force-graph's input: `{ nodes: [{ id }], links: [{ source, target }] }` (it mutates both). */
export function toForceGraph(doc) {
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, name: n.label, kind: n.kind })),
    links: doc.links.map((l) => ({ source: l.source, target: l.target, kind: l.kind })),
  };
}

/**
 * graphology's serialized form, what `Graph.import` / `Graph.from` read. Sigma needs a position
 * for every node before it can draw, and ForceAtlas2 starts from whatever is there: random x/y in
 * a unit square, seeded, like sigma's own examples (`random.assign`).
 */
export function toGraphology(doc, { seed = 1 } = {}) {
  const random = mulberry32(seed ^ 0x9e3779b9);
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: doc.nodes.map((n) => ({
      key: n.id,
      attributes: { label: n.label, x: random(), y: random(), size: n.kind === 'paper' ? 3 : 4, color: KIND_COLORS[n.kind] ?? '#888' },
    })),
    edges: doc.links.map((l) => ({ source: l.source, target: l.target })),
  };
}

/** Plain d3-force datums: `{ nodes: [{ id }], links: [{ source, target }] }` (d3 mutates both). */
export function toD3(doc) {
  return {
    nodes: doc.nodes.map((n) => ({ id: n.id, kind: n.kind })),
    links: doc.links.map((l) => ({ source: l.source, target: l.target })),
  };
}
