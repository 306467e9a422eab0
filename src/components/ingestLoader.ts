import type { IngestResult, InputFile } from '../ingest/browser.js';

export type IngestFiles = (files: readonly InputFile[]) => IngestResult;

let loader: (() => Promise<IngestFiles>) | null = null;

/**
 * Lets a page offer mapping corpora in the browser. The ingest core and its dictionary are
 * about 140 KB gzipped, so the embeddable build leaves them out: the app registers them (loaded
 * on first use) and an embedded map opens concept-map documents only.
 */
export function registerIngest(load: () => Promise<IngestFiles>): void {
  loader = load;
}

export function ingestLoader(): (() => Promise<IngestFiles>) | null {
  return loader;
}
