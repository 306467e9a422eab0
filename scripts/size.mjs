// `npm run size`: the size of every build in dist/, raw and gzipped (level 9, as the npm package
// gzip-size measures; 1 kB = 1,000 bytes), and a budget for the embeddable file: it exits 1 when
// dist/lib/concept-map.js is over 60 kB gzipped. Run `npm run build` first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60_000;
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const rel = (file) => relative(root, file);

function measure(files) {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gz };
}

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

/** The JS files a built HTML page loads: its module scripts and their modulepreloads. */
function pageScripts(html) {
  const page = join(dist, html);
  if (!existsSync(page)) return [];
  const text = readFileSync(page, 'utf8');
  const urls = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set(urls)].map((u) => join(dist, u.replace(/^\.?\//, ''))).filter((f) => existsSync(f));
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const rows = [];
const row = (name, files, note = '') => {
  if (!files.length) {
    rows.push([name, '-', '-', 'not built']);
    return null;
  }
  const m = measure(files);
  rows.push([name, kB(m.raw), kB(m.gz), note || (files.length === 1 ? rel(files[0]) : `${files.length} files`)]);
  return m;
};

if (!existsSync(dist)) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const libFile = join(dist, 'lib', 'concept-map.js');
const lib = row('embed: dist/lib/concept-map.js', existsSync(libFile) ? [libFile] : [], `budget ${kB(BUDGET)} gzipped`);

const appJs = walk(join(dist, 'assets'), (p) => p.endsWith('.js'));
row('app: dist/assets/*.js (total)', appJs);
if (appJs.length) {
  const largest = appJs.map((f) => ({ f, gz: measure([f]).gz })).sort((a, b) => b.gz - a.gz)[0];
  row('app: largest chunk', [largest.f]);
}
const appLoads = pageScripts('index.html');
row('app: index.html loads', appLoads, 'on first load (ingest comes later, on use)');
// A bundler that takes the define modules for side-effect free drops the tags: say so here.
const tags = appLoads.map((f) => readFileSync(f, 'utf8')).join('\n');
const missing = ['concept-map', 'concept-graph', 'concept-panel'].filter((t) => !tags.includes(`"${t}"`) && !tags.includes(`'${t}'`) && !tags.includes(`\`${t}\``));
if (appLoads.length > 0 && missing.length > 0) {
  console.error(`The app's scripts do not define ${missing.map((t) => `<${t}>`).join(', ')}: check package.json "sideEffects".`);
  process.exitCode = 1;
}
row('talk: slides.html loads', pageScripts('slides.html'));
const cli = join(dist, 'cli', 'concept-map.js');
row('command: dist/cli/concept-map.js', existsSync(cli) ? [cli] : []);
const npm = walk(join(dist, 'npm'), (p) => /\.(m?js|d\.ts|css|json)$/.test(p));
if (npm.length) row('npm: dist/npm (total)', npm);

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['build', 'raw', 'gzip'][i].length));
const line = (r) => `${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padStart(widths[2])}  ${r[3]}`;
console.log(line(['build', 'raw', 'gzip', '']));
for (const r of rows) console.log(line(r));

if (!lib) {
  console.error('\ndist/lib/concept-map.js is missing: run `npm run build` (or `npm run build:lib`).');
  process.exit(1);
}
if (lib.gz > BUDGET) {
  console.error(`\nOver budget: dist/lib/concept-map.js is ${kB(lib.gz)} gzipped (${lib.gz} bytes), the budget is ${kB(BUDGET)}.`);
  process.exit(1);
}
console.log(`\ndist/lib/concept-map.js: ${lib.gz} bytes gzipped, ${BUDGET - lib.gz} under the ${kB(BUDGET)} budget.`);
