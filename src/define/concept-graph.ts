import { ConceptGraph } from '../components/ConceptGraph.js';
import { defineOnce } from './defineOnce.js';

defineOnce('concept-graph', ConceptGraph);

declare global {
  interface HTMLElementTagNameMap {
    'concept-graph': ConceptGraph;
  }
}
