import { SCHEMA, type GraphDocument, type GraphLink, type GraphNode } from '../model/types.js';
import { collectEvidence } from './collectEvidence.js';
import { parseSeedAnnotations } from './parseSeedAnnotations.js';
import { parseSeedPapers } from './parseSeedPapers.js';
import type { SeedAnnotations, SeedPaperLink, SeedRelation } from './SeedAnnotations.js';
import type { SeedPaper } from './SeedPaper.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PAPER_LABEL_MAX = 40;
/** Taxonomy and category labels sit inside a drawn shape, so they must stay shorter. */
const TAXONOMY_LABEL_MAX = 32;
const LABEL_MAX = 40;

/** Entity kinds in the order their nodes are listed; kinds not named here follow, as annotated. */
const ENTITY_KIND_ORDER = ['benchmark', 'model', 'method', 'organization', 'concept'];
const STRUCTURAL_KINDS = ['paper', 'taxonomy', 'category'];

/** What a paper's link kind claims about its target, so a link's kind cannot contradict it. */
const PAPER_LINK_TARGETS = new Map<string, readonly string[] | 'any'>([
  ['evaluates-on', ['benchmark']],
  ['introduces', ['model', 'method']],
  ['compares-with', ['model', 'method']],
  ['authored-by', ['organization']],
  ['defines', ['taxonomy']],
  ['mentions', 'any'],
  ['related', 'any'],
]);

/**
 * Builds the built-in concept map from its three sources: the abstracts (one a line), the paper
 * records of papers.json, and the hand-curated annotations. Pure: the caller reads the files.
 *
 * Every link from a paper carries the offsets of each mention of its target in that paper's
 * abstract, found here rather than written by hand, so the panel can show why the link exists.
 * A link whose target the abstract never names must say why in a `rationale`. Anything that does
 * not add up (an abstract that differs from its line, an unknown id, a surface string that is not
 * in the abstract, a node no paper reaches) throws an Error naming the paper and the node.
 */
export function buildSeedDocument(
  abstractsText: string,
  papers: unknown,
  annotations: unknown,
): GraphDocument {
  const lines = abstractsText.replace(/\r?\n$/, '').split(/\r?\n/);
  const seedPapers = placePapers(lines, parseSeedPapers(papers));
  const notes = parseSeedAnnotations(annotations);

  const nodes: GraphNode[] = [];
  const byId = new Map<string, GraphNode>();
  const add = (node: GraphNode): void => {
    if (byId.has(node.id)) throw new Error(`annotations: duplicate node id "${node.id}"`);
    byId.set(node.id, node);
    nodes.push(node);
  };
  const links: GraphLink[] = [];

  paperNodes(seedPapers, notes).forEach(add);
  for (const taxonomy of notes.taxonomies) {
    const slug = slugOf(taxonomy.id, 'taxonomy');
    if (STRUCTURAL_KINDS.includes(slug) || ENTITY_KIND_ORDER.includes(slug)) {
      throw new Error(`annotations: taxonomy slug "${slug}" would collide with a node kind`);
    }
    if (taxonomy.parts.length === 0) throw new Error(`annotations: ${taxonomy.id} has no parts`);
    checkLabel(taxonomy.id, taxonomy.label, TAXONOMY_LABEL_MAX);
    add({
      ...texts({ id: taxonomy.id, kind: 'taxonomy', label: taxonomy.label }, taxonomy),
      shape: taxonomy.shape,
    });
    taxonomy.parts.forEach((part, index) => {
      slugOf(part.id, slug);
      checkLabel(part.id, part.label, TAXONOMY_LABEL_MAX);
      add({
        ...texts({ id: part.id, kind: 'category', label: part.label }, part),
        taxonomy: taxonomy.id,
        order: index + 1,
      });
      links.push({ source: taxonomy.id, target: part.id, kind: 'has-part' });
    });
  }
  for (const entity of orderEntities(notes.entities)) {
    if (STRUCTURAL_KINDS.includes(entity.kind)) {
      throw new Error(`annotations: entity ${entity.id} may not have kind "${entity.kind}"`);
    }
    slugOf(entity.id, entity.kind);
    checkLabel(entity.id, entity.label, LABEL_MAX);
    add(texts({ id: entity.id, kind: entity.kind, label: entity.label }, entity));
  }

  const linksOf = new Map(notes.papers.map((p) => [p.id, p.links]));
  for (const paper of seedPapers) {
    const source = `paper:${paper.id}`;
    const seen = new Set<string>();
    for (const link of linksOf.get(paper.id) ?? []) {
      const key = `${link.kind} ${link.target}`;
      if (seen.has(key)) throw new Error(`annotations: ${source} has the link "${key}" twice`);
      seen.add(key);
      links.push(paperLink(paper, source, link, byId));
    }
  }
  for (const relation of notes.relations) links.push(relationLink(relation, byId));

  checkCoverage(nodes, links, byId);
  return {
    schema: SCHEMA,
    title: notes.title,
    description: notes.description,
    nodes,
    links: sortLinks(links, nodes),
    tours: [],
  };
}

/** Orders the papers by their abstract's line and holds each to the line it claims. */
function placePapers(lines: string[], papers: SeedPaper[]): SeedPaper[] {
  const placed: (SeedPaper | undefined)[] = lines.map(() => undefined);
  const ids = new Set<string>();
  for (const paper of papers) {
    if (ids.has(paper.id)) throw new Error(`papers.json: duplicate paper id "${paper.id}"`);
    ids.add(paper.id);
    if (paper.line < 1 || paper.line > lines.length) {
      throw new Error(
        `papers.json: paper "${paper.id}" points at line ${paper.line}, ` +
          `but abstracts.txt has ${lines.length} lines`,
      );
    }
    if (placed[paper.line - 1] !== undefined) {
      throw new Error(`papers.json: two papers claim abstracts.txt line ${paper.line}`);
    }
    const line = lines[paper.line - 1] ?? '';
    if (paper.abstract !== line) {
      throw new Error(
        `papers.json: the abstract of "${paper.id}" differs from abstracts.txt ` +
          `line ${paper.line} (first difference at character ` +
          `${firstDifference(paper.abstract, line)})`,
      );
    }
    placed[paper.line - 1] = paper;
  }
  return placed.map((paper, i) => {
    if (paper === undefined) {
      throw new Error(`papers.json: no paper for abstracts.txt line ${i + 1}`);
    }
    return paper;
  });
}

function paperNodes(papers: SeedPaper[], notes: SeedAnnotations): GraphNode[] {
  const labels = new Map<string, string>();
  for (const note of notes.papers) {
    if (labels.has(note.id)) throw new Error(`annotations: paper "${note.id}" is annotated twice`);
    if (!papers.some((paper) => paper.id === note.id)) {
      throw new Error(`annotations: paper "${note.id}" is not in papers.json`);
    }
    labels.set(note.id, note.label);
  }
  return papers.map((paper) => {
    const label = labels.get(paper.id);
    if (label === undefined) throw new Error(`annotations: paper "${paper.id}" has no entry`);
    checkLabel(`paper:${paper.id}`, label, PAPER_LABEL_MAX);
    const node: GraphNode = {
      id: `paper:${paper.id}`,
      kind: 'paper',
      label,
      title: paper.title,
      year: paper.year,
      authors: [...paper.authors],
      venue: paper.venue,
      url: `https://arxiv.org/abs/${paper.arxiv}`,
    };
    if (paper.code !== undefined) node.code = paper.code;
    node.abstract = paper.abstract;
    return node;
  });
}

/** Groups entities by kind in ENTITY_KIND_ORDER, keeping the annotated order within a kind. */
function orderEntities<T extends { kind: string }>(entities: T[]): T[] {
  const rank = (kind: string): number => {
    const i = ENTITY_KIND_ORDER.indexOf(kind);
    return i === -1 ? ENTITY_KIND_ORDER.length : i;
  };
  return entities
    .map((entity, index) => ({ entity, index }))
    .sort((a, b) => rank(a.entity.kind) - rank(b.entity.kind) || a.index - b.index)
    .map(({ entity }) => entity);
}

function paperLink(
  paper: SeedPaper,
  source: string,
  link: SeedPaperLink,
  byId: ReadonlyMap<string, GraphNode>,
): GraphLink {
  const where = `${source} -> ${link.target}`;
  const target = byId.get(link.target);
  if (target === undefined) throw new Error(`annotations: ${where}: unknown target`);
  const allowed = PAPER_LINK_TARGETS.get(link.kind);
  if (allowed === undefined) {
    throw new Error(`annotations: ${where}: unknown link kind "${link.kind}"`);
  }
  if (allowed !== 'any' && !allowed.includes(target.kind)) {
    throw new Error(
      `annotations: ${where}: a "${link.kind}" link cannot point at a ${target.kind}`,
    );
  }
  if (link.kind === 'related' && link.rationale === undefined) {
    throw new Error(`annotations: ${where}: a "related" link needs a rationale`);
  }
  // A surface string that never occurs is a typo in the annotations, rationale or not.
  for (const surface of link.surfaces ?? []) {
    if (collectEvidence(paper.abstract, [surface]).length === 0) {
      throw new Error(
        `annotations: ${where}: surface "${surface}" is not in the abstract of ${source}`,
      );
    }
  }
  const strings = new Set([...(link.surfaces ?? []), target.label, ...(target.aliases ?? [])]);
  const evidence = collectEvidence(paper.abstract, [...strings], link.notWithin);
  if (evidence.length === 0 && link.rationale === undefined) {
    throw new Error(
      `annotations: ${where}: no evidence for "${target.label}" in the abstract of ${source} ` +
        '(add a surface string or a rationale)',
    );
  }
  const out: GraphLink = { source, target: link.target, kind: link.kind };
  if (evidence.length > 0) out.evidence = evidence;
  if (link.rationale !== undefined) out.rationale = link.rationale;
  return out;
}

/** A link between two non-paper nodes: no abstract to quote, so only a stated rationale. */
function relationLink(relation: SeedRelation, byId: ReadonlyMap<string, GraphNode>): GraphLink {
  const where = `relation ${relation.source} -> ${relation.target}`;
  const source = byId.get(relation.source);
  if (source === undefined || !byId.has(relation.target)) {
    throw new Error(`annotations: ${where} names an unknown node`);
  }
  if (source.kind === 'paper') {
    throw new Error(`annotations: ${where} belongs in the paper's links, where evidence is found`);
  }
  if (relation.kind !== 'related') throw new Error(`annotations: ${where} must be "related"`);
  const { target, kind, rationale } = relation;
  return { source: relation.source, target, kind, rationale };
}

/** Every annotated node must be reached from an abstract, and every taxonomy defined once. */
function checkCoverage(
  nodes: GraphNode[],
  links: GraphLink[],
  byId: ReadonlyMap<string, GraphNode>,
): void {
  const fromPapers = new Set<string>();
  const definitions = new Map<string, number>();
  for (const link of links) {
    if (byId.get(link.source)?.kind !== 'paper') continue;
    fromPapers.add(link.target);
    if (link.kind === 'defines') {
      definitions.set(link.target, (definitions.get(link.target) ?? 0) + 1);
    }
  }
  for (const node of nodes) {
    if (node.kind === 'taxonomy' && definitions.get(node.id) !== 1) {
      throw new Error(`annotations: ${node.id} must be defined by exactly one paper`);
    }
    if (node.kind !== 'paper' && node.kind !== 'taxonomy' && !fromPapers.has(node.id)) {
      throw new Error(`annotations: ${node.id} is not linked from any paper`);
    }
  }
}

/** Links in the node order of their source, then of their target, then by kind. */
function sortLinks(links: GraphLink[], nodes: GraphNode[]): GraphLink[] {
  const position = new Map(nodes.map((node, i) => [node.id, i]));
  const at = (id: string): number => position.get(id) ?? nodes.length;
  return [...links].sort(
    (a, b) =>
      at(a.source) - at(b.source) ||
      at(a.target) - at(b.target) ||
      (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

/** The node with the aliases and description it was annotated with, when there are any. */
function texts(
  node: GraphNode,
  from: { aliases?: string[] | undefined; description?: string | undefined },
): GraphNode {
  const out: GraphNode = { ...node };
  if (from.aliases !== undefined && from.aliases.length > 0) out.aliases = [...from.aliases];
  if (from.description !== undefined) out.description = from.description;
  return out;
}

/** Checks `<prefix>:<slug>` and returns the slug. */
function slugOf(id: string, prefix: string): string {
  const slug = id.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : '';
  if (!SLUG.test(slug)) {
    throw new Error(`annotations: id "${id}" is not "${prefix}:<lower-case-slug>"`);
  }
  return slug;
}

function checkLabel(id: string, label: string, max: number): void {
  if (label.length > max) {
    throw new Error(
      `annotations: the label of ${id} has ${label.length} characters, ` +
        `more than ${max}: "${label}"`,
    );
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}
