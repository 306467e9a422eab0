// After `npm run build:npm`: loads every entry of the package's exports map the way a user's code
// would, by the package's own name (Node resolves a package's own name through its exports map
// from inside it), each in a fresh Node process with no DOM; type-checks a consumer of the built
// declarations (NodeNext resolution, library checking on); and checks that `npm pack` would ship
// every file the exports map names. One line per entry; exit code 1 on any failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['concept-map', 'concept-graph', 'concept-panel'];
let failed = 0;

// ---- each entry, in its own process, so what one entry defines does not show in the next
const probe = `
const specifier = process.argv[1];
const json = specifier.endsWith('.json');
const started = performance.now();
const mod = await import(specifier, json ? { with: { type: 'json' } } : undefined);
const ms = Math.round(performance.now() - started);
const tags = ${JSON.stringify(TAGS)}.filter((t) => globalThis.customElements?.get(t));
const names = json ? Object.keys(mod.default).length + ' keys' : Object.keys(mod).join(', ') || '(nothing)';
console.log(JSON.stringify({ ms, tags, names }));
`;
for (const [key, target] of Object.entries(pkg.exports)) {
  const specifier = key === '.' ? pkg.name : `${pkg.name}${key.slice(1)}`;
  const file = typeof target === 'string' ? target : target.default;
  try {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe, specifier], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const { ms, tags, names } = JSON.parse(out.trim().split('\n').pop());
    const defines = file.endsWith('.json') ? '' : `; defines ${tags.length ? tags.map((t) => `<${t}>`).join(' ') : 'no tag'}`;
    console.log(`ok   ${specifier.padEnd(32)} ${file.padEnd(36)} ${String(ms).padStart(4)} ms${defines}; exports ${names}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${specifier.padEnd(32)} ${file}\n     ${String(error.stderr || error.message).trim().split('\n').slice(0, 6).join('\n     ')}`);
  }
}

// ---- the declarations, as a TypeScript user of the package sees them
const dir = join(root, '.tmp/check-package');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const consumer = join(dir, 'consumer.mts');
writeFileSync(
  consumer,
  `import { ConceptMap, ConceptGraph, ConceptPanel, validateDocument, type GraphDocument, type ConceptEventMap } from '${pkg.name}';
import '${pkg.name}/concept-map';
import '${pkg.name}/concept-graph';
import '${pkg.name}/concept-panel';
import * as classes from '${pkg.name}/classes';
import { ConceptMap as ReactMap } from '${pkg.name}/react';
const map: ConceptMap = document.createElement('concept-map');
const graph: ConceptGraph = document.createElement('concept-graph');
const panel: ConceptPanel = document.createElement('concept-panel');
map.addEventListener('concept-select', (e) => { const id: string | null = e.detail.id; void id; });
graph.addEventListener('concept-load', (e) => { const n: number = e.detail.nodes; void n; });
panel.htmlFor = 'map';
const detail: ConceptEventMap['concept-step'] = { tour: 't', step: 0, count: 1 };
const doc: GraphDocument | null = null;
void [detail, doc, validateDocument, classes.ConceptMap, ReactMap];
`,
);
const program = ts.createProgram([consumer], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: false,
});
const diagnostics = ts.getPreEmitDiagnostics(program);
const ours = program.getSourceFiles().filter((f) => f.fileName.includes('/dist/npm/')).length;
if (diagnostics.length) {
  failed++;
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
  console.log(`FAIL types: ${diagnostics.length} error(s)\n${ts.formatDiagnostics(diagnostics.slice(0, 10), host)}`);
} else {
  console.log(`ok   types: a NodeNext consumer of every entry type-checks (skipLibCheck off, ${ours} declaration files of dist/npm)`);
}
rmSync(dir, { recursive: true, force: true });

// ---- what npm would publish
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const shipped = new Set(packed.files.map((f) => f.path));
const named = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))).map((p) => p.replace(/^\.\//, ''));
const missing = named.filter((p) => !shipped.has(p));
if (missing.length) {
  failed++;
  console.log(`FAIL pack: the exports map names files npm would not ship: ${missing.join(', ')}`);
} else {
  const npmFiles = packed.files.filter((f) => f.path.startsWith('dist/npm/'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`ok   pack: ${packed.files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; dist/npm ${npmFiles.length} files, ${kb(npmFiles.reduce((s, f) => s + f.size, 0))}`);
}

if (failed) {
  console.log(`${failed} check(s) failed`);
  process.exit(1);
}
