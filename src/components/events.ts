/** Detail types of the events the elements fire; every event bubbles and crosses shadow roots. */
export interface ConceptEventMap {
  'concept-select': { id: string | null; source: 'pointer' | 'keyboard' | 'search' | 'panel' | 'outline' | 'url' | 'tour' };
  'concept-hover': { id: string | null };
  'concept-focus': { id: string };
  'concept-activate': { id: string };
  'concept-layout-end': Record<string, never>;
  'concept-error': { message: string };
  /** A document was loaded and validated, and is on display. */
  'concept-load': { title: string; nodes: number; links: number };
  /** The user panned or zoomed the graph. */
  'concept-camera': Record<string, never>;
  /** A tour moved to another step (or started); `step` counts from 0. */
  'concept-step': { tour: string; step: number; count: number };
}

export function fire<K extends keyof ConceptEventMap>(target: EventTarget, type: K, detail: ConceptEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  /**
   * The elements' events, typed wherever a listener is added (`el.addEventListener('concept-select',
   * (e) => e.detail.id)`, on an element, `document` or `window`, since they bubble and are composed).
   */
  interface GlobalEventHandlersEventMap {
    'concept-select': CustomEvent<ConceptEventMap['concept-select']>;
    'concept-hover': CustomEvent<ConceptEventMap['concept-hover']>;
    'concept-focus': CustomEvent<ConceptEventMap['concept-focus']>;
    'concept-activate': CustomEvent<ConceptEventMap['concept-activate']>;
    'concept-layout-end': CustomEvent<ConceptEventMap['concept-layout-end']>;
    'concept-error': CustomEvent<ConceptEventMap['concept-error']>;
    'concept-load': CustomEvent<ConceptEventMap['concept-load']>;
    'concept-camera': CustomEvent<ConceptEventMap['concept-camera']>;
    'concept-step': CustomEvent<ConceptEventMap['concept-step']>;
    /** `<concept-panel>`'s close button or Escape; `id` is the node it showed. */
    'concept-panel-close': CustomEvent<{ id: string | null }>;
  }
}
