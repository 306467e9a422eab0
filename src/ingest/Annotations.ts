import type { LinkKind, NodeKind, TaxonomyShape } from '../model/types.js';

/**
 * What a user adds to an extracted map (`--annotations`; the seed's data/annotations.json): the
 * taxonomies their surveys define, entities the dictionary lacks, and links from papers that the
 * text alone does not make. Offsets are never written by hand; the build finds them from the
 * strings given here. Every part is optional.
 */
export interface Annotations {
  title?: string;
  description?: string;
  /** Tours, as the document stores them; checked with the document. */
  tours?: unknown;
  /** Papers by the id of their record (its `id`, or the id the build gives it). */
  papers: PaperAnnotation[];
  taxonomies: TaxonomyAnnotation[];
  /** Benchmarks, models, methods, organisations and concepts. */
  entities: EntityAnnotation[];
  /** Links between two non-paper nodes: with no abstract to quote, each needs a rationale. */
  relations: RelationAnnotation[];
}

export interface PaperAnnotation {
  id: string;
  /** Short display name; the node's `title` keeps the full title. */
  label?: string;
  links: PaperLinkAnnotation[];
}

/** A link from a paper to a node its abstract names (or, with a rationale, relates to). */
export interface PaperLinkAnnotation {
  target: string;
  kind: LinkKind;
  /** Strings to find in the abstract besides the target's label and aliases. */
  surfaces?: string[];
  /** Longer phrases that name something else: occurrences inside them are not evidence. */
  notWithin?: string[];
  /** Why the link exists beyond what the abstract shows; lets a link stand without evidence. */
  rationale?: string;
}

export interface TaxonomyAnnotation {
  /** `taxonomy:<slug>`; its parts are `<slug>:<part-slug>`. */
  id: string;
  label: string;
  shape: TaxonomyShape;
  description?: string;
  aliases?: string[];
  /** In order: the first part gets `order` 1 (the bottom of `levels`, the start of a cycle). */
  parts: CategoryAnnotation[];
}

export interface CategoryAnnotation {
  id: string;
  label: string;
  description?: string;
  aliases?: string[];
}

export interface EntityAnnotation {
  /** `<kind>:<slug>`. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  aliases?: string[];
}

export interface RelationAnnotation {
  source: string;
  target: string;
  kind: LinkKind;
  rationale: string;
}
