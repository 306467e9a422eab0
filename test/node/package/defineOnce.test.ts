// Two copies of the library on one page (say the npm package in an app and the CDN script in a
// widget) both register the tags: the second copy warns and keeps the first, instead of the
// "name already used" error a second customElements.define throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineOnce } from '../../../src/define/defineOnce.js';

/** A registry that behaves like the browser's: a second define of a name throws. */
function strictRegistry(): Pick<CustomElementRegistry, 'define' | 'get'> {
  const defined = new Map<string, CustomElementConstructor>();
  return {
    define(name, ctor) {
      if (defined.has(name)) throw new DOMException(`the name "${name}" has already been used with this registry`, 'NotSupportedError');
      defined.set(name, ctor);
    },
    get: (name) => defined.get(name),
  };
}

const element = (): CustomElementConstructor => class extends Object {} as unknown as CustomElementConstructor;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('defineOnce', () => {
  it('defines a tag that is not defined, silently', () => {
    const registry = strictRegistry();
    vi.stubGlobal('customElements', registry);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const A = element();
    defineOnce('x-first', A);
    expect(registry.get('x-first')).toBe(A);
    expect(warn).not.toHaveBeenCalled();
  });

  it('does nothing, silently, when the same class is defined again (one copy imported twice)', () => {
    const registry = strictRegistry();
    vi.stubGlobal('customElements', registry);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const A = element();
    defineOnce('x-same', A);
    expect(() => defineOnce('x-same', A)).not.toThrow();
    expect(registry.get('x-same')).toBe(A);
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the first class and warns once when another copy defines the tag', () => {
    const registry = strictRegistry();
    vi.stubGlobal('customElements', registry);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = element();
    const second = element();
    defineOnce('x-twice', first);
    expect(() => defineOnce('x-twice', second)).not.toThrow();
    expect(registry.get('x-twice')).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('<x-twice> is already defined by another copy of concept-map; keeping the first.');
  });

  it('does nothing where there is no customElements registry', () => {
    vi.stubGlobal('customElements', undefined);
    expect(() => defineOnce('x-nowhere', element())).not.toThrow();
  });

  it('a second copy of the define modules (re-evaluated) warns and keeps the first copy\'s classes', async () => {
    const first = await import('../../../src/define/index.js');
    const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
    expect(registry, "Lit's Node DOM shim provides customElements").toBeDefined();
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const second = await import('../../../src/define/index.js');
    expect(second.ConceptMap).not.toBe(first.ConceptMap);
    expect(registry?.get('concept-map')).toBe(first.ConceptMap);
    expect(registry?.get('concept-graph')).toBe(first.ConceptGraph);
    expect(registry?.get('concept-panel')).toBe(first.ConceptPanel);
    // The second copy's classes still carry their properties' accessors, as `define` would have
    // given them: `@lit/react` tells properties from attributes by the prototype.
    for (const name of ['graph', 'src', 'selected'] as const) expect(name in second.ConceptMap.prototype, name).toBe(true);
    expect('frameTarget' in second.ConceptGraph.prototype).toBe(true);
    expect('htmlFor' in second.ConceptPanel.prototype).toBe(true);
    expect(warn.mock.calls.map((c) => c[0]).filter((m) => String(m).includes('another copy')).sort()).toEqual([
      '<concept-graph> is already defined by another copy of concept-map; keeping the first.',
      '<concept-map> is already defined by another copy of concept-map; keeping the first.',
      '<concept-panel> is already defined by another copy of concept-map; keeping the first.',
    ]);
  });
});
