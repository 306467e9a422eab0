// What the layout worker runs, and what the page lays out with when there is no worker. The
// embeddable build (vite.lib.config.ts) compiles this module on its own into one function whose
// source also starts the worker, so the file carries the layout code once.
export { ForceLayout } from './ForceLayout.js';
export { serveLayout } from './worker/serveLayout.js';
// The worker paints a moving map's frames; the page draws the same shapes with the same code.
export { paintDense, traceLinks } from '../render/paintDense.js';
export { tracePath } from '../render/tracePath.js';
