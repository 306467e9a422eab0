import { KNOWN_KINDS, type GraphDocument, type GraphLink, type GraphNode } from './types.js';
import { resolvedIds } from './validate.js';

const NO_LINKS: readonly GraphLink[] = Object.freeze([]);

/**
 * Read-only queries over a validated document, so that a query costs O(1) or O(degree) however
 * large the graph: the view asks these on every hover. Ids, ends and degrees are indexed up front,
 * links by node when first asked for; a node's neighbours are listed when first asked for, and kept.
 *
 * The index neither copies nor changes the document. Hand it the output of `validateDocument`:
 * links to unknown ids are tolerated (they simply lead nowhere) but duplicate ids are not
 * detected, and the first node with an id wins.
 */
export class GraphIndex {
  readonly document: GraphDocument;
  readonly nodes: readonly GraphNode[];
  readonly links: readonly GraphLink[];

  private readonly indexById: ReadonlyMap<string, number>;
  /** Each link's ends as positions in `nodes` (-1 for an unknown id). */
  readonly linkSource: Int32Array;
  readonly linkTarget: Int32Array;
  private readonly degrees: Uint32Array;
  /** Links by node, as offsets into one array; built when first asked for. */
  private incidentStart: Uint32Array | null = null;
  private incidentLinks: Uint32Array | null = null;
  private readonly adjacent = new Map<string, string[]>();
  private readonly categories = new Map<string, GraphNode[]>();
  private readonly kindList: string[];
  private readonly years: [number, number] | null;

  constructor(document: GraphDocument) {
    this.document = document;
    this.nodes = document.nodes;
    this.links = document.links;

    // A document straight from validation comes with its ids resolved: not looked up again.
    const ids = resolvedIds(document);
    const indexById = ids ? null : new Map<string, number>();
    this.indexById = ids?.indexOf ?? indexById!;
    const kinds = new Set<string>();
    let minYear = Infinity;
    let maxYear = -Infinity;
    this.nodes.forEach((node, i) => {
      if (indexById && !indexById.has(node.id)) indexById.set(node.id, i);
      kinds.add(node.kind);
      if (node.year !== undefined) {
        minYear = Math.min(minYear, node.year);
        maxYear = Math.max(maxYear, node.year);
      }
      if (node.taxonomy !== undefined) {
        let members = this.categories.get(node.taxonomy);
        if (members === undefined) this.categories.set(node.taxonomy, (members = []));
        members.push(node);
      }
    });
    this.years = minYear <= maxYear ? [minYear, maxYear] : null;

    const known = new Set<string>(KNOWN_KINDS);
    this.kindList = [
      ...KNOWN_KINDS.filter((kind) => kinds.has(kind)),
      ...[...kinds].filter((kind) => !known.has(kind)).sort(),
    ];

    // Array.prototype.sort is stable, so categories without an order keep document order, last.
    for (const members of this.categories.values()) {
      members.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || 0);
    }

    // Ends and degrees only: the lists of links per node are built when first asked for, so the
    // first frame of a 20,000-node map does not wait for 20,000 arrays.
    const m = this.links.length;
    this.linkSource = ids?.linkSource ?? new Int32Array(m);
    this.linkTarget = ids?.linkTarget ?? new Int32Array(m);
    this.degrees = new Uint32Array(this.nodes.length);
    for (let j = 0; j < m; j++) {
      let s: number;
      let t: number;
      if (ids) {
        s = this.linkSource[j]!;
        t = this.linkTarget[j]!;
      } else {
        const link = this.links[j]!;
        s = this.linkSource[j] = this.indexOf(link.source);
        t = this.linkTarget[j] = this.indexOf(link.target);
      }
      if (s >= 0) this.degrees[s]! += 1;
      if (t >= 0 && t !== s) this.degrees[t]! += 1;
    }
  }

  node(id: string): GraphNode | undefined {
    const i = this.indexById.get(id);
    return i === undefined ? undefined : this.nodes[i];
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  /** Position in `nodes`, or -1. */
  indexOf(id: string): number {
    return this.indexById.get(id) ?? -1;
  }

  /** Links with `id` at either end, in document order; a self-loop appears once. */
  linksOf(id: string): readonly GraphLink[] {
    const i = this.indexOf(id);
    return i < 0 ? NO_LINKS : Array.from(this.linkIndicesAt(i), (j) => this.links[j]!);
  }

  /** The positions in `links` of the links at node position `i`, in document order. */
  linkIndicesAt(i: number): Uint32Array {
    const { start, links } = this.incidence();
    return i >= 0 && i < this.nodes.length ? links.subarray(start[i]!, start[i + 1]!) : new Uint32Array(0);
  }

  private incidence(): { start: Uint32Array; links: Uint32Array } {
    if (this.incidentStart && this.incidentLinks) return { start: this.incidentStart, links: this.incidentLinks };
    const n = this.nodes.length;
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + this.degrees[i]!;
    const fill = start.slice(0, n);
    const links = new Uint32Array(start[n]!);
    // In link order, so each node's list keeps document order.
    for (let j = 0; j < this.links.length; j++) {
      const s = this.linkSource[j]!;
      const t = this.linkTarget[j]!;
      if (s >= 0) links[fill[s]!++] = j;
      if (t >= 0 && t !== s) links[fill[t]!++] = j;
    }
    this.incidentStart = start;
    this.incidentLinks = links;
    return { start, links };
  }

  /** The other ends of `id`'s links, each once, in link order; never `id` itself. */
  neighbours(id: string): string[] {
    return [...this.adjacentOf(id)];
  }

  // Worked out for a node when first asked (a hover, a selection), not for every node up front:
  // the first frame of a 20,000-node map does not wait for them.
  private adjacentOf(id: string): readonly string[] {
    let list = this.adjacent.get(id);
    if (list === undefined) {
      const seen = new Set<string>();
      list = [];
      for (const link of this.linksOf(id)) {
        const other = link.source === id ? link.target : link.source;
        if (other === id || seen.has(other)) continue;
        seen.add(other);
        list.push(other);
      }
      this.adjacent.set(id, list);
    }
    return list;
  }

  /** How many links touch `id` (parallel links each count). */
  degree(id: string): number {
    return this.degreeAt(this.indexOf(id));
  }

  /** How many links touch the node at position `i` in `nodes` (0 for no such position). */
  degreeAt(i: number): number {
    return this.degrees[i] ?? 0;
  }

  /**
   * The ids within `depth` hops of `id`, `id` included: depth 0 is `{id}`, 1 adds its neighbours,
   * and so on. Empty when `id` is not a node.
   */
  neighbourhood(id: string, depth: number): Set<string> {
    const reached = new Set<string>();
    if (!this.has(id)) return reached;
    reached.add(id);
    let frontier = [id];
    for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const from of frontier) {
        for (const to of this.adjacentOf(from)) {
          if (!reached.has(to)) {
            reached.add(to);
            next.push(to);
          }
        }
      }
      frontier = next;
    }
    return reached;
  }

  /** Kinds present: the known ones in KNOWN_KINDS order, then any others alphabetically. */
  kinds(): string[] {
    return [...this.kindList];
  }

  /** [earliest, latest] over nodes that have a year, or null when none has. */
  yearRange(): [number, number] | null {
    return this.years === null ? null : [this.years[0], this.years[1]];
  }

  /**
   * The nodes whose `taxonomy` is `taxonomyId`, by `order`; those without an order come last,
   * in document order.
   */
  categoriesOf(taxonomyId: string): GraphNode[] {
    return [...(this.categories.get(taxonomyId) ?? [])];
  }
}
