// The layout worker's entry in the app and the npm package (the embeddable build starts its
// worker from its own copy of the engine instead: spawnLayoutWorker.lib.ts).
import { serveLayout } from './serveLayout.js';

serveLayout(self as unknown as Parameters<typeof serveLayout>[0]);
