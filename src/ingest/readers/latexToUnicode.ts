/**
 * The LaTeX that BibTeX fields are written in, decoded to the plain Unicode a reader sees:
 * accents, special letters, dashes, escapes, grouping braces, simple font commands, inline math.
 * Not a TeX engine: an unknown command keeps its argument (or its name), never fails.
 */

/** Combining marks for the accent commands; NFC then composes "e" + U+0301 into "é". */
const ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

/** Letters TeX writes as control words; TeX eats the space after them ("Stra\ss e"). */
const LETTERS: Readonly<Record<string, string>> = {
  aa: 'å',
  AA: 'Å',
  o: 'ø',
  O: 'Ø',
  ss: 'ß',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
};

/** Control words that stand for a symbol and take no argument. */
const SYMBOLS: Readonly<Record<string, string>> = {
  ldots: '…',
  dots: '…',
  textendash: '–',
  textemdash: '—',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  textbackslash: '\\',
  S: '§',
  P: '¶',
  copyright: '©',
  textregistered: '®',
  texttrademark: '™',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  times: '×',
  cdot: '·',
  pm: '±',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  approx: '≈',
  infty: '∞',
  to: '→',
  rightarrow: '→',
  leftarrow: '←',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Delta: 'Δ',
  Sigma: 'Σ',
  Omega: 'Ω',
};

/** Font switches like `{\em study}`: they change how the rest of the group looks, not what it says. */
const DECLARATIONS = new Set([
  ...'em it bf tt sc sf rm sl small large Large footnotesize relax'.split(' '),
  ...'itshape bfseries scshape ttfamily upshape normalfont'.split(' '),
]);

/** Control symbols: `\&` is "&", `\\` a line break (a space here), `\-` a hyphenation hint. */
const CONTROL_SYMBOLS: Readonly<Record<string, string>> = {
  '&': '&',
  '%': '%',
  $: '$',
  '#': '#',
  _: '_',
  '{': '{',
  '}': '}',
  '\\': ' ',
  ' ': ' ',
  '\n': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  '-': '',
  '/': '',
  '@': '',
};

const CONTROL_WORD = /[A-Za-z]+/y;

export function latexToUnicode(latex: string): string {
  return decode(latex).normalize('NFC');
}

function decode(src: string): string {
  let out = '';
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      const [text, next] = command(src, i);
      out += text;
      i = next;
    } else if (c === '-' && src[i + 1] === '-') {
      const em = src[i + 2] === '-';
      out += em ? '—' : '–';
      i += em ? 3 : 2;
    } else if ((c === '`' || c === "'") && src[i + 1] === c) {
      out += c === '`' ? '“' : '”';
      i += 2;
    } else {
      // Braces only group and dollars only switch to math: neither is text.
      if (c === '~') out += ' ';
      else if (c !== '{' && c !== '}' && c !== '$') out += c;
      i++;
    }
  }
  return out;
}

/** The text of the command at `src[i] === '\\'`, and where the input continues after it. */
function command(src: string, i: number): [string, number] {
  CONTROL_WORD.lastIndex = i + 1;
  const name = CONTROL_WORD.exec(src)?.[0];
  if (name === undefined) return controlSymbol(src, i);
  const next = i + 1 + name.length;
  if (name.length === 1 && Object.hasOwn(ACCENTS, name)) {
    const [base, after] = argument(src, skipBlanks(src, next));
    return [accent(ACCENTS[name], base), after];
  }
  if (Object.hasOwn(LETTERS, name)) return [LETTERS[name], skipBlanks(src, next)];
  if (DECLARATIONS.has(name)) return ['', skipBlanks(src, next)];
  if (Object.hasOwn(SYMBOLS, name)) return [SYMBOLS[name], next];
  // \textit{x}, \emph{x}, \url{x}, and any command we do not know: keep what it was applied to.
  const brace = skipBlanks(src, next);
  if (src[brace] === '{') return argument(src, brace);
  return [name, next];
}

function controlSymbol(src: string, i: number): [string, number] {
  const symbol = src[i + 1];
  if (symbol === undefined) return ['', i + 1];
  if (Object.hasOwn(ACCENTS, symbol)) {
    const [base, after] = argument(src, skipBlanks(src, i + 2));
    return [accent(ACCENTS[symbol], base), after];
  }
  if (Object.hasOwn(CONTROL_SYMBOLS, symbol)) return [CONTROL_SYMBOLS[symbol], i + 2];
  return [symbol, i + 2];
}

/** One argument: a `{group}`, a command such as `\i`, or a single character. */
function argument(src: string, i: number): [string, number] {
  if (src[i] === '{') {
    const end = closingBrace(src, i);
    return [decode(src.slice(i + 1, end)), Math.min(end + 1, src.length)];
  }
  if (src[i] === '\\') return command(src, i);
  const char = src.codePointAt(i);
  if (char === undefined) return ['', i];
  const text = String.fromCodePoint(char);
  return [text, i + text.length];
}

/** The matching `}` of the `{` at `open`, or the end of the text when there is none. */
function closingBrace(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return i;
  }
  return src.length;
}

function skipBlanks(src: string, i: number): number {
  while (i < src.length && /\s/.test(src[i])) i++;
  return i;
}

/**
 * The mark goes after the first letter of its argument. A dotless i or j under an accent is how
 * TeX writes í; the composed form wants the plain letter.
 */
function accent(mark: string, base: string): string {
  if (base === '') return '';
  const first = String.fromCodePoint(base.codePointAt(0) as number);
  const letter = first === 'ı' ? 'i' : first === 'ȷ' ? 'j' : first;
  return letter + mark + base.slice(first.length);
}
