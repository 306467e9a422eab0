import { TAXONOMY_SHAPES, type TaxonomyShape } from '../model/types.js';
import type { LayoutDocument } from './worker/protocol.js';

type GraphNode = LayoutDocument['nodes'][number];
import type { TaxonomyGroup } from './types.js';

/**
 * The shaped taxonomies of a node list: each taxonomy node with a known `shape`, and the ids of
 * the nodes whose `taxonomy` names it, sorted by `order` (missing or non-finite orders last, in
 * document order). Duplicate ids keep their first node, as the layout does.
 */
export function taxonomyGroups(nodes: readonly GraphNode[]): TaxonomyGroup[] {
  // Most large maps have no shaped taxonomy: skip the id set they would otherwise pay for.
  if (!nodes.some((node) => node.kind === 'taxonomy' && isShape(node.shape))) return [];
  const seen = new Set<string>();
  const unique: GraphNode[] = [];
  for (const node of nodes) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    unique.push(node);
  }

  const shapes = new Map<string, TaxonomyShape>();
  for (const node of unique) {
    if (node.kind === 'taxonomy' && isShape(node.shape)) shapes.set(node.id, node.shape);
  }

  const members = new Map<string, Array<{ id: string; order: number; at: number }>>();
  unique.forEach((node, at) => {
    const owner = node.taxonomy;
    if (owner === undefined || owner === node.id || !shapes.has(owner)) return;
    const order = typeof node.order === 'number' && Number.isFinite(node.order) ? node.order : Infinity;
    let list = members.get(owner);
    if (!list) members.set(owner, (list = []));
    list.push({ id: node.id, order, at });
  });

  const groups: TaxonomyGroup[] = [];
  for (const [id, shape] of shapes) {
    const list = members.get(id) ?? [];
    list.sort((a, b) => (a.order === b.order ? a.at - b.at : a.order < b.order ? -1 : 1));
    groups.push({ id, shape, parts: list.map((m) => m.id) });
  }
  return groups;
}

function isShape(value: unknown): value is TaxonomyShape {
  return (TAXONOMY_SHAPES as readonly unknown[]).includes(value);
}
