// The app: the built-in seed map, owning the page's URL hash.
import './define/concept-map.js';
import seed from '../data/seed.graph.json';
import { registerIngest } from './components/ingestLoader.js';

// The app maps a reader's own corpus in the page; the ingest core loads on first use.
registerIngest(async () => (await import('./ingest/browser.js')).ingestFiles);

const map = document.querySelector('concept-map');
if (map && !map.hasAttribute('src')) map.graph = seed;
