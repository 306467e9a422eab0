// The second half of `npm run build:npm`: tsc emits every module the entries' *types* reach, and
// some of them only as types. `src/components/ingestLoader.ts` imports the ingest core's types, so
// tsc also emits the ingest core, whose dictionary module imports ../../data/dictionary.json (a
// path that does not exist in dist/npm, and a JSON import Node refuses without `with { type }`).
// No entry loads those modules at run time: this keeps the JavaScript the package's entries load
// and the declarations their declarations reach, deletes the rest (and stale files of earlier
// builds), and fails if a kept module imports JSON or a package the package does not depend on.
// It also points inferred types at `lit` rather than at Lit's own dependencies (tsc writes
// `render(): import("lit-html").TemplateResult<1>`, and lit-html is not ours to import: pnpm
// would not resolve it); `lit` re-exports them.
import { existsSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/npm');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);

/** Every file of the exports map under dist/npm, split into JavaScript and declarations. */
function entries() {
  const js = new Set();
  const dts = new Set();
  const walk = (target) => {
    if (typeof target === 'string') {
      const file = join(root, target);
      if (!file.startsWith(out)) return;
      (file.endsWith('.d.ts') ? dts : js).add(file);
    } else if (target && typeof target === 'object') Object.values(target).forEach(walk);
  };
  walk(pkg.exports);
  return { js, dts };
}

const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The files reachable from `start`, following relative imports; `resolveRelative` maps a specifier to a file. */
function reach(start, resolveRelative, problems) {
  const seen = new Set();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    if (!existsSync(file)) {
      problems.push(`${relative(root, file)} is an entry or is imported, but was not built`);
      continue;
    }
    seen.add(file);
    const { importedFiles, referencedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);

    // A worker started as `new Worker(new URL('./x.js', import.meta.url))` is loaded too.
    const text = readFileSync(file, 'utf8');
    for (const [, , specifier] of text.matchAll(/new URL\((["'])(\.[^"']+\.js)\1,\s*import\.meta\.url\)/g)) queue.push(resolveRelative(join(dirname(file), specifier)));
    for (const { fileName: specifier } of [...importedFiles, ...referencedFiles]) {
      if (specifier.endsWith('.json')) problems.push(`${relative(root, file)} imports JSON (${specifier})`);
      else if (specifier.startsWith('.')) queue.push(resolveRelative(join(dirname(file), specifier)));
      else if (!specifier.startsWith('node:') && !allowed.has(packageName(specifier))) {
        problems.push(`${relative(root, file)} imports ${specifier}, which is not a dependency or peer dependency`);
      }
    }
  }
  return seen;
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function removeEmptyDirs(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) removeEmptyDirs(path);
  }
  if (dir !== out && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** Lit's packages that `lit` re-exports, as tsc names them in inferred types. */
const REEXPORTED_BY_LIT = /\bimport\((["'])(lit-html|@lit\/reactive-element)\1\)/g;
for (const file of files(out).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(REEXPORTED_BY_LIT, 'import("lit")');
  if (fixed !== text) writeFileSync(file, fixed);
}

const problems = [];
const start = entries();
const js = reach(start.js, (path) => path, problems);
const dts = reach(start.dts, (path) => path.replace(/\.js$/, '.d.ts'), problems);
if (problems.length) {
  console.error(`build:npm: ${problems.length} problem(s) in dist/npm:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const removed = files(out).filter((file) => !js.has(file) && !dts.has(file));
for (const file of removed) rmSync(file);
removeEmptyDirs(out);
console.log(`dist/npm: ${js.size} modules, ${dts.size} declaration files (${removed.length} files no entry loads removed)`);
