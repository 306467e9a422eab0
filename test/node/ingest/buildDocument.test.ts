import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/ingest/buildDocument.js';
import type { DictionaryEntry } from '../../../src/ingest/extract/Dictionary.js';
import { parseAnnotations } from '../../../src/ingest/parseAnnotations.js';
import type { CorpusRecord } from '../../../src/ingest/readers/types.js';

const ABSTRACT_A = 'We introduce Foo Core. Core scores well on MMLU, unlike GPT-4.';
const ABSTRACT_B = 'A survey of large language models, from the bottom to the top.';

const DICTIONARY: DictionaryEntry[] = [
  { id: 'benchmark:mmlu', kind: 'benchmark', label: 'MMLU', description: 'A 57-subject exam.' },
  { id: 'model:gpt-4', kind: 'model', label: 'GPT-4', aliases: ['GPT4'] },
];

function records(overrides: Partial<CorpusRecord> = {}): CorpusRecord[] {
  return [
    {
      file: 'papers.json',
      line: 2,
      id: 'foo',
      title: 'Foo: a model',
      authors: ['A. Author', 'et al.'],
      year: 2024,
      venue: 'arXiv preprint',
      arxiv: '2401.00001',
      abstract: ABSTRACT_A,
      ...overrides,
    },
    {
      file: 'papers.json',
      line: 12,
      id: 'survey',
      title: 'A survey',
      authors: ['B. Author'],
      year: 2023,
      arxiv: '2301.12345',
      code: 'https://github.com/example/survey',
      abstract: ABSTRACT_B,
    },
  ];
}

interface LinkNote {
  target: string;
  kind: string;
  surfaces?: string[];
  rationale?: string;
}

function annotations(fooLinks: LinkNote[]) {
  return parseAnnotations({
    title: 'Test map',
    description: 'Two papers.',
    papers: [
      { id: 'foo', label: 'Foo', links: fooLinks },
      {
        id: 'survey',
        label: 'Survey',
        links: [
          { target: 'taxonomy:stack', kind: 'defines', surfaces: ['survey'] },
          { target: 'concept:llms', kind: 'mentions', surfaces: ['large language models'] },
          { target: 'stack:bottom', kind: 'mentions', surfaces: ['bottom'] },
          { target: 'stack:top', kind: 'mentions', surfaces: ['top'] },
        ],
      },
    ],
    taxonomies: [
      {
        id: 'taxonomy:stack',
        label: 'Stack',
        shape: 'levels',
        description: 'A stack.',
        parts: [
          { id: 'stack:bottom', label: 'Bottom', description: 'Lowest.' },
          { id: 'stack:top', label: 'Top', description: 'Highest.' },
        ],
      },
    ],
    entities: [
      { id: 'concept:llms', kind: 'concept', label: 'Large language models', aliases: ['LLMs'] },
      { id: 'model:foo-core', kind: 'model', label: 'Foo Core', aliases: ['Core'] },
    ],
    relations: [],
  });
}

const FOO_LINKS: LinkNote[] = [{ target: 'model:foo-core', kind: 'introduces' }];
const build = (links = FOO_LINKS, overrides: Partial<CorpusRecord> = {}) =>
  buildDocument(records(overrides), { dictionary: DICTIONARY, annotations: annotations(links), similar: 0 });

describe('buildDocument with annotations', () => {
  it('builds paper nodes from the records, with an arXiv link when the record has no url', () => {
    const { document, warnings } = build();
    expect(warnings).toEqual([]);
    expect(document.nodes.slice(0, 2)).toEqual([
      {
        id: 'paper:foo',
        kind: 'paper',
        label: 'Foo',
        title: 'Foo: a model',
        year: 2024,
        authors: ['A. Author', 'et al.'],
        venue: 'arXiv preprint',
        url: 'https://arxiv.org/abs/2401.00001',
        abstract: ABSTRACT_A,
      },
      {
        id: 'paper:survey',
        kind: 'paper',
        label: 'Survey',
        title: 'A survey',
        year: 2023,
        authors: ['B. Author'],
        url: 'https://arxiv.org/abs/2301.12345',
        code: 'https://github.com/example/survey',
        abstract: ABSTRACT_B,
      },
    ]);
  });

  it('lists taxonomies with their ordered categories, then entities by kind, annotated first', () => {
    const { document } = build();
    expect(document.nodes.map((n) => n.id)).toEqual([
      'paper:foo',
      'paper:survey',
      'taxonomy:stack',
      'stack:bottom',
      'stack:top',
      'benchmark:mmlu',
      'model:foo-core',
      'model:gpt-4',
      'concept:llms',
    ]);
    expect(document.nodes[3]).toEqual({
      id: 'stack:bottom',
      kind: 'category',
      label: 'Bottom',
      description: 'Lowest.',
      taxonomy: 'taxonomy:stack',
      order: 1,
    });
    expect(document.nodes[2]?.shape).toBe('levels');
    expect(document.title).toBe('Test map');
  });

  it('finds evidence for annotated links and for what the dictionary finds, the annotation winning', () => {
    const { document } = build();
    expect(document.links).toEqual([
      { source: 'paper:foo', target: 'benchmark:mmlu', kind: 'evaluates-on', evidence: [{ start: 43, end: 47 }] },
      {
        source: 'paper:foo',
        target: 'model:foo-core',
        kind: 'introduces',
        evidence: [
          { start: 13, end: 21 },
          { start: 23, end: 27 },
        ],
      },
      { source: 'paper:foo', target: 'model:gpt-4', kind: 'mentions', evidence: [{ start: 56, end: 61 }] },
      { source: 'paper:survey', target: 'taxonomy:stack', kind: 'defines', evidence: [{ start: 2, end: 8 }] },
      { source: 'paper:survey', target: 'stack:bottom', kind: 'mentions', evidence: [{ start: 44, end: 50 }] },
      { source: 'paper:survey', target: 'stack:top', kind: 'mentions', evidence: [{ start: 58, end: 61 }] },
      { source: 'paper:survey', target: 'concept:llms', kind: 'mentions', evidence: [{ start: 12, end: 33 }] },
      { source: 'taxonomy:stack', target: 'stack:bottom', kind: 'has-part' },
      { source: 'taxonomy:stack', target: 'stack:top', kind: 'has-part' },
    ]);
    expect(document.tours).toEqual([]);
  });

  it('throws, naming the paper and the entity, when an annotated link has no evidence', () => {
    expect(() => build([...FOO_LINKS, { target: 'concept:llms', kind: 'mentions' }])).toThrow(
      'annotations: paper:foo -> concept:llms: no evidence for "Large language models" in the abstract of paper:foo',
    );
  });

  it('lets a link with a rationale stand without evidence', () => {
    const links = [...FOO_LINKS, { target: 'stack:top', kind: 'related', rationale: 'Foo sits at the top of the stack.' }];
    expect(build(links).document.links.find((l) => l.target === 'stack:top' && l.source === 'paper:foo')).toEqual({
      source: 'paper:foo',
      target: 'stack:top',
      kind: 'related',
      rationale: 'Foo sits at the top of the stack.',
    });
  });

  it('throws when an annotated surface string is not in the abstract', () => {
    expect(() => build([...FOO_LINKS, { target: 'concept:llms', kind: 'mentions', surfaces: ['GPT-5'] }])).toThrow(
      'annotations: paper:foo -> concept:llms: surface "GPT-5" is not in the abstract of paper:foo',
    );
  });

  it('throws when a link kind contradicts its target, or names a paper the corpus lacks', () => {
    expect(() => build([{ target: 'concept:llms', kind: 'evaluates-on', surfaces: ['GPT-4'] }])).toThrow(
      'a "evaluates-on" link cannot point at a concept',
    );
    const notes = annotations(FOO_LINKS);
    notes.papers.push({ id: 'missing', links: [] });
    expect(() => buildDocument(records(), { dictionary: [], annotations: notes })).toThrow(
      'annotations: paper "missing" is not in the corpus',
    );
  });

  it('warns, rather than fails, when an annotated entity is linked from no paper', () => {
    const notes = annotations(FOO_LINKS);
    notes.entities.push({ id: 'method:unused', kind: 'method', label: 'Zeta method' });
    expect(buildDocument(records(), { dictionary: [], annotations: notes, similar: 0 }).warnings).toEqual([
      { file: 'annotations', line: 0, message: 'method:unused is not linked from any paper' },
    ]);
  });
});

describe('buildDocument without annotations', () => {
  const plain = (abstract: string, extra: Partial<CorpusRecord> = {}): CorpusRecord => ({ file: 'a.txt', line: 1, abstract, ...extra });

  it('names papers by id, arXiv id, DOI, title, or file and line, and keeps ids unique', () => {
    const { document } = buildDocument(
      [
        plain('One.', { id: 'Smith2020:Deep' }),
        plain('Two.', { arxiv: '2101.00001', line: 2 }),
        plain('Three.', { doi: '10.1000/XYZ.1', line: 3 }),
        plain('Four.', { title: 'A Very Long Title About Many Things That Goes On And On', line: 4 }),
        plain('Five is an abstract without any title at all, so it names itself.', { line: 5 }),
        plain('Six.', { id: 'smith2020-deep', line: 6 }),
      ],
      { dictionary: [], similar: 0 },
    );
    expect(document.nodes.map((n) => [n.id, n.label])).toEqual([
      ['paper:smith2020-deep', 'One.'],
      ['paper:arxiv-2101-00001', 'Two.'],
      ['paper:doi-10-1000-xyz-1', 'Three.'],
      ['paper:a-very-long-title-about-many', 'A Very Long Title About Many Things…'],
      ['paper:a-5', 'Five is an abstract without any title…'],
      ['paper:smith2020-deep-2', 'Six.'],
    ]);
    expect(document.nodes[2]?.url).toBe('https://doi.org/10.1000/XYZ.1');
  });

  it('merges the same paper twice, by DOI, arXiv id or title, with a warning naming both places', () => {
    const { document, warnings } = buildDocument(
      [
        { file: 'a.bib', line: 1, title: 'Attention Is All You Need', abstract: 'The dominant sequence transduction models.' },
        { file: 'b.csv', line: 7, title: 'Attention is all you need.', year: 2017, doi: '10.5555/1' },
        { file: 'b.csv', line: 9, title: 'Other', doi: '10.5555/1', venue: 'NeurIPS' },
      ],
      { dictionary: [], similar: 0 },
    );
    expect(document.nodes).toEqual([
      {
        id: 'paper:doi-10-5555-1',
        kind: 'paper',
        label: 'Attention Is All You Need',
        title: 'Attention Is All You Need',
        year: 2017,
        venue: 'NeurIPS',
        url: 'https://doi.org/10.5555/1',
        abstract: 'The dominant sequence transduction models.',
      },
    ]);
    expect(warnings).toEqual([
      { file: 'b.csv', line: 7, message: 'the same paper as a.bib:1 (same title); merged into it' },
      { file: 'b.csv', line: 9, message: 'the same paper as a.bib:1 (same DOI); merged into it' },
    ]);
  });

  it('keeps a record without an abstract as a paper without one, with a warning', () => {
    const { document, warnings } = buildDocument([{ file: 'x.jsonl', line: 3, title: 'Only a title' }], { dictionary: [] });
    expect(document.nodes).toEqual([{ id: 'paper:only-a-title', kind: 'paper', label: 'Only a title', title: 'Only a title' }]);
    expect(warnings).toEqual([{ file: 'x.jsonl', line: 3, message: 'no abstract: the paper is kept without one' }]);
  });

  it('links a benchmark introduced by one paper from every paper that names it', () => {
    const { document } = buildDocument(
      [
        plain('Agents fail on ZetaBench tasks most of the time.'),
        plain('We introduce ZetaBench, a benchmark of long-horizon agent tasks.', { line: 2 }),
      ],
      { dictionary: [], similar: 0 },
    );
    expect(document.nodes.filter((n) => n.kind === 'benchmark').map((n) => n.id)).toEqual(['benchmark:zetabench']);
    expect(document.links.map((l) => [l.source, l.kind, l.target, l.evidence])).toEqual([
      ['paper:a-1', 'evaluates-on', 'benchmark:zetabench', [{ start: 15, end: 24 }]],
      ['paper:a-2', 'introduces', 'benchmark:zetabench', [{ start: 13, end: 22 }]],
    ]);
  });

  it('links similar papers with the shared terms that weigh most, and not dissimilar ones', () => {
    const { document } = buildDocument(
      [
        plain('Graph neural networks learn node embeddings by message passing over citation graphs.'),
        plain('Message passing graph neural networks over-smooth node embeddings on deep citation graphs.', { line: 2 }),
        plain('Speech recognition with noisy audio needs robust acoustic features and augmentation.', { line: 3 }),
      ],
      { dictionary: [], similar: 2 },
    );
    const similar = document.links.filter((l) => l.kind === 'similar');
    expect(similar.map((l) => [l.source, l.target, l.terms])).toEqual([
      ['paper:a-1', 'paper:a-2', ['graph neural', 'node embeddings', 'message passing', 'citation graphs']],
    ]);
    expect(similar[0]?.weight).toBeGreaterThan(0.3);
  });
});
