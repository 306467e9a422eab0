import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../src/model/jsonErrorOffset.js';

describe('jsonErrorOffset', () => {
  it('returns -1 for valid JSON of every shape', () => {
    for (const text of [
      '{}',
      '[]',
      ' { "a" : [ 1 , -2.5e+3 , true , false , null , "x\\n\\u00e9\\"" , { } , [ ] ] } ',
      '"just a string"',
      '0',
      '[[[[[[[[[[1]]]]]]]]]]',
    ]) {
      expect(jsonErrorOffset(text), text).toBe(-1);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first character JSON.parse would reject', () => {
    const cases: [string, number][] = [
      ['{"a":}', 5],
      ['{"a": tru}', 9],
      ['[1,]', 3],
      ['{"a":1,}', 7],
      ['{"a" 1}', 5],
      ['{a:1}', 1],
      ['[1 2]', 3],
      ['{"a":1}}', 7],
      ['"bad \\x escape"', 6],
      ['"\\u12G4"', 5],
      ['"tab\there"', 4],
      ['01', 1],
      ['-', 0],
      ["{'a':1}", 1],
      ['[1,2', 4],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      expect(jsonErrorOffset(text), text).toBe(offset);
      expect(() => JSON.parse(text)).toThrow();
    }
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const depth = 50_000;
    expect(jsonErrorOffset('['.repeat(depth) + ']'.repeat(depth))).toBe(-1);
    expect(jsonErrorOffset('['.repeat(depth) + '}')).toBe(depth);
  });
});
