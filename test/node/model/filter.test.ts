import { describe, expect, it } from 'vitest';
import { visibleIds } from '../../../src/model/filter.js';
import { indexOf, rawNode, seedLike, type Raw } from './fixtures.js';

const ALL = [
  'paper:reka',
  'paper:self-evolution-survey',
  'paper:unlearning',
  'taxonomy:self-evolution',
  'self-evolution:refinement',
  'self-evolution:experience-acquisition',
  'benchmark:mmlu',
  'benchmark:mmlu-pro',
  'model:gpt-4',
  'dataset:orphan',
];

function seedWith(nodes: Raw[] = [], links: Raw[] = []): Raw {
  const raw = seedLike();
  return { ...raw, nodes: [...(raw.nodes as Raw[]), ...nodes], links: [...(raw.links as Raw[]), ...links] };
}

describe('visibleIds', () => {
  const index = indexOf(seedLike());

  it('shows everything without filters', () => {
    expect([...visibleIds(index, { kinds: null, years: null })]).toEqual(ALL);
  });

  it('hides nodes whose kind is not selected', () => {
    expect([...visibleIds(index, { kinds: new Set(['paper']), years: null })]).toEqual([
      'paper:reka',
      'paper:self-evolution-survey',
      'paper:unlearning',
    ]);
    expect([...visibleIds(index, { kinds: new Set(['benchmark', 'dataset']), years: null })]).toEqual([
      'benchmark:mmlu',
      'benchmark:mmlu-pro',
      'dataset:orphan',
    ]);
    expect(visibleIds(index, { kinds: new Set(), years: null })).toEqual(new Set());
  });

  it('hides papers outside the years, and the nodes only those papers reach', () => {
    // unlearning (2023) goes, and MMLU-Pro with it: no other paper evaluates on it.
    expect([...visibleIds(index, { kinds: null, years: [2024, 2024] })]).toEqual(
      ALL.filter((id) => id !== 'paper:unlearning' && id !== 'benchmark:mmlu-pro'),
    );
  });

  it('hides a taxonomy with the paper that defines it, and its categories through it', () => {
    expect([...visibleIds(index, { kinds: null, years: [2023, 2023] })]).toEqual([
      'paper:unlearning',
      'benchmark:mmlu',
      'benchmark:mmlu-pro',
      'dataset:orphan',
    ]);
  });

  it('treats the year bounds as inclusive and in either order', () => {
    expect([...visibleIds(index, { kinds: null, years: [2024, 2023] })]).toEqual(ALL);
    expect([...visibleIds(index, { kinds: null, years: [2023, 2024] })]).toEqual(ALL);
    expect([...visibleIds(index, { kinds: null, years: [1990, 2000] })]).toEqual(['dataset:orphan']);
  });

  it('keeps a category that a paper in range links to directly', () => {
    const withLink = indexOf(
      seedWith([], [{ source: 'paper:unlearning', target: 'self-evolution:refinement', kind: 'mentions' }]),
    );
    expect([...visibleIds(withLink, { kinds: null, years: [2023, 2023] })]).toEqual([
      'paper:unlearning',
      'self-evolution:refinement',
      'benchmark:mmlu',
      'benchmark:mmlu-pro',
      'dataset:orphan',
    ]);
  });

  it('keeps what a paper without a year reaches', () => {
    const withUndated = indexOf(
      seedWith([rawNode('paper:undated', 'paper')], [{ source: 'paper:undated', target: 'model:gpt-4', kind: 'mentions' }]),
    );
    const visible = visibleIds(withUndated, { kinds: null, years: [2023, 2023] });
    expect(visible.has('paper:undated')).toBe(true);
    expect(visible.has('model:gpt-4')).toBe(true);
    expect(visible.has('paper:reka')).toBe(false);
  });

  it('keeps nodes linked to no paper, even through other nodes', () => {
    const withChain = indexOf(
      seedWith(
        [rawNode('concept:a'), rawNode('concept:b'), rawNode('taxonomy:lonely', 'taxonomy'), rawNode('cat:lonely', 'category', { taxonomy: 'taxonomy:lonely' })],
        [
          { source: 'concept:a', target: 'concept:b', kind: 'related' },
          { source: 'taxonomy:lonely', target: 'cat:lonely', kind: 'has-part' },
        ],
      ),
    );
    const visible = visibleIds(withChain, { kinds: null, years: [1990, 2000] });
    expect([...visible]).toEqual(['dataset:orphan', 'concept:a', 'concept:b', 'taxonomy:lonely', 'cat:lonely']);
  });

  it('applies kind and year filters independently', () => {
    // Hiding papers by kind does not hide their benchmarks...
    expect([...visibleIds(index, { kinds: new Set(['benchmark', 'model']), years: null })]).toEqual([
      'benchmark:mmlu',
      'benchmark:mmlu-pro',
      'model:gpt-4',
    ]);
    // ...and the year rule still looks at papers the kind filter hides.
    expect([...visibleIds(index, { kinds: new Set(['benchmark', 'model']), years: [2023, 2023] })]).toEqual([
      'benchmark:mmlu',
      'benchmark:mmlu-pro',
    ]);
  });
});
