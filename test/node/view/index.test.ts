import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as view from '../../../src/view/index.js';

const SRC = fileURLToPath(new URL('../../../src/view/', import.meta.url));

describe('src/view', () => {
  it('starts from an empty view: nothing selected, no filter, focus off', () => {
    expect(view.initialViewState).toEqual({
      selected: null,
      hovered: null,
      highlighted: null,
      query: '',
      kinds: null,
      years: null,
      depth: 0,
      spotlight: null,
    });
    expect(Object.isFrozen(view.initialViewState)).toBe(true);
  });

  it('re-exports every function from the barrel', () => {
    expect(Object.keys(view).sort()).toEqual([
      'KIND_ORDER',
      'abstractSegments',
      'clampStep',
      'connections',
      'contrastRatio',
      'deriveDisplay',
      'findTour',
      'firstNode',
      'formatHash',
      'initialViewState',
      'kindStyle',
      'moveStep',
      'neighbourInDirection',
      'parseHash',
      'placeLabels',
      'recordStep',
      'removeStep',
      'safeUrl',
      'stepView',
      'withTour',
    ]);
  });

  it('touches no DOM, so it runs in Node, workers and SSR', () => {
    const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      // Comments may talk about the DOM (say, `location.hash`); the code may not use it.
      const text = readFileSync(SRC + file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/\b(document|window|HTMLElement|requestAnimationFrame|navigator|location)\b[.(]/);
      expect(text, file).not.toMatch(/from '(lit|d3-[a-z]+)'/);
      expect(text, file).not.toMatch(/from '\.\.\/(render|components|layout|define)\//);
    }
  });
});
