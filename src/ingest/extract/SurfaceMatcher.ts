import type { Evidence } from '../../model/types.js';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Surface {
  text: string;
  /** A surface with an upper-case letter is a name and matches exactly; else in any case. */
  exact: boolean;
  checkEnd: boolean;
  key: string;
}

export interface SurfaceMatch extends Evidence {
  /** The key the surface was registered under (an entity id). */
  key: string;
}

/**
 * Finds many surface strings at once, each as a whole word, with the case rule of findMentions:
 * a surface with an upper-case letter matches exactly, an all-lower-case one in any case.
 *
 * Surfaces are indexed by their first word, so one pass over an abstract's words looks at only
 * the few surfaces that could start there: this is what keeps ingest fast with a dictionary of
 * hundreds of entries. Where surfaces overlap, the longest match that starts first wins and the
 * words it covers are not matched again, so "SQuAD 2.0" is one mention, not "SQuAD" plus more.
 */
export class SurfaceMatcher {
  readonly #byWord = new Map<string, Surface[]>();
  readonly #byLowerWord = new Map<string, Surface[]>();

  add(surface: string, key: string): void {
    const first = surface.match(/^[\p{L}\p{N}]+/u)?.[0];
    // A surface that starts with punctuation can never start at a word; such a surface is a
    // data error the dictionary check reports, not something to match.
    if (first === undefined) return;
    const exact = surface !== surface.toLowerCase();
    const entry: Surface = {
      text: surface,
      exact,
      checkEnd: WORD_CHAR.test(surface[surface.length - 1] ?? ''),
      key,
    };
    const map = exact ? this.#byWord : this.#byLowerWord;
    const word = exact ? first : first.toLowerCase();
    const list = map.get(word);
    if (list === undefined) map.set(word, [entry]);
    else if (!list.some((s) => s.text === surface && s.key === key)) list.push(entry);
  }

  get size(): number {
    let n = 0;
    for (const list of this.#byWord.values()) n += list.length;
    for (const list of this.#byLowerWord.values()) n += list.length;
    return n;
  }

  /** Non-overlapping matches in text order. */
  match(text: string): SurfaceMatch[] {
    const found: SurfaceMatch[] = [];
    let covered = 0;
    for (const word of text.matchAll(WORD)) {
      const start = word.index;
      if (start < covered) continue;
      const best = this.#longestAt(text, start, word[0]);
      if (best === undefined) continue;
      found.push({ start, end: start + best.text.length, key: best.key });
      covered = start + best.text.length;
    }
    return found;
  }

  #longestAt(text: string, start: number, word: string): Surface | undefined {
    let best: Surface | undefined;
    const consider = (list: Surface[] | undefined): void => {
      for (const s of list ?? []) {
        if (best !== undefined && s.text.length <= best.text.length) continue;
        const end = start + s.text.length;
        if (end > text.length) continue;
        const slice = text.slice(start, end);
        if (s.exact ? slice !== s.text : slice.toLowerCase() !== s.text) continue;
        if (s.checkEnd && WORD_CHAR.test(text[end] ?? '')) continue;
        best = s;
      }
    };
    consider(this.#byWord.get(word));
    consider(this.#byLowerWord.get(word.toLowerCase()));
    return best;
  }
}
