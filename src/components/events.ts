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
