import { latexToUnicode } from './latexToUnicode.js';
import { normalizeRecord } from './normalizeRecord.js';
import type { ReadResult } from './types.js';

/** The month macros every BibTeX style predefines. */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Fields that hold an identifier or a link: LaTeX decoding would mangle `~` and `--` in them. */
const VERBATIM_FIELDS = new Set(['url', 'doi', 'eprint', 'code']);

const ENTRY_TYPE = /[A-Za-z][\w-]*/y;
const KEY = /[^\s,{}()=]*/y;
const FIELD_NAME = /[A-Za-z_][\w\-:.+/]*/y;
const NUMBER = /\d+/y;
/** An entry starting a line; inside an open brace it means that brace was never closed. */
const ENTRY_AT_LINE_START = /\n[ \t]*@[A-Za-z][\w-]*[ \t]*[{(]/y;
const AND = /\s+and\s+/iy;

/**
 * Reads a .bib file. Each entry becomes a record whose id is the entry key and whose line is the
 * line of its `@`. A broken entry is reported and skipped, and reading goes on with the next `@`,
 * so one typo does not hide the rest of a bibliography.
 */
export function readBibtex(text: string, file: string): ReadResult {
  return new BibtexReader(text, file).read();
}

/** A problem that ends the current entry; `resume` is where to look for the next `@`. */
class EntryError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly resume: number,
  ) {
    super(message);
  }
}

interface Entry {
  key: string;
  line: number;
  fields: Map<string, string>;
}

class BibtexReader {
  private i = 0;
  /** The `{` or `(` of the item being read, and the line of its `@`, for errors that end it. */
  private open = 0;
  private line = 1;
  /**
   * The `{` of the last value when its `}` stood alone at the start of a line. If the entry then
   * turns out unclosed, that `}` was surely the entry's own, and the value's `{` is the culprit.
   */
  private suspect: number | undefined;
  private readonly macros = new Map<string, string>();
  private readonly result: ReadResult = { records: [], errors: [], warnings: [] };
  private readonly lineStarts: number[] = [0];

  constructor(
    private readonly text: string,
    private readonly file: string,
  ) {
    for (let n = text.indexOf('\n'); n !== -1; n = text.indexOf('\n', n + 1)) this.lineStarts.push(n + 1);
    MONTHS.forEach((month) => this.macros.set(month.slice(0, 3).toLowerCase(), month));
  }

  read(): ReadResult {
    for (let at = this.text.indexOf('@'); at !== -1; at = this.text.indexOf('@', this.i)) {
      try {
        this.item(at);
      } catch (error) {
        if (!(error instanceof EntryError)) throw error;
        this.result.errors.push({ file: this.file, line: error.line, message: error.message });
        this.i = Math.max(error.resume, at + 1);
      }
    }
    return this.result;
  }

  /** Whatever starts at the `@`: an entry, a macro, a comment, or stray text that is ignored. */
  private item(at: number): void {
    const type = this.match(ENTRY_TYPE, this.skipSpace(at + 1));
    const open = this.skipSpace(this.i);
    if (type === '' || (this.text[open] !== '{' && this.text[open] !== '(')) {
      this.i = at + 1;
      return;
    }
    this.open = open;
    this.line = this.lineOf(at);
    this.suspect = undefined;
    const kind = type.toLowerCase();
    if (kind === 'comment' || kind === 'preamble') this.skipGroup();
    else if (kind === 'string') this.macro();
    else this.entry(type);
  }

  private get closer(): string {
    return this.text[this.open] === '{' ? '}' : ')';
  }

  private entry(type: string): void {
    const key = this.match(KEY, this.skipSpace(this.open + 1));
    this.i = this.skipSpace(this.i);
    const next = this.text[this.i];
    if (key === '' || next === '=') throw new EntryError(`@${type} entry has no key`, this.line, this.i);
    if (next !== ',' && next !== this.closer) {
      this.unclosedIfEnded();
      this.fail(`expected "," after the key "${key}", found ${this.shown(this.i)}`, this.i);
    }
    const entry: Entry = { key, line: this.line, fields: new Map() };
    if (next === ',') this.fields(entry);
    else this.i += 1;
    this.emit(entry);
  }

  /** `name = value` pairs separated by commas, up to the entry's closer. */
  private fields(entry: Entry): void {
    const closer = this.closer;
    this.i += 1;
    for (;;) {
      this.i = this.skipSpace(this.i);
      if (this.text[this.i] === closer) break;
      if (this.text[this.i] === ',') {
        this.i += 1;
        continue;
      }
      this.unclosedIfEnded();
      const [name, value] = this.field();
      const known = name.toLowerCase();
      if (!entry.fields.has(known)) entry.fields.set(known, value);
      this.i = this.skipSpace(this.i);
      if (this.text[this.i] === ',' || this.text[this.i] === closer) continue;
      this.unclosedIfEnded();
      this.fail(`expected "," or "${closer}" after field "${name}", found ${this.shown(this.i)}`, this.i);
    }
    this.i += 1;
  }

  private field(): [string, string] {
    const start = this.i;
    const name = this.match(FIELD_NAME, start);
    if (name === '') this.fail(`expected a field name, found ${this.shown(start)}`, start);
    this.i = this.skipSpace(this.i);
    if (this.text[this.i] !== '=') {
      throw new EntryError(`field "${name}" has no "="`, this.lineOf(start), this.i);
    }
    return [name, this.value(name, this.i + 1)];
  }

  /** A value: braced, quoted, a number or a macro, joined by `#`. Left raw (LaTeX). */
  private value(name: string, from: number): string {
    let text = '';
    this.i = from;
    for (;;) {
      text += this.part(name, this.skipSpace(this.i));
      const after = this.skipSpace(this.i);
      if (this.text[after] !== '#') return text;
      this.i = after + 1;
    }
  }

  private part(name: string, start: number): string {
    const c = this.text[start];
    this.suspect = undefined;
    if (c === '{' || c === '"') {
      const end = this.delimited(start);
      this.i = end + 1;
      const body = this.text.slice(start + 1, end);
      if (c === '{' && /\n[ \t]*$/.test(body)) this.suspect = start;
      return body;
    }
    if (this.peek(NUMBER, start) !== '') return this.match(NUMBER, start);
    if (this.peek(FIELD_NAME, start) !== '') return this.expand(this.match(FIELD_NAME, start), start);
    this.i = start;
    this.unclosedIfEnded();
    this.fail(`field "${name}" has no value, found ${this.shown(start)}`, start);
  }


  private expand(macro: string, at: number): string {
    const value = this.macros.get(macro.toLowerCase());
    if (value !== undefined) return value;
    this.warn(this.lineOf(at), `unknown @string macro "${macro}"`);
    return '';
  }

  /** `@string{name = value}`, and several pairs separated by commas, as some files do. */
  private macro(): void {
    const closer = this.closer;
    this.i = this.open + 1;
    for (;;) {
      this.i = this.skipSpace(this.i);
      if (this.text[this.i] === closer) break;
      this.unclosedIfEnded();
      const [name, value] = this.field();
      this.macros.set(name.toLowerCase(), value);
      this.i = this.skipSpace(this.i);
      if (this.text[this.i] === ',') this.i += 1;
      else if (this.text[this.i] !== closer) {
        this.unclosedIfEnded();
        this.fail(`expected "${closer}" after @string "${name}", found ${this.shown(this.i)}`, this.i);
      }
    }
    this.i += 1;
  }

  /**
   * @comment and @preamble are skipped whole when their braces balance, so entries commented out
   * inside them stay hidden; when they do not, only the word is skipped, as BibTeX itself does.
   */
  private skipGroup(): void {
    const [up, down] = this.closer === '}' ? ['{', '}'] : ['(', ')'];
    let depth = 0;
    for (let i = this.open; i < this.text.length; i++) {
      if (this.text[i] === up) depth++;
      else if (this.text[i] === down && --depth === 0) {
        this.i = i + 1;
        return;
      }
    }
    this.i = this.open + 1;
  }



  /**
   * The offset of the `}` or `"` that closes the value opened at `start`. Braces nest, and BibTeX
   * counts them all, escaped or not. Running into the end of the text, or into an entry at the
   * start of a line, means something was left open: the error names where.
   */
  private delimited(start: number): number {
    const quoted = this.text[start] === '"';
    const open: number[] = quoted ? [] : [start];
    for (let i = start + 1; i < this.text.length; i++) {
      const c = this.text[i];
      if (c === '{') open.push(i);
      else if (c === '}') {
        open.pop();
        if (!quoted && open.length === 0) return i;
      } else if (c === '"' && quoted && open.length === 0) return i;
      else if (c === '\n' && this.peek(ENTRY_AT_LINE_START, i) !== '') {
        this.unclosed(quoted ? start : open[0], i + 1);
      }
    }
    return this.unclosed(quoted || open.length === 0 ? start : open[0], this.text.length);
  }

  /** Ends the entry with an error at the line of `at`; reading resumes from there. */
  private fail(message: string, at: number): never {
    throw new EntryError(message, this.lineOf(at), at);
  }

  /** Reported at the entry's line, so the message can name the line of the brace itself. */
  private unclosed(opened: number, stop: number): never {
    const brace = this.text[opened];
    throw new EntryError(`unclosed ${brace} opened at line ${this.lineOf(opened)}`, this.line, stop);
  }

  /** Reaching the end of the text or the next `@` between fields: the entry never closed. */
  private unclosedIfEnded(): void {
    if (this.i < this.text.length && this.text[this.i] !== '@') return;
    this.unclosed(this.suspect ?? this.open, this.i);
  }

  private emit(entry: Entry): void {
    const raw: Record<string, unknown> = {};
    for (const [name, value] of entry.fields) {
      if (name === 'author') raw.authors = splitAuthors(value);
      else if (VERBATIM_FIELDS.has(name)) raw[name] = verbatim(value);
      else raw[name] = latexToUnicode(value);
    }
    // Web pages are often cited as howpublished = {\url{…}} with no url field.
    const howpublished = entry.fields.get('howpublished');
    const link = howpublished === undefined ? null : /\\url\s*\{([^}]*)\}/.exec(howpublished);
    if (!entry.fields.has('url') && link !== null) raw.url = link[1];
    raw.id = entry.key;
    const { record, warnings } = normalizeRecord(raw, this.file, entry.line);
    this.result.records.push(record);
    this.result.warnings.push(...warnings);
  }

  // ---- low-level scanning ----

  /** Matches a sticky pattern at `at`; on a match, moves past it. */
  private match(pattern: RegExp, at: number): string {
    const found = this.peek(pattern, at);
    this.i = at + found.length;
    return found;
  }

  private peek(pattern: RegExp, at: number): string {
    pattern.lastIndex = at;
    return pattern.exec(this.text)?.[0] ?? '';
  }

  private skipSpace(i: number): number {
    while (i < this.text.length && /\s/.test(this.text[i])) i++;
    return i;
  }

  private shown(i: number): string {
    return i >= this.text.length ? 'the end of the file' : JSON.stringify(this.text[i]);
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private warn(line: number, message: string): void {
    this.result.warnings.push({ file: this.file, line, message });
  }
}

/**
 * BibTeX separates authors with "and" outside braces ("{Barnes and Noble}" is one author), and
 * "and others" means et al. Each name may still be "Last, First"; normalizeRecord turns it round.
 */
function splitAuthors(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c)) {
      AND.lastIndex = i;
      const and = AND.exec(value);
      if (and === null) continue;
      names.push(value.slice(start, i));
      start = i + and[0].length;
      i = start - 1;
    }
  }
  names.push(value.slice(start));
  return names.map(latexToUnicode).filter((name) => name.trim().toLowerCase() !== 'others');
}

/** Links and identifiers: only the escapes and braces go, so `~` and `--` survive. */
function verbatim(value: string): string {
  return value
    .replace(/\\url\s*/g, '')
    .replace(/\\([_%&#$~])/g, '$1')
    .replace(/[{}]/g, '');
}
