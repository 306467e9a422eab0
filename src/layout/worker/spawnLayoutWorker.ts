import type { LayoutWorkerLike } from './LayoutWorkerClient.js';

/**
 * A layout worker, or null where there can be none (no Worker, or a page policy refuses it: the
 * layout then runs on the page). Bundlers (vite, webpack, parcel) find the worker's module by
 * this `new URL(…, import.meta.url)` pattern and emit it beside the code that loads it.
 */
export function spawnLayoutWorker(): LayoutWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./layoutWorker.js', import.meta.url), { type: 'module', name: 'concept-map layout' }) as LayoutWorkerLike;
  } catch {
    return null;
  }
}
