/** Registers a tag unless a copy of this library already did (two bundles on one page). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) console.warn(`<${tag}> is already defined by another copy of concept-map; keeping the first.`);
    return;
  }
  customElements.define(tag, element);
}
