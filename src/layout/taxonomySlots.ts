import type { TaxonomyShape } from '../model/types.js';
import type { TaxonomySlotOptions } from './types.js';

const DEFAULTS: Required<TaxonomySlotOptions> = {
  ringSpacing: 75,
  minRingRadius: 70,
  levelSpacing: 48,
  levelOffset: 90,
  moduleSpacing: 130,
  moduleOffset: 80,
};

/**
 * Where each part of a taxonomy sits relative to the taxonomy node, in part order
 * (index 0 is `order` 1). Screen y grows downward:
 * - `cycle`: a ring around the node, clockwise, the first part at 12 o'clock;
 * - `levels`: a column to the right of the node, vertically centred on it, first part at the bottom;
 * - `modules`: a row below the node, horizontally centred on it, first part at the left.
 */
export function taxonomySlots(
  shape: TaxonomyShape,
  count: number,
  options: TaxonomySlotOptions = {},
): Array<[number, number]> {
  const o = { ...DEFAULTS, ...definedOnly(options) };
  const n = Math.max(0, Math.floor(count));
  const slots: Array<[number, number]> = [];
  for (let i = 0; i < n; ++i) {
    switch (shape) {
      case 'cycle': {
        const r = Math.max(o.minRingRadius, (n * o.ringSpacing) / (2 * Math.PI));
        const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
        slots.push([r * Math.cos(angle), r * Math.sin(angle)]);
        break;
      }
      case 'levels':
        slots.push([o.levelOffset, ((n - 1) / 2 - i) * o.levelSpacing]);
        break;
      case 'modules':
        slots.push([(i - (n - 1) / 2) * o.moduleSpacing, o.moduleOffset]);
        break;
    }
  }
  return slots;
}

// A caller passing `{ ringSpacing: undefined }` means "default", not "NaN geometry".
function definedOnly(options: TaxonomySlotOptions): TaxonomySlotOptions {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}
