import { describe, expect, it } from 'vitest';
import { taxonomySlots } from '../../../src/layout/taxonomySlots.js';

/** Clockwise angle from 12 o'clock on screen (y grows downward), in degrees [0, 360). */
function clock([x, y]: [number, number]): number {
  return ((Math.atan2(x, -y) * 180) / Math.PI + 360) % 360;
}

describe('taxonomySlots', () => {
  it('puts cycle parts on a ring, clockwise from 12 o’clock', () => {
    const slots = taxonomySlots('cycle', 4);
    expect(slots.map(clock).map(Math.round)).toEqual([0, 90, 180, 270]);
    const radii = slots.map(([x, y]) => Math.hypot(x, y));
    for (const r of radii) expect(r).toBeCloseTo(70, 10);
  });

  it('widens the ring for many parts', () => {
    const [first] = taxonomySlots('cycle', 12);
    expect(Math.hypot(...first!)).toBeCloseTo((12 * 75) / (2 * Math.PI), 10);
  });

  it('stacks levels beside the node, first at the bottom, evenly spaced, centred on its y', () => {
    const slots = taxonomySlots('levels', 4);
    expect(slots).toEqual([
      [90, 72],
      [90, 24],
      [90, -24],
      [90, -72],
    ]);
  });

  it('lines modules up left to right below the node, centred on its x', () => {
    const slots = taxonomySlots('modules', 4);
    expect(slots).toEqual([
      [-195, 80],
      [-65, 80],
      [65, 80],
      [195, 80],
    ]);
  });

  it('takes geometry options and ignores non-finite ones', () => {
    expect(taxonomySlots('modules', 2, { moduleSpacing: 10, moduleOffset: NaN })).toEqual([
      [-5, 80],
      [5, 80],
    ]);
  });

  it('gives nothing for no parts', () => {
    expect(taxonomySlots('cycle', 0)).toEqual([]);
    expect(taxonomySlots('levels', -2)).toEqual([]);
  });
});
