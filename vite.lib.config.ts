import { defineConfig, type Plugin } from 'vite';
import { build, transform, type Plugin as EsbuildPlugin } from 'esbuild';
import { minify as terser } from 'terser';
import { collapseHtmlWhitespace } from './scripts/collapseHtmlWhitespace.js';
import { privateProperties } from './scripts/privateProperties.js';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const { version } = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };

/**
 * Minifies the CSS of Lit's css`…` templates with esbuild's CSS minifier (about 3 KB raw, 0.5 KB
 * gzipped). Only templates without `${…}` or backslashes, so what the browser parses is the same.
 */
function minifyLitCss(): Plugin {
  return {
    name: 'concept-map:minify-lit-css',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      let out = '';
      let last = 0;
      for (const m of code.matchAll(/\bcss`([^`\\$]*)`/g)) {
        const css = (await transform(m[1]!, { loader: 'css', minify: true, logLevel: 'silent' })).code.trim();
        out += `${code.slice(last, m.index)}css\`${css}\``;
        last = m.index + m[0].length;
      }
      return last ? { code: out + code.slice(last), map: null } : null;
    },
  };
}

/** The indentation of Lit's html`…` templates, as one space each (scripts/collapseHtmlWhitespace.ts). */
function collapseLitHtml(): Plugin {
  return {
    name: 'concept-map:collapse-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      return { code: collapseHtmlWhitespace(code), map: null };
    },
  };
}

/**
 * A page that loads two copies of the file (a CDN and a local folder, two widgets) gets the tags
 * from the first; the second only warns. The whole bundle is wrapped in that test, so the second
 * copy does not even evaluate Lit, whose second 'lit-html' Trusted Types policy a strict CSP
 * (`trusted-types lit-html`) would refuse with an error. Where there is no DOM at all (Node), the
 * file does nothing, so it can be imported there. The entry exports nothing, so the
 * bundle has no import or export statement and can sit in a block.
 */
function guardSecondCopy(): Plugin {
  const banner = `/*! concept-map ${version} MIT; bundles lit (BSD-3-Clause, Google LLC), d3-force and d3-quadtree (ISC, Mike Bostock) */\n`;
  return {
    name: 'concept-map:guard-second-copy',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (/^\s*(import|export)\b|\bexport\s*\{/m.test(chunk.code)) this.error(`${chunk.fileName} has an import or export statement: it cannot be wrapped.`);
        // A tag module tree-shaken away (a `sideEffects` field that leaves it out) leaves a file that defines nothing.
        for (const tag of ['concept-map', 'concept-graph', 'concept-panel']) {
          if (!chunk.code.includes(`\`${tag}\``) && !chunk.code.includes(`"${tag}"`)) this.error(`${chunk.fileName} does not define <${tag}>.`);
        }
        chunk.code =
          banner +
          // Without a DOM (Node, a worker, server-side rendering) there is nothing to define:
          // importing the file there must not throw.
          'if(typeof HTMLElement>"u"||!globalThis.customElements);' +
          'else if(globalThis.customElements.get("concept-map"))console.warn("concept-map.js: <concept-map> is already defined on this page by another copy; this one does nothing.");' +
          `else{${chunk.code.trim()}\n}\n`;
      }
    },
  };
}

/**
 * The layout engine (src/layout/engine.ts: the force layout, d3-force and the worker's loop) is
 * compiled on its own into one self-contained function, `__conceptMapEngine`, put at the top of
 * the file. The page calls it once for its layout; the layout worker is a blob of the same
 * function's source (`spawnLayoutWorker.lib.ts`). So the file carries the layout code once and
 * needs no second file, which a page loading it from a CDN could not start as a worker anyway.
 * The page's imports of the engine and the worker spawner are swapped for modules
 * that read the engine instance.
 */
/**
 * d3-quadtree as the engine uses it. Its one user there is d3-force's forceCollide (the many-body
 * force keeps its own tree, forceManyBodyFlat.ts), which builds a tree with `quadtree(nodes, x, y)`
 * and walks it with `visitAfter` and `visit`. d3-quadtree's quadtree.js puts all its methods on
 * the prototype, where no bundler can drop the unused ones (copy, find, remove …). This module is
 * that file with only the methods the tree needs, over d3-quadtree's own modules for them, so the
 * tree is built and walked by the same code: about 0.75 kB gzipped less.
 */
const QUADTREE_USED = `import {addAll} from "./add.js";
import cover from "./cover.js";
import visit from "./visit.js";
import visitAfter from "./visitAfter.js";
import {defaultX} from "./x.js";
import {defaultY} from "./y.js";

export function quadtree(nodes, x, y) {
  var tree = new Quadtree(x == null ? defaultX : x, y == null ? defaultY : y, NaN, NaN, NaN, NaN);
  return nodes == null ? tree : tree.addAll(nodes);
}

function Quadtree(x, y, x0, y0, x1, y1) {
  this._x = x;
  this._y = y;
  this._x0 = x0;
  this._y0 = y0;
  this._x1 = x1;
  this._y1 = y1;
  this._root = undefined;
}

var treeProto = quadtree.prototype = Quadtree.prototype;

treeProto.addAll = addAll;
treeProto.cover = cover;
treeProto.visit = visit;
treeProto.visitAfter = visitAfter;
`;

function quadtreeUsedOnly(): EsbuildPlugin {
  return {
    name: 'concept-map:quadtree-used-only',
    setup(b) {
      b.onResolve({ filter: /^d3-quadtree$/ }, async (args) => {
        if (args.pluginData === 'real') return undefined;
        // d3-quadtree's folder as the importer (d3-force) finds it, for the relative imports above.
        const real = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'real' });
        if (real.errors.length) return { errors: real.errors };
        return { path: real.path, namespace: 'quadtree-used-only' };
      });
      b.onLoad({ filter: /.*/, namespace: 'quadtree-used-only' }, (args) => ({ contents: QUADTREE_USED, resolveDir: dirname(args.path), loader: 'js' }));
    },
  };
}

async function engineFunction(): Promise<string> {
  const result = await build({
    entryPoints: [here('./src/layout/engine.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__engine',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    alias: { 'd3-timer': here('./src/layout/d3Stubs.lib.ts'), 'd3-dispatch': here('./src/layout/d3Stubs.lib.ts') },
    plugins: [quadtreeUsedOnly()],
  });
  return `function __conceptMapEngine(){${result.outputFiles[0]!.text.trim()}return __engine}`;
}

function engineOnce(): Plugin {
  const swaps = new Map([
    [here('./src/layout/engine.ts'), here('./src/layout/engine.lib.ts')],
    [here('./src/layout/worker/spawnLayoutWorker.ts'), here('./src/layout/worker/spawnLayoutWorker.lib.ts')],
    [here('./src/render/paintDense.ts'), here('./src/render/paintDense.lib.ts')],
    [here('./src/render/tracePath.ts'), here('./src/render/tracePath.lib.ts')],
  ]);
  return {
    name: 'concept-map:engine-once',
    enforce: 'pre',
    async resolveId(source, importer) {
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const swap = resolved && swaps.get(resolved.id);
      return swap ?? null;
    },
    async generateBundle(_options, bundle) {
      const engine = await engineFunction();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.code.includes('node not found')) this.error(`${chunk.fileName} bundles d3-force itself: the engine would be there twice.`);
        chunk.code = `${engine}\n${chunk.code}`;
      }
    },
  };
}

/**
 * Types whose fields only our own code in this file makes and reads (privateProperties'
 * `internal`): what a frame is made of, and the layout worker's messages, which the worker reads
 * in this same file's engine. Not the document format, events, stats, tours or the URL hash.
 */
const INTERNAL_TYPES = [
  'NodeDisplay', 'LinkDisplay', 'Display', 'IndexCache', 'LastDisplay',
  'Frame', 'PlacedLabel', 'FigureArrow', 'NodeGroup', 'LabelCandidate', 'LabelPlacement', 'FigureEdge', 'RenderTheme',
  'DensePlan', 'PaintView', 'Picture', 'PictureOrder',
  'ToWorker', 'FromWorker', 'Resume', 'LayoutGraph', 'TaxonomySlotOptions', 'LayoutSupervisorOptions',
];

/**
 * A second minifying pass with terser over the finished file, engine included: it finds what the
 * bundler's minifier leaves (measured: 1.2 kB gzipped of 61.6), which keeps the file within its
 * 60 kB budget. Property names are left alone but for private members' and internal fields'
 * (below): Lit and the public API read them. Unused trailing parameters are dropped (`keep_fargs`): nothing here reads
 * a function's `length`. Property reads count as free of side effects (`pure_getters`): nothing
 * here reads a property only to trigger a getter, such as `offsetWidth` to force a layout.
 * Function expressions that use no `this` become arrows (`unsafe_arrows`) and methods in object
 * literals shorthand (`unsafe_methods`): nothing here calls either with `new` or reads its
 * `prototype` (38 bytes gzipped, with a third pass). Comparisons may be turned round
 * (`unsafe_comps`): nothing compared here has a `valueOf` with side effects, so only the order of
 * two reads changes (21 bytes).
 *
 * Private members get short names (`scripts/privateProperties.ts` says which qualify): 656 bytes
 * gzipped; the fields of INTERNAL_TYPES, 37 names more, about 120 bytes. `layoutCtl` keeps its
 * name: the benchmark and the built file's own tests read where its layout runs. The browser
 * tests, run once against this file instead of the sources, failed only where a test reads
 * another private member.
 */
function terserPass(): Plugin {
  return {
    name: 'concept-map:terser',
    async generateBundle(_options, bundle) {
      const files = readdirSync(here('./src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => here(`./src/${f}`));
      const names = privateProperties({ files, packages: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-force', 'd3-quadtree', 'd3-dispatch', 'd3-timer'], keep: ['layoutCtl'], internal: INTERNAL_TYPES });
      const properties = { regex: new RegExp(`^(?:${names.join('|')})$`) };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await terser(chunk.code, { module: true, ecma: 2020, compress: { passes: 3, keep_fargs: false, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, unsafe_comps: true }, mangle: { properties }, format: { comments: false } });
        if (result.code === undefined) this.error(`terser produced nothing for ${chunk.fileName}`);
        chunk.code = result.code;
      }
    },
  };
}

/**
 * The tag modules register elements: they are side effects, whatever package.json's `sideEffects`
 * (written for the npm build, dist/npm) says of the sources.
 */
function defineModulesHaveSideEffects(): Plugin {
  return {
    name: 'concept-map:define-side-effects',
    transform(code, id) {
      return /\/src\/(define\/[^/]+|lib)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/** The article demo maps the seed document by `src`: a copy beside the demo pages, not in git. */
function copySeedForDemo(): Plugin {
  return {
    name: 'concept-map:demo-seed',
    closeBundle() {
      mkdirSync(here('./dist/demo'), { recursive: true });
      copyFileSync(here('./data/seed.graph.json'), here('./dist/demo/seed.graph.json'));
    },
  };
}

// `npm run build:lib` (after the app's build, which empties dist/): dist/lib/concept-map.js, the one
// file a page loads from a CDN or a static folder. One minified ES module with Lit and d3-force
// inside: no imports, no chunks, and no corpus ingest (the app registers that; src/app.ts).
export default defineConfig({
  // Lit's production build (no dev-mode warning), and no `process` left for a browser to miss.
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['module', 'browser', 'production'] },
  publicDir: false,
  plugins: [defineModulesHaveSideEffects(), minifyLitCss(), collapseLitHtml(), engineOnce(), terserPass(), guardSecondCopy(), copySeedForDemo()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: here('./src/lib.ts'),
      formats: ['es'],
      fileName: () => 'concept-map.js',
    },
    rolldownOptions: {
      output: {
        // Library mode keeps whitespace with `build.minify` alone.
        minify: true,
        comments: false,
        codeSplitting: false,
      },
    },
  },
});
