import { describe, expect, it } from 'vitest';
import { taxonomyGroups } from '../../../src/layout/taxonomyGroups.js';
import type { GraphNode } from '../../../src/model/types.js';
import { categoryId, smallDocument, TAXONOMIES } from './fixtures.js';

describe('taxonomyGroups', () => {
  it('finds each shaped taxonomy and its parts sorted by order', () => {
    const groups = taxonomyGroups(smallDocument().nodes);
    expect(groups).toEqual(
      TAXONOMIES.map(({ id, shape, parts }) => ({ id, shape, parts: parts.map((p) => categoryId(id, p)) })),
    );
  });

  it('puts parts without a finite order last, in document order; keeps the first of duplicate ids', () => {
    const nodes: GraphNode[] = [
      { id: 't', kind: 'taxonomy', label: 't', shape: 'modules' },
      { id: 'c', kind: 'category', label: 'c', taxonomy: 't' },
      { id: 'b', kind: 'category', label: 'b', taxonomy: 't', order: Number.NaN },
      { id: 'a', kind: 'category', label: 'a', taxonomy: 't', order: 2 },
      { id: 'z', kind: 'category', label: 'z', taxonomy: 't', order: 1 },
      { id: 'z', kind: 'category', label: 'z again', taxonomy: 't', order: 0 },
    ];
    expect(taxonomyGroups(nodes)).toEqual([{ id: 't', shape: 'modules', parts: ['z', 'a', 'c', 'b'] }]);
  });

  it('ignores taxonomies without a known shape and parts of unknown taxonomies', () => {
    const nodes = [
      { id: 't', kind: 'taxonomy', label: 't' },
      { id: 'u', kind: 'taxonomy', label: 'u', shape: 'spiral' },
      { id: 'c', kind: 'category', label: 'c', taxonomy: 't', order: 1 },
      { id: 'd', kind: 'category', label: 'd', taxonomy: 'nowhere', order: 1 },
      { id: '__proto__', kind: 'category', label: 'p', taxonomy: 'constructor', order: 1 },
    ] as GraphNode[];
    expect(taxonomyGroups(nodes)).toEqual([]);
  });
});
