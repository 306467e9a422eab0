// `npm run manifest`: custom-elements.json from the elements' JSDoc (@fires, @attr, @csspart,
// @cssproperty, @slot, @summary) and their Lit properties (`static properties`).
// test/node/package/manifest.test.ts regenerates it in memory and compares it with the committed file.
import { readFileSync } from 'node:fs';

/** A source file, by its path from the repository's root (where this config is). */
const read = (file) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The tag modules register with `defineOnce('tag', Class)` rather than `customElements.define`. */
function defineOncePlugin() {
  return {
    name: 'concept-map: defineOnce',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineOnce') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((d) => d.importClause?.namedBindings && ts.isNamedImports(d.importClause.namedBindings) && d.importClause.namedBindings.elements.some((e) => e.name.text === klass.text));
      const from = imported && ts.isStringLiteral(imported.moduleSpecifier) ? imported.moduleSpecifier.text : null;
      const module = from ? new URL(from.replace(/\.js$/, '.ts'), `file:///${moduleDoc.path}`).pathname.slice(1) : moduleDoc.path;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } }];
    },
  };
}

/**
 * Each event's type, `CustomEvent<detail>`, from the detail types in src/components/events.ts
 * (`ConceptEventMap`, and the `GlobalEventHandlersEventMap` entries for events outside it), so the
 * JSDoc's `@fires` lines need not repeat them.
 */
function eventTypesPlugin() {
  let types = new Map();
  return {
    name: 'concept-map: event types',
    initialize({ ts }) {
      const file = 'src/components/events.ts';
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
      const members = (name) => {
        const found = [];
        const visit = (node) => {
          if (ts.isInterfaceDeclaration(node) && node.name.text === name) found.push(...node.members);
          ts.forEachChild(node, visit);
        };
        visit(source);
        return found.filter((m) => ts.isPropertySignature(m) && m.type && ts.isStringLiteral(m.name));
      };
      const flat = (text) => text.replace(/\s+/g, ' ');
      for (const m of members('GlobalEventHandlersEventMap')) types.set(m.name.text, flat(m.type.getText()));
      for (const m of members('ConceptEventMap')) types.set(m.name.text, `CustomEvent<${flat(m.type.getText())}>`);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            const text = types.get(event.name);
            if (text && !event.type) event.type = { text };
          }
        }
      }
    },
  };
}

/**
 * A property typed with an imported alias of literals (`theme: ThemeName`, `depth: FocusDepth`)
 * shows the literals (`'light' | 'dark' | 'auto'`): what a page can write in the attribute.
 */
function literalAliasesPlugin() {
  let ts;
  const parse = (file) => ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
  /** `export type Name = 'a' | 'b'` (or numbers) in a file, by name. */
  const aliasesIn = (file) => {
    const found = new Map();
    for (const st of parse(file).statements) {
      if (!ts.isTypeAliasDeclaration(st) || st.typeParameters) continue;
      const parts = ts.isUnionTypeNode(st.type) ? st.type.types : [st.type];
      if (parts.every((t) => ts.isLiteralTypeNode(t))) found.set(st.name.text, parts.map((t) => t.getText()).join(' | '));
    }
    return found;
  };
  /** Type names a module imports from relative paths, with the alias each names, when it is one. */
  const importedAliases = (file) => {
    const found = new Map();
    for (const st of parse(file).statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.moduleSpecifier.text.startsWith('.')) continue;
      const bindings = st.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      const from = new URL(st.moduleSpecifier.text.replace(/\.js$/, '.ts'), `file:///${file}`).pathname.slice(1);
      const aliases = aliasesIn(from);
      for (const el of bindings.elements) {
        const literal = aliases.get((el.propertyName ?? el.name).text);
        if (literal) found.set(el.name.text, literal);
      }
    }
    return found;
  };
  return {
    name: 'concept-map: literal aliases',
    initialize(params) {
      ts = params.ts;
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const classes = (mod.declarations ?? []).filter((d) => d.kind === 'class');
        if (!classes.length) continue;
        const aliases = importedAliases(mod.path);
        for (const item of classes.flatMap((d) => [...(d.members ?? []), ...(d.attributes ?? [])])) {
          const literal = item.type && aliases.get(item.type.text);
          if (literal) item.type = { text: literal };
        }
      }
    },
  };
}

/**
 * Public in TypeScript because the element's reactive controllers call them (the "host" interfaces
 * in src/components/controllers/), or `<concept-map>` drives its inner elements with them: not API
 * for a page. (An `@internal` tag on each would say the same; the component files are not this
 * config's to edit.)
 */
const INTERNAL = {
  ConceptMap: ['resumeStep', 'showStepForExport', 'hashState', 'applyHash'],
  ConceptGraph: [
    'requestDraw', 'drawNow',
    'layoutFrame', 'layoutEnd',
    'viewportChanged', 'viewportResized', 'isOverNodeAt', 'local', 'userMovedCamera', 'wheelIgnored',
    'nodeAt', 'toWorld', 'pointerHover', 'pointerClick', 'dragStart', 'dragMove', 'dragEnd',
    'moveFocus', 'activate', 'escape', 'keyboardFocus',
  ],
  ConceptPanel: [],
};

/**
 * Private and protected members (Lit's `state: true` properties among them) and the INTERNAL ones are not
 * public API; modules are sorted by path so the file does not depend on the order of the globs.
 * The description of an attribute and of its property is one text.
 */
function publicOnlyPlugin() {
  return {
    name: 'concept-map: public members only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          const internal = new Set(INTERNAL[decl.name] ?? []);
          const isPublic = (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !internal.has(m.name);
          const hidden = new Set((decl.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name));
          if (decl.members) decl.members = decl.members.filter(isPublic);
          // Public is the default, so said nowhere: the analyzer writes it only for the fields named
          // in Lit's `static properties`, which would make them look different from the rest.
          for (const m of decl.members ?? []) if (m.privacy === 'public') delete m.privacy;
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.fieldName || !hidden.has(a.fieldName));
          // A description given once (on the field, or by an `@attr` line) serves both; attributes
          // in the order of their fields.
          const fields = decl.members ?? [];
          for (const attr of decl.attributes ?? []) {
            const field = fields.find((m) => m.name === attr.fieldName);
            if (!field) continue;
            if (!field.description && attr.description) field.description = attr.description;
            if (!attr.description && field.description) attr.description = field.description;
          }
          const at = (a) => (a.fieldName ? fields.findIndex((m) => m.name === a.fieldName) : fields.length);
          decl.attributes?.sort((a, b) => at(a) - at(b));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/ConceptMap.ts', 'src/components/ConceptGraph.ts', 'src/components/ConceptPanel.ts', 'src/define/concept-*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineOncePlugin(), eventTypesPlugin(), literalAliasesPlugin(), publicOnlyPlugin()],
};
