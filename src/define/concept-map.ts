import { ConceptMap } from '../components/ConceptMap.js';
import { defineOnce } from './defineOnce.js';
import './concept-graph.js';
import './concept-panel.js';

defineOnce('concept-map', ConceptMap);

declare global {
  interface HTMLElementTagNameMap {
    'concept-map': ConceptMap;
  }
}
