import type { GraphIndex } from '../model/GraphIndex.js';

/**
 * Where keyboard focus lands on the first Tab into the graph: the selection if it can be seen,
 * else the best-connected visible paper (the usual way into a literature), else the
 * best-connected visible node of any kind; null when nothing is visible. Ties go to the node
 * earlier in the index.
 */
export function firstNode(index: GraphIndex, visible: ReadonlySet<string>, selected: string | null): string | null {
  if (selected !== null && visible.has(selected) && index.has(selected)) return selected;
  let paper: string | null = null;
  let paperDegree = -1;
  let any: string | null = null;
  let anyDegree = -1;
  for (const node of index.nodes) {
    if (!visible.has(node.id)) continue;
    const degree = index.degree(node.id);
    if (node.kind === 'paper' && degree > paperDegree) {
      paper = node.id;
      paperDegree = degree;
    }
    if (degree > anyDegree) {
      any = node.id;
      anyDegree = degree;
    }
  }
  return paper ?? any;
}
