import { STOPWORDS } from './stopwords.js';

export interface SimilarPair {
  /** Indices into the texts, a < b. */
  a: number;
  b: number;
  /** Cosine similarity of the two TF-IDF vectors, 0–1. */
  weight: number;
  /** The shared terms that weigh most in the similarity, heaviest first, as written. */
  terms: string[];
}

export interface SimilarOptions {
  /** Links kept per paper: its k most similar papers above the threshold. */
  k: number;
  /** Minimum cosine similarity for a link. */
  threshold?: number;
  /** Shared terms kept on each link. */
  terms?: number;
}

interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

const WORD = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
/** Candidates scored exactly per paper; the rest cannot beat them on their rare shared terms. */
const CANDIDATES = 24;
/** Terms of a paper used to look for candidates. */
const QUERY_TERMS = 16;

/**
 * Paper-to-paper similarity from abstract text: TF-IDF over words and two-word phrases (stop
 * words out, plurals folded), cosine similarity, each paper's k nearest above a threshold.
 *
 * Candidates come from an inverted index over the rarer terms only, and are then scored
 * exactly, so a corpus of ten thousand abstracts is not compared pair by pair. A pair found from
 * both sides is one link. Deterministic: ties go to the earlier paper.
 */
export function similarPairs(texts: readonly string[], options: SimilarOptions): SimilarPair[] {
  const { k, threshold = 0.12, terms: termCount = 4 } = options;
  if (k <= 0 || texts.length < 2) return [];
  const vocabulary = new Map<string, number>();
  const display: string[] = [];
  const df: number[] = [];
  const counts = texts.map((text) => {
    const bag = new Map<number, number>();
    for (const term of termsOf(text)) {
      let id = vocabulary.get(term.key);
      if (id === undefined) {
        id = display.length;
        vocabulary.set(term.key, id);
        display.push(term.shown);
        df.push(0);
      }
      bag.set(id, (bag.get(id) ?? 0) + 1);
    }
    for (const id of bag.keys()) df[id] = (df[id] ?? 0) + 1;
    return bag;
  });
  const n = texts.length;
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  const vectors = counts.map((bag) => vectorOf(bag, idf));

  // Terms in one paper link nothing. Terms in many papers only find candidates that rarer terms
  // find too, and in a large corpus their postings would cost most of the time.
  const maxDf = n < 1000 ? Math.max(2, Math.floor(n / 2)) : Math.max(20, Math.ceil(n * 0.02));
  const postings = new Map<number, number[]>();
  vectors.forEach((v, doc) => {
    for (const id of v.ids) {
      const d = df[id] ?? 0;
      if (d < 2 || d > maxDf) continue;
      let list = postings.get(id);
      if (list === undefined) postings.set(id, (list = []));
      list.push(doc);
    }
  });

  const pairs = new Map<number, SimilarPair>();
  const partial = new Float64Array(n);
  const touched: number[] = [];
  vectors.forEach((v, doc) => {
    // Only a paper's heaviest indexed terms look for candidates: a neighbour that shares none
    // of them cannot be among its nearest.
    for (const i of heaviest(v, postings, QUERY_TERMS)) {
      const list = postings.get(v.ids[i] ?? -1);
      if (list === undefined) continue;
      const w = v.weights[i] ?? 0;
      for (const other of list) {
        if (other === doc) continue;
        if (partial[other] === 0) touched.push(other);
        partial[other] = (partial[other] ?? 0) + w;
      }
    }
    const candidates = topByScore(touched, partial, CANDIDATES);
    for (const other of touched) partial[other] = 0;
    touched.length = 0;
    const scored = candidates
      .map((other) => ({ other, score: cosine(v, vectors[other] as Vector) }))
      .filter((s) => s.score >= threshold)
      .sort((x, y) => y.score - x.score || x.other - y.other)
      .slice(0, k);
    for (const { other, score } of scored) {
      const a = Math.min(doc, other);
      const b = Math.max(doc, other);
      const key = a * n + b;
      if (pairs.has(key)) continue;
      pairs.set(key, {
        a,
        b,
        weight: Math.round(score * 1000) / 1000,
        terms: sharedTerms(vectors[a] as Vector, vectors[b] as Vector, termCount, display),
      });
    }
  });
  return [...pairs.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Indices of the vector's heaviest terms that have postings, heaviest first. */
function heaviest(v: Vector, postings: Map<number, number[]>, count: number): number[] {
  const indexed: number[] = [];
  for (let i = 0; i < v.ids.length; i += 1) if (postings.has(v.ids[i] ?? -1)) indexed.push(i);
  if (indexed.length <= count) return indexed;
  return indexed.sort((a, b) => (v.weights[b] ?? 0) - (v.weights[a] ?? 0) || a - b).slice(0, count);
}

/** The `count` best-scored items, best first, ties to the lower index; no full sort. */
function topByScore(items: readonly number[], score: Float64Array, count: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number): boolean => (score[x] ?? 0) > (score[y] ?? 0) || ((score[x] ?? 0) === (score[y] ?? 0) && x < y);
  for (const item of items) {
    if (top.length === count && !better(item, top[count - 1] as number)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && better(item, top[at - 1] as number)) {
      top[at] = top[at - 1] as number;
      at -= 1;
    }
    top[at] = item;
    if (top.length > count) top.length = count;
  }
  return top;
}

interface Term {
  key: string;
  shown: string;
}

/** Words and adjacent word pairs (not across punctuation or stop words), plurals folded. */
export function termsOf(text: string): Term[] {
  const out: Term[] = [];
  let previous: Term | undefined;
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    // Names keep their case ("GSM8K", "ImageNet"); ordinary words are shown in lower case, so a
    // sentence's first word does not look like a name.
    const shown = /.\p{Lu}|\d/u.test(m[0]) ? m[0] : m[0].toLowerCase();
    const between = lastEnd >= 0 ? text.slice(lastEnd, m.index) : '';
    lastEnd = m.index + m[0].length;
    const lower = shown.toLowerCase();
    if (shown.length < 3 || STOPWORDS.has(lower) || /^\d/.test(shown)) {
      previous = undefined;
      continue;
    }
    const term = { key: stem(lower), shown };
    out.push(term);
    if (previous !== undefined && /^\s+$/.test(between)) {
      out.push({ key: `${previous.key} ${term.key}`, shown: `${previous.shown} ${shown}` });
    }
    previous = term;
  }
  return out;
}

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function vectorOf(bag: Map<number, number>, idf: number[]): Vector {
  const ids = Int32Array.from([...bag.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = (1 + Math.log(bag.get(id) ?? 1)) * (idf[id] ?? 0);
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) / norm;
  return { ids, weights };
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  forShared(a, b, (_, wa, wb) => {
    sum += wa * wb;
  });
  return sum;
}

/** Calls `fn` for each term two sorted vectors share, with its weight in each. */
function forShared(a: Vector, b: Vector, fn: (id: number, wa: number, wb: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] ?? 0;
    const y = b.ids[j] ?? 0;
    if (x === y) {
      fn(x, a.weights[i] ?? 0, b.weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
}

/**
 * The shared terms that contribute most to the similarity, skipping a word already inside a
 * chosen phrase, so "language models" is not followed by "language" and "models".
 */
function sharedTerms(a: Vector, b: Vector, count: number, display: readonly string[]): string[] {
  const shared: { id: number; w: number }[] = [];
  forShared(a, b, (id, wa, wb) => shared.push({ id, w: wa * wb }));
  // A phrase says more than either of its words, so it ranks first among equals.
  const rank = (x: { id: number; w: number }): number => x.w * ((display[x.id] ?? '').includes(' ') ? 1.5 : 1);
  let chosen: string[] = [];
  /** Words inside a chosen phrase: a second phrase sharing one would say the same thing. */
  const inPhrases = new Set<string>();
  for (const { id } of shared.sort((p, q) => rank(q) - rank(p) || p.id - q.id)) {
    if (chosen.length === count) break;
    const term = display[id] ?? '';
    const parts = term.split(' ');
    if (parts.some((part) => inPhrases.has(part)) || chosen.includes(term)) continue;
    if (parts.length > 1) {
      // The phrase replaces a word of it chosen before: "graph neural" over "graph".
      chosen = chosen.filter((c) => !parts.includes(c));
      for (const part of parts) inPhrases.add(part);
    }
    chosen.push(term);
  }
  return chosen;
}
