import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { visibleIds } from '../../../src/model/filter.js';
import { search } from '../../../src/model/search.js';
import { parseDocument, validateDocument } from '../../../src/model/validate.js';
import type { GraphDocument } from '../../../src/model/types.js';

// Written as JSON text: JSON.parse makes "__proto__" an own key, which an object literal would not.
const TEXT = `${JSON.stringify({
  schema: 'concept-map/v1',
  title: 'Prototype names',
  nodes: [
    { id: '__proto__', kind: 'concept', label: 'Proto node' },
    { id: 'constructor', kind: 'paper', label: 'Constructor paper', year: 2020, abstract: 'About valueOf.' },
    { id: 'toString', kind: 'concept', label: 'toString' },
    { id: 'hasOwnProperty', kind: 'taxonomy', label: 'Own taxonomy' },
    { id: 'valueOf', kind: 'category', label: 'Value', taxonomy: 'hasOwnProperty', order: 1 },
  ],
  links: [
    { source: '__proto__', target: 'constructor', kind: 'related' },
    { source: 'constructor', target: 'toString', kind: 'mentions', evidence: [{ start: 6, end: 13 }] },
    { source: 'constructor', target: 'hasOwnProperty', kind: 'defines' },
    { source: 'hasOwnProperty', target: 'valueOf', kind: 'has-part' },
  ],
}).slice(0, -1)},"positions":{"__proto__":[1,2],"constructor":[3,4]}}`;

function parsed(): GraphDocument {
  const result = parseDocument(TEXT);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.warnings).toEqual([]);
  return result.document;
}

describe('ids named like Object.prototype members', () => {
  it('holds a real "__proto__" key in the test input', () => {
    expect(Object.keys((JSON.parse(TEXT) as { positions: object }).positions)).toEqual(['__proto__', 'constructor']);
  });

  it('validate as ordinary ids, positions included', () => {
    const doc = parsed();
    expect(doc.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']);
    expect(Object.keys(doc.positions!)).toEqual(['__proto__', 'constructor']);
    expect(doc.positions!['__proto__']).toEqual([1, 2]);
    expect(doc.positions!['constructor']).toEqual([3, 4]);
    expect(doc.positions!['toString']).toBeUndefined();
    expect(Object.hasOwn(doc.positions!, 'toString')).toBe(false);
  });

  it('are not mistaken for existing nodes when absent', () => {
    const result = validateDocument({
      schema: 'concept-map/v1',
      title: 't',
      nodes: [{ id: 'a', kind: 'concept', label: 'A', taxonomy: 'constructor' }],
      links: [{ source: 'a', target: 'toString', kind: 'k' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'nodes[0] ("a").taxonomy', message: 'no node has id "constructor"' },
        { path: 'links[0].target', message: 'no node has id "toString"' },
      ],
    });
  });

  it('work in the index, its neighbours and neighbourhoods', () => {
    const index = new GraphIndex(parsed());
    expect(index.node('__proto__')?.label).toBe('Proto node');
    expect(index.indexOf('toString')).toBe(2);
    expect(index.has('isPrototypeOf')).toBe(false);
    expect(index.node('isPrototypeOf')).toBeUndefined();
    expect(index.neighbours('constructor')).toEqual(['__proto__', 'toString', 'hasOwnProperty']);
    expect(index.neighbours('__proto__')).toEqual(['constructor']);
    expect(index.degree('constructor')).toBe(3);
    expect(index.neighbourhood('__proto__', 1)).toEqual(new Set(['__proto__', 'constructor']));
    expect(index.categoriesOf('hasOwnProperty').map((n) => n.id)).toEqual(['valueOf']);
    expect(index.linksOf('valueOf')).toHaveLength(1);
  });

  it('work in search and filters', () => {
    const index = new GraphIndex(parsed());
    expect(search(index, 'proto')).toEqual([{ id: '__proto__', score: 90, field: 'label' }]);
    expect(search(index, 'tostring')).toEqual([{ id: 'toString', score: 100, field: 'label' }]);
    expect(search(index, 'valueof').map((hit) => hit.id)).toEqual(['constructor']);
    expect([...visibleIds(index, { kinds: null, years: [2021, 2022] })]).toEqual([]);
    expect([...visibleIds(index, { kinds: new Set(['concept']), years: null })]).toEqual(['__proto__', 'toString']);
  });
});
