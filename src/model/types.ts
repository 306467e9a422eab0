/**
 * The concept-map/v1 data contract (see DESIGN.md). Pure types: no DOM, no I/O.
 * A document arrives as untrusted JSON; `validateDocument` turns it into these types or says
 * exactly what is wrong with it.
 */

export const SCHEMA = 'concept-map/v1';

/** Kinds known out of the box; any other string is allowed and gets a palette colour. */
export const KNOWN_KINDS = [
  'paper',
  'taxonomy',
  'category',
  'benchmark',
  'model',
  'method',
  'organization',
  'concept',
] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];
export type NodeKind = KnownKind | (string & {});

/** How a taxonomy's parts are arranged: a loop, a bottom-to-top stack, or a left-to-right pipeline. */
export const TAXONOMY_SHAPES = ['cycle', 'levels', 'modules'] as const;
export type TaxonomyShape = (typeof TAXONOMY_SHAPES)[number];

/** Character offsets [start, end) into the source paper's abstract. */
export interface Evidence {
  start: number;
  end: number;
}

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Papers: the full title (label may be shorter). */
  title?: string;
  year?: number;
  authors?: string[];
  venue?: string;
  /** http(s) only; anything else is rejected by validation. */
  url?: string;
  code?: string;
  abstract?: string;
  aliases?: string[];
  /** One or two sentences a reader sees in the panel for non-paper nodes. */
  description?: string;
  /** Taxonomy nodes only. */
  shape?: TaxonomyShape;
  /** Category nodes: the id of their taxonomy node, and their 1-based position in it. */
  taxonomy?: string;
  order?: number;
}

export type LinkKind =
  | 'defines'
  | 'has-part'
  | 'evaluates-on'
  | 'introduces'
  | 'compares-with'
  | 'mentions'
  | 'authored-by'
  | 'related'
  | 'similar'
  | (string & {});

export interface GraphLink {
  source: string;
  target: string;
  kind: LinkKind;
  /** Offsets into the abstract of the link's source paper. */
  evidence?: Evidence[];
  /** Why a link exists when the text alone does not say it (cross-paper links). */
  rationale?: string;
  weight?: number;
  /** `similar` links: the shared terms that weigh most in the similarity, heaviest first. */
  terms?: string[];
}

export interface TourStep {
  /** The nodes the step is about: framed by the camera and lit; the rest is dimmed. Empty: the whole map. */
  focus: string[];
  caption: string;
  /** Optional view settings a step may carry: focus depth around `focus[0]`, visible kinds and years. */
  depth?: number;
  kinds?: string[];
  years?: [number, number];
  /**
   * The part of the map to frame, in layout coordinates `[x0, y0, x1, y1]` (a recorded camera);
   * without it the step frames its focus nodes.
   */
  camera?: [number, number, number, number];
}

export interface Tour {
  id: string;
  title: string;
  steps: TourStep[];
}

export interface GraphDocument {
  schema: typeof SCHEMA;
  title: string;
  description?: string;
  nodes: GraphNode[];
  links: GraphLink[];
  tours?: Tour[];
  /**
   * Stored layout: node id -> [x, y]; finite numbers only. validateDocument returns it as a
   * null-prototype object, so `positions[id]` is undefined for any id without a position, even
   * "constructor"; still, test with `Object.hasOwn`, as a document built by hand may be a plain object.
   */
  positions?: Record<string, [number, number]>;
}

/** One thing wrong with a document: where (a JSON path such as `nodes[3].year`) and why. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; document: GraphDocument; warnings: ValidationIssue[] }
  | { ok: false; errors: ValidationIssue[] };
