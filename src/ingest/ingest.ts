import { validateDocument } from '../model/validate.js';
import type { GraphDocument } from '../model/types.js';
import type { Annotations } from './Annotations.js';
import { buildDocument } from './buildDocument.js';
import type { DictionaryEntry } from './extract/Dictionary.js';
import { formatFromName, readCorpus } from './readers/index.js';
import type { CorpusRecord, InputFormat, InputProblem } from './readers/types.js';

export interface InputFile {
  /** The name problems are reported under: a path on the command line, a file name in the browser. */
  name: string;
  text: string;
}

export interface IngestOptions {
  dictionary: readonly DictionaryEntry[];
  annotations?: Annotations;
  format?: InputFormat;
  similar?: number;
  threshold?: number;
  title?: string;
  onProgress?: (done: number, total: number) => void;
}

export type IngestResult =
  | { ok: true; document: GraphDocument; warnings: InputProblem[]; records: number }
  | { ok: false; errors: InputProblem[]; warnings: InputProblem[] };

/**
 * The whole ingest, shared by the command line and the browser: read every file, stop with every
 * problem found if any file is malformed, else build the map and validate it against the
 * contract. Never throws for bad input; a broken annotation comes back as a problem too.
 */
export function ingest(files: readonly InputFile[], options: IngestOptions): IngestResult {
  const errors: InputProblem[] = [];
  const warnings: InputProblem[] = [];
  const records: CorpusRecord[] = [];
  for (const file of files) {
    const format = options.format ?? formatFromName(file.name);
    if (format === undefined) {
      errors.push({ file: file.name, line: 1, message: 'unknown file type; use .jsonl, .json, .bib, .csv or .txt, or --format' });
      continue;
    }
    const read = readCorpus(file.text, file.name, format);
    errors.push(...read.errors);
    warnings.push(...read.warnings);
    records.push(...read.records);
  }
  if (errors.length > 0) return { ok: false, errors, warnings };
  if (records.length === 0) {
    return { ok: false, errors: [{ file: files.map((f) => f.name).join(', '), line: 1, message: 'no records: nothing to map' }], warnings };
  }
  let built;
  try {
    built = buildDocument(records, {
      dictionary: options.dictionary,
      ...(options.annotations === undefined ? {} : { annotations: options.annotations }),
      ...(options.similar === undefined ? {} : { similar: options.similar }),
      ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [problemOf(message)], warnings };
  }
  warnings.push(...built.warnings);
  const checked = validateDocument(built.document);
  if (!checked.ok) {
    return {
      ok: false,
      errors: checked.errors.map((issue) => ({ file: 'the built map', line: 0, message: `${issue.path}: ${issue.message}` })),
      warnings,
    };
  }
  return { ok: true, document: built.document, warnings, records: records.length };
}

/** "annotations: …" messages name their file in the text; keep them whole. */
function problemOf(message: string): InputProblem {
  const colon = message.indexOf(': ');
  return colon > 0 ? { file: message.slice(0, colon), line: 0, message: message.slice(colon + 2) } : { file: 'build', line: 0, message };
}
