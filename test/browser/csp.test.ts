import { expect } from '@open-wc/testing';
import type { ConceptMap } from '../../src/components/ConceptMap.js';
import type { ConceptPanel } from '../../src/components/ConceptPanel.js';
import type { GraphDocument } from '../../src/model/types.js';
import { seedDocument } from './helpers.js';

// The embeddable file as a page with a strict Content-Security-Policy gets it: no inline script or
// style, same-origin requests only, Trusted Types required with two policies allowed. It is the
// BUILT file (dist/lib/concept-map.js, `npm run build` first), loaded twice as two copies would be
// (a second URL is evaluated again), with one map in a CSS-scaled container followed by a panel
// outside it, and another map inside a shadow root. The page is an iframe's srcdoc, so nothing of
// the test runner's own scripts runs under its policy.

const LIB = '/dist/lib/concept-map.js';
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html concept-map";

/** A small hand-made document for the map in the shadow root. */
const SMALL: GraphDocument = {
  schema: 'concept-map/v1',
  title: 'Two papers and a benchmark',
  nodes: [
    { id: 'paper:alpha', kind: 'paper', label: 'Alpha: Counting Things Carefully', year: 2021, abstract: 'We count things on the Tally benchmark.' },
    { id: 'paper:beta', kind: 'paper', label: 'Beta Revisits Counting', year: 2023, abstract: 'Beta counts again, on Tally.' },
    { id: 'benchmark:tally', kind: 'benchmark', label: 'Tally' },
  ],
  links: [
    { source: 'paper:alpha', target: 'benchmark:tally', kind: 'evaluates-on', evidence: [{ start: 23, end: 28 }] },
    { source: 'paper:beta', target: 'benchmark:tally', kind: 'evaluates-on', evidence: [{ start: 22, end: 27 }] },
  ],
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>strict CSP</title>
<link rel="stylesheet" href="/test/browser/fixtures/csp.css">
<script src="/test/browser/fixtures/csp-probe.js"></script>
<script type="module" src="${LIB}"></script>
<script type="module" src="${LIB}"></script>
<script type="module" src="${LIB}?copy=2"></script>
</head>
<body>
<div class="scaled"><concept-map id="map-a" src="/data/seed.graph.json"></concept-map></div>
<concept-panel id="panel-a" for="map-a"></concept-panel>
<div id="host"><template shadowrootmode="open"><link rel="stylesheet" href="/test/browser/fixtures/csp.css"><concept-map id="map-b"><script type="application/json">${JSON.stringify(SMALL)}</script></concept-map></template></div>
</body>
</html>`;

interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
}

type Frame = Window & typeof globalThis & { __cspProbe?: Probe };

/** helpers.deepText for a node of another window (an iframe's): `instanceof Element` is per window. */
function deepText(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    const shadow = n.nodeType === Node.ELEMENT_NODE ? (n as Element).shadowRoot : null;
    if (shadow) walk(shadow);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

async function until(test: () => boolean, what: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!test()) {
    if (performance.now() - start > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('dist/lib/concept-map.js under a strict CSP with Trusted Types, loaded twice', () => {
  let iframe: HTMLIFrameElement;
  let win: Frame;
  let doc: Document;
  let mapA: ConceptMap;
  let mapB: ConceptMap;
  let panel: ConceptPanel;

  before(async function () {
    this.timeout(30000);
    const head = await fetch(LIB, { method: 'HEAD' });
    if (!head.ok) throw new Error(`${LIB} is missing (HTTP ${head.status}): run \`npm run build\` (or \`npm run build:lib\`) before the browser tests.`);
    iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 1200px; height: 900px; border: 0';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    iframe.srcdoc = PAGE;
    document.body.append(iframe);
    await loaded;
    win = iframe.contentWindow as Frame;
    doc = iframe.contentDocument!;
    await until(() => !!win.customElements.get('concept-map'), '<concept-map> to be defined');
    mapA = doc.getElementById('map-a') as ConceptMap;
    mapB = doc.getElementById('host')!.shadowRoot!.getElementById('map-b') as ConceptMap;
    panel = doc.getElementById('panel-a') as ConceptPanel;
    await until(() => !!mapA.index && !!mapB.index, 'both maps to load their documents');
    await mapA.updateComplete;
    await mapB.updateComplete;
    // Drawn: the first frame of each map, so rendering and drawing have run under the policy too.
    await until(() => mapA.stats.firstFrameAt !== null && mapB.stats.firstFrameAt !== null, 'both maps to draw');
  });

  after(() => iframe?.remove());

  it('runs with no CSP or Trusted Types violation', () => {
    expect(win.__cspProbe!.violations).to.deep.equal([]);
  });

  it('runs without an error, and the second copy only warns', () => {
    const probe = win.__cspProbe!;
    expect(probe.errors).to.deep.equal([]);
    const copies = probe.warnings.filter((w) => /already defined/.test(w));
    expect(copies, `warnings: ${JSON.stringify(probe.warnings)}`).to.have.length.greaterThan(0);
    // The tags are the first copy's, and they work (see the other tests).
    expect(win.customElements.get('concept-panel')).to.equal(panel.constructor);
  });

  it('shows every paper of both maps as text (the outline screen readers get)', async () => {
    const seed = await seedDocument();
    const textA = deepText(mapA);
    for (const n of seed.nodes.filter((n) => n.kind === 'paper')) expect(textA).to.contain(n.label);
    const textB = deepText(mapB);
    for (const n of SMALL.nodes.filter((n) => n.kind === 'paper')) expect(textB).to.contain(n.label);
  });

  it('lays out the scaled map in CSS px and the map in the shadow root at its own size', () => {
    const canvasA = mapA.shadowRoot!.querySelector('concept-graph')!.shadowRoot!.querySelector('canvas')!;
    expect(canvasA.getBoundingClientRect().width).to.be.closeTo(canvasA.clientWidth * 0.6, 1);
    const canvasB = mapB.shadowRoot!.querySelector('concept-graph')!.shadowRoot!.querySelector('canvas')!;
    expect(canvasB.clientWidth).to.be.greaterThan(300);
  });

  it('the panel outside the scaled container shows the abstract of the paper set as map A\'s selection', async () => {
    const seed = await seedDocument();
    const paper = seed.nodes.find((n) => n.id === 'paper:unlearning-pretrained-llms')!;
    mapA.selected = paper.id;
    await mapA.updateComplete;
    await until(() => deepText(panel).includes(paper.abstract!.slice(0, 60)), 'the panel to show the abstract', 3000).catch(() => undefined);
    await panel.updateComplete;
    expect(panel.node, 'the panel follows map A').to.equal(paper.id);
    expect(deepText(panel)).to.contain(paper.abstract!.slice(0, 60));
    expect(win.__cspProbe!.violations).to.deep.equal([]);
  });
});
