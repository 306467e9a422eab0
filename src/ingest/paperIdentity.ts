import type { Annotations, PaperAnnotation } from './Annotations.js';
import { shorten, slugify } from './buildDocument.js';
import type { CorpusRecord } from './readers/types.js';

export interface PaperIdentity {
  /** `paper:<slug>`, unique in the document. */
  id: string;
  label: string;
  annotation?: PaperAnnotation;
}

const LABEL_MAX = 40;

/**
 * Node ids and labels for papers. The id comes from what the record says of itself (its own id,
 * its arXiv id or DOI, its title), so a paper keeps its id, and a shared link keeps working,
 * when the corpus grows; only a record with none of these falls back to its file and line.
 */
export function paperIdentity(papers: readonly CorpusRecord[], notes: Annotations): PaperIdentity[] {
  const used = new Set<string>();
  const byNoteId = new Map(notes.papers.map((note) => [note.id, note]));
  return papers.map((paper) => {
    const base = baseSlug(paper);
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    const annotation = (paper.id === undefined ? undefined : byNoteId.get(paper.id)) ?? byNoteId.get(slug);
    const label = annotation?.label ?? labelOf(paper);
    if (label.length > LABEL_MAX) {
      throw new Error(`annotations: the label of paper:${slug} has ${label.length} characters, more than ${LABEL_MAX}: "${label}"`);
    }
    return { id: `paper:${slug}`, label, ...(annotation === undefined ? {} : { annotation }) };
  });
}

function baseSlug(paper: CorpusRecord): string {
  const candidates = [
    paper.id === undefined ? '' : slugify(paper.id),
    paper.arxiv === undefined ? '' : `arxiv-${slugify(paper.arxiv)}`,
    paper.doi === undefined ? '' : `doi-${slugify(paper.doi)}`,
    paper.title === undefined ? '' : slugify(paper.title.split(/\s+/).slice(0, 6).join(' ')),
  ];
  const found = candidates.find((c) => c !== '' && c.length <= 60);
  if (found !== undefined) return found;
  const stem = slugify(paper.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '')) || 'paper';
  return `${stem}-${paper.line}`;
}

/**
 * What people call the paper: the name before a title's colon ("BERT: Pre-training of …" ->
 * "BERT"), else the title, shortened; with no title, the abstract's opening words.
 */
export function labelOf(paper: CorpusRecord): string {
  if (paper.title !== undefined) {
    const name = /^([^:]{3,28}):\s/.exec(paper.title)?.[1]?.trim();
    return name !== undefined && name.split(/\s+/).length <= 4 ? name : shorten(paper.title, LABEL_MAX);
  }
  if (paper.abstract !== undefined) return shorten(paper.abstract, LABEL_MAX);
  return `Untitled (${paper.file.replace(/^.*[\\/]/, '')}:${paper.line})`.slice(0, LABEL_MAX);
}

export type { Annotations };
