import type { GraphIndex } from './GraphIndex.js';
import type { GraphNode } from './types.js';

/** What the legend lets a reader hide. `null` means "no filter" for that dimension. */
export interface Filters {
  /** Kinds to show; a node of any other kind is hidden. */
  kinds: ReadonlySet<string> | null;
  /** Inclusive [from, to] years; given the wrong way round, it is read the right way. */
  years: readonly [number, number] | null;
}

/**
 * The ids of the nodes that pass `filters`, in document order.
 *
 * - Kind: a node whose kind is not in `kinds` is hidden.
 * - Year, for a paper: hidden when it has a year outside `years`. A paper with no year stays.
 * - Year, for any other node: hidden only when it is connected to at least one paper and every
 *   paper it is connected to is hidden by the year filter, so a benchmark disappears with the
 *   last paper that uses it and nothing is orphaned on screen. "Connected" means linked directly,
 *   and for a category also through its taxonomy node (the paper that defines the taxonomy keeps
 *   its categories); a taxonomy is linked directly to the paper that defines it. A node linked to
 *   no paper at all is not affected by the year filter.
 *
 * The two filters are independent: a benchmark stays when its papers are hidden by kind only.
 */
export function visibleIds(index: GraphIndex, filters: Filters): Set<string> {
  const { kinds, years } = filters;
  const from = years === null ? -Infinity : Math.min(years[0], years[1]);
  const to = years === null ? Infinity : Math.max(years[0], years[1]);

  const paperOutside = (node: GraphNode): boolean =>
    node.year !== undefined && (node.year < from || node.year > to);

  /** Undefined when `id` touches no paper; otherwise whether every paper it touches is outside. */
  const papersAllOutside = (id: string): boolean | undefined => {
    let any = false;
    for (const link of index.linksOf(id)) {
      const other = index.node(link.source === id ? link.target : link.source);
      if (other === undefined || other.kind !== 'paper') continue;
      if (!paperOutside(other)) return false;
      any = true;
    }
    return any ? true : undefined;
  };

  const hiddenByYear = (node: GraphNode): boolean => {
    if (node.kind === 'paper') return paperOutside(node);
    let outside = papersAllOutside(node.id);
    if (outside === false) return false;
    if (node.taxonomy !== undefined && node.taxonomy !== node.id) {
      const viaTaxonomy = papersAllOutside(node.taxonomy);
      if (viaTaxonomy === false) return false;
      outside = outside ?? viaTaxonomy;
    }
    return outside === true;
  };

  const visible = new Set<string>();
  for (const node of index.nodes) {
    if (kinds !== null && !kinds.has(node.kind)) continue;
    if (years !== null && hiddenByYear(node)) continue;
    visible.add(node.id);
  }
  return visible;
}
