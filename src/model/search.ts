import type { GraphIndex } from './GraphIndex.js';
import { normalizeText, splitWords } from './normalizeText.js';
import { SearchIndex } from './SearchIndex.js';

/**
 * One node that matches a query. `score` is higher for a better match: 100 exact label, 90 label
 * prefix, 80 every word starts a label word, then the weakest field any query word needed:
 * 70 alias, 60 title, 50 description, 40 abstract. `field` is where that weakest word was found.
 */
export interface SearchHit {
  id: string;
  score: number;
  field: 'label' | 'alias' | 'title' | 'description' | 'abstract';
}

const EXACT_LABEL = 100;
const LABEL_PREFIX = 90;
const WORD_SCORES = [80, 70, 60, 50, 40] as const;

/**
 * Nodes matching `query`, best first, at most `limit`.
 *
 * Case, accents and spacing do not matter ("renyi" finds "Rényi"), nor does punctuation between
 * words ("gpt 4" finds "GPT-4"). Every word of the query must start a word somewhere in the node
 * (label, aliases, title, description or abstract; not necessarily all in the same field), so the
 * last word can be half typed. Ties go to the node with more links, then by label.
 * The normalised text is built on the first search of an index and reused.
 */
export function search(index: GraphIndex, query: string, limit = 20): SearchHit[] {
  const words = splitWords(normalizeText(query));
  if (words.length === 0 || !(limit > 0)) return [];
  const key = words.join(' ');
  const searchIndex = SearchIndex.for(index);
  const count = index.nodes.length;

  // Per node, the weakest tier over the query's words: each word must match somewhere.
  let weakest: Uint8Array | undefined;
  for (const token of new Set(words)) {
    const best = new Uint8Array(count).fill(SearchIndex.NO_MATCH);
    searchIndex.markPrefix(token, best);
    if (weakest === undefined) {
      weakest = best;
    } else {
      for (let i = 0; i < count; i++) if (best[i] > weakest[i]) weakest[i] = best[i];
    }
  }
  const tiers = weakest as Uint8Array;

  const found: number[] = [];
  const scores = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const tier = tiers[i];
    if (tier === SearchIndex.NO_MATCH) continue;
    let score: number = WORD_SCORES[tier];
    // Only a node whose label holds every word can start with, or equal, the query.
    if (tier === 0) {
      const label = searchIndex.labelKeys[i];
      if (label === key) score = EXACT_LABEL;
      else if (label.startsWith(key)) score = LABEL_PREFIX;
    }
    found.push(i);
    scores[i] = score;
  }

  const { degrees, sortLabels } = searchIndex;
  const before = (a: number, b: number): number =>
    scores[b] - scores[a] ||
    degrees[b] - degrees[a] ||
    (sortLabels[a] < sortLabels[b] ? -1 : sortLabels[a] > sortLabels[b] ? 1 : a - b);

  // A one-letter query can match most of 20,000 nodes; keeping only the best `limit` as we go
  // avoids sorting them all on every keystroke.
  let best: number[];
  if (found.length <= limit * 4) {
    best = found.sort(before);
  } else {
    best = [];
    for (const i of found) {
      if (best.length === limit && before(i, best[limit - 1]) > 0) continue;
      let at = best.length;
      while (at > 0 && before(i, best[at - 1]) < 0) at--;
      best.splice(at, 0, i);
      if (best.length > limit) best.pop();
    }
  }

  return best.slice(0, limit).map((i) => ({
    id: index.nodes[i].id,
    score: scores[i],
    field: SearchIndex.FIELDS[tiers[i]],
  }));
}
