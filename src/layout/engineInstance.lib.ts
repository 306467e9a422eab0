// The embeddable build only: the engine (engine.ts, compiled by vite.lib.config.ts into the
// function `__conceptMapEngine` at the top of the file) instantiated once for the page.
import type * as Engine from './engine.js';

declare const __conceptMapEngine: () => typeof Engine;

export const engine = __conceptMapEngine();

/** The engine function's source: the layout worker's script. */
export function engineSource(): string {
  return String(__conceptMapEngine);
}
