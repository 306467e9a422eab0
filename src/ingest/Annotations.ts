import type { LinkKind, NodeKind, TaxonomyShape } from '../model/types.js';

/**
 * The hand-curated half of the seed map (data/annotations.json): which taxonomies and entities
 * become nodes, and what each paper's abstract names. Offsets are never written by hand; the
 * build finds them from the strings given here.
 */
export interface SeedAnnotations {
  title: string;
  description: string;
  /** One entry per paper of papers.json. */
  papers: SeedPaperAnnotation[];
  taxonomies: SeedTaxonomy[];
  /** Benchmarks, models, methods, organisations and concepts. */
  entities: SeedEntity[];
  /** Links between two non-paper nodes: with no abstract to quote, each needs a rationale. */
  relations: SeedRelation[];
}

export interface SeedPaperAnnotation {
  /** The papers.json id. */
  id: string;
  /** Short display name; the node's `title` keeps the full title. */
  label: string;
  links: SeedPaperLink[];
}

/** A link from a paper to a node its abstract names (or, with a rationale, relates to). */
export interface SeedPaperLink {
  target: string;
  kind: LinkKind;
  /** Strings to find in the abstract besides the target's label and aliases. */
  surfaces?: string[];
  /** Longer phrases that name something else: occurrences inside them are not evidence. */
  notWithin?: string[];
  /** Why the link exists beyond what the abstract shows; lets a link stand without evidence. */
  rationale?: string;
}

export interface SeedTaxonomy {
  /** `taxonomy:<slug>`; its parts are `<slug>:<part-slug>`. */
  id: string;
  label: string;
  shape: TaxonomyShape;
  description: string;
  aliases?: string[];
  /** In order: the first part gets `order` 1 (the bottom of `levels`, the start of a cycle). */
  parts: SeedCategory[];
}

export interface SeedCategory {
  id: string;
  label: string;
  description: string;
  aliases?: string[];
}

export interface SeedEntity {
  /** `<kind>:<slug>`. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  aliases?: string[];
}

export interface SeedRelation {
  source: string;
  target: string;
  kind: LinkKind;
  rationale: string;
}
