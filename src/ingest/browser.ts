/**
 * The ingest core for the browser, loaded only when a reader opens a file: the app's first
 * paint does not wait for the dictionary and the readers.
 */
import { builtinDictionary } from './builtinDictionary.js';
import { ingest, type InputFile, type IngestResult } from './ingest.js';

export type { IngestResult, InputFile };

export function ingestFiles(files: readonly InputFile[]): IngestResult {
  const stem = (name: string): string => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const title = files.length === 1 ? stem(files[0]?.name ?? 'Concept map') : `${files.length} files: ${files.map((f) => stem(f.name)).join(', ')}`;
  return ingest(files, { dictionary: builtinDictionary(), title: title.slice(0, 120) });
}
