import { GraphIndex } from '../../../src/model/GraphIndex.js';
import type { GraphDocument, GraphLink, GraphNode } from '../../../src/model/types.js';

export function doc(nodes: GraphNode[], links: GraphLink[]): GraphDocument {
  return { schema: 'concept-map/v1', title: 'fixture', nodes, links };
}

/**
 * A small literature with one node of every known kind:
 *
 *   cat:one ─┐                         model:x
 *            taxonomy:t ── paper:a ── paper:b ─┘
 *   cat:two ─┘               │          │
 *                          benchmark:m ─┘
 *   paper:c ── method:y, organization:o, concept:z
 *
 * paper:c is alone with its leaves, so focus and keyboard fallbacks have somewhere to go.
 */
export function literature(): GraphIndex {
  return new GraphIndex(
    doc(
      [
        { id: 'paper:a', kind: 'paper', label: 'Alpha survey', year: 2020 },
        { id: 'paper:b', kind: 'paper', label: 'Beta model report', year: 2022 },
        { id: 'paper:c', kind: 'paper', label: 'Gamma study', year: 2018 },
        { id: 'taxonomy:t', kind: 'taxonomy', label: 'Lifecycle', shape: 'cycle' },
        { id: 'cat:one', kind: 'category', label: 'Acquire', taxonomy: 'taxonomy:t', order: 1 },
        { id: 'cat:two', kind: 'category', label: 'Refine', taxonomy: 'taxonomy:t', order: 2 },
        { id: 'benchmark:m', kind: 'benchmark', label: 'Zebrabench' },
        { id: 'model:x', kind: 'model', label: 'Xylo' },
        { id: 'method:y', kind: 'method', label: 'Yarrow tuning' },
        { id: 'organization:o', kind: 'organization', label: 'Orca Lab' },
        { id: 'concept:z', kind: 'concept', label: 'Zeitgeist' },
      ],
      [
        { source: 'paper:a', target: 'taxonomy:t', kind: 'defines' },
        { source: 'taxonomy:t', target: 'cat:one', kind: 'has-part' },
        { source: 'taxonomy:t', target: 'cat:two', kind: 'has-part' },
        { source: 'paper:a', target: 'benchmark:m', kind: 'evaluates-on' },
        { source: 'paper:b', target: 'benchmark:m', kind: 'evaluates-on' },
        { source: 'paper:b', target: 'model:x', kind: 'introduces' },
        { source: 'paper:a', target: 'paper:b', kind: 'similar', weight: 0.4 },
        { source: 'paper:c', target: 'method:y', kind: 'mentions' },
        { source: 'paper:c', target: 'organization:o', kind: 'authored-by' },
        { source: 'paper:c', target: 'concept:z', kind: 'mentions' },
      ],
    ),
  );
}

/** Screen positions for `literature()`, drawn so each arrow key has a clear answer. */
export const LITERATURE_POSITIONS: Readonly<Record<string, { x: number; y: number }>> = {
  'cat:one': { x: 150, y: 50 },
  'cat:two': { x: 250, y: 50 },
  'taxonomy:t': { x: 200, y: 100 },
  'paper:a': { x: 200, y: 200 },
  'paper:b': { x: 300, y: 200 },
  'model:x': { x: 400, y: 180 },
  'benchmark:m': { x: 250, y: 290 },
  'paper:c': { x: 600, y: 400 },
  'concept:z': { x: 550, y: 400 },
  'method:y': { x: 650, y: 400 },
  'organization:o': { x: 600, y: 450 },
};
