/**
 * Messages between the page and the layout worker. Positions cross as transferable
 * Float64Arrays (x0, y0, x1, y1, … in node order): two buffers ping-pong between the threads, so
 * nothing is copied or allocated per frame, and a page that draws slowly holds the worker back
 * by at most one frame instead of queuing stale positions.
 */
import type { TaxonomyShape } from '../../model/types.js';
import type { LayoutGraph } from './layoutGraph.js';
import type { DensePlan, PaintView } from '../../render/paintDense.js';

/** The part of a document the layout reads: no labels, abstracts or evidence to clone. */
export interface LayoutDocument {
  nodes: Array<{ id: string; kind: string; shape?: TaxonomyShape; taxonomy?: string; order?: number }>;
  links: Array<{ source: string; target: string; kind: string; weight?: number }>;
  positions?: Record<string, [number, number]>;
}

export type ToWorker =
  | {
      type: 'init';
      graph: LayoutGraph;
      seed: number;
      width: number;
      height: number;
      buffers: Float64Array[];
      /** Carry on from here rather than from the start (a worker restarted after a drag or a return to the page). */
      resume: Resume | null;
    }
  /** A buffer the page has read, handed back for the next positions. */
  | { type: 'buffer'; buffer: Float64Array }
  /** Nodes by their number in the layout (the worker's node ids are those numbers). */
  | { type: 'pin'; node: number; x: number; y: number }
  | { type: 'release'; node: number }
  | { type: 'reheat'; alpha: number }
  /** Paint the next positions sent, with this plan and camera (`picture` on them). */
  | { type: 'paint'; plan: DensePlan; view: PaintView };

export interface Resume {
  positions: Float64Array;
  ticks: number;
  alpha: number;
}

export type FromWorker =
  | {
      type: 'positions';
      buffer: Float64Array;
      ticks: number;
      alpha: number;
      settled: boolean;
      /**
       * The answer to a `paint`: these positions painted, or null when this worker cannot paint
       * (no OffscreenCanvas). Absent from the positions sent before it is ready.
       */
      picture?: ImageBitmap | null;
    }
  | { type: 'error'; message: string };
