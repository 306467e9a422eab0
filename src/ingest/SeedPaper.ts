/** One entry of data/papers.json, reduced to what the map shows. */
export interface SeedPaper {
  /** 1-based line of the paper's abstract in data/abstracts.txt. */
  line: number;
  /** Slug; the node id is `paper:<id>`. */
  id: string;
  title: string;
  authors: string[];
  year: number;
  venue: string;
  /** arXiv identifier such as `2404.12387`. */
  arxiv: string;
  /** http(s) URL of the paper's code, when papers.json gives one. */
  code?: string;
  abstract: string;
}
