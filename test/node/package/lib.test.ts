import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// dist/lib/concept-map.js is built by `npm test` (scripts/test.mjs) before the tests run.
const LIB = new URL('../../../dist/lib/concept-map.js', import.meta.url);

describe('dist/lib/concept-map.js', () => {
  it('imports in Node, where there is no DOM, without throwing and without defining anything', async () => {
    expect(existsSync(LIB), 'dist/lib/concept-map.js is missing: run npm run build:lib (npm test does)').toBe(true);
    const module = (await import(LIB.href)) as Record<string, unknown>;
    expect(Object.keys(module)).toEqual([]);
    expect(typeof (globalThis as { customElements?: unknown }).customElements).toBe('undefined');
  });
});
