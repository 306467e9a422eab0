// The app: the built-in seed map, owning the page's URL hash.
import './define/concept-map.js';
import seed from '../data/seed.graph.json';

const map = document.querySelector('concept-map');
if (map && !map.hasAttribute('src')) map.graph = seed;
