import type { GraphDocument } from '../../src/model/types.js';

let cached: GraphDocument | null = null;

/** The committed seed document, as the app ships it. */
export async function seedDocument(): Promise<GraphDocument> {
  if (!cached) {
    const res = await fetch('/data/seed.graph.json');
    cached = (await res.json()) as GraphDocument;
  }
  return structuredClone(cached);
}

export function nextEvent<T = unknown>(target: EventTarget, type: string, timeout = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

export function frame(): Promise<void> {
  return new Promise((r) => requestAnimationFrame(() => r()));
}

/** The whole text a shadow tree shows, including nested shadow roots. */
export function deepText(root: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}
