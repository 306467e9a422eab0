// custom-elements.json: the elements as editors, linters, Storybook and docs tools see them. It is
// generated (npm run manifest) from the classes' JSDoc and Lit properties, and committed; this
// checks the public surface it declares, and that it is what the analyzer makes of the source now.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the analyzer ships no declarations for its CLI module
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

interface Named {
  name: string;
  type?: { text: string };
  privacy?: string;
  kind?: string;
  fieldName?: string;
  description?: string;
}
interface ClassDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ClassDeclaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

const root = new URL('../../../', import.meta.url);
const committed = readFileSync(new URL('custom-elements.json', root), 'utf8');
const manifest = JSON.parse(committed) as Manifest;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { customElements?: string; exports: Record<string, unknown> };

function element(tag: string): ClassDeclaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName === tag);
  expect(found, `one declaration of <${tag}>`).toHaveLength(1);
  return found[0] as ClassDeclaration;
}
const names = (list: Named[] | undefined): string[] => (list ?? []).map((x) => x.name);

describe('custom-elements.json', () => {
  it('is what package.json points tools at', () => {
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.exports['./custom-elements.json']).toBe('./custom-elements.json');
    expect(manifest.schemaVersion).toBe('1.0.0');
  });

  it('registers each tag in its define module, with its class', () => {
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.name, e.declaration.module]));
    expect(definitions).toEqual([
      ['src/define/concept-graph.ts', 'concept-graph', 'ConceptGraph', 'src/components/ConceptGraph.ts'],
      ['src/define/concept-map.ts', 'concept-map', 'ConceptMap', 'src/components/ConceptMap.ts'],
      ['src/define/concept-panel.ts', 'concept-panel', 'ConceptPanel', 'src/components/ConceptPanel.ts'],
    ]);
  });

  it('declares <concept-map> with its attributes, events, parts and custom properties', () => {
    const map = element('concept-map');
    expect(map.name).toBe('ConceptMap');
    expect(map.customElement).toBe(true);
    expect(map.summary).toBeTruthy();
    expect(names(map.attributes)).toEqual(expect.arrayContaining(['src', 'selected', 'query', 'kinds', 'theme', 'seed', 'static', 'sync-url', 'depth', 'files', 'authoring', 'mode', 'tour', 'step']));
    expect(map.attributes?.find((a) => a.name === 'sync-url')?.fieldName).toBe('syncUrl');
    expect(map.attributes?.find((a) => a.name === 'mode')?.type?.text).toBe("'explore' | 'present'");
    expect(names(map.events)).toEqual(expect.arrayContaining(['concept-select', 'concept-hover', 'concept-error', 'concept-layout-end', 'concept-step', 'concept-load']));
    expect(map.events?.find((e) => e.name === 'concept-step')?.type?.text).toBe('CustomEvent<{ tour: string; step: number; count: number }>');
    expect(names(map.members)).toEqual(expect.arrayContaining(['graph', 'stats', 'exportSVG', 'exportPNG', 'goToStep']));
    expect(names(map.cssParts)).toEqual(expect.arrayContaining(['toolbar', 'legend', 'panel', 'outline']));
    expect(names(map.cssProperties)).toEqual(expect.arrayContaining(['--concept-panel-width', '--concept-background', '--concept-font', '--concept-kind-<kind>']));
    expect(names(map.slots)).toEqual(['']);
  });

  it('declares <concept-graph> with its attributes, events, part and custom properties', () => {
    const graph = element('concept-graph');
    expect(graph.name).toBe('ConceptGraph');
    expect(names(graph.attributes)).toEqual(expect.arrayContaining(['selected', 'query', 'depth', 'seed', 'static', 'theme']));
    expect(names(graph.events)).toEqual(expect.arrayContaining(['concept-select', 'concept-hover', 'concept-focus', 'concept-activate', 'concept-layout-end', 'concept-error', 'concept-camera']));
    expect(names(graph.members)).toEqual(expect.arrayContaining(['graph', 'stats', 'exportSVG', 'zoomToFit', 'centerOn']));
    expect(names(graph.cssParts)).toEqual(['canvas']);
    expect(names(graph.cssProperties)).toEqual(expect.arrayContaining(['--concept-background', '--concept-label-color', '--concept-font', '--concept-kind-<kind>']));
  });

  it('declares <concept-panel> with its `for` attribute, events and parts', () => {
    const panel = element('concept-panel');
    expect(panel.name).toBe('ConceptPanel');
    expect(panel.attributes?.find((a) => a.name === 'for')?.fieldName).toBe('htmlFor');
    expect(names(panel.attributes)).toEqual(expect.arrayContaining(['for', 'node', 'dark']));
    expect(names(panel.events)).toEqual(expect.arrayContaining(['concept-select', 'concept-hover', 'concept-panel-close']));
    expect(names(panel.cssParts)).toEqual(expect.arrayContaining(['panel', 'heading', 'abstract']));
    expect(names(panel.cssProperties)).toEqual(expect.arrayContaining(['--concept-panel-width', '--concept-mark-background']));
  });

  it('declares no private, protected or controller-only member, and every event with its type', () => {
    for (const tag of ['concept-map', 'concept-graph', 'concept-panel']) {
      const el = element(tag);
      for (const m of el.members ?? []) expect(m.privacy, `${tag} ${m.name}`).toBeUndefined();
      for (const e of el.events ?? []) expect(e.type?.text, `${tag} ${e.name}`).toMatch(/^CustomEvent<.+>$/);
    }
    const graphMembers = names(element('concept-graph').members);
    for (const internal of ['layoutFrame', 'pointerHover', 'viewportChanged', 'moveFocus', 'renderer', 'display']) expect(graphMembers).not.toContain(internal);
    const mapMembers = names(element('concept-map').members);
    for (const internal of ['hashState', 'applyHash', 'listView', 'panelOpen', 'data']) expect(mapMembers).not.toContain(internal);
  });

  it('is what `npm run manifest` makes of the source now (run it and commit the file if this fails)', async () => {
    const fresh = (await cli({ argv: ['analyze', '--quiet'], cwd: root.pathname, noWrite: true })) as Manifest;
    expect(`${JSON.stringify(fresh, null, 2)}\n`).toBe(committed);
  });

  it('docs/api.md is what `npm run docs:api` writes from it', () => {
    const out = execFileSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('docs/api.md is up to date');
  });
});
