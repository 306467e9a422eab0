import type { TaxonomyShape } from '../../model/types.js';
import type { LayoutOptions } from '../types.js';
import { usableIds } from '../usableIds.js';
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

export function encodeLayoutGraph(document: LayoutDocument, given?: LayoutOptions['ids']): LayoutGraph {
  const docNodes = document.nodes ?? [];
  const docLinks = document.links ?? [];
  // Ids already resolved by validation (see `LayoutOptions.ids`): nothing to look up again.
  const ids = usableIds(document, given);
  let index: ReadonlyMap<string, number>;
  let nodes: LayoutDocument['nodes'];
  if (ids) {
    index = ids.indexOf;
    nodes = docNodes;
  } else {
    const own = new Map<string, number>();
    nodes = [];
    for (const node of docNodes) {
      if (typeof node.id !== 'string' || own.has(node.id)) continue;
      own.set(node.id, nodes.length);
      nodes.push(node);
    }
    index = own;
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

  const linkKinds: string[] = [];
  const linkCode = new Map<string, number>();
  // Filled up to the links kept, then cut to length: no array per link.
  let kept = 0;
  const sources = new Uint32Array(docLinks.length);
  const targets = new Uint32Array(docLinks.length);
  const kindsOf = new Uint16Array(docLinks.length);
  const weights = new Float64Array(docLinks.length);
  for (let j = 0; j < docLinks.length; j++) {
    const link = docLinks[j]!;
    const s = ids ? ids.linkSource[j]! : (index.get(link.source) ?? -1);
    const t = ids ? ids.linkTarget[j]! : (index.get(link.target) ?? -1);
    if (s < 0 || t < 0 || s === t) continue;
    sources[kept] = s;
    targets[kept] = t;
    kindsOf[kept] = code(link.kind, linkKinds, linkCode);
    weights[kept++] = typeof link.weight === 'number' ? link.weight : NaN;
  }
  const linkSource = sources.slice(0, kept);
  const linkTarget = targets.slice(0, kept);
  const linkKind = kindsOf.slice(0, kept);
  const linkWeight = weights.slice(0, kept);

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
