import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinDictionary } from '../../../src/ingest/builtinDictionary.js';
import { ingest } from '../../../src/ingest/ingest.js';
import { parseAnnotations } from '../../../src/ingest/parseAnnotations.js';
import type { GraphDocument, GraphLink, GraphNode } from '../../../src/model/types.js';
import { validateDocument } from '../../../src/model/validate.js';

const read = (name: string): string =>
  readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');

const abstractsText = read('abstracts.txt');
const lines = abstractsText.replace(/\n$/, '').split('\n');
const papersText = read('papers.json');
const papersJson = JSON.parse(papersText) as {
  line: number;
  id: string;
  arxiv: string;
  code: string | null;
  abstract: string;
}[];
const annotationsJson = JSON.parse(read('annotations.json')) as {
  papers: {
    id: string;
    links: { target: string; kind: string; surfaces?: string[]; rationale?: string }[];
  }[];
};
const committed = read('seed.graph.json');
// What `npm run data` runs: concept-map build data/papers.json --annotations data/annotations.json
const built = ingest([{ name: 'data/papers.json', text: papersText }], {
  dictionary: builtinDictionary(),
  annotations: parseAnnotations(annotationsJson, 'data/annotations.json'),
  similar: 3,
});
if (!built.ok) throw new Error(built.errors.map((e) => e.message).join('\n'));
const doc: GraphDocument = built.document;
const nodeById = new Map(doc.nodes.map((n) => [n.id, n]));
const node = (id: string): GraphNode => {
  const found = nodeById.get(id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
};
const isPaper = (id: string): boolean => nodeById.get(id)?.kind === 'paper';

/** The strings annotated for a paper's link: target label and aliases, and the link's surfaces. */
function annotatedStrings(link: GraphLink): string[] {
  const target = node(link.target);
  const paper = annotationsJson.papers.find((p) => `paper:${p.id}` === link.source);
  const note = paper?.links.find((l) => l.target === link.target && l.kind === link.kind);
  return [target.label, ...(target.aliases ?? []), ...(note?.surfaces ?? [])];
}

/** The documented matching rule: names match exactly, all-lower-case phrases in any case. */
const matches = (slice: string, s: string): boolean =>
  slice === s || (s === s.toLowerCase() && slice.toLowerCase() === s);

describe('data/seed.graph.json', () => {
  it('builds without a warning, and papers.json holds the abstracts of abstracts.txt, in order', () => {
    expect(built.warnings).toEqual([]);
    expect(papersJson.map((p) => [p.line, p.abstract])).toEqual(lines.map((line, i) => [i + 1, line]));
  });

  it('is what the sources build today', () => {
    const fresh = `${JSON.stringify(doc, null, 2)}\n`;
    expect(committed === fresh, 'data/seed.graph.json is stale: run npm run data').toBe(true);
  });

  it('passes validateDocument without errors or warnings', () => {
    const result = validateDocument(JSON.parse(committed));
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the curated number of nodes of each kind, papers first', () => {
    const counts: Record<string, number> = {};
    for (const n of doc.nodes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
    expect(counts).toEqual({
      paper: 11,
      taxonomy: 5,
      category: 20,
      benchmark: 11,
      model: 10,
      method: 10,
      organization: 6,
      concept: 16,
    });
    expect(doc.nodes.slice(0, 11).every((n) => n.kind === 'paper')).toBe(true);
    expect(doc.nodes[11]?.id).toBe('taxonomy:self-evolution');
    expect(doc.title).toBe('LLM research: a seed concept map');
  });

  it('gives every node an id of the form its kind asks for', () => {
    for (const n of doc.nodes) {
      const prefix =
        n.kind === 'category' ? node(n.taxonomy ?? '').id.slice('taxonomy:'.length) : n.kind;
      expect(n.id, n.id).toMatch(new RegExp(`^${prefix}:[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });
});

describe('papers', () => {
  const papers = doc.nodes.filter((n) => n.kind === 'paper');

  it('are the eleven abstracts, verbatim and in line order', () => {
    expect(lines).toHaveLength(11);
    expect(papers).toHaveLength(11);
    papers.forEach((paper, i) => {
      expect(paper.abstract).toBe(lines[i]);
      const seed = papersJson.find((p) => p.line === i + 1);
      expect(paper.id).toBe(`paper:${seed?.id}`);
    });
  });

  it('link to arXiv over https by their arXiv id, and to code only when papers.json has it', () => {
    for (const seed of papersJson) {
      const paper = node(`paper:${seed.id}`);
      expect(seed.arxiv).toMatch(/^\d{4}\.\d{4,5}$/);
      expect(paper.url).toBe(`https://arxiv.org/abs/${seed.arxiv}`);
      expect(paper.code).toBe(seed.code ?? undefined);
    }
    expect(papers.filter((p) => p.code !== undefined).map((p) => p.code)).toEqual([
      'https://github.com/AlibabaResearch/DAMO-ConvAI/tree/main/Awesome-Self-Evolution-of-LLM',
      'https://github.com/Jeff-Sue/URT',
      'https://github.com/lxx0628/Prompting-Framework-Survey',
    ]);
  });

  it('have short labels and keep the full title', () => {
    expect(node('paper:reka-core-flash-edge').label).toBe('Reka Core, Flash, and Edge');
    expect(node('paper:reka-core-flash-edge').title).toBe(
      'Reka Core, Flash, and Edge: A Series of Powerful Multimodal Language Models',
    );
    for (const paper of papers) expect(paper.label.length, paper.id).toBeLessThanOrEqual(40);
  });
});

describe('taxonomies', () => {
  const partsOf = (id: string): GraphNode[] =>
    doc.links
      .filter((l) => l.source === id && l.kind === 'has-part')
      .map((l) => node(l.target));

  const expected: [string, string, string, string[]][] = [
    ['taxonomy:self-evolution', 'Self-evolution of LLMs', 'cycle', [
      'Experience acquisition', 'Experience refinement', 'Updating', 'Evaluation',
    ]],
    ['taxonomy:llm-system-risk', 'LLM-system risk modules', 'modules', [
      'Input module', 'Language model', 'Toolchain module', 'Output module',
    ]],
    ['taxonomy:prompting-framework', 'Prompting-framework levels', 'levels', [
      'Data Level', 'Base Level', 'Execute Level', 'Service Level',
    ]],
    ['taxonomy:tptlm-core-concepts', 'T-PTLM core concepts', 'modules', [
      'Pretraining', 'Pretraining methods', 'Pretraining tasks', 'Embeddings',
      'Downstream adaptation methods',
    ]],
    ['taxonomy:personalization-aspects', 'Aspects of LLM personalization', 'modules', [
      'Existing personalization systems', 'Emerging LLM capabilities', 'LLMs for personalization',
    ]],
  ];

  it.each(expected)('%s is "%s", shaped %s, with its parts in order', (id, label, shape, parts) => {
    const taxonomy = node(id);
    expect([taxonomy.kind, taxonomy.label, taxonomy.shape]).toEqual(['taxonomy', label, shape]);
    const categories = partsOf(id);
    expect(categories.map((c) => c.label)).toEqual(parts);
    expect(categories.map((c) => [c.kind, c.taxonomy, c.order])).toEqual(
      parts.map((_, i) => ['category', id, i + 1]),
    );
    for (const c of [taxonomy, ...categories]) {
      expect(c.label.length, c.id).toBeLessThanOrEqual(32);
      expect(c.description, c.id).toMatch(/^\S.*\.$/);
    }
  });

  it('are exactly these five, each defined by one paper', () => {
    expect(doc.nodes.filter((n) => n.kind === 'taxonomy').map((n) => n.id)).toEqual(
      expected.map(([id]) => id),
    );
    const defines = doc.links.filter((l) => l.kind === 'defines').map((l) => [l.source, l.target]);
    expect(defines).toEqual([
      ['paper:self-evolution-llm-survey', 'taxonomy:self-evolution'],
      ['paper:llm-system-risk-taxonomy', 'taxonomy:llm-system-risk'],
      ['paper:prompting-framework-survey', 'taxonomy:prompting-framework'],
      ['paper:llm-meet-personalization', 'taxonomy:personalization-aspects'],
      ['paper:ammus-tptlm-survey', 'taxonomy:tptlm-core-concepts'],
    ]);
  });
});

describe('benchmarks', () => {
  const benchmarks = doc.nodes.filter((n) => n.kind === 'benchmark');

  it('are exactly the eleven the abstracts evaluate on', () => {
    expect(benchmarks.map((b) => b.label)).toEqual([
      'MMMU', 'VQAv2', 'MMLU', 'GSM8K', 'Perception Test', 'SNLI', 'SICK',
      'STAC', 'Molweni', 'Doc2Dial', 'TIAGE',
    ]);
    for (const b of benchmarks) {
      expect(b.description, b.id).toMatch(/^\S.*\.$/);
      const from = doc.links.filter((l) => l.target === b.id).map((l) => l.kind);
      expect(from, b.id).toEqual(['evaluates-on']);
    }
  });

  it('carry the expansions of SNLI and SICK as aliases', () => {
    expect(node('benchmark:snli').aliases).toContain('Stanford Natural Language Inference');
    expect(node('benchmark:sick').aliases).toContain('Sentences Involving Compositional Knowledge');
  });

  it('do not include the unlearning paper’s data sources', () => {
    const labels = doc.nodes.map((n) => n.label.toLowerCase());
    for (const source of ['arxiv', 'books', 'github']) expect(labels).not.toContain(source);
  });
});

describe('links', () => {
  const fromPapers = doc.links.filter((l) => isPaper(l.source));

  it('from a paper carry evidence unless they state a rationale', () => {
    expect(fromPapers).toHaveLength(94);
    for (const link of fromPapers) {
      if (link.rationale === undefined) {
        expect(link.evidence?.length ?? 0, `${link.source} -> ${link.target}`).toBeGreaterThan(0);
      }
    }
    expect(fromPapers.filter((l) => l.evidence === undefined)).toEqual([]);
  });

  it('quote, in every evidence span, a string annotated for the target', () => {
    let spans = 0;
    for (const link of fromPapers) {
      const abstract = node(link.source).abstract ?? '';
      const strings = annotatedStrings(link);
      let previousEnd = -1;
      for (const { start, end } of link.evidence ?? []) {
        spans += 1;
        const slice = abstract.slice(start, end);
        const where = `${link.source} -> ${link.target} [${start}, ${end}) "${slice}"`;
        expect(start, where).toBeGreaterThan(previousEnd - 1);
        expect(end, where).toBeGreaterThan(start);
        expect(strings.some((s) => matches(slice, s)), where).toBe(true);
        previousEnd = end;
      }
    }
    expect(spans).toBe(198);
  });

  it('never find a name inside a longer word', () => {
    const reka = doc.links.find((l) => l.target === 'model:reka-core');
    const abstract = node('paper:reka-core-flash-edge').abstract ?? '';
    for (const { start, end } of reka?.evidence ?? []) {
      expect(abstract.slice(start - 1, start)).not.toMatch(/[A-Za-z0-9]/);
      expect(abstract.slice(end, end + 1)).not.toMatch(/[A-Za-z0-9]/);
    }
    expect(reka?.evidence).toHaveLength(6);
  });

  it('across papers exist only with evidence or a rationale', () => {
    // A node belongs to the paper that introduces or defines it, or defines its taxonomy.
    const owner = new Map<string, string>();
    for (const l of doc.links) {
      if (isPaper(l.source) && (l.kind === 'introduces' || l.kind === 'defines')) {
        owner.set(l.target, l.source);
      }
    }
    for (const n of doc.nodes) {
      const definer = n.taxonomy === undefined ? undefined : owner.get(n.taxonomy);
      if (definer !== undefined) owner.set(n.id, definer);
    }
    const cross = fromPapers.filter((l) => {
      const o = owner.get(l.target);
      return o !== undefined && o !== l.source;
    });
    expect(cross.map((l) => [l.source, l.kind, l.target])).toEqual([
      ['paper:cople-lexical-sensitivity', 'related', 'method:prompting-framework'],
      ['paper:unlearning-pretrained-llms', 'related', 'llm-system-risk:language-model'],
    ]);
    for (const l of cross) expect(l.rationale, l.target).toMatch(/^\S.*\.$/);
    const unlearning = cross[1];
    const abstract = node('paper:unlearning-pretrained-llms').abstract ?? '';
    expect(unlearning?.evidence?.map((e) => abstract.slice(e.start, e.end))).toEqual([
      'pre-trained',
      'pre-trained',
      'pre-trained',
    ]);
  });

  it('between non-paper nodes are "related" and state a rationale', () => {
    const between = doc.links.filter((l) => !isPaper(l.source) && l.kind !== 'has-part');
    expect(between).toHaveLength(10);
    for (const l of between) {
      expect(l.kind).toBe('related');
      expect(l.rationale, `${l.source} -> ${l.target}`).toMatch(/^\S.*\.$/);
      expect(l.evidence).toBeUndefined();
    }
  });

  it('merge shared entities into one node', () => {
    const fromPapersTo = (id: string): string[] =>
      fromPapers.filter((l) => l.target === id).map((l) => l.source);
    expect(fromPapersTo('concept:large-language-models')).toEqual([
      'paper:self-evolution-llm-survey',
      'paper:urt-dialogue-discourse-topic',
      'paper:cople-lexical-sensitivity',
      'paper:unlearning-pretrained-llms',
      'paper:llm-system-risk-taxonomy',
      'paper:prompting-framework-survey',
      'paper:llm-meet-personalization',
    ]);
    expect(fromPapersTo('organization:openai')).toEqual([
      'paper:llm-system-risk-taxonomy',
      'paper:prompting-framework-survey',
    ]);
    expect(fromPapersTo('model:chatgpt')).toEqual([
      'paper:urt-dialogue-discourse-topic',
      'paper:prompting-framework-survey',
    ]);
  });

  it('are counted by kind', () => {
    const counts: Record<string, number> = {};
    for (const l of doc.links) counts[l.kind] = (counts[l.kind] ?? 0) + 1;
    expect(counts).toEqual({
      'evaluates-on': 11,
      introduces: 10,
      'compares-with': 4,
      mentions: 60,
      'authored-by': 2,
      defines: 5,
      'has-part': 20,
      related: 12,
    });
  });
});

describe('the overview tour', () => {
  const tour = doc.tours?.find((t) => t.id === 'overview');

  it('tells the story in eight captioned steps, each about nodes the map has', () => {
    expect(doc.tours?.map((t) => t.id)).toEqual(['overview']);
    expect(tour?.title).toBe('LLM research in eleven papers');
    expect(tour?.steps).toHaveLength(8);
    for (const step of tour?.steps ?? []) {
      expect(step.caption).toMatch(/^\S.{40,220}[.!]$/);
      for (const id of step.focus) expect(nodeById.has(id), id).toBe(true);
    }
    // What the surveys organise, where the benchmarks sit, how the papers relate.
    const focus = (i: number): string[] => tour?.steps[i]?.focus ?? [];
    expect(focus(1)).toContain('taxonomy:self-evolution');
    expect(focus(2)).toEqual(expect.arrayContaining(['taxonomy:llm-system-risk', 'paper:unlearning-pretrained-llms']));
    expect(focus(3)).toContain('taxonomy:prompting-framework');
    expect(doc.nodes.filter((n) => n.kind === 'benchmark').every((b) => focus(5).includes(b.id) || focus(6).includes(b.id))).toBe(true);
    expect([focus(0), focus(7)]).toEqual([[], []]);
  });
});
