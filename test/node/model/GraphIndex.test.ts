import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { indexOf, rawDocument, rawNode, seedLike, valid } from './fixtures.js';

const link = (source: string, target: string, kind = 'related') => ({ source, target, kind });

describe('GraphIndex', () => {
  const index = indexOf(seedLike());

  it('exposes the document it was given, without copying it', () => {
    const doc = valid(seedLike());
    const built = new GraphIndex(doc);
    expect(built.document).toBe(doc);
    expect(built.nodes).toBe(doc.nodes);
    expect(built.links).toBe(doc.links);
  });

  it('looks nodes up by id', () => {
    expect(index.node('benchmark:mmlu')?.label).toBe('MMLU');
    expect(index.node('nope')).toBeUndefined();
    expect(index.has('model:gpt-4')).toBe(true);
    expect(index.has('nope')).toBe(false);
    expect(index.indexOf('paper:reka')).toBe(0);
    expect(index.indexOf('dataset:orphan')).toBe(9);
    expect(index.indexOf('nope')).toBe(-1);
  });

  it('lists the links of a node in both directions, in document order', () => {
    expect(index.linksOf('paper:unlearning').map((l) => `${l.source}>${l.target}`)).toEqual([
      'paper:unlearning>benchmark:mmlu-pro',
      'paper:reka>paper:unlearning',
      'paper:unlearning>benchmark:mmlu',
    ]);
    expect(index.linksOf('paper:unlearning')[1]).toBe(index.links[5]);
    expect(index.linksOf('dataset:orphan')).toEqual([]);
    expect(index.linksOf('nope')).toEqual([]);
  });

  it('lists neighbours once each, in link order', () => {
    expect(index.neighbours('paper:reka')).toEqual(['benchmark:mmlu', 'paper:unlearning', 'model:gpt-4']);
    expect(index.neighbours('paper:unlearning')).toEqual(['benchmark:mmlu-pro', 'paper:reka', 'benchmark:mmlu']);
    expect(index.neighbours('taxonomy:self-evolution')).toEqual([
      'paper:self-evolution-survey',
      'self-evolution:experience-acquisition',
      'self-evolution:refinement',
    ]);
    expect(index.neighbours('dataset:orphan')).toEqual([]);
    expect(index.neighbours('nope')).toEqual([]);
  });

  it('hands out neighbour lists the caller may change', () => {
    index.neighbours('paper:reka').push('x');
    expect(index.neighbours('paper:reka')).toEqual(['benchmark:mmlu', 'paper:unlearning', 'model:gpt-4']);
  });

  it('counts degree as the links touching a node', () => {
    expect(index.degree('paper:reka')).toBe(3);
    expect(index.degree('benchmark:mmlu')).toBe(2);
    expect(index.degree('dataset:orphan')).toBe(0);
    expect(index.degree('nope')).toBe(0);
    // By position too, and 0 for a position with no node.
    expect(index.nodes.map((_, i) => index.degreeAt(i))).toEqual(index.nodes.map((n) => index.degree(n.id)));
    expect([index.degreeAt(-1), index.degreeAt(index.nodes.length)]).toEqual([0, 0]);
  });

  it('counts parallel links in the degree but not twice among neighbours; skips self-loops as neighbours', () => {
    const small = indexOf(rawDocument([rawNode('a'), rawNode('b')], [link('a', 'b'), link('b', 'a', 'cites'), link('a', 'a')]));
    expect(small.degree('a')).toBe(3);
    expect(small.linksOf('a')).toHaveLength(3);
    expect(small.neighbours('a')).toEqual(['b']);
    expect(small.neighbours('b')).toEqual(['a']);
    expect(small.neighbourhood('a', 5)).toEqual(new Set(['a', 'b']));
  });

  it('grows the neighbourhood one hop per depth', () => {
    const chain = indexOf(
      rawDocument(
        ['a', 'b', 'c', 'd', 'e', 'x'].map((id) => rawNode(id)),
        [link('a', 'b'), link('c', 'b'), link('c', 'd'), link('d', 'e')],
      ),
    );
    expect(chain.neighbourhood('a', 0)).toEqual(new Set(['a']));
    expect(chain.neighbourhood('a', 1)).toEqual(new Set(['a', 'b']));
    expect(chain.neighbourhood('a', 2)).toEqual(new Set(['a', 'b', 'c']));
    expect(chain.neighbourhood('a', 3)).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(chain.neighbourhood('c', 1)).toEqual(new Set(['c', 'b', 'd']));
    expect(chain.neighbourhood('a', Infinity)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    expect(chain.neighbourhood('x', 3)).toEqual(new Set(['x']));
    expect(chain.neighbourhood('nope', 2)).toEqual(new Set());
  });

  it('finds neighbourhoods in the seed-like map', () => {
    expect(index.neighbourhood('paper:reka', 1)).toEqual(
      new Set(['paper:reka', 'benchmark:mmlu', 'paper:unlearning', 'model:gpt-4']),
    );
    expect(index.neighbourhood('paper:reka', 2)).toEqual(
      new Set(['paper:reka', 'benchmark:mmlu', 'paper:unlearning', 'model:gpt-4', 'benchmark:mmlu-pro']),
    );
    expect(index.neighbourhood('self-evolution:refinement', 2)).toEqual(
      new Set([
        'self-evolution:refinement',
        'taxonomy:self-evolution',
        'paper:self-evolution-survey',
        'self-evolution:experience-acquisition',
      ]),
    );
  });

  it('lists kinds: known ones in the standard order, then others alphabetically', () => {
    expect(index.kinds()).toEqual(['paper', 'taxonomy', 'category', 'benchmark', 'model', 'dataset']);
    const mixed = indexOf(
      rawDocument([rawNode('a', 'zeta'), rawNode('b', 'concept'), rawNode('c', 'alpha'), rawNode('d', 'paper'), rawNode('e', 'zeta')]),
    );
    expect(mixed.kinds()).toEqual(['paper', 'concept', 'alpha', 'zeta']);
  });

  it('spans the years of the nodes that have one', () => {
    expect(index.yearRange()).toEqual([2023, 2024]);
    expect(indexOf(rawDocument([rawNode('a'), rawNode('b', 'paper', { year: 1999 })])).yearRange()).toEqual([1999, 1999]);
    expect(indexOf(rawDocument([rawNode('a')])).yearRange()).toBeNull();
  });

  it('lists the categories of a taxonomy by order, unordered ones last', () => {
    expect(index.categoriesOf('taxonomy:self-evolution').map((n) => n.id)).toEqual([
      'self-evolution:experience-acquisition',
      'self-evolution:refinement',
    ]);
    const t = { taxonomy: 't' };
    const doc = indexOf(
      rawDocument([
        rawNode('t', 'taxonomy', { shape: 'levels' }),
        rawNode('none-1', 'category', t),
        rawNode('third', 'category', { ...t, order: 3 }),
        rawNode('first', 'category', { ...t, order: 1 }),
        rawNode('none-2', 'category', t),
        rawNode('second', 'category', { ...t, order: 2.5 }),
      ]),
    );
    expect(doc.categoriesOf('t').map((n) => n.id)).toEqual(['first', 'second', 'third', 'none-1', 'none-2']);
    expect(doc.categoriesOf('first')).toEqual([]);
    expect(index.categoriesOf('nope')).toEqual([]);
  });
});
