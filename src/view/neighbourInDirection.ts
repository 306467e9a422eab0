import type { GraphIndex } from '../model/GraphIndex.js';

export type Direction = 'up' | 'down' | 'left' | 'right';

// Screen coordinates: y grows downwards, so "up" is -y.
const UNIT: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};
const HALF_CONE = Math.PI / 4;
// cos(45°) less a hair, so a node exactly on the diagonal counts for both arrow keys.
const MIN_COS = Math.cos(HALF_CONE) - 1e-9;

/**
 * Arrow-key navigation: the visible neighbour of `from` that best lies in `dir`, else (so that every
 * node stays reachable from the keyboard) the best visible node of the whole graph in that
 * direction. "Best" is the distance stretched by how far off-axis the node sits: up to twice as
 * far at the 45° edge of the cone, so a slightly further node straight ahead wins over a close
 * one at the side. Ties go to the node earlier in the index, so the walk is repeatable.
 */
export function neighbourInDirection(
  index: GraphIndex,
  pos: (id: string) => { x: number; y: number } | undefined,
  from: string,
  dir: Direction,
  visible: ReadonlySet<string>,
): string | null {
  const origin = pos(from);
  if (!origin || !Number.isFinite(origin.x) || !Number.isFinite(origin.y)) return null;
  const [ux, uy] = UNIT[dir];

  const best = { id: null as string | null, score: Infinity, at: Infinity };
  for (const id of index.neighbours(from)) consider(index, pos, from, origin, ux, uy, visible, id, best);
  if (best.id !== null) return best.id;
  for (const id of visible) consider(index, pos, from, origin, ux, uy, visible, id, best);
  return best.id;
}

function consider(
  index: GraphIndex,
  pos: (id: string) => { x: number; y: number } | undefined,
  from: string,
  origin: { x: number; y: number },
  ux: number,
  uy: number,
  visible: ReadonlySet<string>,
  id: string,
  best: { id: string | null; score: number; at: number },
): void {
  if (id === from || !visible.has(id)) return;
  const p = pos(id);
  if (!p) return;
  const dx = p.x - origin.x;
  const dy = p.y - origin.y;
  const dist = Math.hypot(dx, dy);
  // Stacked on `from` there is no direction to speak of.
  if (!(dist > 0) || !Number.isFinite(dist)) return;
  const cos = (dx * ux + dy * uy) / dist;
  if (cos < MIN_COS) return;
  const score = dist * (1 + Math.acos(Math.min(1, cos)) / HALF_CONE);
  const at = index.indexOf(id);
  if (score < best.score || (score === best.score && at < best.at)) {
    best.id = id;
    best.score = score;
    best.at = at;
  }
}

// Kept importable from here too: the keyboard controller was written against this module.
export { firstNode } from './firstNode.js';
