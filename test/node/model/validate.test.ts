import { describe, expect, it } from 'vitest';
import { formatIssues, validateDocument } from '../../../src/model/validate.js';
import type { ValidationIssue } from '../../../src/model/types.js';
import { REKA_ABSTRACT, rawDocument, rawNode, seedLike, valid, type Raw } from './fixtures.js';

function errorsOf(raw: unknown): ValidationIssue[] {
  const result = validateDocument(raw);
  if (result.ok) throw new Error('expected the document to be invalid');
  return result.errors;
}

function warningsOf(raw: unknown): ValidationIssue[] {
  const result = validateDocument(raw);
  if (!result.ok) throw new Error(`expected a valid document: ${JSON.stringify(result.errors)}`);
  return result.warnings;
}

/** The single error a document with one faulty node field produces. */
function nodeError(extra: Raw, kind = 'paper'): ValidationIssue[] {
  return errorsOf(rawDocument([rawNode('paper:x', kind, extra)]));
}

describe('validateDocument: valid documents', () => {
  it('accepts the seed-like document with no warnings', () => {
    const result = validateDocument(seedLike());
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('keeps every known field, and drops unknown ones', () => {
    const raw = rawDocument(
      [
        rawNode('paper:a', 'paper', {
          title: 'T',
          year: 2020,
          authors: ['A', 'B'],
          venue: 'V',
          url: 'https://example.org/a',
          code: 'http://example.org/code',
          abstract: 'Abstract text.',
          aliases: ['a'],
          description: 'D',
          colour: 'red',
        }),
        rawNode('taxonomy:t', 'taxonomy', { shape: 'levels' }),
        rawNode('cat:c', 'category', { taxonomy: 'taxonomy:t', order: 1.5 }),
      ],
      [
        {
          source: 'paper:a',
          target: 'taxonomy:t',
          kind: 'defines',
          evidence: [{ start: 0, end: 8, note: 'x' }],
          rationale: 'R',
          weight: 0.5,
          extra: true,
        },
      ],
      {
        description: 'Doc',
        tours: [{ id: 'tour', title: 'Tour', steps: [{ focus: ['paper:a'], caption: 'C', depth: 2, kinds: ['paper'], zoom: 3 }] }],
        positions: { 'paper:a': [1.5, -2] },
        generator: 'x',
      },
    );
    expect(valid(raw)).toEqual({
      schema: 'concept-map/v1',
      title: 'Test map',
      description: 'Doc',
      nodes: [
        {
          id: 'paper:a',
          kind: 'paper',
          label: 'paper:a',
          title: 'T',
          year: 2020,
          authors: ['A', 'B'],
          venue: 'V',
          url: 'https://example.org/a',
          code: 'http://example.org/code',
          abstract: 'Abstract text.',
          aliases: ['a'],
          description: 'D',
        },
        { id: 'taxonomy:t', kind: 'taxonomy', label: 'taxonomy:t', shape: 'levels' },
        { id: 'cat:c', kind: 'category', label: 'cat:c', taxonomy: 'taxonomy:t', order: 1.5 },
      ],
      links: [
        {
          source: 'paper:a',
          target: 'taxonomy:t',
          kind: 'defines',
          evidence: [{ start: 0, end: 8 }],
          rationale: 'R',
          weight: 0.5,
        },
      ],
      tours: [{ id: 'tour', title: 'Tour', steps: [{ focus: ['paper:a'], caption: 'C', depth: 2, kinds: ['paper'] }] }],
      positions: { 'paper:a': [1.5, -2] },
    });
  });

  it('allows unknown node and link kinds', () => {
    const doc = valid(rawDocument([rawNode('a', 'gadget'), rawNode('b')], [{ source: 'a', target: 'b', kind: 'likes' }]));
    expect(doc.nodes[0].kind).toBe('gadget');
    expect(doc.links[0].kind).toBe('likes');
  });

  it('returns a deep copy: changing it leaves the input alone, and vice versa', () => {
    const raw = seedLike();
    const before = structuredClone(raw);
    const doc = valid(raw);
    doc.nodes[0].label = 'changed';
    doc.nodes[0].authors?.push('Someone');
    doc.links[0].evidence![0].start = 99;
    (doc.links[0] as unknown as Raw).x = 5;
    doc.nodes.pop();
    expect(raw).toEqual(before);

    const again = valid(raw);
    (raw.nodes as Raw[])[0].label = 'changed in input';
    expect(again.nodes[0].label).toBe('Reka Core, Flash, and Edge');
    expect(again.nodes[0]).not.toBe((raw.nodes as Raw[])[0]);
    expect(again.links[0].evidence).not.toBe(((raw.links as Raw[])[0] as Raw).evidence);
  });

  it('copies tours and positions too', () => {
    const raw = rawDocument([rawNode('a')], [], {
      tours: [{ id: 't', title: 'T', steps: [{ focus: ['a'], caption: 'c' }] }],
      positions: { a: [1, 2] },
    });
    const doc = valid(raw);
    doc.tours![0].steps[0].focus.push('zzz');
    doc.positions!.a[0] = 100;
    expect(raw.tours).toEqual([{ id: 't', title: 'T', steps: [{ focus: ['a'], caption: 'c' }] }]);
    expect(raw.positions).toEqual({ a: [1, 2] });
  });
});

describe('validateDocument: document level', () => {
  it('rejects a value that is not an object', () => {
    expect(errorsOf(null)).toEqual([{ path: 'document', message: 'expected a JSON object, got null' }]);
    expect(errorsOf([])).toEqual([{ path: 'document', message: 'expected a JSON object, got an empty array' }]);
    expect(errorsOf('x')).toEqual([{ path: 'document', message: 'expected a JSON object, got "x"' }]);
  });

  it('reports every missing top-level field at once', () => {
    expect(errorsOf({})).toEqual([
      { path: 'schema', message: 'missing; expected "concept-map/v1"' },
      { path: 'title', message: 'missing; expected a string' },
      { path: 'nodes', message: 'missing; expected an array of nodes' },
      { path: 'links', message: 'missing; expected an array of links (use [] for none)' },
    ]);
  });

  it('names an unsupported schema', () => {
    expect(errorsOf(rawDocument([], [], { schema: 'concept-map/v2' }))).toEqual([
      { path: 'schema', message: 'unsupported schema "concept-map/v2"; this reader understands "concept-map/v1"' },
    ]);
    expect(errorsOf(rawDocument([], [], { schema: 1 }))).toEqual([
      { path: 'schema', message: 'expected "concept-map/v1", got 1' },
    ]);
  });

  it('checks the types of title, description, nodes and links', () => {
    expect(errorsOf({ schema: 'concept-map/v1', title: 5, description: null, nodes: {}, links: 'none' })).toEqual([
      { path: 'title', message: 'expected a string, got 5' },
      { path: 'description', message: 'expected a string, got null (leave the field out instead)' },
      { path: 'nodes', message: 'expected an array of nodes, got an object' },
      { path: 'links', message: 'expected an array of links, got "none"' },
    ]);
  });

  it('does not report every link as dangling when nodes itself is broken', () => {
    expect(errorsOf({ schema: 'concept-map/v1', title: '', nodes: 3, links: [{ source: 'a', target: 'b', kind: 'k' }] })).toEqual([
      { path: 'nodes', message: 'expected an array of nodes, got 3' },
    ]);
  });
});

describe('validateDocument: nodes', () => {
  it('requires each node to be an object', () => {
    expect(errorsOf(rawDocument([rawNode('a'), 'b', null]))).toEqual([
      { path: 'nodes[1]', message: 'expected an object, got "b"' },
      { path: 'nodes[2]', message: 'expected an object, got null' },
    ]);
  });

  it('requires a non-empty string id, kind and label', () => {
    expect(errorsOf(rawDocument([{}, { id: '', kind: 3, label: '' }, { id: 7, kind: 'paper', label: 'L' }]))).toEqual([
      { path: 'nodes[0].id', message: 'missing; expected a non-empty string' },
      { path: 'nodes[0].kind', message: 'missing; expected a non-empty string' },
      { path: 'nodes[0].label', message: 'missing; expected a non-empty string' },
      { path: 'nodes[1].id', message: 'expected a non-empty string, got an empty string' },
      { path: 'nodes[1].kind', message: 'expected a non-empty string, got 3' },
      { path: 'nodes[1].label', message: 'expected a non-empty string, got an empty string' },
      { path: 'nodes[2].id', message: 'expected a non-empty string, got 7' },
    ]);
  });

  it('names both indexes of a duplicate id', () => {
    expect(errorsOf(rawDocument([rawNode('a'), rawNode('b'), rawNode('a'), rawNode('a')]))).toEqual([
      { path: 'nodes[2] ("a").id', message: 'duplicate id "a": nodes[0] already has it' },
      { path: 'nodes[3] ("a").id', message: 'duplicate id "a": nodes[0] already has it' },
    ]);
  });

  it('wants a whole-number year', () => {
    expect(nodeError({ year: '2024a' })).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: 'expected a whole number, got "2024a"' },
    ]);
    expect(nodeError({ year: 2024.5 })).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: 'expected a whole number, got 2024.5' },
    ]);
    expect(nodeError({ year: null })).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: 'expected a whole number, got null (leave the field out instead)' },
    ]);
  });

  it('rejects an infinite year, as JSON.parse makes from 1e999', () => {
    const raw = JSON.parse(
      '{"schema":"concept-map/v1","title":"t","nodes":[{"id":"p","kind":"paper","label":"P","year":1e999}],"links":[]}',
    ) as Raw;
    expect(errorsOf(raw)).toEqual([{ path: 'nodes[0] ("p").year', message: 'expected a whole number, got Infinity' }]);
    expect(nodeError({ year: NaN })).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: 'expected a whole number, got NaN' },
    ]);
  });

  it('wants finite orders', () => {
    expect(nodeError({ order: -Infinity }, 'category')).toEqual([
      { path: 'nodes[0] ("paper:x").order', message: 'expected a finite number, got -Infinity' },
    ]);
    expect(nodeError({ order: '1' }, 'category')).toEqual([
      { path: 'nodes[0] ("paper:x").order', message: 'expected a finite number, got "1"' },
    ]);
  });

  it('wants string arrays for authors and aliases, naming the bad item', () => {
    expect(nodeError({ authors: 'A. Smith', aliases: ['ok', 5, false] })).toEqual([
      { path: 'nodes[0] ("paper:x").authors', message: 'expected an array of strings, got "A. Smith"' },
      { path: 'nodes[0] ("paper:x").aliases[1]', message: 'expected a string, got 5' },
      { path: 'nodes[0] ("paper:x").aliases[2]', message: 'expected a string, got false' },
    ]);
  });

  it('wants strings for title, venue, abstract and description', () => {
    expect(nodeError({ title: 1, venue: [], abstract: {}, description: true })).toEqual([
      { path: 'nodes[0] ("paper:x").title', message: 'expected a string, got 1' },
      { path: 'nodes[0] ("paper:x").venue', message: 'expected a string, got an empty array' },
      { path: 'nodes[0] ("paper:x").abstract', message: 'expected a string, got an object' },
      { path: 'nodes[0] ("paper:x").description', message: 'expected a string, got true' },
    ]);
  });

  it('knows the three taxonomy shapes', () => {
    expect(nodeError({ shape: 'ring' }, 'taxonomy')).toEqual([
      { path: 'nodes[0] ("paper:x").shape', message: 'expected one of "cycle", "levels", "modules", got "ring"' },
    ]);
  });

  it('wants a category taxonomy to name an existing node', () => {
    expect(errorsOf(rawDocument([rawNode('c', 'category', { taxonomy: 'taxonomy:missing' }), rawNode('d', 'category', { taxonomy: 4 })]))).toEqual([
      { path: 'nodes[0] ("c").taxonomy', message: 'no node has id "taxonomy:missing"' },
      { path: 'nodes[1] ("d").taxonomy', message: 'expected the id of a taxonomy node, got 4' },
    ]);
  });

  it('warns when a category taxonomy names a node of another kind', () => {
    expect(warningsOf(rawDocument([rawNode('c', 'category', { taxonomy: 'p' }), rawNode('p', 'paper')]))).toEqual([
      { path: 'nodes[0] ("c").taxonomy', message: 'node "p" is a paper, not a taxonomy' },
    ]);
  });

  it('accepts a taxonomy defined later in the list', () => {
    expect(validateDocument(rawDocument([rawNode('c', 'category', { taxonomy: 't' }), rawNode('t', 'taxonomy')])).ok).toBe(true);
  });
});

describe('validateDocument: URLs', () => {
  it('rejects a javascript: URL and says why', () => {
    expect(nodeError({ url: 'javascript:alert(1)' })).toEqual([
      { path: 'nodes[0] ("paper:x").url', message: 'only http: and https: URLs are allowed, got a javascript: URL' },
    ]);
  });

  it('sees through case and whitespace tricks the browser would also see through', () => {
    expect(nodeError({ code: ' JavaScript:alert(1)' })).toEqual([
      { path: 'nodes[0] ("paper:x").code', message: 'only http: and https: URLs are allowed, got a javascript: URL' },
    ]);
    expect(nodeError({ code: 'java\tscript:alert(1)' })).toEqual([
      { path: 'nodes[0] ("paper:x").code', message: 'only http: and https: URLs are allowed, got a javascript: URL' },
    ]);
  });

  it('rejects data: URLs, relative URLs and non-strings', () => {
    expect(nodeError({ url: 'data:text/html,<b>x</b>', code: '/relative/path' })).toEqual([
      { path: 'nodes[0] ("paper:x").url', message: 'only http: and https: URLs are allowed, got a data: URL' },
      { path: 'nodes[0] ("paper:x").code', message: 'expected an absolute http(s) URL, got "/relative/path"' },
    ]);
    expect(nodeError({ url: 42 })).toEqual([
      { path: 'nodes[0] ("paper:x").url', message: 'expected an absolute http(s) URL, got 42' },
    ]);
  });

  it('keeps an http(s) URL exactly as written', () => {
    const doc = valid(rawDocument([rawNode('p', 'paper', { url: 'HTTPS://arxiv.org/abs/2404.12387', code: 'http://x.test' })]));
    expect(doc.nodes[0].url).toBe('HTTPS://arxiv.org/abs/2404.12387');
    expect(doc.nodes[0].code).toBe('http://x.test');
  });
});

describe('validateDocument: links', () => {
  const nodes = [
    rawNode('paper:a', 'paper', { abstract: 'ten chars!' }),
    rawNode('benchmark:mmlu', 'benchmark'),
  ];

  it('names a dangling link end', () => {
    const links = [
      { source: 'paper:a', target: 'benchmark:mmlu', kind: 'k' },
      { source: 'paper:a', target: 'benchmark:mmlu', kind: 'k' },
      { source: 'paper:a', target: 'benchmark:mmlu', kind: 'k' },
      { source: 'paper:a', target: 'benchmark:mmlu', kind: 'k' },
      { source: 'paper:a', target: 'benchmark:mmluu', kind: 'evaluates-on' },
    ];
    expect(errorsOf(rawDocument(nodes, links))).toEqual([
      { path: 'links[4].target', message: 'no node has id "benchmark:mmluu"' },
    ]);
  });

  it('checks link shape, ends, kind, weight and rationale', () => {
    const links = [
      'a->b',
      {},
      { source: 1, target: null, kind: '', weight: Infinity, rationale: 3 },
    ];
    expect(errorsOf(rawDocument(nodes, links))).toEqual([
      { path: 'links[0]', message: 'expected an object, got "a->b"' },
      { path: 'links[1].source', message: 'missing; expected a node id' },
      { path: 'links[1].target', message: 'missing; expected a node id' },
      { path: 'links[1].kind', message: 'missing; expected a non-empty string' },
      { path: 'links[2].source', message: 'expected a node id (a string), got 1' },
      { path: 'links[2].target', message: 'expected a node id (a string), got null' },
      { path: 'links[2].kind', message: 'expected a non-empty string, got an empty string' },
      { path: 'links[2].rationale', message: 'expected a string, got 3' },
      { path: 'links[2].weight', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('keeps evidence within the source abstract', () => {
    const link = (evidence: unknown): Raw => ({ source: 'paper:a', target: 'benchmark:mmlu', kind: 'k', evidence });
    expect(
      errorsOf(
        rawDocument(nodes, [
          link([{ start: 0, end: 10 }, { start: 5, end: 11 }]),
          link([{ start: -1, end: 2 }, { start: 4, end: 4 }, { start: 6, end: 3 }]),
          link([{ start: 1.5, end: 'x' }, { end: 2 }, [0, 1]]),
          link({ start: 0, end: 1 }),
        ]),
      ),
    ).toEqual([
      { path: 'links[0].evidence[1].end', message: "11 is past the end of the source's abstract (10 characters)" },
      { path: 'links[1].evidence[0].start', message: 'must be 0 or more, got -1' },
      { path: 'links[1].evidence[1]', message: 'start (4) must be less than end (4)' },
      { path: 'links[1].evidence[2]', message: 'start (6) must be less than end (3)' },
      { path: 'links[2].evidence[0].start', message: 'expected a whole number, got 1.5' },
      { path: 'links[2].evidence[0].end', message: 'expected a whole number, got "x"' },
      { path: 'links[2].evidence[1].start', message: 'missing; expected a whole number' },
      { path: 'links[2].evidence[2]', message: 'expected an object {start, end}, got an array' },
      { path: 'links[3].evidence', message: 'expected an array of {start, end} spans, got an object' },
    ]);
  });

  it('rejects evidence whose source has no abstract', () => {
    const links = [{ source: 'benchmark:mmlu', target: 'paper:a', kind: 'k', evidence: [{ start: 0, end: 1 }] }];
    expect(errorsOf(rawDocument(nodes, links))).toEqual([
      { path: 'links[0].evidence', message: 'the source node "benchmark:mmlu" has no abstract for the evidence to point into' },
    ]);
  });

  it('accepts evidence that ends exactly at the end of the abstract', () => {
    const mmluAt = REKA_ABSTRACT.indexOf('MMLU');
    const doc = valid(seedLike());
    expect(doc.links[0].evidence).toEqual([{ start: mmluAt, end: mmluAt + 4 }]);
    const whole = valid(rawDocument(nodes, [{ source: 'paper:a', target: 'benchmark:mmlu', kind: 'k', evidence: [{ start: 0, end: 10 }] }]));
    expect(whole.links[0].evidence).toEqual([{ start: 0, end: 10 }]);
  });
});

describe('validateDocument: tours', () => {
  it('checks tours, steps and their focus ids', () => {
    const tours = [
      { id: 'a', title: 'A', steps: [{ focus: ['n', 'nope', 3], caption: 'c', depth: -1, kinds: 'paper' }] },
      { id: 'a', steps: 'x' },
      7,
      { id: 'b', title: 'B', steps: [{ caption: 5 }, null] },
    ];
    expect(errorsOf(rawDocument([rawNode('n')], [], { tours }))).toEqual([
      { path: 'tours[0].steps[0].focus[1]', message: 'no node has id "nope"' },
      { path: 'tours[0].steps[0].focus[2]', message: 'expected a node id (a string), got 3' },
      { path: 'tours[0].steps[0].depth', message: 'expected a whole number, 0 or more, got -1' },
      { path: 'tours[0].steps[0].kinds', message: 'expected an array of strings, got "paper"' },
      { path: 'tours[1].id', message: 'duplicate tour id "a": tours[0] already has it' },
      { path: 'tours[1].title', message: 'missing; expected a string' },
      { path: 'tours[1].steps', message: 'expected an array of steps, got "x"' },
      { path: 'tours[2]', message: 'expected an object, got 7' },
      { path: 'tours[3].steps[0].focus', message: 'missing; expected an array of node ids' },
      { path: 'tours[3].steps[0].caption', message: 'expected a string, got 5' },
      { path: 'tours[3].steps[1]', message: 'expected an object, got null' },
    ]);
  });

  it('wants tours to be an array', () => {
    expect(errorsOf(rawDocument([], [], { tours: {} }))).toEqual([
      { path: 'tours', message: 'expected an array of tours, got an object' },
    ]);
  });
});

describe('validateDocument: positions', () => {
  it('rejects non-finite and non-numeric coordinates, as from 1e999', () => {
    const raw = JSON.parse(
      '{"schema":"concept-map/v1","title":"t","nodes":[{"id":"a","kind":"k","label":"A"},{"id":"b","kind":"k","label":"B"}],' +
        '"links":[],"positions":{"a":[1e999,0],"b":["1",-1e999]}}',
    ) as Raw;
    expect(errorsOf(raw)).toEqual([
      { path: 'positions["a"][0]', message: 'expected a finite number, got Infinity' },
      { path: 'positions["b"][0]', message: 'expected a finite number, got "1"' },
      { path: 'positions["b"][1]', message: 'expected a finite number, got -Infinity' },
    ]);
  });

  it('rejects NaN and values that are not [x, y]', () => {
    const positions = { a: [NaN, 1], b: [1, 2, 3], c: { x: 1, y: 2 } };
    expect(errorsOf(rawDocument([rawNode('a'), rawNode('b'), rawNode('c')], [], { positions }))).toEqual([
      { path: 'positions["a"][0]', message: 'expected a finite number, got NaN' },
      { path: 'positions["b"]', message: 'expected [x, y], got an array' },
      { path: 'positions["c"]', message: 'expected [x, y], got an object' },
    ]);
    expect(errorsOf(rawDocument([], [], { positions: [[0, 0]] }))).toEqual([
      { path: 'positions', message: 'expected an object of node id → [x, y], got an array' },
    ]);
  });

  it('warns about, and drops, positions of unknown ids', () => {
    const raw = rawDocument([rawNode('a')], [], { positions: { a: [1, 2], ghost: [3, 4] } });
    const result = validateDocument(raw);
    expect(result).toEqual({
      ok: true,
      document: expect.objectContaining({ positions: { a: [1, 2] } }),
      warnings: [{ path: 'positions["ghost"]', message: 'no node has id "ghost"; the position is ignored' }],
    });
  });
});

describe('validateDocument: collecting errors', () => {
  it('reports problems across nodes, links, tours and positions in one pass', () => {
    const raw = rawDocument(
      [rawNode('paper:x', 'paper', { year: '2024a' }), rawNode('paper:x'), rawNode('b', 'benchmark', { url: 'javascript:void 0' })],
      [{ source: 'paper:x', target: 'benchmark:mmluu', kind: 'evaluates-on' }],
      { tours: [{ id: 't', title: 'T', steps: [{ focus: ['zzz'], caption: '' }] }], positions: { b: [0, Infinity] } },
    );
    expect(errorsOf(raw)).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: 'expected a whole number, got "2024a"' },
      { path: 'nodes[1] ("paper:x").id', message: 'duplicate id "paper:x": nodes[0] already has it' },
      { path: 'nodes[2] ("b").url', message: 'only http: and https: URLs are allowed, got a javascript: URL' },
      { path: 'links[0].target', message: 'no node has id "benchmark:mmluu"' },
      { path: 'tours[0].steps[0].focus[0]', message: 'no node has id "zzz"' },
      { path: 'positions["b"][1]', message: 'expected a finite number, got Infinity' },
    ]);
  });

  it('stops listing at 50 and counts the rest', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => rawNode(`n${i}`, 'paper', { year: 'soon' }));
    const errors = errorsOf(rawDocument(nodes));
    expect(errors).toHaveLength(51);
    expect(errors[49]).toEqual({ path: 'nodes[49] ("n49").year', message: 'expected a whole number, got "soon"' });
    expect(errors[50]).toEqual({ path: '', message: '… and 10 more problems' });
  });

  it('shortens long strings it quotes back', () => {
    expect(nodeError({ year: 'x'.repeat(100) })).toEqual([
      { path: 'nodes[0] ("paper:x").year', message: `expected a whole number, got "${'x'.repeat(40)}…"` },
    ]);
  });
});

describe('formatIssues', () => {
  const issue = (n: number): ValidationIssue => ({ path: `nodes[${n}].id`, message: 'missing' });

  it('lists up to max issues and counts the rest', () => {
    const issues = [
      { path: 'nodes[3] ("paper:x").year', message: 'expected a whole number, got "2024a"' },
      issue(4),
      issue(5),
    ];
    expect(formatIssues(issues, 1)).toBe(
      'Invalid concept-map document: nodes[3] ("paper:x").year: expected a whole number, got "2024a" (and 2 more problems)',
    );
    expect(formatIssues(issues)).toBe(
      'Invalid concept-map document: nodes[3] ("paper:x").year: expected a whole number, got "2024a"; nodes[4].id: missing; nodes[5].id: missing',
    );
    expect(formatIssues(issues, 2)).toBe(
      'Invalid concept-map document: nodes[3] ("paper:x").year: expected a whole number, got "2024a"; nodes[4].id: missing (and 1 more problem)',
    );
  });

  it('counts the problems beyond the 50 that validation listed', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => rawNode(`n${i}`, 'paper', { year: 'soon' }));
    expect(formatIssues(errorsOf(rawDocument(nodes)), 1)).toBe(
      'Invalid concept-map document: nodes[0] ("n0").year: expected a whole number, got "soon" (and 59 more problems)',
    );
  });

  it('prints a message without a path on its own', () => {
    expect(formatIssues([{ path: '', message: 'the document is empty' }])).toBe(
      'Invalid concept-map document: the document is empty',
    );
    expect(formatIssues([])).toBe('Invalid concept-map document');
  });
});

describe('validateDocument: sparse arrays built by hand', () => {
  it('reports holes instead of keeping them', () => {
    const nodes = [rawNode('a'), , rawNode('b')];
    expect(errorsOf(rawDocument(nodes))).toEqual([{ path: 'nodes[1]', message: 'expected an object, got nothing' }]);
  });
});
