import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { search } from '../../../src/model/search.js';
import { SearchIndex } from '../../../src/model/SearchIndex.js';
import { indexOf, rawDocument, rawNode, seedLike, valid } from './fixtures.js';

describe('search in the seed-like map', () => {
  const index = indexOf(seedLike());

  it('puts the MMLU benchmark first for "mmlu"', () => {
    expect(search(index, 'mmlu')).toEqual([
      { id: 'benchmark:mmlu', score: 100, field: 'label' },
      { id: 'benchmark:mmlu-pro', score: 90, field: 'label' },
      { id: 'paper:reka', score: 40, field: 'abstract' },
    ]);
  });

  it('finds a paper by a word only its abstract has', () => {
    expect(search(index, 'superintelligence')).toEqual([
      { id: 'paper:self-evolution-survey', score: 40, field: 'abstract' },
    ]);
    expect(search(index, 'Superintell')).toEqual([{ id: 'paper:self-evolution-survey', score: 40, field: 'abstract' }]);
  });

  it('ignores case, accents and extra whitespace', () => {
    const expected = [{ id: 'model:gpt-4', score: 50, field: 'description' }];
    expect(search(index, 'renyi')).toEqual(expected);
    expect(search(index, 'RÉNYI')).toEqual(expected);
    expect(search(index, 'Re\u0301nyi')).toEqual(expected);
    expect(search(index, '  \t MMLU  \n')).toEqual(search(index, 'mmlu'));
  });

  it('treats punctuation between words as a space', () => {
    expect(search(index, 'gpt 4')).toEqual([{ id: 'model:gpt-4', score: 100, field: 'label' }]);
    expect(search(index, 'GPT-4')).toEqual([{ id: 'model:gpt-4', score: 100, field: 'label' }]);
    expect(search(index, 'self evo')[0]).toEqual({ id: 'taxonomy:self-evolution', score: 90, field: 'label' });
  });

  it('needs every word, possibly from different fields, and reports the weakest field', () => {
    expect(search(index, 'reka mmlu')).toEqual([{ id: 'paper:reka', score: 40, field: 'abstract' }]);
    expect(search(index, 'machine llms')).toEqual([
      { id: 'paper:unlearning', score: 80, field: 'label' },
    ]);
    expect(search(index, 'mmlu superintelligence')).toEqual([]);
  });

  it('matches an alias', () => {
    expect(search(index, 'massive multitask')).toEqual([{ id: 'benchmark:mmlu', score: 70, field: 'alias' }]);
  });

  it('matches a title', () => {
    expect(search(index, 'powerful')).toEqual([{ id: 'paper:reka', score: 60, field: 'title' }]);
  });

  it('ranks prefix ties by degree: MMLU has more links than MMLU-Pro', () => {
    expect(search(index, 'mml').map((hit) => [hit.id, hit.score])).toEqual([
      ['benchmark:mmlu', 90],
      ['benchmark:mmlu-pro', 90],
      ['paper:reka', 40],
    ]);
  });

  it('returns nothing for a blank or wordless query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   \n')).toEqual([]);
    expect(search(index, '--')).toEqual([]);
    expect(search(index, 'zzzz')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(search(index, 'mmlu', 1)).toEqual([{ id: 'benchmark:mmlu', score: 100, field: 'label' }]);
    expect(search(index, 'mmlu', 0)).toEqual([]);
    expect(search(index, 'l').length).toBeGreaterThan(2);
    expect(search(index, 'l', 2)).toHaveLength(2);
  });

  it('builds the normalised text once per index', () => {
    expect(SearchIndex.for(index)).toBe(SearchIndex.for(index));
    expect(SearchIndex.for(new GraphIndex(valid(seedLike())))).not.toBe(SearchIndex.for(index));
  });
});

describe('search ranking', () => {
  it('orders exact label > label prefix > label word > alias > title > description > abstract', () => {
    const index = indexOf(
      rawDocument([
        rawNode('abstract', 'paper', { label: 'G', abstract: 'We use a graph here.' }),
        rawNode('description', 'concept', { label: 'F', description: 'All about graphs.' }),
        rawNode('title', 'paper', { label: 'E', title: 'A Graph Survey' }),
        rawNode('alias', 'concept', { label: 'KG', aliases: ['graph database'] }),
        rawNode('word', 'concept', { label: 'Knowledge graph' }),
        rawNode('prefix', 'concept', { label: 'Graphs of thought' }),
        rawNode('exact', 'concept', { label: 'Graph' }),
        rawNode('infix', 'concept', { label: 'Paragraph' }),
      ]),
    );
    expect(search(index, 'graph')).toEqual([
      { id: 'exact', score: 100, field: 'label' },
      { id: 'prefix', score: 90, field: 'label' },
      { id: 'word', score: 80, field: 'label' },
      { id: 'alias', score: 70, field: 'alias' },
      { id: 'title', score: 60, field: 'title' },
      { id: 'description', score: 50, field: 'description' },
      { id: 'abstract', score: 40, field: 'abstract' },
    ]);
  });

  it('uses the best field a word occurs in', () => {
    const index = indexOf(
      rawDocument([rawNode('n', 'paper', { label: 'Graph methods', title: 'Graph methods', abstract: 'graph graph' })]),
    );
    expect(search(index, 'graph')).toEqual([{ id: 'n', score: 90, field: 'label' }]);
    expect(search(index, 'methods graph')).toEqual([{ id: 'n', score: 80, field: 'label' }]);
  });

  it('breaks ties by degree, then by label', () => {
    const index = indexOf(
      rawDocument(
        [
          rawNode('gamma', 'concept', { label: 'Graph gamma' }),
          rawNode('beta', 'concept', { label: 'Graph beta' }),
          rawNode('alpha', 'concept', { label: 'Graph Alpha' }),
          rawNode('other', 'concept', { label: 'Other' }),
        ],
        [{ source: 'beta', target: 'other', kind: 'related' }],
      ),
    );
    expect(search(index, 'graph').map((hit) => hit.id)).toEqual(['beta', 'alpha', 'gamma']);
  });

  it('finds labels with accents from a plain query', () => {
    const index = indexOf(rawDocument([rawNode('r', 'concept', { label: 'Rényi divergence' }), rawNode('e', 'concept', { label: 'Éclair' })]));
    expect(search(index, 'renyi div')).toEqual([{ id: 'r', score: 90, field: 'label' }]);
    expect(search(index, 'eclair')).toEqual([{ id: 'e', score: 100, field: 'label' }]);
  });

  it('keeps only the best few when many match, in the same order as a full ranking', () => {
    const labels = ['Graph', 'Graph theory', 'Knowledge graph', 'Graphs', 'Graph neural network'];
    const nodes = Array.from({ length: 40 }, (_, i) =>
      rawNode(`n${String(i).padStart(2, '0')}`, 'concept', { label: `${labels[i % 5]} ${i % 3 === 0 ? '' : 'x'}`.trim() }),
    );
    const links = Array.from({ length: 12 }, (_, i) => ({ source: 'n39', target: `n${String(i * 3).padStart(2, '0')}`, kind: 'related' }));
    const index = indexOf(rawDocument(nodes, links));
    const all = search(index, 'graph', 100);
    expect(all).toHaveLength(40);
    expect(search(index, 'graph', 3)).toEqual(all.slice(0, 3));
    expect(search(index, 'graph', 7)).toEqual(all.slice(0, 7));
    expect(search(index, 'graph', 3).map((hit) => [hit.id, hit.score])).toEqual([
      ['n00', 100],
      ['n15', 100],
      ['n30', 100],
    ]);
  });
});
