export {
  SCHEMA,
  KNOWN_KINDS,
  TAXONOMY_SHAPES,
  type KnownKind,
  type NodeKind,
  type TaxonomyShape,
  type Evidence,
  type GraphNode,
  type LinkKind,
  type GraphLink,
  type TourStep,
  type Tour,
  type GraphDocument,
  type ValidationIssue,
  type ValidationResult,
} from './types.js';
export { validateDocument, parseDocument, formatIssues } from './validate.js';
export { GraphIndex } from './GraphIndex.js';
export { search, type SearchHit } from './search.js';
export { SearchIndex } from './SearchIndex.js';
export { visibleIds, type Filters } from './filter.js';
export { normalizeText, splitWords } from './normalizeText.js';
