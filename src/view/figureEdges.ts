import type { GraphIndex } from '../model/GraphIndex.js';
import type { TaxonomyShape } from '../model/types.js';

/** One step of a taxonomy figure: from a part to the next one (node positions in `index.nodes`). */
export interface FigureEdge {
  from: number;
  to: number;
  shape: TaxonomyShape;
}

const cache = new WeakMap<GraphIndex, readonly FigureEdge[]>();

/**
 * The order a taxonomy's shape gives its parts, as edges to draw: a cycle's phases lead on to the
 * next and the last back to the first; levels lead upward from the bottom one; modules lead along
 * the pipeline. These are not links of the document (it states the order by `order`), so they
 * are derived here, once per index.
 */
export function figureEdges(index: GraphIndex): readonly FigureEdge[] {
  let edges = cache.get(index);
  if (edges) return edges;
  const out: FigureEdge[] = [];
  // Indexed: a large map's first frame runs this before the engine has compiled it, where each
  // step of a for…of allocates.
  for (let k = 0; k < index.nodes.length; k++) {
    const node = index.nodes[k]!;
    if (node.kind !== 'taxonomy' || !node.shape) continue;
    const parts = index.categoriesOf(node.id).map((p) => index.indexOf(p.id));
    for (let i = 0; i + 1 < parts.length; i++) out.push({ from: parts[i]!, to: parts[i + 1]!, shape: node.shape });
    if (node.shape === 'cycle' && parts.length > 2) out.push({ from: parts[parts.length - 1]!, to: parts[0]!, shape: 'cycle' });
  }
  edges = out;
  cache.set(index, edges);
  return edges;
}
