import type { GraphIndex } from '../model/GraphIndex.js';
import { visibleIds } from '../model/filter.js';
import { search } from '../model/search.js';
import type { ViewState } from './ViewState.js';
import { figureEdges, type FigureEdge } from './figureEdges.js';

export type Emphasis = 'normal' | 'faded' | 'highlight' | 'selected';

export interface NodeDisplay {
  id: string;
  /** Position in `index.nodes`, so renderers can keep parallel typed arrays. */
  index: number;
  kind: string;
  label: string;
  visible: boolean;
  emphasis: Emphasis;
  /** A search hit (visible ones only). */
  match: boolean;
  /** Higher is placed first by the label placer. */
  labelPriority: number;
  /** Worth a label at any zoom: tried first, in every position. */
  alwaysLabel: boolean;
  /** The label position to try first (see `placeLabels`): the parts of a pipeline read best below. */
  labelFirst: number;
}

export interface LinkDisplay {
  /** Position in `index.links`. */
  index: number;
  /** Node positions in `index.nodes`; -1 when an end is not in the graph. */
  source: number;
  target: number;
  kind: string;
  visible: boolean;
  emphasis: 'normal' | 'faded' | 'highlight';
}

/**
 * A link's emphases in drawing order, faded under normal under highlighted: `Display.linkEmphasis`
 * holds positions in it.
 */
export const LINK_EMPHASES = ['faded', 'normal', 'highlight'] as const;

export interface Display {
  nodes: NodeDisplay[];
  /**
   * One object per link, made when first read. Renderers read the arrays below instead: at 20,000
   * nodes that is 40,000 objects fewer each time the display is derived.
   */
  readonly links: LinkDisplay[];
  /** Per link, by position in `index.links`: its ends as node positions (-1 when not in the graph). */
  linkSource: Int32Array;
  linkTarget: Int32Array;
  /** Per link: its kind. */
  linkKinds: readonly string[];
  /** Per link: 1 when both ends are visible. */
  linkVisible: Uint8Array;
  /** Per link: its emphasis, as a position in LINK_EMPHASES. */
  linkEmphasis: Uint8Array;
  visible: ReadonlySet<string>;
  /** Search hits in rank order, visible ones only. */
  matches: string[];
  /** The order of each shaped taxonomy's parts (draw an edge when both ends are visible). */
  figures: readonly FigureEdge[];
}

// Label tiers, highest first. Active neighbours sit just under search hits: while a reader points
// at a node, the names of what it connects to are what they are reading for.
const TIER_FOCUS = 11;
const TIER_MATCH = 10;
const TIER_NEIGHBOUR = 9;
const KIND_TIER: Readonly<Record<string, number>> = {
  taxonomy: 8,
  category: 7,
  paper: 6,
  benchmark: 5,
  model: 4,
  method: 4,
  organization: 3,
  concept: 2,
};
const TIER_UNKNOWN = 1;
const FADED = LINK_EMPHASES.indexOf('faded');
const NORMAL = LINK_EMPHASES.indexOf('normal');
const HIGHLIGHT = LINK_EMPHASES.indexOf('highlight');
/** `placeLabels` positions 2 and 3: centred below and above the node. */
const LABEL_BELOW = 2;
const LABEL_ABOVE = 3;
// Degree breaks ties inside a tier; the shift keeps any realistic degree below the next tier.
const TIER_SCALE = 1 << 20;
// Papers are the map's subject: like the parts of a figure they may take any side of their node.
// They are placed after taxonomies and their parts, so a figure always reads whole, and before
// benchmarks, whose short names find room more easily (measured on the seed map: at 1024×700 nine
// of eleven paper labels instead of eight, every benchmark label either way).
const ALWAYS_KINDS: ReadonlySet<string> = new Set(['taxonomy', 'paper', 'category', 'benchmark']);

/**
 * What never changes for one index, plus single-entry memos of the expensive queries, so that
 * a hover (which changes none of their inputs) costs one pass over nodes and links.
 */
interface IndexCache {
  kindTier: Uint8Array;
  kindAlways: Uint8Array;
  labelFirst: Uint8Array;
  degree: Int32Array;
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkKinds: readonly string[];
  /** A copy, compared by content: callers rebuild their kind set freely, or change it in place. */
  visKinds: ReadonlySet<string> | null | undefined;
  visYearFrom: number;
  visYearTo: number;
  visFocus: string | null;
  visDepth: number;
  visible: ReadonlySet<string>;
  visibleFlag: Uint8Array;
  query: string | undefined;
  hits: readonly string[];
  /** The last result, with what a hover moving to another node needs to update it in place. */
  last: LastDisplay | null;
}

interface LastDisplay {
  display: Display;
  hits: readonly string[];
  selectedIdx: number;
  queryOn: boolean;
  spotlight: ViewState['spotlight'];
  hoveredIdx: number;
  highlightedIdx: number;
  activeIdx: number;
  transient: boolean;
  /** The nodes `near` marked. */
  near: number[];
}

const caches = new WeakMap<GraphIndex, IndexCache>();

function cacheFor(index: GraphIndex): IndexCache {
  let cache = caches.get(index);
  if (cache) return cache;
  const { nodes } = index;
  const kindTier = new Uint8Array(nodes.length);
  const kindAlways = new Uint8Array(nodes.length);
  const labelFirst = new Uint8Array(nodes.length);
  // Whole numbers: each label priority below is then a small integer, one representation for all.
  const degree = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    kindTier[i] = KIND_TIER[node.kind] ?? TIER_UNKNOWN;
    kindAlways[i] = ALWAYS_KINDS.has(node.kind) ? 1 : 0;
    // Side by side in a row, a label to the right runs into the next part: labels go underneath
    // and above in turn, so long ones do not collide with their neighbours'.
    if (node.taxonomy !== undefined && index.node(node.taxonomy)?.shape === 'modules') {
      labelFirst[i] = (node.order ?? 1) % 2 === 0 ? LABEL_ABOVE : LABEL_BELOW;
    }
    degree[i] = Math.min(index.degreeAt(i), TIER_SCALE - 1);
  }
  const { linkSource, linkTarget } = index;
  const linkKinds = index.links.map((link) => link.kind);
  cache = {
    kindTier,
    kindAlways,
    labelFirst,
    degree,
    linkSource,
    linkTarget,
    linkKinds,
    visKinds: undefined,
    visYearFrom: NaN,
    visYearTo: NaN,
    visFocus: null,
    visDepth: -1,
    visible: new Set(),
    visibleFlag: new Uint8Array(nodes.length),
    query: undefined,
    hits: [],
    last: null,
  };
  caches.set(index, cache);
  return cache;
}

function updateVisible(index: GraphIndex, cache: IndexCache, state: ViewState): void {
  // A selection the graph does not hold (a stale link) must not blank the map.
  const focus = state.depth > 0 && state.selected !== null && index.has(state.selected) ? state.selected : null;
  const depth = focus === null ? 0 : state.depth;
  const yearFrom = state.years ? state.years[0] : NaN;
  const yearTo = state.years ? state.years[1] : NaN;
  if (
    sameKinds(cache.visKinds, state.kinds) &&
    Object.is(cache.visYearFrom, yearFrom) &&
    Object.is(cache.visYearTo, yearTo) &&
    cache.visFocus === focus &&
    cache.visDepth === depth
  ) {
    return;
  }
  const n = index.nodes.length;
  let visible: Set<string>;
  let flag: Uint8Array;
  const unfiltered = state.kinds === null && state.years === null && focus === null;
  if (unfiltered) {
    visible = new Set(index.nodes.map((node) => node.id));
  } else {
    visible = visibleIds(index, { kinds: state.kinds, years: state.years });
    if (focus !== null) {
      const around = index.neighbourhood(focus, depth);
      const both = new Set<string>();
      for (const id of visible) if (around.has(id)) both.add(id);
      visible = both;
    }
  }
  // Nothing filtered and every id once (every map's first frame): every node shows, with no lookup
  // per node. Otherwise a repeated id shows once, as its first node.
  if (unfiltered && visible.size === n) {
    flag = new Uint8Array(n).fill(1);
  } else {
    flag = new Uint8Array(n);
    for (const id of visible) {
      const i = index.indexOf(id);
      if (i >= 0) flag[i] = 1;
    }
  }
  cache.visKinds = state.kinds === null ? null : new Set(state.kinds);
  cache.visYearFrom = yearFrom;
  cache.visYearTo = yearTo;
  cache.visFocus = focus;
  cache.visDepth = depth;
  cache.visible = visible;
  cache.visibleFlag = flag;
}

function sameKinds(a: ReadonlySet<string> | null | undefined, b: ReadonlySet<string> | null): boolean {
  if (a === undefined) return false;
  if (a === null || b === null) return a === b;
  if (a.size !== b.size) return false;
  for (const kind of b) if (!a.has(kind)) return false;
  return true;
}

function updateHits(index: GraphIndex, cache: IndexCache, query: string): void {
  if (cache.query === query) return;
  cache.query = query;
  cache.hits = query === '' ? [] : search(index, query, index.nodes.length).map((hit) => hit.id);
}

/** Position of `id` when it is in the graph and visible, else -1. */
function visibleIndexOf(index: GraphIndex, flag: Uint8Array, id: string | null): number {
  if (id === null) return -1;
  const i = index.indexOf(id);
  return i >= 0 && flag[i] === 1 ? i : -1;
}

/**
 * Derives what is drawn from the model and the view state, sigma.js-reducer style: one pass over
 * nodes and one over links, with filter, focus and search results memoised per index, because
 * this runs on every hover.
 */
export function deriveDisplay(index: GraphIndex, state: ViewState): Display {
  const cache = cacheFor(index);
  updateVisible(index, cache, state);
  const query = state.query.trim();
  updateHits(index, cache, query);

  const flag = cache.visibleFlag;
  const n = index.nodes.length;

  const match = new Uint8Array(n);
  const matches: string[] = [];
  for (const id of cache.hits) {
    const i = index.indexOf(id);
    if (i >= 0 && flag[i] === 1 && match[i] === 0) {
      match[i] = 1;
      matches.push(id);
    }
  }

  const hoveredIdx = visibleIndexOf(index, flag, state.hovered);
  const highlightedIdx = visibleIndexOf(index, flag, state.highlighted);
  const selectedIdx = state.selected === null ? -1 : index.indexOf(state.selected);
  const selectedVisible = selectedIdx >= 0 && flag[selectedIdx] === 1 ? selectedIdx : -1;
  // The node the current gesture is about: the hover, else the outside light, else the selection.
  const activeIdx = hoveredIdx >= 0 ? hoveredIdx : highlightedIdx >= 0 ? highlightedIdx : selectedVisible;
  // Fading everything else is for the transient gesture only; a selection alone leaves the
  // rest of the map readable.
  const transient = hoveredIdx >= 0 || highlightedIdx >= 0;
  const queryOn = query !== '';

  const near = new Uint8Array(n);
  if (activeIdx >= 0) {
    for (const id of index.neighbours(index.nodes[activeIdx]!.id)) {
      const i = index.indexOf(id);
      if (i >= 0 && flag[i] === 1) near[i] = 1;
    }
    near[activeIdx] = 1;
  }

  // A tour step's spotlight dims the rest like a hover does, but stays until the step changes.
  const lit = new Uint8Array(n);
  let spotlightOn = false;
  if (state.spotlight !== null) {
    for (const id of state.spotlight) {
      const i = index.indexOf(id);
      if (i >= 0 && flag[i] === 1) {
        lit[i] = 1;
        spotlightOn = true;
      }
    }
  }

  const nodeAt = (i: number): NodeDisplay => {
    const node = index.nodes[i]!;
    const focus = i === selectedIdx || i === hoveredIdx || i === highlightedIdx;
    let emphasis: Emphasis;
    if (i === selectedIdx) emphasis = 'selected';
    else if (near[i] === 1) emphasis = 'highlight';
    else if (transient || (queryOn && match[i] === 0) || (spotlightOn && lit[i] === 0)) emphasis = 'faded';
    else emphasis = 'normal';
    const tier = focus
      ? TIER_FOCUS
      : match[i] === 1
        ? TIER_MATCH
        : near[i] === 1 || lit[i] === 1
          ? TIER_NEIGHBOUR
          : cache.kindTier[i]!;
    return {
      id: node.id,
      index: i,
      kind: node.kind,
      label: node.label,
      visible: flag[i] === 1,
      emphasis,
      match: match[i] === 1,
      labelPriority: tier * TIER_SCALE + cache.degree[i]!,
      // Under a spotlight only the lit nodes are worth a label: the rest is background.
      alwaysLabel: focus || match[i] === 1 || near[i] === 1 || lit[i] === 1 || (!spotlightOn && cache.kindAlways[i] === 1),
      labelFirst: cache.labelFirst[i]!,
    };
  };
  // `faded` is only read when nothing is transient: a transient gesture fades every link it does
  // not light anyway.
  const setLink = (i: number, faded: Uint8Array | null): void => {
    const s = cache.linkSource[i]!;
    const t = cache.linkTarget[i]!;
    const visible = s >= 0 && t >= 0 && flag[s] === 1 && flag[t] === 1;
    let emphasis: number;
    if (visible && activeIdx >= 0 && (s === activeIdx || t === activeIdx)) emphasis = HIGHLIGHT;
    else if (transient || (spotlightOn && (lit[s] !== 1 || lit[t] !== 1))) emphasis = FADED;
    else if (visible && faded !== null && (faded[s] === 1 || faded[t] === 1)) emphasis = FADED;
    else emphasis = NORMAL;
    linkVisible[i] = visible ? 1 : 0;
    linkEmphasis[i] = emphasis;
  };

  const last = cache.last;
  const nearList: number[] = [];
  for (let i = activeIdx >= 0 ? 0 : n; i < n; i++) if (near[i] === 1) nearList.push(i);
  let nodes: NodeDisplay[];
  let linkVisible: Uint8Array;
  let linkEmphasis: Uint8Array;
  if (
    last !== null &&
    last.transient &&
    transient &&
    last.display.visible === cache.visible &&
    last.hits === cache.hits &&
    last.selectedIdx === selectedIdx &&
    last.queryOn === queryOn &&
    last.spotlight === state.spotlight
  ) {
    // A hover moving from node to node: only the nodes lit before or now, and the links of the
    // node active before and now, change. At 20,000 nodes that is a few dozen objects, not 60,000.
    nodes = last.display.nodes.slice();
    linkVisible = last.display.linkVisible.slice();
    linkEmphasis = last.display.linkEmphasis.slice();
    const changed = new Set<number>([...last.near, ...nearList]);
    for (const i of [last.hoveredIdx, last.highlightedIdx, hoveredIdx, highlightedIdx]) if (i >= 0) changed.add(i);
    for (const i of changed) nodes[i] = nodeAt(i);
    for (const a of [last.activeIdx, activeIdx]) {
      if (a < 0) continue;
      const ends = index.linkIndicesAt(a);
      for (let e = 0; e < ends.length; e++) setLink(ends[e]!, null);
    }
  } else {
    nodes = new Array<NodeDisplay>(n);
    const faded = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const d = nodeAt(i);
      if (d.emphasis === 'faded') faded[i] = 1;
      nodes[i] = d;
    }
    const linkCount = index.links.length;
    linkVisible = new Uint8Array(linkCount);
    linkEmphasis = new Uint8Array(linkCount);
    for (let i = 0; i < linkCount; i++) setLink(i, faded);
  }

  const { linkSource, linkTarget, linkKinds } = cache;
  let links: LinkDisplay[] | null = null;
  const display: Display = {
    nodes,
    get links(): LinkDisplay[] {
      return (links ??= Array.from(linkVisible, (visible, i) => ({
        index: i,
        source: linkSource[i]!,
        target: linkTarget[i]!,
        kind: linkKinds[i]!,
        visible: visible === 1,
        emphasis: LINK_EMPHASES[linkEmphasis[i]!]!,
      })));
    },
    linkSource,
    linkTarget,
    linkKinds,
    linkVisible,
    linkEmphasis,
    visible: cache.visible,
    matches,
    figures: figureEdges(index),
  };
  cache.last = {
    display,
    hits: cache.hits,
    selectedIdx,
    queryOn,
    spotlight: state.spotlight,
    hoveredIdx,
    highlightedIdx,
    activeIdx,
    transient,
    near: nearList,
  };
  return display;
}
