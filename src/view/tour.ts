import type { GraphDocument, Tour, TourStep } from '../model/types.js';
import type { FocusDepth } from './ViewState.js';

/** What one step of a tour asks of the view. */
export interface StepView {
  tour: Tour;
  /** The step shown, clamped into the tour. */
  index: number;
  count: number;
  caption: string;
  /** Nodes to light (the rest is dimmed); null when the step is about the whole map. */
  spotlight: ReadonlySet<string> | null;
  /** The recorded camera, in layout coordinates, or null to frame the spotlight (or everything). */
  camera: readonly [number, number, number, number] | null;
  kinds: string[] | null;
  years: [number, number] | null;
  depth: FocusDepth;
  /** The node the focus depth is counted from. */
  center: string | null;
}

export function findTour(doc: GraphDocument | null | undefined, id: string | null): Tour | undefined {
  if (!doc || !id) return undefined;
  return doc.tours?.find((tour) => tour.id === id);
}

/** A step number from an attribute or a URL, made safe: whole, 0 or more, inside the tour. */
export function clampStep(step: number, count: number): number {
  if (count <= 0) return 0;
  if (!Number.isFinite(step)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(step)));
}

export function stepView(doc: GraphDocument | null | undefined, tourId: string | null, step: number): StepView | null {
  const tour = findTour(doc, tourId);
  if (!tour || tour.steps.length === 0) return null;
  const index = clampStep(step, tour.steps.length);
  const s = tour.steps[index]!;
  const depth = s.depth !== undefined && s.depth >= 1 && s.depth <= 3 && s.focus.length > 0 ? (s.depth as FocusDepth) : 0;
  return {
    tour,
    index,
    count: tour.steps.length,
    caption: s.caption,
    spotlight: s.focus.length > 0 ? new Set(s.focus) : null,
    camera: s.camera ?? null,
    kinds: s.kinds ?? null,
    years: s.years ?? null,
    depth,
    center: depth > 0 ? s.focus[0]! : null,
  };
}

/** What "Add step" records: the view as the author sees it now. */
export interface RecordedView {
  caption: string;
  /** The selection, else the nodes on screen when the map is filtered; empty for the whole map. */
  focus: readonly string[];
  kinds: readonly string[] | null;
  years: readonly [number, number] | null;
  depth: number;
  camera: readonly [number, number, number, number] | null;
}

export function recordStep(view: RecordedView): TourStep {
  const step: TourStep = { focus: [...view.focus], caption: view.caption.trim() };
  if (view.depth > 0 && view.focus.length > 0) step.depth = view.depth;
  if (view.kinds !== null) step.kinds = [...view.kinds];
  if (view.years !== null) step.years = [view.years[0], view.years[1]];
  if (view.camera !== null) step.camera = roundCamera(view.camera);
  return step;
}

/** A copy of `steps` with step `from` moved to `to`; out-of-range moves change nothing. */
export function moveStep(steps: readonly TourStep[], from: number, to: number): TourStep[] {
  const out = [...steps];
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [moved] = out.splice(from, 1);
  out.splice(to, 0, moved!);
  return out;
}

export function removeStep(steps: readonly TourStep[], at: number): TourStep[] {
  return steps.filter((_, i) => i !== at);
}

/** A doc with one tour replaced (or added), the others kept in their order. */
export function withTour(doc: GraphDocument, tour: Tour): GraphDocument {
  const tours = [...(doc.tours ?? [])];
  const at = tours.findIndex((t) => t.id === tour.id);
  if (at >= 0) tours[at] = tour;
  else tours.push(tour);
  return { ...doc, tours };
}

function roundCamera(c: readonly [number, number, number, number]): [number, number, number, number] {
  const r = (v: number): number => Math.round(v * 10) / 10;
  return [r(c[0]), r(c[1]), r(c[2]), r(c[3])];
}
