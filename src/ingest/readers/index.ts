import { readBibtex } from './readBibtex.js';
import { readCsv } from './readCsv.js';
import { readJsonArray, readJsonLines } from './readJsonRecords.js';
import { readPlainText } from './readPlainText.js';
import type { InputFormat, ReadResult } from './types.js';

export * from './types.js';
export { latexToUnicode } from './latexToUnicode.js';
export { normalizeRecord } from './normalizeRecord.js';
export { readBibtex, readCsv, readJsonArray, readJsonLines, readPlainText };

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
  bib: 'bib',
  bibtex: 'bib',
  csv: 'csv',
  txt: 'txt',
};

/** The format a file name's extension promises, or undefined when it promises none we read. */
export function formatFromName(fileName: string): InputFormat | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = base.slice(dot + 1).toLowerCase();
  return Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

const READERS: Readonly<Record<InputFormat, (text: string, file: string) => ReadResult>> = {
  jsonl: readJsonLines,
  json: readJsonArray,
  bib: readBibtex,
  csv: readCsv,
  txt: readPlainText,
};

/** Reads a whole corpus file already in memory; `file` is only used to label records and problems. */
export function readCorpus(text: string, file: string, format: InputFormat): ReadResult {
  return READERS[format](text, file);
}
