// The package's main entry ("concept-map"): registers <concept-map>, <concept-graph> and
// <concept-panel>, and exports what "concept-map/classes" exports (the classes, the document types,
// validateDocument …). "concept-map/classes" is the same without registering any tag.
import './concept-map.js';
import './concept-graph.js';
import './concept-panel.js';

export * from '../index.js';
