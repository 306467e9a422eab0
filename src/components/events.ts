/** Detail types of the events the elements fire; every event bubbles and crosses shadow roots. */
export interface ConceptEventMap {
  'concept-select': { id: string | null; source: 'pointer' | 'keyboard' | 'search' | 'panel' | 'outline' | 'url' };
  'concept-hover': { id: string | null };
  'concept-focus': { id: string };
  'concept-activate': { id: string };
  'concept-layout-end': Record<string, never>;
  'concept-error': { message: string };
}

export function fire<K extends keyof ConceptEventMap>(target: EventTarget, type: K, detail: ConceptEventMap[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
