import { KNOWN_KINDS, type GraphDocument, type GraphLink, type GraphNode } from './types.js';

const NO_LINKS: readonly GraphLink[] = Object.freeze([]);

/**
 * Read-only queries over a validated document, with every answer precomputed in Maps so that a
 * query costs O(1) or O(degree) however large the graph: the view asks these on every hover.
 *
 * The index neither copies nor changes the document. Hand it the output of `validateDocument`:
 * links to unknown ids are tolerated (they simply lead nowhere) but duplicate ids are not
 * detected, and the first node with an id wins.
 */
export class GraphIndex {
  readonly document: GraphDocument;
  readonly nodes: readonly GraphNode[];
  readonly links: readonly GraphLink[];

  private readonly indexById = new Map<string, number>();
  private readonly incident = new Map<string, GraphLink[]>();
  private readonly adjacent = new Map<string, string[]>();
  private readonly categories = new Map<string, GraphNode[]>();
  private readonly kindList: string[];
  private readonly years: [number, number] | null;

  constructor(document: GraphDocument) {
    this.document = document;
    this.nodes = document.nodes;
    this.links = document.links;

    const kinds = new Set<string>();
    let minYear = Infinity;
    let maxYear = -Infinity;
    this.nodes.forEach((node, i) => {
      if (!this.indexById.has(node.id)) this.indexById.set(node.id, i);
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

    for (const link of this.links) {
      this.addIncident(link.source, link);
      if (link.target !== link.source) this.addIncident(link.target, link);
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
    return this.incident.get(id) ?? NO_LINKS;
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
      for (const link of this.incident.get(id) ?? NO_LINKS) {
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
    return this.linksOf(id).length;
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

  private addIncident(id: string, link: GraphLink): void {
    let list = this.incident.get(id);
    if (list === undefined) this.incident.set(id, (list = []));
    list.push(link);
  }
}
