import type { Force } from 'd3-force';
import { taxonomySlots } from './taxonomySlots.js';
import type { LayoutNode, TaxonomyGroup, TaxonomySlotOptions } from './types.js';

/** A d3 force that holds each taxonomy's parts in its shape; `strength` is the pull per tick. */
export interface TaxonomyShapeForce extends Force<LayoutNode, undefined> {
  strength(): number;
  strength(strength: number): TaxonomyShapeForce;
}

interface Figure {
  /** The taxonomy node first, then its parts in order. */
  members: LayoutNode[];
  /** Each member's place relative to the figure's centroid. */
  dx: Float64Array;
  dy: Float64Array;
}

/**
 * Pulls every member of a shaped taxonomy (the taxonomy node and its parts) toward its place in
 * the figure laid out by `taxonomySlots`, the figure anchored at the members' current centroid.
 * Anchoring at the centroid makes the pulls sum to zero, like d3's link force: the figure keeps
 * its shape and orientation while the other forces move it as a whole, and dragging the
 * taxonomy node drags its figure along. Orientation is fixed, never rotated, because "first
 * part at 12 o'clock", "bottom level" and "left-to-right" are what the reader is shown.
 *
 * The pull scales with sqrt(alpha) rather than alpha: collision is not cooled by alpha, and with
 * a linearly cooled pull a crowded neighbourhood shoved parts out of order in the last ticks.
 */
export function forceTaxonomyShape(
  groups: readonly TaxonomyGroup[],
  options: TaxonomySlotOptions = {},
): TaxonomyShapeForce {
  let strength = 0.5;
  let figures: Figure[] = [];

  const force = ((alpha: number) => {
    const k = strength * Math.sqrt(alpha);
    for (const { members, dx, dy } of figures) {
      const n = members.length;
      let cx = 0;
      let cy = 0;
      for (const m of members) {
        cx += m.x;
        cy += m.y;
      }
      cx /= n;
      cy /= n;
      for (let j = 0; j < n; ++j) {
        const m = members[j]!;
        m.vx += (cx + dx[j]! - m.x) * k;
        m.vy += (cy + dy[j]! - m.y) * k;
      }
    }
  }) as TaxonomyShapeForce;

  force.initialize = (nodes: LayoutNode[]) => {
    const byId = new Map<string, LayoutNode>();
    for (const node of nodes) if (!byId.has(node.id)) byId.set(node.id, node);
    figures = [];
    for (const group of groups) {
      const centre = byId.get(group.id);
      if (!centre) continue;
      const parts: LayoutNode[] = [];
      for (const id of group.parts) {
        const part = byId.get(id);
        if (part && part !== centre && !parts.includes(part)) parts.push(part);
      }
      if (parts.length === 0) continue;
      const slots = taxonomySlots(group.shape, parts.length, options);
      const members = [centre, ...parts];
      const local: Array<[number, number]> = [[0, 0], ...slots];
      let mx = 0;
      let my = 0;
      for (const [x, y] of local) {
        mx += x;
        my += y;
      }
      mx /= local.length;
      my /= local.length;
      figures.push({
        members,
        dx: Float64Array.from(local, ([x]) => x - mx),
        dy: Float64Array.from(local, ([, y]) => y - my),
      });
    }
  };

  force.strength = ((value?: number) => {
    if (value === undefined) return strength;
    if (Number.isFinite(value)) strength = value;
    return force;
  }) as TaxonomyShapeForce['strength'];

  return force;
}
