// The package's entry: classes and pure APIs, and no tag registration (import `define/` for that).
export { ConceptMap } from './components/ConceptMap.js';
export { ConceptGraph, type GraphStats } from './components/ConceptGraph.js';
export { ConceptPanel } from './components/ConceptPanel.js';
export type { ConceptEventMap } from './components/events.js';
export * from './model/types.js';
export { validateDocument, parseDocument, formatIssues } from './model/validate.js';
export { GraphIndex } from './model/GraphIndex.js';
export { registerIngest, type IngestFiles } from './components/ingestLoader.js';
