import {
  forceCollide,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
} from 'd3-force';
import { forceManyBodyFlat } from './forceManyBodyFlat.js';
import type { GraphDocument } from '../model/types.js';
import type { LayoutDocument } from './worker/protocol.js';
import { forceTaxonomyShape } from './forceTaxonomyShape.js';
import { lcg } from './lcg.js';
import { nodeRadius } from './nodeRadius.js';
import { taxonomyGroups } from './taxonomyGroups.js';
import { taxonomySlots } from './taxonomySlots.js';
import { usableIds } from './usableIds.js';
import type { Bounds, LayoutNode, LayoutOptions } from './types.js';

type SourceNode = LayoutDocument['nodes'][number];
type SourceLink = LayoutDocument['links'][number];

interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  source: number | LayoutNode;
  target: number | LayoutNode;
}

const ALPHA_MIN = 0.001;
// Alpha falls from 1 to ALPHA_MIN in this many ticks: well under the 300-tick budget, and the
// forces below are damped enough that the picture has stopped changing by then.
const SETTLE_TICKS = 220;
const ALPHA_DECAY = 1 - Math.pow(ALPHA_MIN, 1 / SETTLE_TICKS);
// d3's convention: the fraction of velocity lost per tick (d3's default is 0.4).
const VELOCITY_DECAY = 0.45;
const DRAG_ALPHA = 0.3;
// A partly stored layout only has to fit a few new nodes in: a gentle reheat keeps the rest.
const PARTIAL_ALPHA = 0.3;
const LABEL_PADDING = 6;
const FIGURE_PULL = 0.25;
const GRAVITY = 0.035;
// Measured on the seed map: at 1.8× the figures stand apart and nodes keep ≈56 px of screen between
// them at the fitted zoom, up from ≈51 px; more only grows the map and shrinks the fit.
const CHARGE_SCALE = 1.8;
// A node with no links feels only charge and gravity; stronger gravity keeps it near the map.
const ISOLATED_GRAVITY = 0.1;
const PHYLLOTAXIS_STEP = 24;
// From this many nodes there is no collision force. Charge alone keeps nodes apart at that scale
// (a node is a few pixels across when the map is fitted), and collision, a second quadtree pass,
// would cost about a third of every tick.
export const COLLIDE_MAX_NODES = 2000;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A force-directed layout of one document, stepped by its owner (see `LayoutSupervisor`).
 *
 * Nodes and links are copied into datums of its own before d3-force sees them (d3 writes into
 * what it is given), every coordinate is finite before it reaches d3 (an infinite one hangs
 * d3-quadtree), and all randomness comes from `lcg(seed)`, so one document and one seed always
 * give the same positions. A document whose every node has a stored position starts settled:
 * its first frame is its final picture.
 */
export class ForceLayout {
  readonly nodes: readonly LayoutNode[];
  private readonly indexOf: ReadonlyMap<string, number>;
  // Built on the first tick: a page whose layout runs in the worker never ticks its own copy, and
  // building d3's forces for 20,000 nodes would delay the first frame. Nothing between the
  // constructor and that tick draws on `random`, so the layout is the same either way.
  private sim: Simulation<LayoutNode, LayoutLink> | null = null;
  private readonly build: () => Simulation<LayoutNode, LayoutLink>;
  private alphaNow: number;
  private alphaTargetNow = 0;
  private readonly dragging = new Set<LayoutNode>();
  private tickCount = 0;

  constructor(document: LayoutDocument | GraphDocument, options: LayoutOptions = {}) {
    const random = lcg(typeof options.seed === 'number' && Number.isFinite(options.seed) ? options.seed : 1);

    // Ids already resolved by validation, for this very document: nothing to look up again.
    const ids = usableIds(document, options.ids);
    // Otherwise duplicate ids keep the first node (validation reports them; the layout must not crash).
    const indexOf = ids ? null : new Map<string, number>();
    const sources: SourceNode[] = [];
    const nodes: LayoutNode[] = [];
    const sourceNodes = document.nodes ?? [];
    for (let i = 0; i < sourceNodes.length; i++) {
      const source = sourceNodes[i]!;
      if (indexOf && (typeof source.id !== 'string' || indexOf.has(source.id))) continue;
      const node: LayoutNode = {
        id: source.id,
        kind: typeof source.kind === 'string' ? source.kind : '',
        index: nodes.length,
        x: NaN,
        y: NaN,
        vx: 0,
        vy: 0,
        fx: null,
        fy: null,
        // A number with a fraction from the start: a whole 0 here, then a radius of 14.5, would
        // have the engine remake every node object already made (20,000 nodes, first use: 45–50
        // against 70–100 ms for this constructor, in Node).
        radius: NaN,
      };
      indexOf?.set(source.id, node.index);
      sources.push(source);
      nodes.push(node);
    }
    const n = nodes.length;

    // Links to unknown ids make d3 throw and self-links pull nothing: both are left out. The kept
    // ones are typed arrays of ends and of where each link is in the document, and neighbours are
    // offsets into one array, not an array per node: for 20,000 nodes the first frame allocates
    // that much less.
    const sourceLinks = document.links ?? [];
    const keptS = new Int32Array(sourceLinks.length);
    const keptT = new Int32Array(sourceLinks.length);
    const keptAt = new Int32Array(sourceLinks.length);
    let m = 0;
    const degree = new Uint32Array(n);
    for (let i = 0; i < sourceLinks.length; i++) {
      let s: number;
      let t: number;
      if (ids) {
        s = ids.linkSource[i]!;
        t = ids.linkTarget[i]!;
      } else {
        const link = sourceLinks[i]!;
        s = indexOf!.get(link.source) ?? -1;
        t = indexOf!.get(link.target) ?? -1;
      }
      if (s < 0 || t < 0 || s === t) continue;
      keptS[m] = s;
      keptT[m] = t;
      keptAt[m++] = i;
      degree[s]! += 1;
      degree[t]! += 1;
    }
    const start = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) start[i + 1] = start[i]! + degree[i]!;
    const fill = start.slice(0, n);
    const neighbours = new Uint32Array(start[n]!);
    for (let j = 0; j < m; j++) {
      const s = keptS[j]!;
      const t = keptT[j]!;
      neighbours[fill[s]!++] = t;
      neighbours[fill[t]!++] = s;
    }
    const adjacency = { start, neighbours };
    for (let i = 0; i < n; i++) nodes[i]!.radius = nodeRadius(nodes[i]!.kind, degree[i]!);

    const groups = taxonomyGroups(sources);
    // Where each shaped part sits relative to its taxonomy node, so has-part links agree with
    // the shape instead of pulling the figure out of it.
    const slotOf = new Map<LayoutNode, { owner: LayoutNode; dx: number; dy: number }>();
    const byId = (id: string): LayoutNode | undefined => {
      const i = (ids?.indexOf ?? indexOf!).get(id);
      return i === undefined ? undefined : nodes[i];
    };
    for (const group of groups) {
      const owner = byId(group.id);
      if (!owner) continue;
      const parts = group.parts.map(byId).filter((p): p is LayoutNode => !!p && p !== owner);
      taxonomySlots(group.shape, parts.length).forEach(([dx, dy], i) => slotOf.set(parts[i]!, { owner, dx, dy }));
    }

    const stored = place(nodes, document.positions, options.positions);
    if (stored < n) seedPositions(nodes, adjacency, degree, random, stored > 0, slotOf);

    let gx = GRAVITY;
    let gy = GRAVITY;
    const { width, height } = options;
    if (isPositive(width) && isPositive(height)) {
      // A wide view gets a wide map: weaker gravity along the long side.
      const aspect = width / height;
      gx = GRAVITY / aspect;
      gy = GRAVITY * aspect;
    }
    const gravity = (g: number) => (node: LayoutNode) => (degree[node.index] === 0 ? ISOLATED_GRAVITY : g);

    this.nodes = nodes;
    this.indexOf = ids?.indexOf ?? indexOf!;
    this.alphaNow = stored === n ? 0 : stored > 0 ? PARTIAL_ALPHA : 1;
    this.build = () => {
      const links: LayoutLink[] = new Array(m);
      const distances = new Float64Array(m);
      const strengths = new Float64Array(m);
      for (let j = 0; j < m; j++) {
        const a = nodes[keptS[j]!]!;
        const b = nodes[keptT[j]!]!;
        const link = sourceLinks[keptAt[j]!]!;
        links[j] = { source: a.index, target: b.index };
        const slot = slotOf.get(b)?.owner === a ? slotOf.get(b) : slotOf.get(a)?.owner === b ? slotOf.get(a) : undefined;
        distances[j] = slot ? Math.hypot(slot.dx, slot.dy) : linkLength(link.kind) + a.radius + b.radius;
        // d3's default strength, 1 / min(degree), keeps hubs from being yanked about; the link kind
        // scales it so structure (has-part, defines) outweighs association (related, similar).
        // A paper that mentions every part of a figure would otherwise be pulled to its middle and
        // sit inside the ring or the pipeline; pulled gently, it stays beside the figure.
        const intoFigure = (slotOf.has(a) && slotOf.get(a)!.owner !== b) || (slotOf.has(b) && slotOf.get(b)!.owner !== a);
        strengths[j] = (linkPull(link) * (intoFigure ? FIGURE_PULL : 1)) / Math.min(degree[a.index]!, degree[b.index]!);
      }
      return forceSimulation<LayoutNode, LayoutLink>(nodes)
        // d3 starts its own timer on creation; the owner of this layout decides when to tick.
        .stop()
        .randomSource(random)
        .alpha(this.alphaNow)
        .alphaMin(ALPHA_MIN)
        .alphaDecay(ALPHA_DECAY)
        .alphaTarget(this.alphaTargetNow)
        .velocityDecay(VELOCITY_DECAY)
        .force(
          'link',
          forceLink<LayoutNode, LayoutLink>(links)
            .distance((_, i) => distances[i]!)
            .strength((_, i) => strengths[i]!),
        )
        .force('charge', forceManyBodyFlat<LayoutNode>().strength((node) => charge(node.kind) * CHARGE_SCALE).distanceMax(800))
        .force('collide', n < COLLIDE_MAX_NODES ? forceCollide<LayoutNode>((node) => node.radius + LABEL_PADDING).strength(0.8) : null)
        .force('x', forceX<LayoutNode>(0).strength(gravity(gx)))
        .force('y', forceY<LayoutNode>(0).strength(gravity(gy)))
        .force('taxonomy', forceTaxonomyShape(groups));
    };
  }

  get alpha(): number {
    return this.alphaNow;
  }

  private get simulation(): Simulation<LayoutNode, LayoutLink> {
    return (this.sim ??= this.build());
  }

  private setAlpha(alpha: number): void {
    this.alphaNow = alpha;
    this.sim?.alpha(alpha);
  }

  private setAlphaTarget(target: number): void {
    this.alphaTargetNow = target;
    this.sim?.alphaTarget(target);
  }

  /** True once alpha has fallen below alphaMin and nothing is being dragged: stop ticking. */
  get settled(): boolean {
    return this.alphaNow < ALPHA_MIN && this.dragging.size === 0;
  }

  /** Ticks done since construction. */
  get ticks(): number {
    return this.tickCount;
  }

  node(id: string): LayoutNode | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.nodes[i];
  }

  /**
   * Advances up to `n` ticks, fewer if the layout settles first: a settled layout never moves,
   * so a stored picture stays exactly where it was put. Returns the ticks done.
   */
  tick(n = 1): number {
    let done = 0;
    while (done < n && !this.settled) {
      this.simulation.tick();
      this.alphaNow = this.simulation.alpha();
      ++done;
    }
    this.tickCount += done;
    return done;
  }

  /** Ticks synchronously until settled (a static layout); returns the ticks done. */
  settle(maxTicks = 1000): number {
    return this.tick(maxTicks);
  }

  /**
   * Takes positions computed elsewhere (the layout worker runs the same layout): this copy is
   * then drawn, hit-tested and framed as if it had ticked itself. Nodes dragged here keep the
   * pointer's position, which is newer than any the worker has sent back.
   */
  adopt(positions: Float64Array, ticks: number, alpha: number): void {
    const nodes = this.nodes;
    if (positions.length !== nodes.length * 2) return;
    for (let i = 0; i < nodes.length; ++i) {
      const node = nodes[i]!;
      if (this.dragging.has(node)) continue;
      node.x = positions[2 * i]!;
      node.y = positions[2 * i + 1]!;
    }
    this.tickCount = ticks;
    this.setAlpha(alpha);
  }

  /** [x0, y0, x1, y1, …] in node order; pass `out` to reuse a buffer of length 2n. */
  positions(out?: Float64Array): Float64Array {
    const nodes = this.nodes;
    const buffer = out && out.length === nodes.length * 2 ? out : new Float64Array(nodes.length * 2);
    for (let i = 0; i < nodes.length; ++i) {
      buffer[2 * i] = nodes[i]!.x;
      buffer[2 * i + 1] = nodes[i]!.y;
    }
    return buffer;
  }

  /**
   * Drags a node to (x, y): it is fixed there and the layout is kept warm until `release`.
   * Returns false (and does nothing) for an unknown id or a non-finite coordinate.
   */
  pin(id: string, x: number, y: number): boolean {
    const node = this.node(id);
    if (!node || !Number.isFinite(x) || !Number.isFinite(y)) return false;
    node.fx = node.x = x;
    node.fy = node.y = y;
    node.vx = node.vy = 0;
    this.dragging.add(node);
    this.setAlphaTarget(DRAG_ALPHA);
    if (this.alphaNow < DRAG_ALPHA) this.setAlpha(DRAG_ALPHA);
    return true;
  }

  /** Ends a drag. The node stays pinned where it was dropped; the rest cools down around it. */
  release(id: string): void {
    const node = this.node(id);
    if (!node || !this.dragging.delete(node)) return;
    if (this.dragging.size === 0) this.setAlphaTarget(0);
  }

  /**
   * Raises alpha to at least `alpha` (at most 1) so the layout moves again; the owner must resume
   * ticking. It never cools: callers reheat on every drag move, and that must not calm a layout
   * that is still far from rest.
   */
  reheat(alpha = DRAG_ALPHA): void {
    if (!Number.isFinite(alpha)) return;
    const target = Math.min(1, Math.max(0, alpha));
    if (this.alphaNow < target) this.setAlpha(target);
  }

  /** The box holding the given nodes (all if omitted), radii included; null if none is known. */
  bounds(ids?: Iterable<string>): Bounds | null {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    // A plain indexed loop: a large map's first frame runs this before the engine has compiled
    // it, where forEach and a closure took 6–12 ms at 20,000 nodes, and for…of allocates a step.
    const nodes = ids === undefined ? this.nodes : Array.from(ids, (id) => this.node(id));
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (!node) continue;
      const { x, y, radius: r } = node;
      if (x - r < x0) x0 = x - r;
      if (y - r < y0) y0 = y - r;
      if (x + r > x1) x1 = x + r;
      if (y + r > y1) y1 = y + r;
    }
    return x0 <= x1 ? { x0, y0, x1, y1 } : null;
  }
}

function isPositive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** A stored position, read without trusting the record's prototype (ids like `__proto__`). */
function storedPosition(
  record: Record<string, [number, number]> | undefined,
  id: string,
): [number, number] | undefined {
  if (record === null || typeof record !== 'object' || !Object.hasOwn(record, id)) return undefined;
  const value: unknown = record[id];
  if (!Array.isArray(value) || value.length < 2) return undefined;
  const x: unknown = value[0];
  const y: unknown = value[1];
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? [x, y]
    : undefined;
}

/** Places nodes at their stored positions (options before document); returns how many. */
function place(
  nodes: readonly LayoutNode[],
  fromDocument: Record<string, [number, number]> | undefined,
  fromOptions: Record<string, [number, number]> | undefined,
): number {
  let stored = 0;
  if (!fromDocument && !fromOptions) return 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const p = storedPosition(fromOptions, node.id) ?? storedPosition(fromDocument, node.id);
    if (!p) continue;
    node.x = p[0];
    node.y = p[1];
    ++stored;
  }
  return stored;
}

/**
 * Seeded start positions for the nodes that have none. Nodes are visited breadth-first from
 * the best-connected node of each component, so neighbours start near each other and the
 * simulation untangles less. When part of the map is stored, a node with placed neighbours
 * starts beside them, so new nodes join the stored picture where they belong; other nodes take
 * the next spot of a phyllotaxis spiral (d3's own start pattern), turned and jittered by the
 * seed so different seeds give different maps. Shaped parts start in their slots by their
 * taxonomy node, so the figure needs no untangling.
 */
function seedPositions(
  nodes: readonly LayoutNode[],
  adjacency: { start: Uint32Array; neighbours: Uint32Array },
  degree: Uint32Array,
  random: () => number,
  nearNeighbours: boolean,
  slotOf: Map<LayoutNode, { owner: LayoutNode; dx: number; dy: number }>,
): void {
  const n = nodes.length;
  const { start, neighbours } = adjacency;
  // Most links first, then document order: sorted as numbers (degree rank above index), which is
  // several times faster than a comparator for 20,000 nodes.
  let maxDegree = 0;
  for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, degree[i]!);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (maxDegree - degree[i]!) * 2 ** 24 + i;
  keys.sort();
  const visited = new Uint8Array(n);
  const order = new Int32Array(n);
  let length = 0;
  // Loops here and below index their arrays rather than iterate them: they run once a map, so
  // mostly before the engine has optimised them, and an unoptimised for…of is several times slower.
  for (let k = 0; k < n; k++) {
    const root = keys[k]! % 2 ** 24;
    if (visited[root]) continue;
    visited[root] = 1;
    order[length++] = root;
    for (let head = length - 1; head < length; ++head) {
      const at = order[head]!;
      for (let e = start[at]!; e < start[at + 1]!; e++) {
        const next = neighbours[e]!;
        if (!visited[next]) {
          visited[next] = 1;
          order[length++] = next;
        }
      }
    }
  }

  const turn = random() * 2 * Math.PI;
  const unplaced = new Uint8Array(n);
  for (let i = 0; i < n; i++) unplaced[i] = Number.isFinite(nodes[i]!.x) ? 0 : 1;
  const seeded = unplaced.slice();
  let spiral = 0;
  for (let o = 0; o < length; o++) {
    const i = order[o]!;
    if (!unplaced[i]) continue;
    const node = nodes[i]!;
    const jitterAngle = (random() - 0.5) * GOLDEN_ANGLE * 0.5;
    const jitterRadius = 1 + (random() - 0.5) * 0.3;
    let px = 0;
    let py = 0;
    let placed = 0;
    if (nearNeighbours) {
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const j = neighbours[e]!;
        if (unplaced[j]) continue;
        px += nodes[j]!.x;
        py += nodes[j]!.y;
        ++placed;
      }
    }
    if (placed > 0) {
      const angle = random() * 2 * Math.PI;
      const r = PHYLLOTAXIS_STEP * 2 * jitterRadius;
      node.x = px / placed + r * Math.cos(angle);
      node.y = py / placed + r * Math.sin(angle);
    } else {
      const r = PHYLLOTAXIS_STEP * Math.sqrt(0.5 + spiral) * jitterRadius;
      const angle = turn + spiral * GOLDEN_ANGLE + jitterAngle;
      node.x = r * Math.cos(angle);
      node.y = r * Math.sin(angle);
      ++spiral;
    }
    unplaced[i] = 0;
  }

  for (const [part, { owner, dx, dy }] of slotOf) {
    if (!seeded[part.index]) continue;
    part.x = owner.x + dx;
    part.y = owner.y + dy;
  }
}

/** Rest length of a link between node rims: parts hug their whole, associations sit apart. */
function linkLength(kind: string): number {
  switch (kind) {
    case 'has-part':
      return 30;
    case 'defines':
    case 'introduces':
      return 50;
    case 'authored-by':
      return 60;
    case 'evaluates-on':
    case 'compares-with':
      return 70;
    case 'mentions':
      return 80;
    case 'related':
      return 100;
    case 'similar':
      return 110;
    default:
      return 80;
  }
}

/** How hard a link pulls, before d3's 1 / min(degree) normalisation. */
function linkPull(link: SourceLink): number {
  switch (link.kind) {
    case 'has-part':
      return 1;
    case 'defines':
      return 0.8;
    case 'introduces':
      return 0.7;
    case 'authored-by':
    case 'evaluates-on':
      return 0.5;
    case 'compares-with':
    case 'mentions':
      return 0.4;
    case 'related':
      return 0.2;
    case 'similar': {
      // Similarity scores are in [0, 1]; a weak one should barely pull.
      const w = typeof link.weight === 'number' && Number.isFinite(link.weight) ? link.weight : 0.5;
      return 0.05 + 0.25 * Math.min(1, Math.max(0, w));
    }
    default:
      return 0.4;
  }
}

/** Many-body strength: papers and taxonomies push hardest, to give their neighbourhoods room. */
function charge(kind: string): number {
  switch (kind) {
    case 'taxonomy':
      return -260;
    case 'paper':
      return -180;
    case 'category':
      return -90;
    case 'benchmark':
      return -80;
    case 'model':
    case 'method':
      return -70;
    case 'organization':
      return -60;
    case 'concept':
      return -50;
    default:
      return -60;
  }
}
