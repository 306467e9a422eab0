// Stands in for engine.ts in the embeddable build: the page's engine is the instance of the
// function the worker also starts from.
import { engine } from './engineInstance.lib.js';

export const { ForceLayout, serveLayout } = engine;
