import { ConceptPanel } from '../components/ConceptPanel.js';
import { defineOnce } from './defineOnce.js';

defineOnce('concept-panel', ConceptPanel);

declare global {
  interface HTMLElementTagNameMap {
    'concept-panel': ConceptPanel;
  }
}
