import { describe, expect, it } from 'vitest';
import { GraphIndex } from '../../../src/model/GraphIndex.js';
import { firstNode } from '../../../src/view/firstNode.js';
import { firstNode as firstNodeAgain, neighbourInDirection, type Direction } from '../../../src/view/neighbourInDirection.js';
import { doc, literature, LITERATURE_POSITIONS } from './fixtures.js';

const index = literature();
const ALL: ReadonlySet<string> = new Set(index.nodes.map((n) => n.id));
const pos = (id: string) => LITERATURE_POSITIONS[id];
const go = (from: string, dir: Direction, visible: ReadonlySet<string> = ALL) =>
  neighbourInDirection(index, pos, from, dir, visible);

describe('neighbourInDirection', () => {
  it('moves to the neighbour lying that way (screen coordinates: up is -y)', () => {
    expect(go('paper:a', 'right')).toBe('paper:b');
    expect(go('paper:a', 'up')).toBe('taxonomy:t');
    expect(go('paper:a', 'down')).toBe('benchmark:m');
    expect(go('paper:b', 'left')).toBe('paper:a');
    expect(go('paper:b', 'right')).toBe('model:x');
    expect(go('paper:b', 'down')).toBe('benchmark:m');
    expect(go('taxonomy:t', 'down')).toBe('paper:a');
    expect(go('paper:c', 'left')).toBe('concept:z');
    expect(go('paper:c', 'right')).toBe('method:y');
    expect(go('paper:c', 'down')).toBe('organization:o');
  });

  it('falls back to the best visible node of the whole graph when no neighbour lies that way', () => {
    // paper:b has no neighbour above; cat:two is the nearest thing up there.
    expect(go('paper:b', 'up')).toBe('cat:two');
    // The two clusters are joined only through the fallback: model:x lies up and left of the
    // far one, whose nearer, straighter-below node is concept:z.
    expect(go('paper:c', 'up')).toBe('model:x');
    expect(go('concept:z', 'up')).toBe('model:x');
    expect(go('model:x', 'down')).toBe('concept:z');
  });

  it('returns null when nothing lies that way', () => {
    expect(go('paper:a', 'left')).toBe(null);
    expect(go('cat:one', 'up')).toBe(null);
  });

  it('skips hidden nodes, in the neighbours and in the fallback', () => {
    const noB = new Set([...ALL].filter((id) => id !== 'paper:b'));
    // With paper:b hidden, right of paper:a is model:x (not a neighbour, found by the fallback).
    expect(go('paper:a', 'right', noB)).toBe('model:x');
    const noCats = new Set([...ALL].filter((id) => !id.startsWith('cat:')));
    expect(go('paper:b', 'up', noCats)).toBe('taxonomy:t');
  });

  it('returns null when the start has no position, and skips nodes without one', () => {
    expect(neighbourInDirection(index, pos, 'nowhere', 'up', ALL)).toBe(null);
    const partial = (id: string) => (id === 'paper:b' ? undefined : pos(id));
    expect(neighbourInDirection(index, partial, 'paper:a', 'right', ALL)).toBe('model:x');
  });

  describe('scoring', () => {
    const star = new GraphIndex(
      doc(
        ['h', 'ahead', 'aside', 'twinUp', 'twinDown', 'diag', 'same'].map((id) => ({ id, kind: 'paper', label: id })),
        ['ahead', 'aside', 'twinUp', 'twinDown', 'diag', 'same'].map((target) => ({ source: 'h', target, kind: 'related' })),
      ),
    );
    const all = new Set(star.nodes.map((n) => n.id));
    const at: Record<string, { x: number; y: number }> = {
      h: { x: 0, y: 0 },
      ahead: { x: 100, y: 0 },
      aside: { x: 80, y: 50 },
      twinUp: { x: -100, y: -10 },
      twinDown: { x: -100, y: 10 },
      diag: { x: 60, y: -60 },
      same: { x: 0, y: 0 },
    };
    const p = (id: string) => at[id];

    it('prefers a node straight ahead to a nearer one off to the side', () => {
      // aside is nearer (94 px) but 32° off; ahead is 100 px dead on.
      expect(neighbourInDirection(star, p, 'h', 'right', all)).toBe('ahead');
      expect(neighbourInDirection(star, p, 'h', 'right', new Set(['h', 'aside']))).toBe('aside');
    });

    it('breaks exact ties by index order', () => {
      expect(neighbourInDirection(star, p, 'h', 'left', all)).toBe('twinUp');
    });

    it('counts a node on the 45° diagonal for both keys', () => {
      const onlyDiag = new Set(['h', 'diag']);
      expect(neighbourInDirection(star, p, 'h', 'up', onlyDiag)).toBe('diag');
      expect(neighbourInDirection(star, p, 'h', 'right', onlyDiag)).toBe('diag');
    });

    it('ignores a node stacked on the start', () => {
      expect(neighbourInDirection(star, p, 'h', 'down', new Set(['h', 'same']))).toBe(null);
    });
  });

  it('reaches every node of the fixture from the first one with arrow keys alone', () => {
    const start = firstNode(index, ALL, null)!;
    const reached = new Set([start]);
    const queue = [start];
    while (queue.length) {
      const from = queue.shift()!;
      for (const dir of ['up', 'down', 'left', 'right'] as const) {
        const to = go(from, dir);
        if (to !== null && !reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual([...ALL].sort());
  });
});

describe('firstNode', () => {
  it('is the selection when it can be seen', () => {
    expect(firstNode(index, ALL, 'method:y')).toBe('method:y');
  });

  it('is otherwise the best-connected visible paper, earlier in the index on a tie', () => {
    expect(firstNode(index, ALL, null)).toBe('paper:a');
    expect(firstNode(index, new Set(['paper:b', 'paper:c', 'method:y']), 'method:x')).toBe('paper:b');
    expect(firstNode(index, new Set(['paper:a', 'paper:b']), 'ghost')).toBe('paper:a');
    const hub = new GraphIndex(
      doc(
        [
          { id: 'p1', kind: 'paper', label: 'P1' },
          { id: 'p2', kind: 'paper', label: 'P2' },
          { id: 'b', kind: 'benchmark', label: 'B' },
          { id: 'q', kind: 'concept', label: 'Q' },
        ],
        [
          { source: 'p1', target: 'b', kind: 'evaluates-on' },
          { source: 'p2', target: 'b', kind: 'evaluates-on' },
          { source: 'p2', target: 'q', kind: 'mentions' },
        ],
      ),
    );
    // b has the most links, but a paper is where reading starts.
    expect(firstNode(hub, new Set(['p1', 'p2', 'b', 'q']), null)).toBe('p2');
  });

  it('falls back to the best-connected visible node of any kind, then null', () => {
    expect(firstNode(index, new Set(['cat:one', 'benchmark:m', 'model:x']), null)).toBe('benchmark:m');
    expect(firstNode(index, new Set(), 'paper:a')).toBe(null);
    expect(firstNode(index, new Set(['ghost']), null)).toBe(null);
  });

  it('can be imported from neighbourInDirection too', () => {
    expect(firstNodeAgain).toBe(firstNode);
  });
});
