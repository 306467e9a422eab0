import { describe, expect, it } from 'vitest';
import { KNOWN_KINDS } from '../../../src/model/types.js';
import { contrastRatio } from '../../../src/view/contrastRatio.js';
import { KIND_ORDER, kindStyle } from '../../../src/view/kindStyle.js';

const LIGHT_BG = '#ffffff';
const DARK_BG = '#111827';

describe('contrastRatio', () => {
  it('gives the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#fff', '#FFFFFF')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow('not a hex colour: red');
  });
});

describe('kindStyle', () => {
  it('gives each known kind its own shape', () => {
    expect(Object.fromEntries(KNOWN_KINDS.map((k) => [k, kindStyle(k).shape]))).toEqual({
      paper: 'circle',
      taxonomy: 'hexagon',
      category: 'roundedSquare',
      benchmark: 'diamond',
      model: 'triangle',
      method: 'square',
      organization: 'pentagon',
      concept: 'dot',
    });
  });

  it('gives each known kind its own colour in both themes', () => {
    const light = new Set(KNOWN_KINDS.map((k) => kindStyle(k).light.toLowerCase()));
    const dark = new Set(KNOWN_KINDS.map((k) => kindStyle(k).dark.toLowerCase()));
    expect(light.size).toBe(KNOWN_KINDS.length);
    expect(dark.size).toBe(KNOWN_KINDS.length);
  });

  it('keeps every known colour at 3:1 or more against its theme background', () => {
    for (const kind of KNOWN_KINDS) {
      const s = kindStyle(kind);
      expect(contrastRatio(s.light, LIGHT_BG), `${kind} light`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.dark, DARK_BG), `${kind} dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('names kinds in the plural for the legend', () => {
    expect(KIND_ORDER.map((k) => kindStyle(k).label)).toEqual([
      'Papers',
      'Taxonomies',
      'Categories',
      'Benchmarks',
      'Models',
      'Methods',
      'Organizations',
      'Concepts',
    ]);
    expect(kindStyle('dataset').label).toBe('Datasets');
    expect(kindStyle('software-library').label).toBe('Software libraries');
    expect(kindStyle('process').label).toBe('Processes');
    expect(kindStyle('key').label).toBe('Keys');
  });

  it('orders the legend by the known kinds', () => {
    expect(KIND_ORDER).toEqual(['paper', 'taxonomy', 'category', 'benchmark', 'model', 'method', 'organization', 'concept']);
  });

  it('gives unknown kinds a stable palette colour, a circle, and enough contrast', () => {
    const kinds = ['dataset', 'task', 'metric', 'venue', 'author', 'tool', 'language', 'license', 'domain', 'x', '数据集'];
    for (const kind of kinds) {
      const s = kindStyle(kind);
      expect(s.shape).toBe('circle');
      expect(kindStyle(kind)).toEqual(s);
      expect(contrastRatio(s.light, LIGHT_BG), `${kind} light`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.dark, DARK_BG), `${kind} dark`).toBeGreaterThanOrEqual(3);
    }
    // Not all the same colour: the hash spreads kinds over the palette.
    expect(new Set(kinds.map((k) => kindStyle(k).light)).size).toBeGreaterThan(3);
    // Pinned, so a kind's colour cannot drift between releases unnoticed.
    expect(kindStyle('dataset')).toEqual({ shape: 'circle', light: '#3E8480', dark: '#76B7B2', label: 'Datasets', name: 'Dataset' });
    expect(kindStyle('task')).toEqual({ shape: 'circle', light: '#3D6B99', dark: '#7DA7D4', label: 'Tasks', name: 'Task' });
  });

  it('does not treat Object.prototype names as known kinds', () => {
    expect(kindStyle('constructor').shape).toBe('circle');
    expect(kindStyle('toString').label).toBe('ToStrings');
  });

  it('names every kind in the singular as well, for the panel and the live region', () => {
    expect(KNOWN_KINDS.map((k) => kindStyle(k).name)).toEqual(['Paper', 'Taxonomy', 'Category', 'Benchmark', 'Model', 'Method', 'Organization', 'Concept']);
    expect(kindStyle('software-library').name).toBe('Software library');
  });
});
