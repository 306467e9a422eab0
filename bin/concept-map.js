#!/usr/bin/env node
// The command is built (npm run build) into one file so it starts fast and needs no TypeScript.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/concept-map.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('concept-map: the command is not built yet; run "npm run build" in the repository first\n');
  process.exit(1);
}
const { run } = await import(cli.href);
process.exitCode = run(process.argv.slice(2));
