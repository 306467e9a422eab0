import { jsonErrorOffset } from '../../model/jsonErrorOffset.js';
import { SCHEMA } from '../../model/types.js';
import { normalizeRecord } from './normalizeRecord.js';
import type { ReadResult } from './types.js';

/** The keys under which a JSON object may hold its list of papers, in the order they are tried. */
const LIST_KEYS = ['records', 'papers', 'items'] as const;

/** JSON Lines: one object a line; a bad line costs that line only. */
export function readJsonLines(text: string, file: string): ReadResult {
  const result: ReadResult = { records: [], errors: [], warnings: [] };
  withoutBom(text)
    .split(/\r?\n/)
    .forEach((lineText, i) => {
      if (lineText.trim() === '') return;
      const line = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(lineText);
      } catch (error) {
        const { offset, reason } = syntaxError(lineText, error);
        result.errors.push({ file, line, message: `not valid JSON at column ${offset + 1}: ${reason}` });
        return;
      }
      addRecord(result, value, file, line);
    });
  return result;
}

/** A JSON array of objects, or an object holding one under `records`, `papers` or `items`. */
export function readJsonArray(text: string, file: string): ReadResult {
  const result: ReadResult = { records: [], errors: [], warnings: [] };
  const source = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const { offset, reason } = syntaxError(source, error);
    const line = lineOf(source, offset);
    const column = offset - lineStartBefore(source, offset) + 1;
    result.errors.push({ file, line, message: `not valid JSON at column ${column}: ${reason}` });
    return result;
  }
  const top = lineOf(source, skipSpace(source, 0));
  const found = recordList(value);
  if (typeof found === 'string') {
    result.errors.push({ file, line: top, message: found });
    return result;
  }
  const starts = elementStarts(source, found.key);
  found.items.forEach((item, i) => addRecord(result, item, file, lineOf(source, starts[i] ?? 0)));
  return result;
}

/** The list of papers in a parsed JSON file, or why there is none. */
function recordList(value: unknown): { items: unknown[]; key: string | undefined } | string {
  if (Array.isArray(value)) return { items: value, key: undefined };
  if (!isObject(value)) return `expected an array of records, got ${describe(value)}`;
  if (value.schema === SCHEMA) {
    return `this is a ${SCHEMA} document, not a corpus; open it in the app or pass records`;
  }
  const key = LIST_KEYS.find((k) => Array.isArray(value[k]));
  if (key === undefined) {
    return 'expected an array of records, or an object with a records, papers or items array';
  }
  return { items: value[key] as unknown[], key };
}

function addRecord(result: ReadResult, value: unknown, file: string, line: number): void {
  if (!isObject(value)) {
    result.errors.push({ file, line, message: `expected a JSON object, got ${describe(value)}` });
    return;
  }
  const { record, warnings } = normalizeRecord(value, file, line);
  result.records.push(record);
  result.warnings.push(...warnings);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'boolean') return 'a boolean';
  return `a ${typeof value}`;
}

// A BOM is not JSON; a space keeps every offset where it was.
function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? ` ${text.slice(1)}` : text;
}

// ---- where things are in the text ----

/**
 * Where a JSON.parse failure happened and why, without the snippet V8 echoes. Engines disagree:
 * V8 gives "at position N" (or nothing), Firefox "at line L column C"; when the message does not
 * say, the model's own scanner finds the spot.
 */
function syntaxError(text: string, error: unknown): { offset: number; reason: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const position = / at position (\d+)/.exec(raw);
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  let offset: number;
  if (position !== null) offset = Number(position[1]);
  else if (lineColumn !== null) offset = offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  else offset = Math.max(jsonErrorOffset(text), 0);
  const reason = raw
    .split('\n')[0]
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/, (?:\.\.\.)?".*$/, '')
    .replace(/ in JSON$/, '')
    .trim();
  const why = reason === '' ? 'unexpected input' : reason[0].toLowerCase() + reason.slice(1);
  return { offset: Math.min(offset, text.length), reason: why };
}

function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return start + column - 1;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function lineStartBefore(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * The offsets where the elements of the record list start: the top-level array, or the array
 * under `key` in the top-level object. The text is known to be valid JSON, so this only has to
 * step over values, not check them.
 */
function elementStarts(text: string, key: string | undefined): number[] {
  let i = skipSpace(text, 0);
  if (key !== undefined) {
    const at = memberValue(text, i, key);
    if (at === undefined) return [];
    i = at;
  }
  return arrayElements(text, i);
}

/** Where the value of `key` starts in the object at `i`; the last one wins, as in JSON.parse. */
function memberValue(text: string, i: number, key: string): number | undefined {
  let found: number | undefined;
  i = skipSpace(text, i + 1);
  while (text[i] === '"') {
    const nameEnd = skipValue(text, i);
    const name = JSON.parse(text.slice(i, nameEnd)) as string;
    i = skipSpace(text, skipSpace(text, nameEnd) + 1);
    if (name === key) found = i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return found;
}

function arrayElements(text: string, i: number): number[] {
  const starts: number[] = [];
  i = skipSpace(text, i + 1);
  while (i < text.length && text[i] !== ']') {
    starts.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return starts;
}

/** The offset just after the (valid) JSON value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    while (i < text.length) {
      const d = text[i];
      if (d === '"') {
        i = skipString(text, i);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
      if (depth === 0) return i;
    }
    return i;
  }
  while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
  return i;
}

function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return i;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
