// Bundles the command line (src/ingest/cli) into dist/cli/concept-map.js: one file with the
// dictionary and csv-parse inside, so `npx concept-map` starts without TypeScript or a loader.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['src/ingest/cli/main.ts'],
  outfile: 'dist/cli/concept-map.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
