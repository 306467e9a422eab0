import { describe, expect, it } from 'vitest';
import { formatHash, parseHash, type HashState } from '../../../src/view/hashState.js';

const EMPTY: HashState = { node: null, depth: 0, kinds: null, years: null };

describe('formatHash', () => {
  it('writes the documented form', () => {
    expect(
      formatHash({ node: 'paper:reka-core-flash-edge', depth: 2, kinds: ['paper', 'benchmark'], years: [2019, 2024] }),
    ).toBe('#node=paper%3Areka-core-flash-edge&depth=2&kinds=paper,benchmark&years=2019-2024');
  });

  it('leaves defaults out, down to the empty string', () => {
    expect(formatHash(EMPTY)).toBe('');
    expect(formatHash({ ...EMPTY, depth: 1 })).toBe('#depth=1');
    expect(formatHash({ ...EMPTY, node: 'x' })).toBe('#node=x');
  });

  it('writes tours and steps, step 0 included', () => {
    expect(formatHash({ ...EMPTY, tour: 'overview', step: 0 })).toBe('#tour=overview&step=0');
    expect(formatHash({ ...EMPTY, tour: 'a b', step: 3 })).toBe('#tour=a%20b&step=3');
  });

  it('keeps an empty kind list apart from no kind filter', () => {
    expect(formatHash({ ...EMPTY, kinds: [] })).toBe('#kinds=');
    expect(parseHash('#kinds=')).toEqual({ ...EMPTY, kinds: [] });
  });

  it('encodes commas inside a kind so the list still splits right', () => {
    expect(formatHash({ ...EMPTY, kinds: ['a,b', 'c'] })).toBe('#kinds=a%2Cb,c');
    expect(parseHash('#kinds=a%2Cb,c').kinds).toEqual(['a,b', 'c']);
  });

  it('writes a reversed year range in order and skips values it cannot write', () => {
    expect(formatHash({ ...EMPTY, years: [2024, 2019] })).toBe('#years=2019-2024');
    expect(formatHash({ ...EMPTY, years: [2019.5, 2024] })).toBe('');
    expect(formatHash({ ...EMPTY, depth: 7 as never, step: -1 })).toBe('');
  });
});

describe('parseHash', () => {
  it('reads the documented form, with or without the #', () => {
    const want: HashState = {
      node: 'paper:reka-core-flash-edge',
      depth: 2,
      kinds: ['paper', 'benchmark'],
      years: [2019, 2024],
    };
    expect(parseHash('#node=paper%3Areka-core-flash-edge&depth=2&kinds=paper,benchmark&years=2019-2024')).toEqual(want);
    expect(parseHash('node=paper%3Areka-core-flash-edge&depth=2&kinds=paper,benchmark&years=2019-2024')).toEqual(want);
    expect(parseHash('#tour=overview&step=4')).toEqual({ ...EMPTY, tour: 'overview', step: 4 });
  });

  it('gives the empty state for nothing', () => {
    expect(parseHash('')).toEqual(EMPTY);
    expect(parseHash('#')).toEqual(EMPTY);
    expect(parseHash(undefined as unknown as string)).toEqual(EMPTY);
  });

  it('ignores unknown keys and keys without values', () => {
    expect(parseHash('#utm_source=x&node=a&flag&=b&depth')).toEqual({ ...EMPTY, node: 'a' });
  });

  it('ignores bad depths', () => {
    for (const d of ['4', '-1', '1.5', 'two', '', '01', ' 1']) {
      expect(parseHash(`#depth=${d}`).depth, d).toBe(0);
    }
    expect(parseHash('#depth=3').depth).toBe(3);
  });

  it('ignores years that are not two integers, and orders the two', () => {
    for (const y of ['2019', '2019-', '-2024', '2019-2024-2025', '2019.5-2024', 'a-b', '2019–2024', '']) {
      expect(parseHash(`#years=${y}`).years, y).toBeNull();
    }
    expect(parseHash('#years=2024-2019').years).toEqual([2019, 2024]);
    expect(parseHash('#years=2020-2020').years).toEqual([2020, 2020]);
  });

  it('ignores bad steps, empty nodes and empty tours', () => {
    expect(parseHash('#step=-1&node=&tour=')).toEqual(EMPTY);
    expect(parseHash('#step=1e3')).toEqual(EMPTY);
  });

  it('survives broken percent-escapes, keeping the good parts', () => {
    expect(parseHash('#node=%E0%A4%A&depth=2')).toEqual({ ...EMPTY, depth: 2 });
    expect(parseHash('#node=%&tour=%zz')).toEqual(EMPTY);
    expect(parseHash('#kinds=paper,%E0')).toEqual(EMPTY);
    expect(parseHash('#%E0=1&depth=1')).toEqual({ ...EMPTY, depth: 1 });
  });

  it('lets the last good value of a repeated key win', () => {
    expect(parseHash('#depth=1&depth=2&depth=9')).toEqual({ ...EMPTY, depth: 2 });
  });

  it('takes + literally, as formatHash writes spaces as %20', () => {
    expect(parseHash('#node=a+b').node).toBe('a+b');
  });

  it('never throws on garbage', () => {
    const junk = ['#&&&', '#===', '#node==a', '%', '#%%%', '#node=\u0000', '#years=99999999-1', '#step=99999999999'];
    for (const j of junk) expect(() => parseHash(j)).not.toThrow();
    expect(parseHash('#node==a').node).toBe('=a');
  });
});

describe('round trip', () => {
  it('brings back awkward ids and kinds', () => {
    const ids = [
      'paper:a',
      'a&b=c',
      'x#y',
      'with space',
      'naïve café',
      '论文:深度学习',
      '🦓:zebra',
      '100%',
      'a+b,c',
      "it's/\"quoted\"?",
    ];
    for (const id of ids) {
      const state: HashState = { node: id, depth: 1, kinds: [id, 'paper'], years: [1999, 2025], tour: id, step: 2 };
      expect(parseHash(formatHash(state)), id).toEqual(state);
    }
  });

  it('round-trips the empty state', () => {
    expect(parseHash(formatHash(EMPTY))).toEqual(EMPTY);
  });
});
