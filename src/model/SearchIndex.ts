import type { GraphIndex } from './GraphIndex.js';
import { normalizeText, splitWords } from './normalizeText.js';

const cache = new WeakMap<GraphIndex, SearchIndex>();

/**
 * The normalised text of a GraphIndex, built once and reused for every keystroke.
 *
 * An inverted index: every distinct word, sorted, with the nodes that contain it and the best
 * field it occurs in. A prefix query is a binary search plus a walk over the words that start with
 * it, so its cost follows the number of matches rather than the length of every abstract.
 */
export class SearchIndex {
  /** Where a word was found, best first: the tiers that markPrefix writes index this list. */
  static readonly FIELDS = ['label', 'alias', 'title', 'description', 'abstract'] as const;
  /** The tier of a node that has no word starting with the prefix. */
  static readonly NO_MATCH = 255;

  /** Cached per GraphIndex, so the first search pays for the build and later ones do not. */
  static for(index: GraphIndex): SearchIndex {
    let built = cache.get(index);
    if (built === undefined) cache.set(index, (built = new SearchIndex(index)));
    return built;
  }

  /** Per node: the label's words joined by single spaces, for exact and prefix label matches. */
  readonly labelKeys: readonly string[];
  /** Per node: the normalised label, for ordering ties. */
  readonly sortLabels: readonly string[];
  /** Per node: how many links touch it, for ordering ties. */
  readonly degrees: Uint32Array;

  /** Distinct words, sorted by UTF-16 code units (the order of `<`, which markPrefix relies on). */
  private readonly words: string[];
  /** Postings of words[w] are entries[starts[w]] up to entries[starts[w + 1]]. */
  private readonly starts: Int32Array;
  /** Node index × 8 + tier: which nodes contain a word, and the best field they have it in. */
  private readonly entries: Int32Array;

  constructor(index: GraphIndex) {
    const { nodes } = index;
    const labelKeys: string[] = [];
    const sortLabels: string[] = [];
    this.degrees = new Uint32Array(nodes.length);

    // Words get numeric ids so the per-node dedup and the postings are plain arrays, not Maps
    // of arrays: the build handles millions of abstract words.
    const idOf = new Map<string, number>();
    const words: string[] = [];
    const stamp: number[] = [];
    const bestTier: number[] = [];
    const counts: number[] = [];
    const pairs: number[] = [];
    let touched: number[] = [];
    let node = 0;
    const add = (list: readonly string[], tier: number): void => {
      for (const word of list) {
        let id = idOf.get(word);
        if (id === undefined) {
          id = words.length;
          idOf.set(word, id);
          words.push(word);
          stamp.push(-1);
          bestTier.push(tier);
          counts.push(0);
        }
        if (stamp[id] !== node) {
          stamp[id] = node;
          bestTier[id] = tier;
          touched.push(id);
        } else if (tier < bestTier[id]) {
          bestTier[id] = tier;
        }
      }
    };
    const addText = (text: string | undefined, tier: number): void => {
      if (text !== undefined) add(splitWords(normalizeText(text)), tier);
    };

    for (; node < nodes.length; node++) {
      const { id, label, aliases, title, description, abstract } = nodes[node];
      const normalized = normalizeText(label);
      const labelWords = splitWords(normalized);
      sortLabels.push(normalized);
      labelKeys.push(labelWords.join(' '));
      this.degrees[node] = index.degree(id);

      add(labelWords, 0);
      for (const alias of aliases ?? []) addText(alias, 1);
      addText(title, 2);
      addText(description, 3);
      addText(abstract, 4);
      for (const word of touched) {
        pairs.push(word, node * 8 + bestTier[word]);
        counts[word]++;
      }
      touched = [];
    }

    const order = words.map((_, w) => w).sort((a, b) => (words[a] < words[b] ? -1 : 1));
    const rank = new Int32Array(words.length);
    const starts = new Int32Array(words.length + 1);
    order.forEach((w, r) => {
      rank[w] = r;
      starts[r + 1] = starts[r] + counts[w];
    });
    const fill = starts.slice(0, words.length);
    const entries = new Int32Array(pairs.length / 2);
    for (let p = 0; p < pairs.length; p += 2) entries[fill[rank[pairs[p]]]++] = pairs[p + 1];

    this.labelKeys = labelKeys;
    this.sortLabels = sortLabels;
    this.words = order.map((w) => words[w]);
    this.starts = starts;
    this.entries = entries;
  }

  /**
   * For every node with a word starting with `prefix`, lowers `tiers[node]` to the best tier
   * (an index into FIELDS) that word occurs in. `tiers` has one entry per node.
   */
  markPrefix(prefix: string, tiers: Uint8Array): void {
    const { words, starts, entries } = this;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    // Words sharing a prefix are contiguous in sorted order, so their postings are too.
    let hiWord = lo;
    while (hiWord < words.length && words[hiWord].startsWith(prefix)) hiWord++;
    for (let p = starts[lo], end = starts[hiWord]; p < end; p++) {
      const entry = entries[p];
      const node = entry >>> 3;
      const tier = entry & 7;
      if (tier < tiers[node]) tiers[node] = tier;
    }
  }
}
