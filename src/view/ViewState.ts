/**
 * What the reader has done to the map, as opposed to what the map is (the model).
 * Everything drawn is derived from a GraphIndex plus one of these; nothing here is ever written
 * back into the model.
 */

/** How many hops around the selection stay visible; 0 switches focus off (whole graph). */
export type FocusDepth = 0 | 1 | 2 | 3;

export interface ViewState {
  selected: string | null;
  hovered: string | null;
  /** Lit from outside the graph, e.g. while the pointer rests on a mention in the panel. */
  highlighted: string | null;
  query: string;
  /** null = every kind; an empty set hides every node. */
  kinds: ReadonlySet<string> | null;
  /** Inclusive; null = no year filter. */
  years: readonly [number, number] | null;
  depth: FocusDepth;
  /**
   * A tour step's nodes: while set, everything else is dimmed and these are labelled first.
   * null (or empty) = no spotlight.
   */
  spotlight: ReadonlySet<string> | null;
}

// Frozen because it is shared: a caller that mutates it would change every fresh map's start.
export const initialViewState: ViewState = Object.freeze({
  selected: null,
  hovered: null,
  highlighted: null,
  query: '',
  kinds: null,
  years: null,
  depth: 0,
  spotlight: null,
});
