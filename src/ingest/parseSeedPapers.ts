import { JsonReader } from './JsonReader.js';
import type { SeedPaper } from './SeedPaper.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARXIV_ID = /^\d{4}\.\d{4,5}$/;

/**
 * Reads the papers.json seed (an array of paper records with many research notes) into the few
 * fields the map uses, and rejects anything it cannot use as given: the notes are for people,
 * the fields below are for the map.
 */
export function parseSeedPapers(value: unknown): SeedPaper[] {
  return new JsonReader(value, 'papers.json').items().map((entry) => {
    const id = entry.field('id').string();
    if (!SLUG.test(id)) entry.field('id').fail(`"${id}" is not a lower-case slug`);
    const arxiv = entry.field('arxiv').string();
    if (!ARXIV_ID.test(arxiv)) entry.field('arxiv').fail(`"${arxiv}" is not an arXiv identifier`);
    const url = entry.optional('url');
    if (url !== undefined && url.string() !== `https://arxiv.org/abs/${arxiv}`) {
      url.fail(`"${url.string()}" does not match arXiv id ${arxiv}`);
    }
    const paper: SeedPaper = {
      line: entry.field('line').integer(),
      id,
      title: entry.field('title').string(),
      authors: entry.field('authors').strings(),
      year: entry.field('year').integer(),
      venue: entry.field('venue').string(),
      arxiv,
      abstract: entry.field('abstract').string(),
    };
    if (paper.authors.length === 0) entry.field('authors').fail('expected at least one author');
    const code = entry.optional('code');
    if (code !== undefined) {
      const text = code.string();
      if (!/^https?:\/\/[^\s/]+/.test(text)) code.fail(`"${text}" is not an http(s) URL`);
      paper.code = text;
    }
    return paper;
  });
}
