// The embeddable build's entry (dist/lib/concept-map.js, built by vite.lib.config.ts): registers
// <concept-map>, <concept-graph> and <concept-panel> for a page that loads one script,
//
//   <script type="module" src="…/concept-map.js"></script>
//
// with Lit and d3-force inside. It leaves out the corpus ingest (about 140 KB gzipped): an embedded
// map opens concept-map/v1 documents; the app registers the ingest itself (src/app.ts).
// The file exports nothing, so the build can wrap it in a guard: a second copy on the page only
// warns, and never evaluates Lit again (a second 'lit-html' Trusted Types policy would be refused).
import './define/concept-map.js';
