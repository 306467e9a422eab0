import { describe, expect, it } from 'vitest';
import { buildSeedDocument } from '../../../src/ingest/buildSeedDocument.js';

const ABSTRACT_A = 'We introduce Foo Core. Core scores well on MMLU, unlike GPT-4.';
const ABSTRACT_B = 'A survey of large language models, from the bottom to the top.';

function papers(overrides: Record<string, unknown> = {}): unknown[] {
  return [
    {
      line: 1,
      id: 'foo',
      title: 'Foo: a model',
      authors: ['A. Author', 'et al.'],
      year: 2024,
      venue: 'arXiv preprint',
      arxiv: '2401.00001',
      url: 'https://arxiv.org/abs/2401.00001',
      code: null,
      notes: 'ignored',
      abstract: ABSTRACT_A,
      ...overrides,
    },
    {
      line: 2,
      id: 'survey',
      title: 'A survey',
      authors: ['B. Author'],
      year: 2023,
      venue: 'arXiv preprint',
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

function annotations(fooLinks: LinkNote[]): unknown {
  return {
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
      { id: 'benchmark:mmlu', kind: 'benchmark', label: 'MMLU', description: 'Exams.' },
    ],
    relations: [],
  };
}

const FOO_LINKS: LinkNote[] = [
  { target: 'model:foo-core', kind: 'introduces' },
  { target: 'benchmark:mmlu', kind: 'evaluates-on' },
];

describe('buildSeedDocument', () => {
  const text = `${ABSTRACT_A}\n${ABSTRACT_B}`;

  it('builds paper nodes from papers.json and the abstracts, in line order', () => {
    const doc = buildSeedDocument(text, papers(), annotations(FOO_LINKS));
    expect(doc.nodes.slice(0, 2)).toEqual([
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
        venue: 'arXiv preprint',
        url: 'https://arxiv.org/abs/2301.12345',
        code: 'https://github.com/example/survey',
        abstract: ABSTRACT_B,
      },
    ]);
  });

  it('lists taxonomies with their ordered categories, then entities by kind', () => {
    const doc = buildSeedDocument(text, papers(), annotations(FOO_LINKS));
    expect(doc.nodes.map((n) => n.id)).toEqual([
      'paper:foo',
      'paper:survey',
      'taxonomy:stack',
      'stack:bottom',
      'stack:top',
      'benchmark:mmlu',
      'model:foo-core',
      'concept:llms',
    ]);
    expect(doc.nodes[3]).toEqual({
      id: 'stack:bottom',
      kind: 'category',
      label: 'Bottom',
      description: 'Lowest.',
      taxonomy: 'taxonomy:stack',
      order: 1,
    });
    expect(doc.nodes[2]?.shape).toBe('levels');
  });

  it('finds evidence for every mention, longest string first, never inside another word', () => {
    const doc = buildSeedDocument(text, papers(), annotations(FOO_LINKS));
    expect(doc.links).toEqual([
      {
        source: 'paper:foo',
        target: 'benchmark:mmlu',
        kind: 'evaluates-on',
        evidence: [{ start: 43, end: 47 }],
      },
      {
        source: 'paper:foo',
        target: 'model:foo-core',
        kind: 'introduces',
        evidence: [
          { start: 13, end: 21 },
          { start: 23, end: 27 },
        ],
      },
      {
        source: 'paper:survey',
        target: 'taxonomy:stack',
        kind: 'defines',
        evidence: [{ start: 2, end: 8 }],
      },
      {
        source: 'paper:survey',
        target: 'stack:bottom',
        kind: 'mentions',
        evidence: [{ start: 44, end: 50 }],
      },
      {
        source: 'paper:survey',
        target: 'stack:top',
        kind: 'mentions',
        evidence: [{ start: 58, end: 61 }],
      },
      {
        source: 'paper:survey',
        target: 'concept:llms',
        kind: 'mentions',
        evidence: [{ start: 12, end: 33 }],
      },
      { source: 'taxonomy:stack', target: 'stack:bottom', kind: 'has-part' },
      { source: 'taxonomy:stack', target: 'stack:top', kind: 'has-part' },
    ]);
    expect(doc.tours).toEqual([]);
  });

  it('throws when an abstract in papers.json differs from its line', () => {
    expect(() =>
      buildSeedDocument(text, papers({ abstract: `${ABSTRACT_A} ` }), annotations(FOO_LINKS)),
    ).toThrow(
      'papers.json: the abstract of "foo" differs from abstracts.txt line 1 ' +
        '(first difference at character 62)',
    );
  });

  it('throws, naming the paper and the entity, when a link has no evidence', () => {
    const links = [...FOO_LINKS, { target: 'concept:llms', kind: 'mentions' }];
    expect(() => buildSeedDocument(text, papers(), annotations(links))).toThrow(
      'annotations: paper:foo -> concept:llms: ' +
        'no evidence for "Large language models" in the abstract of paper:foo',
    );
  });

  it('lets a link with a rationale stand without evidence', () => {
    const links = [
      ...FOO_LINKS,
      { target: 'stack:top', kind: 'related', rationale: 'Foo sits at the top of the stack.' },
    ];
    const doc = buildSeedDocument(text, papers(), annotations(links));
    expect(doc.links.find((l) => l.target === 'stack:top' && l.source === 'paper:foo')).toEqual({
      source: 'paper:foo',
      target: 'stack:top',
      kind: 'related',
      rationale: 'Foo sits at the top of the stack.',
    });
  });

  it('throws when an annotated surface string is not in the abstract', () => {
    const links = [...FOO_LINKS, { target: 'concept:llms', kind: 'mentions', surfaces: ['GPT-5'] }];
    expect(() => buildSeedDocument(text, papers(), annotations(links))).toThrow(
      'annotations: paper:foo -> concept:llms: surface "GPT-5" is not in the abstract of paper:foo',
    );
  });

  it('throws when a link kind contradicts its target', () => {
    const links = [{ target: 'concept:llms', kind: 'evaluates-on', surfaces: ['GPT-4'] }];
    expect(() => buildSeedDocument(text, papers(), annotations(links))).toThrow(
      'a "evaluates-on" link cannot point at a concept',
    );
  });

  it('rejects a non-http(s) code address and a url that contradicts the arXiv id', () => {
    expect(() =>
      buildSeedDocument(text, papers({ code: 'ftp://example.org/x' }), annotations(FOO_LINKS)),
    ).toThrow('papers.json: [0].code: "ftp://example.org/x" is not an http(s) URL');
    expect(() =>
      buildSeedDocument(
        text,
        papers({ url: 'https://arxiv.org/abs/2401.99999' }),
        annotations(FOO_LINKS),
      ),
    ).toThrow('does not match arXiv id 2401.00001');
  });

  it('throws when a node is linked from no paper', () => {
    expect(() => buildSeedDocument(text, papers(), annotations(FOO_LINKS.slice(0, 1)))).toThrow(
      'annotations: benchmark:mmlu is not linked from any paper',
    );
  });

  it('throws when a line has no paper', () => {
    expect(() =>
      buildSeedDocument(`${text}\nA third abstract.`, papers(), annotations(FOO_LINKS)),
    ).toThrow('papers.json: no paper for abstracts.txt line 3');
  });
});
