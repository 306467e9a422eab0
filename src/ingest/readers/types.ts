/**
 * What the corpus readers produce: papers as plain records, before any extraction, and the
 * problems found on the way, each pinned to a line of the input so a person can fix the file.
 * Pure TS: the same readers run in the CLI and in the browser.
 */

export type InputFormat = 'jsonl' | 'json' | 'bib' | 'csv' | 'txt';

/** One paper as read from a corpus file, before any extraction. Every field but file/line is optional. */
export interface CorpusRecord {
  /** The file name as given by the caller. */
  file: string;
  /** 1-based line where the record starts. */
  line: number;
  id?: string;
  title?: string;
  authors?: string[];
  year?: number;
  venue?: string;
  url?: string;
  doi?: string;
  arxiv?: string;
  code?: string;
  abstract?: string;
}

/** A problem in an input file: `${file}:${line}: ${message}` is how it is shown. */
export interface InputProblem {
  file: string;
  line: number;
  message: string;
}

export interface ReadResult {
  records: CorpusRecord[];
  /** The input is broken here: a record was lost or may be wrong. */
  errors: InputProblem[];
  /** A record was kept, but something in it was dropped or is missing. */
  warnings: InputProblem[];
}

export function formatProblem(p: InputProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}
