import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, writeFileSync } from 'node:fs';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const chrome = findChrome();
if (chrome.error) {
  console.error(chrome.error);
  process.exit(1);
}

// Counts results for scripts/test.mjs, which prints the one closing line for both runners.
function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no results but must count as a failure.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += session.errors?.length ? 1 : 0;
      }
      if (file) writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

import { defaultReporter, summaryReporter } from '@web/test-runner';

// Serves a JSON file imported as a module (`import data from './x.json'`, as vite bundles it) as
// a module exporting the data; a fetch() of the same file still gets plain JSON.
function jsonModules() {
  const imported = (context) => context.path.endsWith('.json') && context.request.headers['sec-fetch-dest'] === 'script';
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (imported(context)) return 'js';
    },
    transform(context) {
      if (imported(context)) return { body: `export default ${context.body};`, headers: { 'content-type': 'application/javascript' } };
    },
  };
}

// A worker started by URL (`new Worker(new URL('./layoutWorker.js', import.meta.url))`, as
// bundlers and the npm package want it) asks for the .js name of a .ts source: serve the source,
// as the esbuild plugin already does for imports.
function tsForMissingJs(context, next) {
  const path = context.path;
  if (path.startsWith('/src/') && path.endsWith('.js')) {
    const ts = fileURLToPath(new URL(`.${path.slice(0, -3)}.ts`, import.meta.url));
    if (!existsSync(fileURLToPath(new URL(`.${path}`, import.meta.url))) && existsSync(ts)) context.url = `${path.slice(0, -3)}.ts`;
  }
  return next();
}

export default {
  middleware: [tsForMissingJs],
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 120000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome.path, args: CHROME_ARGS },
    }),
  ],
  plugins: [
    jsonModules(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countingReporter(process.env.WTR_COUNT_FILE),
  ],
};
