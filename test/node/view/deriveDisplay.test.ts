import { describe, expect, it, vi } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { deriveDisplay, type Display, type Emphasis } from '../../../src/view/deriveDisplay.js';
import { initialViewState, type ViewState } from '../../../src/view/ViewState.js';
import { doc, literature } from './fixtures.js';
import { generatedGraph } from '../../fixtures/generatedGraph.js';

const ALL = [
  'paper:a',
  'paper:b',
  'paper:c',
  'taxonomy:t',
  'cat:one',
  'cat:two',
  'benchmark:m',
  'model:x',
  'method:y',
  'organization:o',
  'concept:z',
];

function view(patch: Partial<ViewState> = {}): ViewState {
  return { ...initialViewState, ...patch };
}

/** Node ids grouped by emphasis, visible nodes only. */
function emphases(d: Display): Partial<Record<Emphasis, string[]>> {
  const out: Partial<Record<Emphasis, string[]>> = {};
  for (const n of d.nodes) if (n.visible) (out[n.emphasis] ??= []).push(n.id);
  return out;
}

/** Link emphasis by index, visible links only, as "source>target:emphasis". */
function linkEmphases(index: GraphIndex, d: Display): string[] {
  return d.links
    .filter((l) => l.visible)
    .map((l) => `${index.nodes[l.source]!.id}>${index.nodes[l.target]!.id}:${l.emphasis}`);
}

describe('deriveDisplay: the plain map', () => {
  const index = literature();
  const d = deriveDisplay(index, initialViewState);

  it('shows every node, normal, in index order', () => {
    expect(d.nodes.map((n) => [n.id, n.index, n.visible, n.emphasis, n.match])).toEqual(
      ALL.map((id, i) => [id, i, true, 'normal', false]),
    );
    expect(d.nodes[0]).toMatchObject({ kind: 'paper', label: 'Alpha survey' });
    expect([...d.visible]).toEqual(ALL);
    expect(d.matches).toEqual([]);
  });

  it('shows a repeated id once, as its first node, as with a filter on', () => {
    const repeated = new GraphIndex(
      doc(
        [
          { id: 'paper:a', kind: 'paper', label: 'first' },
          { id: 'paper:b', kind: 'paper', label: 'other' },
          { id: 'paper:a', kind: 'paper', label: 'second' },
        ],
        [],
      ),
    );
    for (const state of [initialViewState, view({ kinds: new Set(['paper']) })]) {
      const shown = deriveDisplay(repeated, state);
      expect(shown.nodes.map((n) => [n.label, n.visible])).toEqual([
        ['first', true],
        ['other', true],
        ['second', false],
      ]);
      expect([...shown.visible]).toEqual(['paper:a', 'paper:b']);
    }
  });

  it('shows every link, normal, with its ends as node positions', () => {
    expect(d.links.map((l) => [l.index, l.source, l.target, l.kind, l.visible, l.emphasis])).toEqual([
      [0, 0, 3, 'defines', true, 'normal'],
      [1, 3, 4, 'has-part', true, 'normal'],
      [2, 3, 5, 'has-part', true, 'normal'],
      [3, 0, 6, 'evaluates-on', true, 'normal'],
      [4, 1, 6, 'evaluates-on', true, 'normal'],
      [5, 1, 7, 'introduces', true, 'normal'],
      [6, 0, 1, 'similar', true, 'normal'],
      [7, 2, 8, 'mentions', true, 'normal'],
      [8, 2, 9, 'authored-by', true, 'normal'],
      [9, 2, 10, 'mentions', true, 'normal'],
    ]);
  });

  it('always labels papers, taxonomies, categories and benchmarks, and nothing else', () => {
    expect(d.nodes.filter((n) => n.alwaysLabel).map((n) => n.id)).toEqual([
      'paper:a',
      'paper:b',
      'paper:c',
      'taxonomy:t',
      'cat:one',
      'cat:two',
      'benchmark:m',
    ]);
  });

  it('ranks labels taxonomy > category > paper > benchmark > model/method > organization > concept', () => {
    const ranked = [...d.nodes].sort((a, b) => b.labelPriority - a.labelPriority || a.index - b.index);
    expect(ranked.map((n) => n.id)).toEqual([
      'taxonomy:t',
      'cat:one',
      'cat:two',
      'paper:a',
      'paper:b',
      'paper:c',
      'benchmark:m',
      'model:x',
      'method:y',
      'organization:o',
      'concept:z',
    ]);
    const p = (id: string) => d.nodes[index.indexOf(id)]!.labelPriority;
    expect(p('model:x')).toBe(p('method:y'));
    expect(p('cat:one')).toBe(p('cat:two'));
  });
});

describe('deriveDisplay: label priority', () => {
  // No links except to give degrees; one node of each kind plus one the data brought along.
  const index = new GraphIndex(
    doc(
      [
        { id: 'c', kind: 'concept', label: 'C' },
        { id: 'd', kind: 'dataset', label: 'D' },
        { id: 'o', kind: 'organization', label: 'O' },
        { id: 'me', kind: 'method', label: 'Me' },
        { id: 'mo', kind: 'model', label: 'Mo' },
        { id: 'p1', kind: 'paper', label: 'P1' },
        { id: 'p2', kind: 'paper', label: 'P2' },
        { id: 'b', kind: 'benchmark', label: 'B' },
        { id: 'k', kind: 'category', label: 'K' },
        { id: 't', kind: 'taxonomy', label: 'T' },
      ],
      [
        { source: 'p2', target: 'c', kind: 'mentions' },
        { source: 'p2', target: 'o', kind: 'authored-by' },
      ],
    ),
  );
  const rank = (state: ViewState) =>
    [...deriveDisplay(index, state).nodes]
      .sort((a, b) => b.labelPriority - a.labelPriority || a.index - b.index)
      .map((n) => n.id);

  it('orders by kind, unknown kinds last, breaking ties by degree', () => {
    // Model and method share a tier; equal degree leaves them in index order.
    expect(rank(view())).toEqual(['t', 'k', 'p2', 'p1', 'b', 'me', 'mo', 'o', 'c', 'd']);
  });

  it('puts the selected and hovered nodes first, then search hits, then the active node\'s neighbours', () => {
    // "c" and "o" are neighbours of the hovered p2 (c first: earlier in the index); "d" matches.
    expect(rank(view({ selected: 'p1', hovered: 'p2', query: 'd' }))).toEqual(['p2', 'p1', 'd', 'c', 'o', 't', 'k', 'b', 'me', 'mo']);
    expect(rank(view({ highlighted: 'o' }))).toEqual(['o', 'p2', 't', 'k', 'p1', 'b', 'me', 'mo', 'c', 'd']);
  });

  it('always labels the selected, hovered, highlighted, matching and neighbouring nodes', () => {
    const d = deriveDisplay(index, view({ selected: 'mo', hovered: 'c', query: 'me' }));
    expect(d.nodes.filter((n) => n.alwaysLabel).map((n) => n.id)).toEqual(['c', 'me', 'mo', 'p1', 'p2', 'b', 'k', 't']);
    const lit = deriveDisplay(index, view({ highlighted: 'd' }));
    expect(lit.nodes.filter((n) => n.alwaysLabel).map((n) => n.id)).toEqual(['d', 'p1', 'p2', 'b', 'k', 't']);
  });
});

describe('deriveDisplay: selection, hover and outside highlight', () => {
  const index = literature();

  it('with a selection only, lights its neighbours and leaves the rest normal', () => {
    const d = deriveDisplay(index, view({ selected: 'paper:a' }));
    expect(emphases(d)).toEqual({
      selected: ['paper:a'],
      highlight: ['paper:b', 'taxonomy:t', 'benchmark:m'],
      normal: ['paper:c', 'cat:one', 'cat:two', 'model:x', 'method:y', 'organization:o', 'concept:z'],
    });
    expect(linkEmphases(index, d)).toEqual([
      'paper:a>taxonomy:t:highlight',
      'taxonomy:t>cat:one:normal',
      'taxonomy:t>cat:two:normal',
      'paper:a>benchmark:m:highlight',
      'paper:b>benchmark:m:normal',
      'paper:b>model:x:normal',
      'paper:a>paper:b:highlight',
      'paper:c>method:y:normal',
      'paper:c>organization:o:normal',
      'paper:c>concept:z:normal',
    ]);
  });

  it('while hovering, lights the hovered node and its neighbours and fades the rest', () => {
    const d = deriveDisplay(index, view({ hovered: 'paper:b' }));
    expect(emphases(d)).toEqual({
      highlight: ['paper:a', 'paper:b', 'benchmark:m', 'model:x'],
      faded: ['paper:c', 'taxonomy:t', 'cat:one', 'cat:two', 'method:y', 'organization:o', 'concept:z'],
    });
    expect(linkEmphases(index, d)).toEqual([
      'paper:a>taxonomy:t:faded',
      'taxonomy:t>cat:one:faded',
      'taxonomy:t>cat:two:faded',
      // Both ends lit, but it does not touch the hovered node.
      'paper:a>benchmark:m:faded',
      'paper:b>benchmark:m:highlight',
      'paper:b>model:x:highlight',
      'paper:a>paper:b:highlight',
      'paper:c>method:y:faded',
      'paper:c>organization:o:faded',
      'paper:c>concept:z:faded',
    ]);
  });

  it('keeps the selected node marked while hovering elsewhere', () => {
    const d = deriveDisplay(index, view({ selected: 'paper:c', hovered: 'model:x' }));
    expect(emphases(d)).toEqual({
      selected: ['paper:c'],
      highlight: ['paper:b', 'model:x'],
      faded: ['paper:a', 'taxonomy:t', 'cat:one', 'cat:two', 'benchmark:m', 'method:y', 'organization:o', 'concept:z'],
    });
    expect(linkEmphases(index, d).filter((l) => !l.endsWith(':faded'))).toEqual(['paper:b>model:x:highlight']);
  });

  it('fades the rest while hovering the selected node itself', () => {
    const d = deriveDisplay(index, view({ selected: 'taxonomy:t', hovered: 'taxonomy:t' }));
    expect(emphases(d)).toEqual({
      selected: ['taxonomy:t'],
      highlight: ['paper:a', 'cat:one', 'cat:two'],
      faded: ['paper:b', 'paper:c', 'benchmark:m', 'model:x', 'method:y', 'organization:o', 'concept:z'],
    });
  });

  it('treats an outside highlight like a hover, and a hover beats it', () => {
    const lit = deriveDisplay(index, view({ highlighted: 'benchmark:m' }));
    expect(emphases(lit).highlight).toEqual(['paper:a', 'paper:b', 'benchmark:m']);
    expect(emphases(lit).faded).toHaveLength(8);
    const both = deriveDisplay(index, view({ hovered: 'paper:c', highlighted: 'benchmark:m' }));
    expect(emphases(both).highlight).toEqual(['paper:c', 'method:y', 'organization:o', 'concept:z']);
  });

  it('ignores a hover or highlight on a node that cannot be seen or does not exist', () => {
    const hidden = deriveDisplay(
      index,
      view({ hovered: 'concept:z', highlighted: 'ghost', selected: 'paper:a', kinds: new Set(['paper', 'benchmark']) }),
    );
    // Falls back to the selection: nothing is faded.
    expect(emphases(hidden)).toEqual({ selected: ['paper:a'], highlight: ['paper:b', 'benchmark:m'], normal: ['paper:c'] });
    const fallsToHighlight = deriveDisplay(index, view({ hovered: 'ghost', highlighted: 'model:x' }));
    expect(emphases(fallsToHighlight).highlight).toEqual(['paper:b', 'model:x']);
  });

  it('leaves the map plain for a selection that does not exist', () => {
    expect(emphases(deriveDisplay(index, view({ selected: 'ghost' })))).toEqual({ normal: ALL });
  });
});

describe('deriveDisplay: search', () => {
  const index = literature();

  it('marks visible hits in rank order and fades the rest', () => {
    const d = deriveDisplay(index, view({ query: 'Z' }));
    // Both labels start with z; the benchmark has more links.
    expect(d.matches).toEqual(['benchmark:m', 'concept:z']);
    expect(d.nodes.filter((n) => n.match).map((n) => n.id)).toEqual(['benchmark:m', 'concept:z']);
    expect(emphases(d)).toEqual({
      normal: ['benchmark:m', 'concept:z'],
      faded: ALL.filter((id) => id !== 'benchmark:m' && id !== 'concept:z'),
    });
    // Every link has a faded end.
    expect(d.links.every((l) => l.emphasis === 'faded')).toBe(true);
  });

  it('leaves hidden nodes out of the hits', () => {
    const d = deriveDisplay(index, view({ query: 'z', kinds: new Set(['benchmark', 'paper']) }));
    expect(d.matches).toEqual(['benchmark:m']);
    expect(d.nodes[index.indexOf('concept:z')]!.match).toBe(false);
  });

  it('keeps the selection and its neighbours lit through a search', () => {
    const d = deriveDisplay(index, view({ query: 'zebra', selected: 'paper:a' }));
    expect(emphases(d)).toEqual({
      selected: ['paper:a'],
      highlight: ['paper:b', 'taxonomy:t', 'benchmark:m'],
      faded: ['paper:c', 'cat:one', 'cat:two', 'model:x', 'method:y', 'organization:o', 'concept:z'],
    });
    expect(linkEmphases(index, d)).toEqual([
      'paper:a>taxonomy:t:highlight',
      'taxonomy:t>cat:one:faded',
      'taxonomy:t>cat:two:faded',
      'paper:a>benchmark:m:highlight',
      'paper:b>benchmark:m:normal',
      'paper:b>model:x:faded',
      'paper:a>paper:b:highlight',
      'paper:c>method:y:faded',
      'paper:c>organization:o:faded',
      'paper:c>concept:z:faded',
    ]);
  });

  it('lets a hover win over the search, keeping the hit marked', () => {
    const d = deriveDisplay(index, view({ query: 'zebra', hovered: 'paper:c' }));
    const m = d.nodes[index.indexOf('benchmark:m')]!;
    expect(m.match).toBe(true);
    expect(m.emphasis).toBe('faded');
    expect(emphases(d).highlight).toEqual(['paper:c', 'method:y', 'organization:o', 'concept:z']);
  });

  it('treats a blank query as none', () => {
    const d = deriveDisplay(index, view({ query: '   ' }));
    expect(d.matches).toEqual([]);
    expect(emphases(d)).toEqual({ normal: ALL });
  });

  it('fades everything when nothing matches', () => {
    const d = deriveDisplay(index, view({ query: 'quokka' }));
    expect(d.matches).toEqual([]);
    expect(emphases(d)).toEqual({ faded: ALL });
  });
});

describe('deriveDisplay: what is visible', () => {
  const index = literature();
  const visible = (state: ViewState) => [...deriveDisplay(index, state).visible];

  it('filters by kind, and shows a link only when both ends show', () => {
    const d = deriveDisplay(index, view({ kinds: new Set(['paper', 'benchmark']) }));
    expect([...d.visible]).toEqual(['paper:a', 'paper:b', 'paper:c', 'benchmark:m']);
    expect(d.nodes.filter((n) => n.visible).map((n) => n.id)).toEqual([...d.visible]);
    expect(d.links.filter((l) => l.visible).map((l) => l.index)).toEqual([3, 4, 6]);
    expect(visible(view({ kinds: new Set() }))).toEqual([]);
  });

  it('filters by year through the model rules', () => {
    // Papers outside go; so do nodes whose every paper went.
    expect(visible(view({ years: [2021, 2023] }))).toEqual(['paper:b', 'benchmark:m', 'model:x']);
  });

  it('focuses on the selection to the given depth', () => {
    expect(visible(view({ selected: 'paper:a', depth: 1 }))).toEqual(['paper:a', 'paper:b', 'taxonomy:t', 'benchmark:m']);
    expect(visible(view({ selected: 'paper:a', depth: 2 }))).toEqual([
      'paper:a',
      'paper:b',
      'taxonomy:t',
      'cat:one',
      'cat:two',
      'benchmark:m',
      'model:x',
    ]);
    expect(visible(view({ selected: 'paper:c', depth: 3 }))).toEqual(['paper:c', 'method:y', 'organization:o', 'concept:z']);
  });

  it('ignores depth without a selection, with depth 0, or for a selection the graph lacks', () => {
    expect(visible(view({ depth: 2 }))).toEqual(ALL);
    expect(visible(view({ selected: 'paper:a', depth: 0 }))).toEqual(ALL);
    expect(visible(view({ selected: 'ghost', depth: 2 }))).toEqual(ALL);
  });

  it('intersects focus with the filters', () => {
    expect(visible(view({ selected: 'paper:a', depth: 2, kinds: new Set(['category', 'model']) }))).toEqual([
      'cat:one',
      'cat:two',
      'model:x',
    ]);
    expect(visible(view({ selected: 'paper:a', depth: 1, years: [2021, 2023] }))).toEqual(['paper:b', 'benchmark:m']);
  });

  it('hides links whose end is not in the graph', () => {
    const loose = new GraphIndex(
      doc(
        [{ id: 'a', kind: 'paper', label: 'A' }],
        [
          { source: 'a', target: 'ghost', kind: 'mentions' },
          { source: 'a', target: 'a', kind: 'related' },
        ],
      ),
    );
    const d = deriveDisplay(loose, view({ selected: 'a' }));
    expect(d.links.map((l) => [l.source, l.target, l.visible, l.emphasis])).toEqual([
      [0, -1, false, 'normal'],
      [0, 0, true, 'highlight'],
    ]);
  });

  it('handles an empty graph', () => {
    const empty = new GraphIndex(doc([], []));
    expect(deriveDisplay(empty, view({ selected: 'x', hovered: 'y', query: 'q', depth: 3 }))).toEqual({
      nodes: [],
      links: [],
      linkSource: new Int32Array(0),
      linkTarget: new Int32Array(0),
      linkKinds: [],
      linkVisible: new Uint8Array(0),
      linkEmphasis: new Uint8Array(0),
      visible: new Set(),
      matches: [],
      figures: [],
    });
  });
});

describe('deriveDisplay: cost on hover', () => {
  it('reuses filter, focus and search results while only the hover changes', () => {
    const index = literature();
    const spy = vi.spyOn(index, 'neighbourhood');
    const kinds = new Set(['paper', 'benchmark', 'taxonomy']);
    const base = view({ selected: 'paper:a', depth: 2, kinds, years: [2019, 2024], query: 'alpha' });
    const first = deriveDisplay(index, base);
    // Fresh but equal filter values, as a component rebuilding them each render would pass.
    const hovered = deriveDisplay(index, { ...base, hovered: 'paper:b', kinds: new Set(kinds), years: [2019, 2024] });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(hovered.visible).toBe(first.visible);
    expect(hovered.matches).toEqual(['paper:a']);

    // A change of any input is seen, even a kind set changed in place.
    kinds.delete('taxonomy');
    expect([...deriveDisplay(index, base).visible]).toEqual(['paper:a', 'paper:b', 'benchmark:m']);
    kinds.add('taxonomy');
    const narrower = deriveDisplay(index, { ...base, kinds: new Set(['paper']) });
    expect([...narrower.visible]).toEqual(['paper:a', 'paper:b']);
    expect(deriveDisplay(index, { ...base, years: [2021, 2024] }).visible).not.toBe(first.visible);
    expect([...deriveDisplay(index, { ...base, depth: 1 }).visible]).toEqual(['paper:a', 'paper:b', 'taxonomy:t', 'benchmark:m']);
    expect(deriveDisplay(index, { ...base, query: 'beta' }).matches).toEqual(['paper:b']);
    expect(deriveDisplay(index, base).matches).toEqual(['paper:a']);
  });

  it('keeps separate memos per index', () => {
    const one = literature();
    const two = literature();
    const a = deriveDisplay(one, view({ kinds: new Set(['paper']) }));
    const b = deriveDisplay(two, view({ kinds: new Set(['concept']) }));
    expect([...a.visible]).toEqual(['paper:a', 'paper:b', 'paper:c']);
    expect([...b.visible]).toEqual(['concept:z']);
  });
});

describe('deriveDisplay: label side', () => {
  it('labels the parts of a modules figure below and above in turn, everything else to the right first', () => {
    const index = new GraphIndex(
      doc(
        [
          { id: 'taxonomy:pipe', kind: 'taxonomy', label: 'Pipe', shape: 'modules' },
          { id: 'pipe:a', kind: 'category', label: 'A', taxonomy: 'taxonomy:pipe', order: 1 },
          { id: 'pipe:b', kind: 'category', label: 'B', taxonomy: 'taxonomy:pipe', order: 2 },
          { id: 'taxonomy:ring', kind: 'taxonomy', label: 'Ring', shape: 'cycle' },
          { id: 'ring:a', kind: 'category', label: 'A', taxonomy: 'taxonomy:ring', order: 1 },
          { id: 'paper:p', kind: 'paper', label: 'P' },
        ],
        [],
      ),
    );
    const d = deriveDisplay(index, view());
    expect(d.nodes.map((n) => [n.id, n.labelFirst])).toEqual([
      ['taxonomy:pipe', 0],
      ['pipe:a', 2],
      ['pipe:b', 3],
      ['taxonomy:ring', 0],
      ['ring:a', 0],
      ['paper:p', 0],
    ]);
  });
});

describe('deriveDisplay: a tour step spotlight', () => {
  const index = literature();

  it('dims everything but the spotlight, labels only the lit nodes, and keeps it until it is cleared', () => {
    const d = deriveDisplay(index, view({ spotlight: new Set(['taxonomy:t', 'cat:one', 'cat:two', 'gone:id']) }));
    expect(emphases(d)).toEqual({
      normal: ['taxonomy:t', 'cat:one', 'cat:two'],
      faded: ['paper:a', 'paper:b', 'paper:c', 'benchmark:m', 'model:x', 'method:y', 'organization:o', 'concept:z'],
    });
    expect(d.nodes.filter((n) => n.alwaysLabel).map((n) => n.id)).toEqual(['taxonomy:t', 'cat:one', 'cat:two']);
    expect(linkEmphases(index, d)).toEqual([
      'paper:a>taxonomy:t:faded',
      'taxonomy:t>cat:one:normal',
      'taxonomy:t>cat:two:normal',
      'paper:a>benchmark:m:faded',
      'paper:b>benchmark:m:faded',
      'paper:b>model:x:faded',
      'paper:a>paper:b:faded',
      'paper:c>method:y:faded',
      'paper:c>organization:o:faded',
      'paper:c>concept:z:faded',
    ]);
    expect(emphases(deriveDisplay(index, view({ spotlight: new Set() }))).faded).toBe(undefined);
  });
});

describe('deriveDisplay: a hover moving from node to node', () => {
  const graph = generatedGraph(600, 11);
  // Each step's state, in order; the display of each must equal one derived from scratch.
  const steps: Array<Partial<ViewState>> = [
    { hovered: 'n0' },
    { hovered: 'n1' },
    { hovered: 'n250' },
    { hovered: 'n250', selected: 'n3' },
    { hovered: 'n3', selected: 'n3' },
    { hovered: 'n4', selected: 'n3' },
    { highlighted: 'n5', selected: 'n3' },
    { highlighted: 'n5', hovered: 'n599', selected: 'n3' },
    { hovered: 'n7', selected: 'n3', query: 'node 1' },
    { hovered: 'n8', selected: 'n3', query: 'node 1' },
    { hovered: 'n9', spotlight: new Set(['n9', 'n10', 'n2']) },
    { hovered: 'n2', spotlight: new Set(['n9', 'n10', 'n2']) },
    { hovered: 'n2', kinds: new Set(['paper', 'benchmark']) },
    { hovered: 'n12', kinds: new Set(['paper', 'benchmark']) },
    { hovered: null },
    { hovered: 'n13' },
  ];

  it('gives exactly what deriving from scratch gives, at every step', () => {
    const index = new GraphIndex(graph);
    // One set for the whole tour step, as the map hands it over.
    const spotlight = new Set(['n9', 'n10', 'n2']);
    for (const step of steps) {
      const state = view({ ...step, spotlight: step.spotlight ? spotlight : null });
      const fresh = deriveDisplay(new GraphIndex(graph), state);
      expect(deriveDisplay(index, state)).toEqual(fresh);
    }
  });

  it('keeps the objects of nodes the move does not touch, and changes only the links of the nodes it leaves and reaches', () => {
    const index = new GraphIndex(graph);
    const before = deriveDisplay(index, view({ hovered: 'n0' }));
    const after = deriveDisplay(index, view({ hovered: 'n1' }));
    const touched = new Set(['n0', 'n1', ...index.neighbours('n0'), ...index.neighbours('n1')]);
    const far = after.nodes.find((d) => !touched.has(d.id))!;
    expect(after.nodes[far.index]).toBe(before.nodes[far.index]);
    expect(after.nodes).not.toBe(before.nodes);
    // n1's own entry is new: it is the hovered node now, placed first among labels.
    expect(after.nodes[1]).not.toBe(before.nodes[1]);
    expect(after.nodes[1]!.labelPriority).toBeGreaterThan(before.nodes[1]!.labelPriority);
    const changed = [...after.linkEmphasis.keys()].filter((i) => after.linkEmphasis[i] !== before.linkEmphasis[i]);
    const ends = (i: number) => [index.nodes[after.linkSource[i]!]!.id, index.nodes[after.linkTarget[i]!]!.id];
    expect(changed.length).toBeGreaterThan(0);
    for (const i of changed) expect(ends(i).some((id) => id === 'n0' || id === 'n1'), ends(i).join('>')).toBe(true);
    // The arrays are the display's own: the earlier display is left as it was.
    expect(after.linkEmphasis).not.toBe(before.linkEmphasis);
    expect(before.links.filter((l) => l.emphasis === 'highlight').every((l) => [l.source, l.target].includes(0))).toBe(true);
  });
});
