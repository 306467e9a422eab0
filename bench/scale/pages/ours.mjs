// <concept-graph> or <concept-map> (the `tag` query parameter), loaded from /dist/lib/concept-map.js
// by the page's other <script type="module">. The document goes in as an object through the
// `graph` property; the element's read-only `stats` gives ticks, drawn frames, first frame, settle.
import { runBench } from './harness.mjs';

const tag = new URLSearchParams(location.search).get('tag') ?? 'concept-graph';

// <concept-map> forwards its inner graph's counters; if a build ever drops that getter, read the
// inner <concept-graph> directly rather than report nothing.
function statsOf(el) {
  if (el.stats) return el.stats;
  return el.shadowRoot?.querySelector('concept-graph')?.stats ?? null;
}

// Where the layout runs ('worker' or 'page'), peeked from an internal controller; only for the
// report, so a build that renames it just reports null.
function runsIn(el) {
  const graph = tag === 'concept-graph' ? el : el.shadowRoot?.querySelector('concept-graph');
  try {
    return graph?.layoutCtl?.runsIn ?? null;
  } catch {
    return null;
  }
}

runBench({
  name: tag,
  async prepare(doc, mount) {
    await customElements.whenDefined(tag);
    const el = document.createElement(tag);
    el.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block';
    mount.append(el);
    await el.updateComplete;
    return { el, doc, runsIn: new Set() };
  },
  start(s) {
    s.el.graph = s.doc;
  },
  counters(s) {
    const st = statsOf(s.el);
    const where = runsIn(s.el);
    if (where && where !== 'none') s.runsIn.add(where);
    if (!st) return { ticks: null, frames: null, firstFrameAt: null, settledAt: null };
    return { ...st, extra: { runsIn: [...s.runsIn].join('+') || where } };
  },
});
