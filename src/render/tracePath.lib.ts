// Stands in for tracePath.ts in the embeddable build, as paintMotion.lib.ts does.
import { engine } from '../layout/engineInstance.lib.js';

export type { PathSink } from './tracePath.js';
export const { tracePath } = engine;
