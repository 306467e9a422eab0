// The combining diacritical mark blocks, which NFD splits accents into. Listed as ranges rather
// than \p{M}: V8 runs this several times faster, and indexing thousands of abstracts notices.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;
const NON_ASCII = /[^\x00-\x7f]/;
// Only runs and non-space whitespace: ordinary text has neither, so replace allocates nothing.
const SPACE = /\s{2,}|[^\S ]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-zA-Z0-9]+/g;

/**
 * Folds text for matching: case, accents ("Rényi" = "renyi") and runs of whitespace.
 * Lower-casing happens after NFD so that marks it produces (as in "İ" → "i̇") are stripped too.
 */
export function normalizeText(text: string): string {
  // ASCII text has nothing for NFD or mark stripping to change.
  const folded = NON_ASCII.test(text) ? text.normalize('NFD').toLowerCase().replace(MARKS, '') : text.toLowerCase();
  return folded.replace(SPACE, ' ').trim();
}

/**
 * The words of already normalised text: runs of letters and digits. Punctuation separates words,
 * so "GPT-4" and "gpt 4" are the same two words.
 */
export function splitWords(normalized: string): string[] {
  // Same answer either way for ASCII; the Unicode-aware pattern is twice as slow.
  const pattern = NON_ASCII.test(normalized) ? WORD : ASCII_WORD;
  return normalized.match(pattern) ?? [];
}
