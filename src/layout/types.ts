/**
 * Types of the layout layer. Simulation datums are copies of model nodes: d3-force writes
 * `x`, `vx`, `index` into whatever it is given, so model records never reach it.
 */
import type { TaxonomyShape } from '../model/types.js';

/** One simulated node. `index` is its position in `ForceLayout.nodes` and in `positions()`. */
export interface LayoutNode {
  id: string;
  kind: string;
  index: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
  fx: number | null;
  fy: number | null;
  radius: number;
}

export interface LayoutOptions {
  /** Seed of the LCG that places nodes and breaks ties inside d3-force; default 1. */
  seed?: number;
  /** Size of the view the layout will be shown in; only its aspect ratio shapes the gravity. */
  width?: number;
  height?: number;
  /**
   * Stored layout, node id -> [x, y], in layout space (centred on 0,0). Takes precedence over
   * `document.positions` id by id; non-finite entries are ignored.
   */
  positions?: Record<string, [number, number]>;
  /**
   * The document's ids as validation resolved them (`resolvedIds`): each node id's position in
   * `nodes`, each link's ends. Used only when the counts match the document's.
   */
  ids?: {
    readonly indexOf: ReadonlyMap<string, number>;
    readonly linkSource: Int32Array;
    readonly linkTarget: Int32Array;
  };
}

/** An axis-aligned box in layout space. */
export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A taxonomy node and the ids of its parts, sorted by `order`. */
export interface TaxonomyGroup {
  id: string;
  shape: TaxonomyShape;
  parts: readonly string[];
}

/** Geometry of taxonomy shapes, in layout units. */
export interface TaxonomySlotOptions {
  /** Arc length per part on a cycle ring. */
  ringSpacing?: number;
  minRingRadius?: number;
  /** Vertical distance between stacked levels. */
  levelSpacing?: number;
  /** Horizontal distance from the taxonomy node to its stack of levels. */
  levelOffset?: number;
  /** Horizontal distance between pipeline modules. */
  moduleSpacing?: number;
  /** Vertical distance from the taxonomy node down to its pipeline. */
  moduleOffset?: number;
}

export interface LayoutSupervisorOptions {
  /** Ticks per frame when no time budget is given; default 1. */
  ticksPerFrame?: number;
  /** With `now`, tick until this many milliseconds of the frame are spent (at least one tick). */
  budgetMs?: number;
  now?: () => number;
  /** Upper bound on ticks in one frame under a time budget; default 50. */
  maxTicksPerFrame?: number;
}
