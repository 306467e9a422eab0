// The property names the embeddable build may shorten: members declared `private` or `protected`
// in our sources, and the fields of the internal types named, and used for nothing else. Terser renames a property name everywhere in the file
// at once, so a name qualifies only where no code outside the file can read or write it: not a
// public member or an interface's field anywhere in our sources (the elements' API, the document
// format, event details), not a name of the DOM or of JavaScript's own objects (TypeScript's lib
// files list them), not a name the bundled libraries use (Lit calls `willUpdate` and `render`),
// and not a word in any string or template of ours (Lit binds `.prop=${…}` by its text).
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function identifiers(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) into.add(m[0]);
}

function isHidden(node: ts.Node): boolean {
  const mods = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return !!mods?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword);
}

export interface PrivatePropertiesOptions {
  /** Our TypeScript sources. */
  files: readonly string[];
  /** npm packages bundled into the file: every identifier in their JavaScript stays. */
  packages: readonly string[];
  /** Private names read from outside all the same (a benchmark, a test of the built file). */
  keep?: readonly string[];
  /**
   * Interfaces and object types whose fields are as private as private members: made and read
   * only by our own code inside the file (a frame, the layout worker's messages), never shown to
   * a page, stored, or read from a document.
   */
  internal?: readonly string[];
}

export function privateProperties({ files, packages, keep = [], internal = [] }: PrivatePropertiesOptions): string[] {
  const hidden = new Set<string>();
  const open = new Set<string>(keep);
  const inside = new Set(internal);
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    // Within an internal interface or type: its fields are hidden.
    let within = false;
    const visit = (node: ts.Node): void => {
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && inside.has(node.name.text)) {
        within = true;
        ts.forEachChild(node, visit);
        within = false;
        return;
      }
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        identifiers(node.text, open);
      } else if (
        (ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node) || ts.isParameterPropertyDeclaration(node, node.parent)) &&
        node.name &&
        ts.isIdentifier(node.name)
      ) {
        // A method of an object literal is as open as the object: only class members can be hidden.
        (isHidden(node) && !ts.isObjectLiteralExpression(node.parent) ? hidden : open).add(node.name.text);
        // Lit's reactive properties, private or not: an attribute takes its property's name.
        if (ts.isPropertyDeclaration(node) && node.name.text === 'properties' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
          for (const p of node.initializer.properties) if (p.name && ts.isIdentifier(p.name)) open.add(p.name.text);
        }
      } else if ((ts.isPropertySignature(node) || ts.isMethodSignature(node)) && ts.isIdentifier(node.name)) {
        (within ? hidden : open).add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // JavaScript's and the DOM's own names, as TypeScript's lib files declare them.
  const tsLib = dirname(require.resolve('typescript/lib/lib.d.ts'));
  for (const file of readdirSync(tsLib)) if (/^lib\..*d\.ts$/.test(file)) identifiers(readFileSync(join(tsLib, file), 'utf8'), open);
  for (const name of packages) {
    let root = dirname(require.resolve(name));
    while (!root.endsWith(`node_modules/${name}`)) {
      if (dirname(root) === root) throw new Error(`privateProperties: no node_modules folder found for ${name}`);
      root = dirname(root);
    }
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      if (/\.m?js$/.test(file) && !file.includes('node_modules')) identifiers(readFileSync(join(root, file), 'utf8'), open);
    }
  }
  return [...hidden].filter((name) => !open.has(name) && name.length > 3).sort();
}
