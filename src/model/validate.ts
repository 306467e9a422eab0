import { jsonErrorOffset } from './jsonErrorOffset.js';
import {
  SCHEMA,
  TAXONOMY_SHAPES,
  type Evidence,
  type GraphDocument,
  type GraphLink,
  type GraphNode,
  type TaxonomyShape,
  type Tour,
  type TourStep,
  type ValidationIssue,
  type ValidationResult,
} from './types.js';

/** Past this many, a person fixes what they see and reloads; thousands more would only bury them. */
const MAX_ISSUES = 50;

/** The "… and N more" issues this module made, with N, so formatIssues can count them right. */
const overflowCounts = new WeakMap<ValidationIssue, number>();

type JsonObject = Record<string, unknown>;

class IssueList {
  readonly list: ValidationIssue[] = [];
  private dropped = 0;

  add(path: string, message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    else this.dropped++;
  }

  get count(): number {
    return this.list.length + this.dropped;
  }

  done(): ValidationIssue[] {
    if (this.dropped === 0) return this.list;
    const more: ValidationIssue = {
      path: '',
      message: `… and ${this.dropped} more ${plural(this.dropped, 'problem')}`,
    };
    overflowCounts.set(more, this.dropped);
    return [...this.list, more];
  }
}

interface Context {
  errors: IssueList;
  warnings: IssueList;
  /** First index of each node id; null when `nodes` is unusable, so references go unchecked. */
  firstIndex: Map<string, number> | null;
  rawNodes: readonly unknown[];
  /** The copied nodes, once checked: `nodes[firstIndex.get(id)]` for checks that need an abstract. */
  nodes: readonly GraphNode[];
  /** Each link's ends as positions in `nodes`, -1 where a reference is bad. */
  linkSource: Int32Array;
  linkTarget: Int32Array;
}

/**
 * What validation learnt on the way, for the index and the layout of the document it returned
 * (see `resolvedIds`), so that neither looks every id up again.
 */
export interface ResolvedIds {
  /** Each node id to its position in `nodes`. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Each link's ends as positions in `nodes`. */
  readonly linkSource: Int32Array;
  readonly linkTarget: Int32Array;
}

const resolved = new WeakMap<GraphDocument, ResolvedIds>();

/**
 * The ids of a document `validateDocument` returned, resolved as it found them; undefined for any
 * other document, or one whose node or link count has changed since.
 */
export function resolvedIds(document: GraphDocument): ResolvedIds | undefined {
  const ids = resolved.get(document);
  return ids && ids.indexOf.size === document.nodes.length && ids.linkSource.length === document.links.length ? ids : undefined;
}

/**
 * Checks an untrusted value against the concept-map/v1 contract and returns a clean deep copy
 * holding only the known fields, or every problem found (up to 50, then one "… and N more").
 *
 * Paths name the node by index and id, `nodes[3] ("paper:x").year`, and messages say why in plain
 * words. Ids are kept in Maps, so `__proto__` or `constructor` are ordinary ids. The returned
 * `positions` is a null-prototype object for the same reason. Every number is finite.
 */
export function validateDocument(value: unknown): ValidationResult {
  const errors = new IssueList();
  const warnings = new IssueList();
  if (!isObject(value)) {
    errors.add('document', expected('a JSON object', value));
    return { ok: false, errors: errors.done() };
  }

  const schema = field(value, 'schema');
  if (schema === undefined) {
    errors.add('schema', `missing; expected ${quote(SCHEMA)}`);
  } else if (typeof schema === 'string' && schema !== SCHEMA) {
    errors.add('schema', `unsupported schema ${describe(schema)}; this reader understands ${quote(SCHEMA)}`);
  } else if (schema !== SCHEMA) {
    errors.add('schema', expected(quote(SCHEMA), schema));
  }

  const title = requiredString(value, 'title', '', errors, false);
  const description = optionalString(value, 'description', '', errors);

  const rawNodesValue = field(value, 'nodes');
  let rawNodes: readonly unknown[] = [];
  let firstIndex: Map<string, number> | null = null;
  if (Array.isArray(rawNodesValue)) {
    rawNodes = rawNodesValue;
    firstIndex = new Map();
    for (let i = 0; i < rawNodes.length; i++) {
      const raw = rawNodes[i];
      const id = isObject(raw) ? field(raw, 'id') : undefined;
      if (typeof id === 'string' && id !== '' && !firstIndex.has(id)) firstIndex.set(id, i);
    }
  } else if (rawNodesValue === undefined) {
    errors.add('nodes', 'missing; expected an array of nodes');
  } else {
    errors.add('nodes', expected('an array of nodes', rawNodesValue));
  }

  const ctx: Context = { errors, warnings, firstIndex, rawNodes, nodes: [], linkSource: new Int32Array(0), linkTarget: new Int32Array(0) };
  // A plain loop, like Array.from and unlike map, visits the holes of a sparse array, so they are
  // reported, not kept. Array.from made an iterator result per element: at 20,000 nodes and
  // 40,000 links, megabytes of garbage and the collections to clear it, in the first frame. (Not
  // `new Array(length)`: the engine's optimised code gives up on so long an array.)
  const nodes: GraphNode[] = [];
  for (let i = 0; i < rawNodes.length; i++) nodes.push(checkNode(rawNodes[i], i, ctx));
  ctx.nodes = nodes;

  const rawLinks = field(value, 'links');
  let links: GraphLink[] = [];
  if (Array.isArray(rawLinks)) {
    ctx.linkSource = new Int32Array(rawLinks.length);
    ctx.linkTarget = new Int32Array(rawLinks.length);
    for (let i = 0; i < rawLinks.length; i++) links.push(checkLink(rawLinks[i], i, ctx));
  } else if (rawLinks === undefined) {
    errors.add('links', 'missing; expected an array of links (use [] for none)');
  } else {
    errors.add('links', expected('an array of links', rawLinks));
  }

  const tours = checkTours(field(value, 'tours'), ctx);
  const positions = checkPositions(field(value, 'positions'), ctx);

  if (errors.count > 0) return { ok: false, errors: errors.done() };

  const document: GraphDocument = { schema: SCHEMA, title: title ?? '', nodes, links };
  if (description !== undefined) document.description = description;
  if (tours !== undefined) document.tours = tours;
  if (positions !== undefined) document.positions = positions;
  // Valid, so every id is once in `firstIndex` and every link end resolved.
  if (firstIndex !== null) resolved.set(document, { indexOf: firstIndex, linkSource: ctx.linkSource, linkTarget: ctx.linkTarget });
  return { ok: true, document, warnings: warnings.done() };
}

/**
 * Parses JSON text and validates it. A syntax error says where, as a line and column (1-based,
 * counted in UTF-16 code units like the editor's), taken from the engine's message when it gives a
 * position and found by scanning the text when it does not. A leading byte-order mark is ignored.
 */
export function parseDocument(text: string): ValidationResult {
  if (typeof text !== 'string') {
    return failure('document', expected('JSON text', text));
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/\S/.test(body)) return failure('document', 'the document is empty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return failure('document', syntaxMessage(body, error));
  }
  return validateDocument(value);
}

/**
 * One line for a person: the first `max` issues (at least one), then how many more there are,
 * counting those beyond validation's cap of 50.
 * `Invalid concept-map document: nodes[3] ("paper:x").year: expected a whole number, got "2024a" (and 2 more problems)`
 */
export function formatIssues(issues: ValidationIssue[], max = 5): string {
  const shown: string[] = [];
  let hidden = 0;
  for (const issue of issues) {
    const overflow = overflowCounts.get(issue);
    if (overflow !== undefined) {
      hidden += overflow;
    } else if (shown.length < Math.max(1, max)) {
      shown.push(issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`);
    } else {
      hidden++;
    }
  }
  if (shown.length === 0 && hidden === 0) return 'Invalid concept-map document';
  const more = hidden > 0 ? ` (and ${hidden} more ${plural(hidden, 'problem')})` : '';
  return `Invalid concept-map document: ${shown.join('; ')}${more}`;
}

function checkNode(raw: unknown, index: number, ctx: Context): GraphNode {
  const { errors, warnings } = ctx;
  if (!isObject(raw)) {
    errors.add(`nodes[${index}]`, expected('an object', raw));
    return { id: '', kind: '', label: '' };
  }

  const rawId = field(raw, 'id');
  const id = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
  here.links = false;
  here.index = index;
  here.id = id;
  const path = HERE;
  if (id === undefined) {
    errors.add(join(path, 'id'), rawId === undefined ? 'missing; expected a non-empty string' : expected('a non-empty string', rawId));
  } else {
    const first = ctx.firstIndex?.get(id);
    if (first !== undefined && first !== index) {
      errors.add(join(path, 'id'), `duplicate id ${quote(id)}: nodes[${first}] already has it`);
    }
  }

  const node: GraphNode = {
    id: id ?? '',
    kind: requiredString(raw, 'kind', path, errors, true) ?? '',
    label: requiredString(raw, 'label', path, errors, true) ?? '',
  };

  const title = optionalString(raw, 'title', path, errors);
  if (title !== undefined) node.title = title;

  const year = field(raw, 'year');
  if (year !== undefined) {
    if (Number.isInteger(year)) node.year = year as number;
    else errors.add(join(path, 'year'), expectedOptional('a whole number', year));
  }

  const authors = optionalStrings(raw, 'authors', path, errors);
  if (authors !== undefined) node.authors = authors;

  const venue = optionalString(raw, 'venue', path, errors);
  if (venue !== undefined) node.venue = venue;

  const url = optionalUrl(raw, 'url', path, errors);
  if (url !== undefined) node.url = url;

  const code = optionalUrl(raw, 'code', path, errors);
  if (code !== undefined) node.code = code;

  const abstract = optionalString(raw, 'abstract', path, errors);
  if (abstract !== undefined) node.abstract = abstract;

  const aliases = optionalStrings(raw, 'aliases', path, errors);
  if (aliases !== undefined) node.aliases = aliases;

  const description = optionalString(raw, 'description', path, errors);
  if (description !== undefined) node.description = description;

  const shape = field(raw, 'shape');
  if (shape !== undefined) {
    if ((TAXONOMY_SHAPES as readonly unknown[]).includes(shape)) node.shape = shape as TaxonomyShape;
    else errors.add(join(path, 'shape'), expectedOptional(`one of ${TAXONOMY_SHAPES.map(quote).join(', ')}`, shape));
  }

  const taxonomy = field(raw, 'taxonomy');
  if (taxonomy !== undefined) {
    if (typeof taxonomy !== 'string' || taxonomy === '') {
      errors.add(join(path, 'taxonomy'), expectedOptional('the id of a taxonomy node', taxonomy));
    } else {
      node.taxonomy = taxonomy;
      const target = ctx.firstIndex?.get(taxonomy);
      if (ctx.firstIndex !== null && target === undefined) {
        errors.add(join(path, 'taxonomy'), `no node has id ${quote(taxonomy)}`);
      } else if (target !== undefined) {
        const targetRaw = ctx.rawNodes[target];
        const kind = isObject(targetRaw) ? field(targetRaw, 'kind') : undefined;
        if (typeof kind === 'string' && kind !== 'taxonomy') {
          warnings.add(join(path, 'taxonomy'), `node ${quote(taxonomy)} is a ${kind}, not a taxonomy`);
        }
      }
    }
  }

  const order = field(raw, 'order');
  if (order !== undefined) {
    if (isFiniteNumber(order)) node.order = order;
    else errors.add(join(path, 'order'), expectedOptional('a finite number', order));
  }

  return node;
}

function checkLink(raw: unknown, index: number, ctx: Context): GraphLink {
  const { errors } = ctx;
  here.links = true;
  here.index = index;
  const path = HERE;
  if (!isObject(raw)) {
    errors.add(at(path), expected('an object', raw));
    return { source: '', target: '', kind: '' };
  }
  const source = nodeReference(raw, 'source', path, ctx, ctx.linkSource, index);
  const target = nodeReference(raw, 'target', path, ctx, ctx.linkTarget, index);
  const link: GraphLink = {
    source: source ?? '',
    target: target ?? '',
    kind: requiredString(raw, 'kind', path, errors, true) ?? '',
  };

  const evidence = field(raw, 'evidence');
  if (evidence !== undefined) {
    const spans = checkEvidence(evidence, source, join(path, 'evidence'), ctx);
    if (spans !== undefined) link.evidence = spans;
  }

  const rationale = optionalString(raw, 'rationale', path, errors);
  if (rationale !== undefined) link.rationale = rationale;

  const weight = field(raw, 'weight');
  if (weight !== undefined) {
    if (isFiniteNumber(weight)) link.weight = weight;
    else errors.add(join(path, 'weight'), expectedOptional('a finite number', weight));
  }

  const terms = optionalStrings(raw, 'terms', path, errors);
  if (terms !== undefined) link.terms = terms;
  return link;
}

/** A string naming an existing node, its position written to `ends[at]`; undefined (with an error) otherwise. */
function nodeReference(raw: JsonObject, key: string, where: Where, ctx: Context, ends: Int32Array, at: number): string | undefined {
  ends[at] = -1;
  const value = field(raw, key);
  if (value === undefined) {
    ctx.errors.add(join(where, key), 'missing; expected a node id');
    return undefined;
  }
  if (typeof value !== 'string') {
    ctx.errors.add(join(where, key), expected('a node id (a string)', value));
    return undefined;
  }
  if (ctx.firstIndex !== null) {
    const i = ctx.firstIndex.get(value);
    if (i === undefined) {
      ctx.errors.add(join(where, key), `no node has id ${quote(value)}`);
      return undefined;
    }
    ends[at] = i;
  }
  return value;
}

/**
 * Offsets count UTF-16 code units, as JavaScript's `String.prototype.slice` does, which is how the
 * panel cuts the abstract to highlight a span.
 */
function checkEvidence(value: unknown, source: string | undefined, path: string, ctx: Context): Evidence[] | undefined {
  const { errors } = ctx;
  if (!Array.isArray(value)) {
    errors.add(path, expectedOptional('an array of {start, end} spans', value));
    return undefined;
  }
  const at = source === undefined ? undefined : ctx.firstIndex?.get(source);
  const node = at === undefined ? undefined : ctx.nodes[at];
  const abstract = node?.abstract;
  if (node !== undefined && abstract === undefined && value.length > 0) {
    errors.add(path, `the source node ${quote(node.id)} has no abstract for the evidence to point into`);
    return undefined;
  }
  const spans: Evidence[] = [];
  value.forEach((span: unknown, i) => {
    const spanPath = `${path}[${i}]`;
    if (!isObject(span)) {
      errors.add(spanPath, expected('an object {start, end}', span));
      return;
    }
    const start = field(span, 'start');
    const end = field(span, 'end');
    let ok = true;
    for (const [name, offset] of [['start', start], ['end', end]] as const) {
      if (offset === undefined) {
        errors.add(`${spanPath}.${name}`, 'missing; expected a whole number');
        ok = false;
      } else if (!Number.isInteger(offset)) {
        errors.add(`${spanPath}.${name}`, expected('a whole number', offset));
        ok = false;
      }
    }
    if (!ok) return;
    const from = start as number;
    const to = end as number;
    if (from < 0) {
      errors.add(`${spanPath}.start`, `must be 0 or more, got ${from}`);
    } else if (from >= to) {
      errors.add(spanPath, `start (${from}) must be less than end (${to})`);
    } else if (abstract !== undefined && to > abstract.length) {
      errors.add(
        `${spanPath}.end`,
        `${to} is past the end of the source's abstract (${abstract.length} ${plural(abstract.length, 'character')})`,
      );
    } else {
      spans.push({ start: from, end: to });
    }
  });
  return spans;
}

function checkTours(value: unknown, ctx: Context): Tour[] | undefined {
  const { errors } = ctx;
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.add('tours', expectedOptional('an array of tours', value));
    return undefined;
  }
  const seen = new Map<string, number>();
  return Array.from(value as unknown[], (raw, t): Tour => {
    const path = `tours[${t}]`;
    if (!isObject(raw)) {
      errors.add(path, expected('an object', raw));
      return { id: '', title: '', steps: [] };
    }
    const id = requiredString(raw, 'id', path, errors, true) ?? '';
    if (id !== '') {
      const first = seen.get(id);
      if (first !== undefined) errors.add(`${path}.id`, `duplicate tour id ${quote(id)}: tours[${first}] already has it`);
      else seen.set(id, t);
    }
    const title = requiredString(raw, 'title', path, errors, false) ?? '';
    const rawSteps = field(raw, 'steps');
    let steps: TourStep[] = [];
    if (rawSteps === undefined) {
      errors.add(`${path}.steps`, 'missing; expected an array of steps');
    } else if (!Array.isArray(rawSteps)) {
      errors.add(`${path}.steps`, expected('an array of steps', rawSteps));
    } else {
      steps = Array.from(rawSteps as unknown[], (step, s) => checkStep(step, `${path}.steps[${s}]`, ctx));
    }
    return { id, title, steps };
  });
}

function checkStep(raw: unknown, path: string, ctx: Context): TourStep {
  const { errors } = ctx;
  if (!isObject(raw)) {
    errors.add(path, expected('an object', raw));
    return { focus: [], caption: '' };
  }
  const focus: string[] = [];
  const rawFocus = field(raw, 'focus');
  if (rawFocus === undefined) {
    errors.add(`${path}.focus`, 'missing; expected an array of node ids');
  } else if (!Array.isArray(rawFocus)) {
    errors.add(`${path}.focus`, expected('an array of node ids', rawFocus));
  } else {
    rawFocus.forEach((id: unknown, i) => {
      if (typeof id !== 'string') {
        errors.add(`${path}.focus[${i}]`, expected('a node id (a string)', id));
      } else if (ctx.firstIndex !== null && !ctx.firstIndex.has(id)) {
        errors.add(`${path}.focus[${i}]`, `no node has id ${quote(id)}`);
      } else {
        focus.push(id);
      }
    });
  }
  const step: TourStep = { focus, caption: requiredString(raw, 'caption', path, errors, false) ?? '' };
  const depth = field(raw, 'depth');
  if (depth !== undefined) {
    if (Number.isInteger(depth) && (depth as number) >= 0) step.depth = depth as number;
    else errors.add(`${path}.depth`, expectedOptional('a whole number, 0 or more', depth));
  }
  const kinds = optionalStrings(raw, 'kinds', path, errors);
  if (kinds !== undefined) step.kinds = kinds;
  const years = field(raw, 'years');
  if (years !== undefined) {
    if (Array.isArray(years) && years.length === 2 && years.every((y) => Number.isInteger(y)) && (years[0] as number) <= (years[1] as number)) {
      step.years = [years[0] as number, years[1] as number];
    } else errors.add(`${path}.years`, expectedOptional('[from, to]: two whole years, from ≤ to', years));
  }
  const camera = field(raw, 'camera');
  if (camera !== undefined) {
    const ok = Array.isArray(camera) && camera.length === 4 && camera.every(isFiniteNumber) && (camera[0] as number) < (camera[2] as number) && (camera[1] as number) < (camera[3] as number);
    if (ok) step.camera = [camera[0], camera[1], camera[2], camera[3]] as [number, number, number, number];
    else errors.add(`${path}.camera`, expectedOptional('[x0, y0, x1, y1]: four finite numbers with x0 < x1 and y0 < y1', camera));
  }
  return step;
}

function checkPositions(value: unknown, ctx: Context): Record<string, [number, number]> | undefined {
  const { errors, warnings } = ctx;
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    errors.add('positions', expectedOptional('an object of node id → [x, y]', value));
    return undefined;
  }
  // Null prototype: a position stored under "__proto__" or read for "constructor" stays data.
  const positions = Object.create(null) as Record<string, [number, number]>;
  for (const id of Object.keys(value)) {
    const point = value[id];
    if (!Array.isArray(point) || point.length !== 2) {
      errors.add(positionAt(id), expected('[x, y]', point));
      continue;
    }
    // Read by index: destructuring runs the iterator protocol, slowly until the engine compiles
    // this, and a stored 20,000-node map runs it 20,000 times in its first frame.
    const x: unknown = point[0];
    const y: unknown = point[1];
    let ok = true;
    if (!isFiniteNumber(x)) {
      errors.add(`${positionAt(id)}[0]`, expected('a finite number', x));
      ok = false;
    }
    if (!isFiniteNumber(y)) {
      errors.add(`${positionAt(id)}[1]`, expected('a finite number', y));
      ok = false;
    }
    if (!ok) continue;
    if (ctx.firstIndex !== null && !ctx.firstIndex.has(id)) {
      warnings.add(positionAt(id), `no node has id ${quote(id)}; the position is ignored`);
      continue;
    }
    positions[id] = [x as number, y as number];
  }
  return positions;
}

function positionAt(id: string): string {
  return `positions[${quote(id)}]`;
}

function requiredString(
  raw: JsonObject,
  key: string,
  where: Where,
  errors: IssueList,
  nonEmpty: boolean,
): string | undefined {
  const value = field(raw, key);
  const what = nonEmpty ? 'a non-empty string' : 'a string';
  if (value === undefined) {
    errors.add(join(where, key), `missing; expected ${what}`);
  } else if (typeof value !== 'string' || (nonEmpty && value === '')) {
    errors.add(join(where, key), expected(what, value));
  } else {
    return value;
  }
  return undefined;
}

function optionalString(raw: JsonObject, key: string, where: Where, errors: IssueList): string | undefined {
  const value = field(raw, key);
  if (value === undefined || typeof value === 'string') return value;
  errors.add(join(where, key), expectedOptional('a string', value));
  return undefined;
}

function optionalStrings(raw: JsonObject, key: string, where: Where, errors: IssueList): string[] | undefined {
  const value = field(raw, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.add(join(where, key), expectedOptional('an array of strings', value));
    return undefined;
  }
  const strings: string[] = [];
  // A loop, not forEach: a callback would close over the arguments, and the engine then makes
  // their closure on every call, also for the many whose field is absent (1.5 MB of the 16 a
  // 20,000-node first frame allocates, sampled).
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item === 'string') strings.push(item);
    else errors.add(`${join(where, key)}[${i}]`, expected('a string', item));
  }
  return strings;
}

/** Lit binds href as given, so anything but http(s) (javascript:, data:) must stop here. */
function optionalUrl(raw: JsonObject, key: string, where: Where, errors: IssueList): string | undefined {
  const value = field(raw, key);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    errors.add(join(where, key), expectedOptional('an absolute http(s) URL', value));
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    errors.add(join(where, key), expected('an absolute http(s) URL', value));
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    errors.add(join(where, key), `only http: and https: URLs are allowed, got a ${url.protocol} URL`);
    return undefined;
  }
  return value;
}

function syntaxMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  let line: number | undefined;
  let column: number | undefined;
  const position = / at position (\d+)/.exec(raw);
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  if (position !== null) {
    [line, column] = lineAndColumn(text, Number(position[1]));
  } else if (lineColumn !== null) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else {
    const offset = jsonErrorOffset(text);
    if (offset >= 0) [line, column] = lineAndColumn(text, offset);
  }
  // Engines phrase it differently and some echo a snippet; keep only the reason.
  const reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/ at line \d+ column \d+ of the JSON data$/, '')
    .replace(/ at position \d+[\s\S]*$/, '')
    .replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '')
    .replace(/ in JSON$/, '')
    .trim();
  const why = reason === '' ? 'unexpected input' : reason[0].toLowerCase() + reason.slice(1);
  const where = line === undefined ? '' : ` at line ${line}, column ${column}`;
  return `not valid JSON${where}: ${why}`;
}

function lineAndColumn(text: string, offset: number): [number, number] {
  const end = Math.min(Math.max(offset, 0), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, end - lineStart + 1];
}

function failure(path: string, message: string): ValidationResult {
  return { ok: false, errors: [{ path, message }] };
}

/**
 * Where a value sits, for messages: a path, or HERE, the node or link being checked, whose path
 * text is built only for a message. Building it for every valid node and link, or a function per
 * node and link to build it later, cost the first frame of a 20,000-node map tens of milliseconds.
 */
const HERE = 0;
type Where = string | typeof HERE;
const here = { links: false, index: 0, id: undefined as string | undefined };

function at(where: Where): string {
  if (where !== HERE) return where;
  const { links, index, id } = here;
  return links ? `links[${index}]` : id === undefined ? `nodes[${index}]` : `nodes[${index}] (${quote(id)})`;
}

/** `where` + `.key`; the document itself is '' (its fields are named bare: `title`). */
function join(where: Where, key: string): string {
  const base = at(where);
  return base === '' ? key : `${base}.${key}`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Own properties only: a polluted Object.prototype must not supply a field. */
function field(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function expected(what: string, value: unknown): string {
  return `expected ${what}, got ${describe(value)}`;
}

/** For fields that may be left out: exporters that write `null` for "unknown" learn the fix. */
function expectedOptional(what: string, value: unknown): string {
  return value === null ? `${expected(what, value)} (leave the field out instead)` : expected(what, value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return value === '' ? 'an empty string' : quote(shown);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof value}`;
  }
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function plural(count: number, noun: string): string {
  return count === 1 ? noun : `${noun}s`;
}
