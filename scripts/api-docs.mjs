// `npm run docs:api`: docs/api.md, the elements' reference, from custom-elements.json (run
// `npm run manifest` first when the components changed). Per element: summary, attributes and
// properties with types and defaults, events with their detail, methods, slots, CSS parts and
// CSS custom properties. `--check` exits 1 when docs/api.md is not what it would write.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const target = new URL('docs/api.md', root);

/** Table cell text: one line, pipes escaped, a capital first letter. */
const cell = (text) => {
  const line = (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
  return line.charAt(0).toUpperCase() + line.slice(1);
};
/** Inline code that survives backticks and pipes inside it. */
const code = (text) => {
  if (!text) return '';
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence.split('').reverse().join('')}`;
};
const paragraph = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
  .filter((d) => d.kind === 'class' && d.customElement && d.tagName);
const order = ['concept-map', 'concept-graph', 'concept-panel'];
elements.sort((a, b) => order.indexOf(a.tagName) - order.indexOf(b.tagName) || a.tagName.localeCompare(b.tagName));
const defineModule = (tag) =>
  manifest.modules.find((m) => (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag))?.path;
const entryOf = (tag) => Object.keys(pkg.exports).find((k) => k === `./${tag}`);

function section(el) {
  const lines = [`## \`<${el.tagName}>\``, ''];
  if (el.summary) lines.push(`**${paragraph(el.summary)}**`, '');
  if (el.description) lines.push(paragraph(el.description), '');
  const entry = entryOf(el.tagName);
  lines.push(
    '```js',
    `import '${pkg.name}${entry ? entry.slice(1) : ''}'; // registers <${el.tagName}>`,
    `import { ${el.name} } from '${pkg.name}/classes'; // the class alone, registers nothing`,
    '```',
    '',
    `Class \`${el.name}\` (extends \`${el.superclass?.name ?? 'HTMLElement'}\`), defined in \`${el.module}\`, registered by \`${defineModule(el.tagName) ?? '?'}\`.`,
    '',
  );

  const members = el.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const attributes = el.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));

  lines.push('### Attributes and properties', '');
  const withAttribute = fields.filter((f) => byField.has(f.name));
  const attributeOnly = attributes.filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName));
  lines.push(
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      [
        ...withAttribute.map((f) => [
          code(byField.get(f.name).name) + (f.reflects ? ' (reflected)' : ''),
          code(f.name),
          code(f.type?.text),
          code(f.default),
          cell(f.description ?? byField.get(f.name).description),
        ]),
        ...attributeOnly.map((a) => [code(a.name), '', code(a.type?.text), code(a.default), cell(a.description)]),
      ],
    ),
  );
  const propertyOnly = fields.filter((f) => !byField.has(f.name));
  if (propertyOnly.length) {
    lines.push('Properties without an attribute (set them from script):', '');
    lines.push(
      ...table(
        ['property', 'type', 'default', 'description'],
        propertyOnly.map((f) => [code(f.name) + (f.readonly ? ' (read-only)' : ''), code(f.type?.text), code(f.default), cell(f.description)]),
      ),
    );
  }

  const events = el.events ?? [];
  if (events.length) {
    lines.push('### Events', '', 'Every event bubbles and is composed (it crosses shadow roots), and is typed in `GlobalEventHandlersEventMap`.', '');
    const detail = (type) => (type?.text.match(/^CustomEvent<(.*)>$/s)?.[1] ?? type?.text ?? '');
    // The JSDoc opens with the detail's shape (`{ id, source }` when …): the detail column shows it.
    const when = (text) => (text ?? '').replace(/^`\{[^`]*\}`\s*/, '');
    lines.push(...table(['event', 'detail', 'when'], events.map((e) => [code(e.name), code(detail(e.type)), cell(when(e.description))])));
  }

  const methods = members.filter((m) => m.kind === 'method' && !m.static);
  if (methods.length) {
    lines.push('### Methods', '');
    const param = (p) => {
      const name = `${p.rest ? '...' : ''}${p.name}`;
      if (p.type) return `${name}${p.optional || p.default !== undefined ? '?' : ''}: ${p.type.text}`;
      return p.default !== undefined ? `${name} = ${p.default}` : name;
    };
    lines.push(
      ...table(
        ['method', 'description'],
        methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map(param).join(', ')}): ${m.return?.type?.text ?? 'void'}`), cell(m.description)]),
      ),
    );
  }

  if (el.slots?.length) {
    lines.push('### Slots', '');
    lines.push(...table(['slot', 'description'], el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  }
  if (el.cssParts?.length) {
    lines.push('### CSS parts', '', `Style them from the page with \`${el.tagName}::part(name)\`.`, '');
    lines.push(...table(['part', 'description'], el.cssParts.map((p) => [code(p.name), cell(p.description)])));
  }
  if (el.cssProperties?.length) {
    lines.push('### CSS custom properties', '', 'Set them on the element or any ancestor; they inherit into the shadow root.', '');
    lines.push(...table(['property', 'description'], el.cssProperties.map((p) => [code(p.name), cell(p.description) + (p.default ? ` (default ${code(p.default)})` : '')])));
  }
  return lines;
}

const exportsTable = table(
  ['import', 'what it does'],
  [
    [code(pkg.name), 'registers `<concept-map>`, `<concept-graph>` and `<concept-panel>`; exports what `/classes` exports'],
    [code(`${pkg.name}/concept-map`), 'registers `<concept-map>` (and the two elements it is made of)'],
    [code(`${pkg.name}/concept-graph`), 'registers `<concept-graph>` only'],
    [code(`${pkg.name}/concept-panel`), 'registers `<concept-panel>` only'],
    [code(`${pkg.name}/classes`), 'registers nothing: the classes, the document types, `validateDocument`, `parseDocument`, `GraphIndex`, …'],
    [code(`${pkg.name}/react`), 'React components `ConceptMap`, `ConceptGraph`, `ConceptPanel` (registers the tags; needs `react`)'],
    [code(`${pkg.name}/custom-elements.json`), 'this reference, as a Custom Elements Manifest'],
  ].filter(([spec]) => Object.keys(pkg.exports).some((k) => spec === code(k === '.' ? pkg.name : `${pkg.name}${k.slice(1)}`))),
);

const out = [
  '# API reference',
  '',
  '<!-- Generated by `npm run docs:api` from custom-elements.json (`npm run manifest`); do not edit by hand. -->',
  '',
  ...exportsTable,
  'A tag registered twice (two copies of the library on a page) keeps the first definition and warns. Every entry imports in Node without a DOM (Lit brings a shim), so server rendering and test runners can load it.',
  '',
  '```tsx',
  `import { ConceptMap } from '${pkg.name}/react';`,
  '<ConceptMap src="/my-map.json" theme="dark" onConceptSelect={(e) => console.log(e.detail.id)} />',
  '```',
  '',
  `Contents: ${elements.map((el) => `[\`<${el.tagName}>\`](#${el.tagName})`).join(' · ')}`,
  '',
  ...elements.flatMap((el) => [`<a id="${el.tagName}"></a>`, '', ...section(el)]),
]
  .join('\n')
  .replace(/\n{3,}/g, '\n\n')
  .trimEnd()
  .concat('\n');

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== out) {
    console.error('docs/api.md is out of date: run npm run docs:api');
    process.exit(1);
  }
  console.log('docs/api.md is up to date');
} else {
  mkdirSync(dirname(target.pathname), { recursive: true });
  writeFileSync(target, out);
  console.log(`docs/api.md: ${elements.map((el) => `<${el.tagName}>`).join(', ')} (${out.length} characters)`);
}
