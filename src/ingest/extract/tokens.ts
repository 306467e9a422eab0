/** A word (letters and digits, with inner hyphens, dots, slashes or apostrophes) or one mark. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** The first word of a sentence: its capital says nothing about it being a name. */
  initial: boolean;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-.'’/+][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'et al', 'al', 'vs', 'cf', 'etc', 'Fig', 'Eq', 'approx']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let initial = true;
  for (const m of text.matchAll(TOKEN)) {
    const word = /[\p{L}\p{N}]/u.test(m[0][0] ?? '');
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, initial: word && initial, word });
    if (word) initial = false;
    else if (/[.!?]/.test(m[0])) {
      const previous = tokens[tokens.length - 2];
      initial = previous === undefined || !ABBREVIATIONS.has(previous.text);
    } else if (m[0] === ':' ) initial = false;
  }
  return tokens;
}
