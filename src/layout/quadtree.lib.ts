// The embeddable build only: d3-quadtree for hit testing, taken from the engine (which has it for
// d3-force) rather than bundled a second time.
import { engine } from './engineInstance.lib.js';

export const { quadtree } = engine;
