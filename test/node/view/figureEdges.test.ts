import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { figureEdges } from '../../../src/view/figureEdges.js';
import { doc } from './fixtures.js';

function figure(shape: 'cycle' | 'levels' | 'modules', parts: number): GraphIndex {
  const nodes = [
    { id: 'paper:p', kind: 'paper', label: 'P' },
    { id: 'taxonomy:t', kind: 'taxonomy', label: 'T', shape },
    // Listed out of order: the edges follow `order`, not the document.
    ...Array.from({ length: parts }, (_, i) => ({ id: `t:${parts - i}`, kind: 'category', label: `${parts - i}`, taxonomy: 'taxonomy:t', order: parts - i })),
  ];
  return new GraphIndex(doc(nodes, []));
}

const named = (index: GraphIndex) => figureEdges(index).map((e) => `${index.nodes[e.from]!.id}>${index.nodes[e.to]!.id}:${e.shape}`);

describe('figureEdges', () => {
  it('closes a cycle: each phase leads to the next and the last back to the first', () => {
    expect(named(figure('cycle', 4))).toEqual(['t:1>t:2:cycle', 't:2>t:3:cycle', 't:3>t:4:cycle', 't:4>t:1:cycle']);
  });

  it('leads levels upward and modules along, without closing them', () => {
    expect(named(figure('levels', 3))).toEqual(['t:1>t:2:levels', 't:2>t:3:levels']);
    expect(named(figure('modules', 2))).toEqual(['t:1>t:2:modules']);
  });

  it('draws no loop for a two-part cycle, and nothing for a taxonomy without a shape or parts', () => {
    expect(named(figure('cycle', 2))).toEqual(['t:1>t:2:cycle']);
    expect(named(figure('modules', 1))).toEqual([]);
    const plain = new GraphIndex(doc([{ id: 'taxonomy:x', kind: 'taxonomy', label: 'X' }, { id: 'x:1', kind: 'category', label: '1', taxonomy: 'taxonomy:x', order: 1 }, { id: 'x:2', kind: 'category', label: '2', taxonomy: 'taxonomy:x', order: 2 }], []));
    expect(figureEdges(plain)).toEqual([]);
  });

  it('is computed once per index', () => {
    const index = figure('cycle', 4);
    expect(figureEdges(index)).toBe(figureEdges(index));
  });
});
