import './concept-map.js';
