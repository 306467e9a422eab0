import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/model/validate.js';
import type { ValidationIssue } from '../../../src/model/types.js';
import { seedLike } from './fixtures.js';

function errorsOf(text: string): ValidationIssue[] {
  const result = parseDocument(text);
  if (result.ok) throw new Error('expected a parse failure');
  return result.errors;
}

describe('parseDocument', () => {
  it('parses and validates good JSON', () => {
    const result = parseDocument(JSON.stringify(seedLike(), null, 2));
    expect(result.ok).toBe(true);
    expect(result.ok && result.document.nodes.map((node) => node.id)).toContain('benchmark:mmlu');
  });

  it('ignores a leading byte-order mark', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(seedLike())}`).ok).toBe(true);
  });

  it('says when the body is empty', () => {
    expect(errorsOf('')).toEqual([{ path: 'document', message: 'the document is empty' }]);
    expect(errorsOf(' \n\t ')).toEqual([{ path: 'document', message: 'the document is empty' }]);
  });

  it('gives line and column from the position in V8 messages', () => {
    // V8: "Expected double-quoted property name in JSON at position 27"
    expect(errorsOf('{\n  "schema": "x",\n  "a": 1,\n}')).toEqual([
      { path: 'document', message: 'not valid JSON at line 4, column 1: expected double-quoted property name' },
    ]);
    // V8: "Unexpected non-whitespace character after JSON at position 8"
    expect(errorsOf('{"a": 1}\n  x')).toEqual([
      { path: 'document', message: 'not valid JSON at line 2, column 3: unexpected non-whitespace character after JSON' },
    ]);
    // V8: "Bad control character in string literal in JSON at position 15"
    expect(errorsOf('{\n  "title": "a\tb"}')).toEqual([
      { path: 'document', message: 'not valid JSON at line 2, column 14: bad control character in string literal' },
    ]);
  });

  it('finds the place itself when V8 leaves the position out', () => {
    // V8: `Unexpected token '}', "{"a":\n  }" is not valid JSON`
    expect(errorsOf('{"a":\n  }')).toEqual([
      { path: 'document', message: "not valid JSON at line 2, column 3: unexpected token '}'" },
    ]);
    expect(errorsOf('[1,\n2,\n]')).toEqual([
      { path: 'document', message: "not valid JSON at line 3, column 1: unexpected token ']'" },
    ]);
  });

  it('drops the long snippet V8 echoes back', () => {
    const text = `{"${'a'.repeat(60)}": 1,\n "${'b'.repeat(60)}": nope}`;
    expect(errorsOf(text)).toEqual([
      { path: 'document', message: "not valid JSON at line 2, column 67: unexpected token 'o'" },
    ]);
  });

  it('points to the end for truncated input', () => {
    // V8: "Expected ',' or '}' after property value in JSON at position 29"
    expect(errorsOf('{\n  "nodes": [\n    {"id": "a"')).toEqual([
      { path: 'document', message: "not valid JSON at line 3, column 15: expected ',' or '}' after property value" },
    ]);
    // V8: "Unexpected end of JSON input", with no position at all
    expect(errorsOf('{\n  "nodes": [\n    tr')).toEqual([
      { path: 'document', message: 'not valid JSON at line 3, column 7: unexpected end of JSON input' },
    ]);
  });

  it('validates what it parsed', () => {
    expect(errorsOf('{"schema": "concept-map/v1", "title": "t", "nodes": [], "links": [{"source": "a", "target": "a", "kind": "k"}]}')).toEqual([
      { path: 'links[0].source', message: 'no node has id "a"' },
      { path: 'links[0].target', message: 'no node has id "a"' },
    ]);
  });

  it('rejects Infinity that JSON.parse makes of 1e999', () => {
    const text =
      '{"schema":"concept-map/v1","title":"t","nodes":[{"id":"a","kind":"k","label":"A","year":1e999}],"links":[],' +
      '"positions":{"a":[0,1e999]}}';
    expect(errorsOf(text)).toEqual([
      { path: 'nodes[0] ("a").year', message: 'expected a whole number, got Infinity' },
      { path: 'positions["a"][1]', message: 'expected a finite number, got Infinity' },
    ]);
  });
});
