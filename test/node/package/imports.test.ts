// Every entry of the package loads in Node, with no DOM: server rendering, a test runner or a
// bundler's module evaluation must not throw. Lit's `node` export condition brings a DOM shim with a
// `customElements` registry; where it is there, the define entries must have registered their tags.
import { describe, expect, it } from 'vitest';

const TAGS = ['concept-map', 'concept-graph', 'concept-panel'] as const;
const registry = (): CustomElementRegistry | undefined => (globalThis as { customElements?: CustomElementRegistry }).customElements;

describe('package entries in Node (no DOM)', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
  });

  // Before any define entry: "concept-map/classes" registers nothing.
  it('src/index.ts ("concept-map/classes") exports the classes and the pure API, and defines no tag', async () => {
    const mod = await import('../../../src/index.js');
    expect(typeof mod.ConceptMap).toBe('function');
    expect(typeof mod.ConceptGraph).toBe('function');
    expect(typeof mod.ConceptPanel).toBe('function');
    expect(typeof mod.validateDocument).toBe('function');
    expect(typeof mod.parseDocument).toBe('function');
    expect(typeof mod.GraphIndex).toBe('function');
    expect(mod.validateDocument({ schema: 'concept-map/v1', title: 't', nodes: [], links: [] }).ok).toBe(true);
    for (const tag of TAGS) expect(registry()?.get(tag)).toBeUndefined();
  });

  it.each([
    ['src/define/concept-graph.ts', () => import('../../../src/define/concept-graph.js'), ['concept-graph']],
    ['src/define/concept-panel.ts', () => import('../../../src/define/concept-panel.js'), ['concept-panel']],
    ['src/define/concept-map.ts', () => import('../../../src/define/concept-map.js'), ['concept-map', 'concept-graph', 'concept-panel']],
  ] as const)('%s loads and registers its tag', async (_name, load, tags) => {
    await expect(load()).resolves.toBeDefined();
    const customElements = registry();
    if (customElements === undefined) {
      // No registry in this Node: the import resolving without a throw is all there is to check.
      return;
    }
    for (const tag of tags) expect(customElements.get(tag), tag).toBeTypeOf('function');
  });

  it('src/define/index.ts (".") registers all three tags and re-exports the classes', async () => {
    const mod = await import('../../../src/define/index.js');
    const classes = await import('../../../src/index.js');
    expect(mod.ConceptMap).toBe(classes.ConceptMap);
    expect(mod.ConceptGraph).toBe(classes.ConceptGraph);
    expect(mod.ConceptPanel).toBe(classes.ConceptPanel);
    expect(mod.validateDocument).toBe(classes.validateDocument);
    const customElements = registry();
    expect(customElements, "Lit's Node DOM shim provides customElements").toBeDefined();
    expect(customElements?.get('concept-map')).toBe(classes.ConceptMap);
    expect(customElements?.get('concept-graph')).toBe(classes.ConceptGraph);
    expect(customElements?.get('concept-panel')).toBe(classes.ConceptPanel);
  });

  it('src/react.ts ("concept-map/react") exports a React component per element', async () => {
    const mod = await import('../../../src/react.js');
    for (const name of ['ConceptMap', 'ConceptGraph', 'ConceptPanel'] as const) {
      // forwardRef components are objects with a render function.
      expect(mod[name], name).toBeTypeOf('object');
      expect((mod[name] as unknown as { displayName?: string }).displayName).toBe(name);
    }
  });
});
