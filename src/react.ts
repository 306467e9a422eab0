/**
 * React components for the three elements ("concept-map/react"), made with `@lit/react`: properties
 * are set as properties (so `graph={doc}` passes the object), and every event has a typed `on…` prop.
 *
 * ```tsx
 * import { ConceptMap } from 'concept-map/react';
 * <ConceptMap src="/my-map.json" onConceptSelect={(e) => console.log(e.detail.id)} />
 * ```
 *
 * Importing this module registers the three tags. `react` is an optional peer dependency: only this
 * entry needs it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ConceptMap as ConceptMapElement } from './components/ConceptMap.js';
import { ConceptGraph as ConceptGraphElement } from './components/ConceptGraph.js';
import { ConceptPanel as ConceptPanelElement } from './components/ConceptPanel.js';
import type { ConceptEventMap } from './components/events.js';
import './define/index.js';

type ConceptEvent<K extends keyof ConceptEventMap> = EventName<CustomEvent<ConceptEventMap[K]>>;

/** Every event of `ConceptEventMap`, as the React prop that listens to it. */
const events = {
  onConceptSelect: 'concept-select' as ConceptEvent<'concept-select'>,
  onConceptHover: 'concept-hover' as ConceptEvent<'concept-hover'>,
  onConceptFocus: 'concept-focus' as ConceptEvent<'concept-focus'>,
  onConceptActivate: 'concept-activate' as ConceptEvent<'concept-activate'>,
  onConceptLayoutEnd: 'concept-layout-end' as ConceptEvent<'concept-layout-end'>,
  onConceptError: 'concept-error' as ConceptEvent<'concept-error'>,
  onConceptLoad: 'concept-load' as ConceptEvent<'concept-load'>,
  onConceptCamera: 'concept-camera' as ConceptEvent<'concept-camera'>,
  onConceptStep: 'concept-step' as ConceptEvent<'concept-step'>,
};

/** The panel's close button (or Escape); inside `<ConceptMap>` the map closes its own panel. */
const panelEvents = {
  ...events,
  onConceptPanelClose: 'concept-panel-close' as EventName<CustomEvent<{ id: string | null }>>,
};

/** `<concept-map>`: the whole explorer. */
export const ConceptMap = createComponent({
  react: React,
  tagName: 'concept-map',
  elementClass: ConceptMapElement,
  events: panelEvents,
  displayName: 'ConceptMap',
});

/** `<concept-graph>`: the graph alone, for pages that bring their own UI. */
export const ConceptGraph = createComponent({
  react: React,
  tagName: 'concept-graph',
  elementClass: ConceptGraphElement,
  events,
  displayName: 'ConceptGraph',
});

/** `<concept-panel>`: the detail panel for one node; `for` makes it follow a map elsewhere. */
export const ConceptPanel = createComponent({
  react: React,
  tagName: 'concept-panel',
  elementClass: ConceptPanelElement,
  events: panelEvents,
  displayName: 'ConceptPanel',
});

export type { ConceptEventMap };
