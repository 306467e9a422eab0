export type {
  Bounds,
  LayoutNode,
  LayoutOptions,
  LayoutSupervisorOptions,
  TaxonomyGroup,
  TaxonomySlotOptions,
} from './types.js';
export { ForceLayout } from './ForceLayout.js';
export { LayoutSupervisor } from './LayoutSupervisor.js';
export { forceTaxonomyShape, type TaxonomyShapeForce } from './forceTaxonomyShape.js';
export { lcg } from './lcg.js';
export { nodeRadius } from './nodeRadius.js';
export { taxonomyGroups } from './taxonomyGroups.js';
export { taxonomySlots } from './taxonomySlots.js';
