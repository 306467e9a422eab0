import { ConceptGraph } from '../components/ConceptGraph.js';
import { warmUp } from '../components/warmUp.js';
import { defineOnce } from './defineOnce.js';

defineOnce('concept-graph', ConceptGraph);
// While the page fetches its first document: see warmUp.
warmUp();

declare global {
  interface HTMLElementTagNameMap {
    'concept-graph': ConceptGraph;
  }
}
