import type { CorpusRecord, InputProblem } from './types.js';

type Field = 'id' | 'title' | 'authors' | 'year' | 'venue' | 'url' | 'doi' | 'arxiv' | 'code' | 'abstract';

/**
 * The names each field goes by in real exports (Zotero CSV, BibTeX, the arXiv Kaggle snapshot,
 * CSL JSON), best first, as `fieldKey` spells them. When a record has several, the first
 * non-empty one wins, so an explicit `year` beats a `date`.
 */
const ALIASES: Record<Field, readonly string[]> = {
  id: ['id', 'key', 'citation key'],
  title: ['title'],
  authors: ['authors', 'author', 'creators'],
  year: ['year', 'publication year', 'date', 'published', 'issued'],
  venue: ['venue', 'journal', 'journaltitle', 'booktitle', 'publication title', 'container title'],
  url: ['url', 'link'],
  doi: ['doi'],
  arxiv: ['arxiv', 'eprint', 'arxiv id'],
  code: ['code', 'code url'],
  abstract: ['abstract', 'abstract note', 'abstractnote', 'summary'],
};

/** How the readers say which columns would have been taken as the abstract. */
export const ABSTRACT_NAMES_HINT = 'abstract, Abstract Note, summary';

/** "Publication Year", "publication_year" and "publication-year" are one name. */
export function fieldKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** Whether a header (CSV) names a column that will be read as the abstract. */
export function hasAbstractName(names: readonly string[]): boolean {
  return names.some((name) => ALIASES.abstract.includes(fieldKey(name)));
}

export interface NormalizedRecord {
  record: CorpusRecord;
  warnings: InputProblem[];
}

/**
 * Turns the raw field values of one paper (strings, numbers, arrays, null: whatever the file
 * held) into a CorpusRecord. Nothing here fails: a value that cannot be used is dropped with a
 * warning, so one odd field never costs the whole paper.
 */
export function normalizeRecord(
  raw: Readonly<Record<string, unknown>>,
  file: string,
  line: number,
): NormalizedRecord {
  const warnings: InputProblem[] = [];
  const warn = (message: string): void => {
    warnings.push({ file, line, message });
  };
  const values = byFieldKey(raw);
  const pick = (field: Field): unknown =>
    ALIASES[field].map((name) => values.get(name)).find((value) => !isBlank(value));
  const textOf = (field: Field): string | undefined => toText(pick(field), field, warn);

  const record: CorpusRecord = { file, line };
  const id = textOf('id');
  if (id !== undefined) record.id = id;
  const title = textOf('title');
  if (title !== undefined) record.title = title;
  const authors = toAuthors(pick('authors'), warn);
  if (authors.length > 0) record.authors = authors;
  const year = toYear(pick('year'), warn);
  if (year !== undefined) record.year = year;
  const venue = textOf('venue');
  if (venue !== undefined) record.venue = venue;
  const url = httpUrl(textOf('url'), 'url', warn);
  if (url !== undefined) record.url = url;
  const doi = textOf('doi');
  if (doi !== undefined) record.doi = cleanDoi(doi);
  // The arXiv snapshot names a paper by its arXiv id alone; that id is the arXiv link too.
  const arxiv = textOf('arxiv') ?? (id !== undefined && isArxivId(cleanArxiv(id)) ? id : undefined);
  if (arxiv !== undefined) record.arxiv = cleanArxiv(arxiv);
  const code = httpUrl(textOf('code'), 'code', warn);
  if (code !== undefined) record.code = code;
  const abstract = textOf('abstract');
  if (abstract !== undefined) record.abstract = abstract;
  else warn('no abstract');
  return { record, warnings };
}

function byFieldKey(raw: Readonly<Record<string, unknown>>): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [name, value] of Object.entries(raw)) {
    const key = fieldKey(name);
    // "Title" and "title" in one record: keep the first that says something.
    if (isBlank(values.get(key))) values.set(key, value);
  }
  return values;
}

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  return false;
}

/** Trimmed, with every run of whitespace (newlines too) made one space. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toText(value: unknown, field: string, warn: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return collapseSpace(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return collapseSpace(value.join(' '));
  }
  warn(`${field} is not text (got ${describe(value)}); dropped`);
  return undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

// ---- authors ----

/** Lower-case name particles that may open a surname: "van der Berg, Jan" is "Last, First". */
const PARTICLES = new Set(
  'van von der den de del della di da du la le dos das ter ten zu al el bin ibn'.split(' '),
);

function toAuthors(value: unknown, warn: (message: string) => void): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return splitAuthors(value);
  if (!Array.isArray(value)) {
    warn(`authors is not a list or a string (got ${describe(value)}); dropped`);
    return [];
  }
  const names: string[] = [];
  value.forEach((item, i) => {
    const name = authorItem(item);
    if (name !== undefined) names.push(name);
    else if (!isBlank(item)) warn(`authors[${i}] is not a name (got ${describe(item)}); dropped`);
  });
  return names;
}

/** One author from a list: a string ("Last, First" or "First Last") or a CSL-style object. */
function authorItem(item: unknown): string | undefined {
  if (typeof item === 'string') {
    const name = collapseSpace(item);
    return name === '' ? undefined : flipName(name);
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const o = item as Record<string, unknown>;
  const part = (key: string): string => (typeof o[key] === 'string' ? collapseSpace(o[key] as string) : '');
  const name = collapseSpace(`${part('given')} ${part('family')}`) || part('name') || part('literal');
  return name === '' ? undefined : name;
}

/**
 * Splits an author list given as one string. Three styles are common and they disagree about
 * commas: Zotero separates authors with ";" and writes each "Last, First"; BibTeX separates with
 * " and " and may write each "Last, First"; arXiv writes "A. Smith, B. Jones and C. Wu", where
 * every comma separates authors. A comma is read as "Last, First" only when what precedes it
 * looks like a surname alone (one word, or one behind particles such as "van der").
 */
export function splitAuthors(text: string): string[] {
  const list = collapseSpace(text);
  if (list === '') return [];
  if (list.includes(';')) return list.split(';').map((s) => s.trim()).filter((s) => s !== '').map(flipName);
  const names: string[] = [];
  for (const part of list.split(/,?\s+and\s+/)) {
    if (isLastFirst(part)) names.push(flipName(part));
    else names.push(...part.split(',').map((s) => s.trim()));
  }
  return names.filter((s) => s !== '');
}

function isLastFirst(part: string): boolean {
  const pieces = part.split(',');
  if (pieces.length !== 2 || pieces[1].trim() === '') return false;
  const words = pieces[0].trim().split(' ');
  if (words.some((w) => w.includes('.'))) return false;
  return words.slice(0, -1).every((w) => PARTICLES.has(w));
}

/** "Last, First" → "First Last"; BibTeX's "Last, Jr, First" → "First Last Jr". */
export function flipName(name: string): string {
  const pieces = name.split(',').map((s) => s.trim());
  if (pieces.length === 2 && pieces[0] !== '' && pieces[1] !== '') return `${pieces[1]} ${pieces[0]}`;
  if (pieces.length === 3 && pieces.every((p) => p !== '')) return `${pieces[2]} ${pieces[0]} ${pieces[1]}`;
  return name;
}

// ---- year, links, identifiers ----

function toYear(value: unknown, warn: (message: string) => void): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1000 && value <= 2999) return value;
  } else if (typeof value === 'string') {
    const match = /(?:^|\D)([12]\d{3})(?!\d)/.exec(value);
    if (match !== null) return Number(match[1]);
  }
  const shown = typeof value === 'string' ? collapseSpace(value) : JSON.stringify(value);
  warn(`year ${JSON.stringify(shown)} is not a year`);
  return undefined;
}

/** Only http(s) links reach a page: a `javascript:` or `file:` URL in a corpus must not. */
function httpUrl(text: string | undefined, field: string, warn: (message: string) => void): string | undefined {
  if (text === undefined) return undefined;
  if (/^https?:\/\//i.test(text) && parsesAsUrl(text)) return text;
  warn(`${field} ${JSON.stringify(text)} dropped: only http:// and https:// URLs are kept`);
  return undefined;
}

// URL.canParse is too new for some browsers still in use.
function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

function cleanDoi(doi: string): string {
  return doi.replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, '');
}

/** "arXiv:2404.12387v2", "https://arxiv.org/abs/2404.12387v2" → "2404.12387". */
export function cleanArxiv(arxiv: string): string {
  return arxiv
    .replace(/^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^arxiv:\s*/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
}

/** New-style "0704.0001" / "2404.12387" or old-style "hep-th/9901001", "math.GT/0309136". */
function isArxivId(id: string): boolean {
  return /^\d{4}\.\d{4,5}$/.test(id) || /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}$/.test(id);
}
