import { validateDocument } from '../../../src/model/validate.js';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import type { GraphDocument } from '../../../src/model/types.js';

/** A plain JSON-like object, as JSON.parse would hand it over. */
export type Raw = Record<string, unknown>;

/** A minimal raw document around the given nodes and links. */
export function rawDocument(nodes: unknown[], links: unknown[] = [], extra: Raw = {}): Raw {
  return { schema: 'concept-map/v1', title: 'Test map', nodes, links, ...extra };
}

export function rawNode(id: string, kind = 'concept', extra: Raw = {}): Raw {
  return { id, kind, label: id, ...extra };
}

export const REKA_ABSTRACT =
  'We introduce Reka Core, Flash, and Edge, multimodal language models. ' +
  'Reka Core approaches frontier models on MMLU and GSM8K.';

/** A small map shaped like the seed corpus: papers, a taxonomy with categories, benchmarks. */
export function seedLike(): Raw {
  const mmluAt = REKA_ABSTRACT.indexOf('MMLU');
  return {
    schema: 'concept-map/v1',
    title: 'Seed-like map',
    nodes: [
      {
        id: 'paper:reka',
        kind: 'paper',
        label: 'Reka Core, Flash, and Edge',
        title: 'Reka Core, Flash, and Edge: A Series of Powerful Multimodal Language Models',
        year: 2024,
        authors: ['Reka Team'],
        url: 'https://arxiv.org/abs/2404.12387',
        abstract: REKA_ABSTRACT,
      },
      {
        id: 'paper:self-evolution-survey',
        kind: 'paper',
        label: 'A Survey on Self-Evolution of LLMs',
        year: 2024,
        abstract: 'Self-evolution may be a path towards superintelligence for large language models.',
      },
      {
        id: 'paper:unlearning',
        kind: 'paper',
        label: 'Rethinking Machine Unlearning for LLMs',
        year: 2023,
        abstract: 'We explore machine unlearning in the domain of large language models.',
      },
      { id: 'taxonomy:self-evolution', kind: 'taxonomy', label: 'Self-evolution cycle', shape: 'cycle' },
      {
        id: 'self-evolution:refinement',
        kind: 'category',
        label: 'Experience refinement',
        taxonomy: 'taxonomy:self-evolution',
        order: 2,
      },
      {
        id: 'self-evolution:experience-acquisition',
        kind: 'category',
        label: 'Experience acquisition',
        taxonomy: 'taxonomy:self-evolution',
        order: 1,
      },
      {
        id: 'benchmark:mmlu',
        kind: 'benchmark',
        label: 'MMLU',
        aliases: ['Massive Multitask Language Understanding'],
      },
      { id: 'benchmark:mmlu-pro', kind: 'benchmark', label: 'MMLU-Pro' },
      { id: 'model:gpt-4', kind: 'model', label: 'GPT-4', description: 'A Rényi-style baseline model.' },
      { id: 'dataset:orphan', kind: 'dataset', label: 'Orphan dataset' },
    ],
    links: [
      {
        source: 'paper:reka',
        target: 'benchmark:mmlu',
        kind: 'evaluates-on',
        evidence: [{ start: mmluAt, end: mmluAt + 4 }],
      },
      { source: 'paper:self-evolution-survey', target: 'taxonomy:self-evolution', kind: 'defines' },
      { source: 'taxonomy:self-evolution', target: 'self-evolution:experience-acquisition', kind: 'has-part' },
      { source: 'taxonomy:self-evolution', target: 'self-evolution:refinement', kind: 'has-part' },
      { source: 'paper:unlearning', target: 'benchmark:mmlu-pro', kind: 'evaluates-on' },
      { source: 'paper:reka', target: 'paper:unlearning', kind: 'similar', weight: 0.31 },
      { source: 'paper:reka', target: 'model:gpt-4', kind: 'compares-with' },
      { source: 'paper:unlearning', target: 'benchmark:mmlu', kind: 'mentions' },
    ],
  };
}

/** Validates `raw` and fails loudly if it is not valid, so index tests start from a good document. */
export function valid(raw: unknown): GraphDocument {
  const result = validateDocument(raw);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.errors)}`);
  return result.document;
}

export function indexOf(raw: unknown): GraphIndex {
  return new GraphIndex(valid(raw));
}
