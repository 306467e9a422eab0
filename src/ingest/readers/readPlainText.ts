import { normalizeRecord } from './normalizeRecord.js';
import type { ReadResult } from './types.js';

/** One abstract a line (the seed's abstracts.txt); blank lines are only spacing. */
export function readPlainText(text: string, file: string): ReadResult {
  const result: ReadResult = { records: [], errors: [], warnings: [] };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((abstract, i) => {
      if (abstract.trim() === '') return;
      const { record, warnings } = normalizeRecord({ abstract }, file, i + 1);
      result.records.push(record);
      result.warnings.push(...warnings);
    });
  return result;
}
