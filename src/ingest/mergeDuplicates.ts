import { normalKey } from './extract/EntityExtractor.js';
import type { CorpusRecord, InputProblem } from './readers/types.js';

const FIELDS = ['id', 'title', 'authors', 'year', 'venue', 'url', 'doi', 'arxiv', 'code', 'abstract'] as const;

/**
 * One record per paper: a record with the DOI, arXiv id or title of an earlier one is the same
 * paper (two exports of one reading list overlap), so it fills the fields the first lacks and a
 * warning names both places. The first record's position and values win.
 */
export function mergeDuplicates(records: readonly CorpusRecord[], warnings: InputProblem[]): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  const byKey = new Map<string, CorpusRecord>();
  for (const record of records) {
    const keys = keysOf(record);
    const hit = keys.find((k) => byKey.has(k.key));
    const first = hit === undefined ? undefined : byKey.get(hit.key);
    if (hit === undefined || first === undefined) {
      const copy = { ...record };
      out.push(copy);
      for (const { key } of keys) byKey.set(key, copy);
      continue;
    }
    warnings.push({
      file: record.file,
      line: record.line,
      message: `the same paper as ${first.file}:${first.line} (same ${hit.what}); merged into it`,
    });
    for (const field of FIELDS) {
      if (first[field] === undefined && record[field] !== undefined) (first as unknown as Record<string, unknown>)[field] = record[field];
    }
    for (const { key } of keysOf(first)) if (!byKey.has(key)) byKey.set(key, first);
  }
  return out;
}

function keysOf(record: CorpusRecord): { key: string; what: string }[] {
  const keys: { key: string; what: string }[] = [];
  if (record.doi !== undefined) keys.push({ key: `doi ${record.doi.toLowerCase()}`, what: 'DOI' });
  if (record.arxiv !== undefined) keys.push({ key: `arxiv ${record.arxiv.toLowerCase()}`, what: 'arXiv id' });
  const title = record.title === undefined ? '' : normalKey(record.title);
  // Short titles ("Introduction", "Editorial") name many papers.
  if (title.length >= 16) keys.push({ key: `title ${title}`, what: 'title' });
  return keys;
}
