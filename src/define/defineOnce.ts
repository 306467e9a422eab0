/** Registers a tag unless a copy of this library already did (two bundles on one page). */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element) {
      console.warn(`<${tag}> is already defined by another copy of concept-map; keeping the first.`);
      // Lit puts a class's property accessors on its prototype when `define` first reads its
      // `observedAttributes` (from `static properties`). This copy's class is never defined, but
      // `@lit/react` (src/react.ts) still tells its properties from attributes by that prototype.
      // (The embeddable file's minifier drops this read: there the class is reachable only through
      // the registry, which holds the other copy's.)
      void (element as { observedAttributes?: unknown }).observedAttributes;
    }
    return;
  }
  customElements.define(tag, element);
}
