import type { TaxonomyShape } from '../../model/types.js';
import type { LayoutDocument } from './protocol.js';

/**
 * What a layout needs of a document, as typed arrays and a few short lists: what crosses to the
 * layout worker. Structured-cloning the node and link objects of a 20,000-node document took
 * about 150 ms of the page's time here; typed arrays are copied as memory. Nodes are numbered as
 * `ForceLayout` numbers them (the first node of each id), links keep their order, and the links a
 * layout leaves out (unknown ends, self-links) are left out here too, so the worker's layout of
 * the decoded document is the page's, number for number.
 */
export interface LayoutGraph {
  kinds: string[];
  nodeKind: Uint16Array;
  /** Only the nodes with a shape, a taxonomy or an order. */
  shaped: Array<{ index: number; shape?: TaxonomyShape; taxonomy?: number; order?: number }>;
  linkKinds: string[];
  linkSource: Uint32Array;
  linkTarget: Uint32Array;
  linkKind: Uint16Array;
  /** NaN: no weight. */
  linkWeight: Float64Array;
  /** Stored positions, x and y per node; NaN where there is none. Null when the document has none. */
  positions: Float64Array | null;
}

export function encodeLayoutGraph(document: LayoutDocument): LayoutGraph {
  const index = new Map<string, number>();
  const nodes: LayoutDocument['nodes'] = [];
  for (const node of document.nodes ?? []) {
    if (typeof node.id !== 'string' || index.has(node.id)) continue;
    index.set(node.id, nodes.length);
    nodes.push(node);
  }
  const kinds: string[] = [];
  const kindCode = new Map<string, number>();
  const code = (kind: unknown, list: string[], codes: Map<string, number>) => {
    const k = typeof kind === 'string' ? kind : '';
    let c = codes.get(k);
    if (c === undefined) codes.set(k, (c = list.push(k) - 1));
    return c;
  };
  const nodeKind = new Uint16Array(nodes.length);
  const shaped: LayoutGraph['shaped'] = [];
  nodes.forEach((node, i) => {
    nodeKind[i] = code(node.kind, kinds, kindCode);
    if (node.shape === undefined && node.taxonomy === undefined && node.order === undefined) return;
    const entry: LayoutGraph['shaped'][number] = { index: i };
    if (node.shape !== undefined) entry.shape = node.shape;
    const owner = node.taxonomy === undefined ? undefined : index.get(node.taxonomy);
    if (owner !== undefined) entry.taxonomy = owner;
    if (node.order !== undefined) entry.order = node.order;
    shaped.push(entry);
  });

  const kept: Array<[number, number, number, number]> = [];
  const linkKinds: string[] = [];
  const linkCode = new Map<string, number>();
  for (const link of document.links ?? []) {
    const s = index.get(link.source);
    const t = index.get(link.target);
    if (s === undefined || t === undefined || s === t) continue;
    kept.push([s, t, code(link.kind, linkKinds, linkCode), typeof link.weight === 'number' ? link.weight : NaN]);
  }
  const linkSource = new Uint32Array(kept.length);
  const linkTarget = new Uint32Array(kept.length);
  const linkKind = new Uint16Array(kept.length);
  const linkWeight = new Float64Array(kept.length);
  kept.forEach(([s, t, k, w], i) => {
    linkSource[i] = s;
    linkTarget[i] = t;
    linkKind[i] = k;
    linkWeight[i] = w;
  });

  let positions: Float64Array | null = null;
  const stored = document.positions;
  if (stored !== null && typeof stored === 'object') {
    positions = new Float64Array(nodes.length * 2).fill(NaN);
    nodes.forEach((node, i) => {
      if (!Object.hasOwn(stored, node.id)) return;
      const p: unknown = stored[node.id];
      if (!Array.isArray(p)) return;
      const [x, y] = p as unknown[];
      if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) {
        positions![2 * i] = x;
        positions![2 * i + 1] = y;
      }
    });
  }
  return { kinds, nodeKind, shaped, linkKinds, linkSource, linkTarget, linkKind, linkWeight, positions };
}

/** The document the worker lays out: node ids are their numbers. */
export function decodeLayoutGraph(graph: LayoutGraph): LayoutDocument {
  const nodes: LayoutDocument['nodes'] = Array.from(graph.nodeKind, (k, i) => ({ id: String(i), kind: graph.kinds[k] ?? '' }));
  for (const { index, shape, taxonomy, order } of graph.shaped) {
    const node = nodes[index];
    if (!node) continue;
    if (shape !== undefined) node.shape = shape;
    if (taxonomy !== undefined) node.taxonomy = String(taxonomy);
    if (order !== undefined) node.order = order;
  }
  const links: LayoutDocument['links'] = Array.from(graph.linkSource, (s, i) => {
    const link: LayoutDocument['links'][number] = { source: String(s), target: String(graph.linkTarget[i]), kind: graph.linkKinds[graph.linkKind[i]!] ?? '' };
    const w = graph.linkWeight[i]!;
    if (!Number.isNaN(w)) link.weight = w;
    return link;
  });
  const document: LayoutDocument = { nodes, links };
  const p = graph.positions;
  if (p) {
    const positions: Record<string, [number, number]> = Object.create(null);
    for (let i = 0; i < nodes.length; i++) if (!Number.isNaN(p[2 * i]!)) positions[String(i)] = [p[2 * i]!, p[2 * i + 1]!];
    document.positions = positions;
  }
  return document;
}

/** The typed arrays of a graph, to transfer rather than copy. */
export function transferables(graph: LayoutGraph): ArrayBuffer[] {
  const arrays = [graph.nodeKind, graph.linkSource, graph.linkTarget, graph.linkKind, graph.linkWeight, graph.positions];
  return arrays.filter((a): a is NonNullable<typeof a> => a !== null).map((a) => a.buffer as ArrayBuffer);
}
