import type { GraphDocument, GraphLink, GraphNode, TaxonomyShape } from '../../../src/model/types.js';
import { lcg } from '../../../src/layout/lcg.js';

export const TAXONOMIES: ReadonlyArray<{ id: string; shape: TaxonomyShape; parts: string[] }> = [
  {
    id: 'taxonomy:self-evolution',
    shape: 'cycle',
    parts: ['experience-acquisition', 'experience-refinement', 'updating', 'evaluation'],
  },
  { id: 'taxonomy:prompting-levels', shape: 'levels', parts: ['data', 'base', 'execute', 'service'] },
  { id: 'taxonomy:risk-modules', shape: 'modules', parts: ['input', 'language-model', 'toolchain', 'output'] },
];

export function categoryId(taxonomy: string, part: string): string {
  return `${taxonomy.slice('taxonomy:'.length)}:${part}`;
}

/**
 * A small map in the shape of the real one: three shaped taxonomies of four parts each (listed
 * out of order, so sorting by `order` is exercised), the surveys that define them, papers that
 * evaluate on benchmarks and mention parts, an unknown kind, and ids that break plain-object
 * indexes (`__proto__`, `constructor`). A fresh object on every call.
 */
export function smallDocument(): GraphDocument {
  const nodes: GraphNode[] = [];
  const links: GraphLink[] = [];

  TAXONOMIES.forEach(({ id, shape, parts }, t) => {
    const survey = `paper:survey-${t}`;
    nodes.push({ id: survey, kind: 'paper', label: `Survey ${t}`, year: 2024 });
    nodes.push({ id, kind: 'taxonomy', label: id, shape });
    links.push({ source: survey, target: id, kind: 'defines' });
    // Reverse document order: the layout must sort by `order`, not trust the listing.
    [...parts].reverse().forEach((part) => {
      const order = parts.indexOf(part) + 1;
      const cid = categoryId(id, part);
      nodes.push({ id: cid, kind: 'category', label: part, taxonomy: id, order });
      links.push({ source: id, target: cid, kind: 'has-part' });
    });
  });

  const benchmarks = ['benchmark:mmlu', 'benchmark:gsm8k', 'benchmark:humaneval'];
  for (const id of benchmarks) nodes.push({ id, kind: 'benchmark', label: id });
  nodes.push({ id: 'model:gpt-4', kind: 'model', label: 'GPT-4' });
  nodes.push({ id: 'method:chain-of-thought', kind: 'method', label: 'Chain of thought' });
  nodes.push({ id: 'organization:reka', kind: 'organization', label: 'Reka' });
  nodes.push({ id: 'concept:alignment', kind: 'concept', label: 'Alignment' });
  nodes.push({ id: 'dataset:unknown-kind', kind: 'dataset', label: 'A kind nobody declared' });
  nodes.push({ id: '__proto__', kind: 'concept', label: 'proto' });
  nodes.push({ id: 'constructor', kind: 'concept', label: 'constructor' });
  nodes.push({ id: 'concept:isolated', kind: 'concept', label: 'No links at all' });

  for (let p = 0; p < 8; ++p) {
    const id = `paper:p${p}`;
    nodes.push({ id, kind: 'paper', label: `Paper ${p}`, year: 2020 + (p % 5) });
    links.push({ source: id, target: benchmarks[p % 3]!, kind: 'evaluates-on' });
    links.push({ source: id, target: p % 2 ? 'model:gpt-4' : 'method:chain-of-thought', kind: 'mentions' });
    const { id: taxonomy, parts } = TAXONOMIES[p % 3]!;
    links.push({ source: id, target: categoryId(taxonomy, parts[p % 4]!), kind: 'mentions' });
    if (p > 0) links.push({ source: id, target: `paper:p${p - 1}`, kind: 'similar', weight: 0.2 + p / 20 });
  }
  links.push({ source: 'paper:p0', target: 'organization:reka', kind: 'authored-by' });
  links.push({ source: 'paper:p1', target: 'concept:alignment', kind: 'mentions' });
  links.push({ source: 'paper:p2', target: 'dataset:unknown-kind', kind: 'evaluates-on' });
  links.push({ source: 'paper:p3', target: '__proto__', kind: 'mentions' });
  links.push({ source: 'paper:p4', target: 'constructor', kind: 'related' });
  links.push({ source: 'paper:survey-0', target: 'paper:survey-1', kind: 'related' });

  return { schema: 'concept-map/v1', title: 'Layout fixture', nodes, links };
}

/**
 * `smallDocument` grown to `size` nodes with seeded extra papers and entities, each linked to
 * about two existing nodes, like a seed corpus of 80–100 nodes.
 */
export function seedSizedDocument(size = 100, seed = 7): GraphDocument {
  const doc = smallDocument();
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const kinds = ['paper', 'paper', 'paper', 'benchmark', 'model', 'method', 'concept'];
  while (doc.nodes.length < size) {
    const i = doc.nodes.length;
    const kind = pick(kinds);
    const id = `${kind}:extra-${i}`;
    const papers = doc.nodes.filter((n) => n.kind === 'paper').map((n) => n.id);
    const targets = doc.nodes.filter((n) => n.kind !== 'paper' && n.kind !== 'taxonomy').map((n) => n.id);
    doc.nodes.push({ id, kind, label: id });
    if (kind === 'paper') {
      doc.links.push({ source: id, target: pick(targets), kind: 'mentions' });
      doc.links.push({ source: id, target: pick(papers), kind: 'similar', weight: random() });
    } else {
      doc.links.push({ source: pick(papers), target: id, kind: 'introduces' });
      if (random() < 0.6) doc.links.push({ source: pick(papers), target: id, kind: 'evaluates-on' });
    }
  }
  return doc;
}

/** Stored positions for every node of a document, as a JSON round trip would deliver them. */
export function storedPositions(doc: GraphDocument): Record<string, [number, number]> {
  const entries = doc.nodes.map((n, i) => `${JSON.stringify(n.id)}:[${(i * 37) % 500 - 250.5},${(i * 53) % 400 - 199.25}]`);
  // JSON.parse makes `__proto__` an own key; an object literal would set the prototype instead.
  return JSON.parse(`{${entries.join(',')}}`) as Record<string, [number, number]>;
}
