// Stands in for paintDense.ts in the embeddable build: the engine function carries it for the
// layout worker, so the page takes it from the engine instance rather than a second copy.
import { engine } from '../layout/engineInstance.lib.js';

export type { DensePlan, PaintContext, PaintNode, PaintView } from './paintDense.js';
export const { paintDense, traceLinks } = engine;
