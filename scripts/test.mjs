// `npm test`: the pure-code tests in Node (vitest), then the component tests in Chromium
// (@web/test-runner), then one closing line "N passed, N failed" for both.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
if (chrome.error) {
  console.error(chrome.error);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'concept-map-test-'));
const vitestJson = join(dir, 'vitest.json');
const wtrJson = join(dir, 'wtr.json');

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const bin = (name) => join('node_modules', '.bin', name);
// The CSP tests load the embeddable file as a page gets it: build it first, so it is never stale.
const libCode = await run('npm', ['run', '--silent', 'build:lib']);
if (libCode !== 0) {
  console.error('npm test: building dist/lib/concept-map.js failed (see above)');
  process.exit(1);
}
const vitestCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const wtrCode = await run(bin('web-test-runner'), [], { WTR_COUNT_FILE: wtrJson, CHROME_PATH: chrome.path });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests + (v.numFailedTestSuites ?? 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} else failed++;
if (existsSync(wtrJson)) {
  const w = JSON.parse(readFileSync(wtrJson, 'utf8'));
  passed += w.passed;
  failed += w.failed;
  skipped += w.skipped;
} else failed++;
rmSync(dir, { recursive: true, force: true });

if ((vitestCode !== 0 || wtrCode !== 0) && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestCode !== 0 || wtrCode !== 0 || failed > 0 ? 1 : 0);
