import type { LayoutWorkerLike } from './LayoutWorkerClient.js';
import { engineSource } from '../engineInstance.lib.js';

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}

let url: string | null | undefined;

/**
 * The embeddable build's layout worker: a blob holding the source of the engine function this
 * very file runs on the page, so one file serves from any origin, a CDN included, without a
 * second download. Under Trusted Types the blob URL goes through the `concept-map` policy; a
 * Content-Security-Policy without `worker-src blob:` (or `script-src blob:`) refuses the worker,
 * and the layout then runs on the page.
 */
export function spawnLayoutWorker(): LayoutWorkerLike | null {
  if (typeof Worker === 'undefined' || typeof Blob === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
  try {
    // One blob for every map on the page; it is never revoked, as workers start from it later.
    url ??= URL.createObjectURL(new Blob([`(${engineSource()})().serveLayout(self)`], { type: 'text/javascript' }));
    return new Worker(trusted(url) as string, { name: 'concept-map layout' }) as LayoutWorkerLike;
  } catch {
    return null;
  }
}

let policy: ScriptUrlPolicy | null | undefined;

function trusted(blobUrl: string): unknown {
  const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptUrlPolicy } }).trustedTypes;
  if (!tt) return blobUrl;
  // Only blob URLs this file made pass; a page that disallows the policy name throws here and
  // gets the layout on the page.
  policy ??= tt.createPolicy('concept-map', {
    createScriptURL: (value: string) => {
      if (value !== url) throw new TypeError('concept-map: only its own layout worker may be loaded');
      return value;
    },
  });
  return policy.createScriptURL(blobUrl);
}
