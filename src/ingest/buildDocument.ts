import { SCHEMA, type GraphDocument, type GraphLink, type GraphNode } from '../model/types.js';
import type { Annotations, PaperLinkAnnotation, RelationAnnotation } from './Annotations.js';
import { collectEvidence } from './collectEvidence.js';
import type { DictionaryEntry } from './extract/Dictionary.js';
import { EntityExtractor, normalKey, slugify, type FoundEntity } from './extract/EntityExtractor.js';
import { mergeDuplicates } from './mergeDuplicates.js';
import { paperIdentity } from './paperIdentity.js';
import type { CorpusRecord, InputProblem } from './readers/types.js';
import { similarPairs } from './similar/similarPairs.js';

export interface BuildOptions {
  dictionary: readonly DictionaryEntry[];
  annotations?: Annotations;
  /** Similar links kept per paper (0: none). */
  similar?: number;
  /** Minimum cosine similarity of a similar link. */
  threshold?: number;
  title?: string;
  /** Called every `progressEvery` papers with how many are done, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export interface BuildResult {
  document: GraphDocument;
  warnings: InputProblem[];
}

const LABEL_MAX = 40;
/** Taxonomy and category labels sit inside a drawn shape, so they must stay shorter. */
const TAXONOMY_LABEL_MAX = 32;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENTITY_KIND_ORDER = ['benchmark', 'model', 'method', 'organization', 'concept'];
const STRUCTURAL_KINDS = ['paper', 'taxonomy', 'category'];
/** What a link kind from a paper claims about its target, so a link cannot contradict it. */
const PAPER_LINK_TARGETS = new Map<string, readonly string[] | 'any'>([
  ['evaluates-on', ['benchmark']],
  ['introduces', ['model', 'method', 'benchmark']],
  ['compares-with', ['model', 'method']],
  ['authored-by', ['organization']],
  ['defines', ['taxonomy']],
  ['mentions', 'any'],
  ['related', 'any'],
]);

/**
 * Builds a concept-map/v1 document from corpus records: one node per paper, the entities its
 * abstract names (with the offsets of every mention), a user's annotated taxonomies, entities
 * and links, and similar-paper links with the terms that justify them. Pure: no I/O.
 *
 * Problems in the data (a duplicate paper, a record without an abstract) are warnings; a broken
 * annotation (an unknown id, a surface string the abstract lacks) throws an Error that names it.
 */
export function buildDocument(records: readonly CorpusRecord[], options: BuildOptions): BuildResult {
  const warnings: InputProblem[] = [];
  const notes = options.annotations ?? { papers: [], taxonomies: [], entities: [], relations: [] };
  const papers = mergeDuplicates(records, warnings);
  for (const paper of papers) {
    if (paper.abstract === undefined) warnings.push({ file: paper.file, line: paper.line, message: 'no abstract: the paper is kept without one' });
  }
  const identities = paperIdentity(papers, notes);
  const nodes: GraphNode[] = [];
  const byId = new Map<string, GraphNode>();
  const add = (node: GraphNode): void => {
    if (byId.has(node.id)) throw new Error(`annotations: duplicate node id "${node.id}"`);
    byId.set(node.id, node);
    nodes.push(node);
  };
  const links: GraphLink[] = [];

  papers.forEach((paper, i) => add(paperNode(paper, identities[i] as { id: string; label: string })));
  addTaxonomies(notes, add, links);
  const annotated = orderEntities(notes.entities).map((entity): DictionaryEntry => {
    if (STRUCTURAL_KINDS.includes(entity.kind)) throw new Error(`annotations: entity ${entity.id} may not have kind "${entity.kind}"`);
    slugOf(entity.id, entity.kind);
    checkLabel(entity.id, entity.label, LABEL_MAX);
    return { ...entity };
  });
  // Annotated entities come first so that, for a surface both name, the user's entity wins.
  const extractor = new EntityExtractor([...annotated, ...options.dictionary.filter((e) => !annotated.some((a) => a.id === e.id))]);
  const every = options.progressEvery ?? 1000;
  const found = papers.map((paper, i) => {
    if (options.onProgress !== undefined && i > 0 && i % every === 0) options.onProgress(i, papers.length);
    return paper.abstract === undefined ? [] : extractor.extract(paper.abstract);
  });
  // Annotated entities first, in their order: the seed map's layout depends on node order.
  const entityNodes = new Map<string, GraphNode>(
    annotated.map((entity) => [entity.id, entityNode({ id: entity.id, kind: entity.kind, label: entity.label, spans: [], introduced: false, aliases: [], via: 'dictionary' }, entity)]),
  );
  const paperLinks = new Map<string, GraphLink>();
  papers.forEach((paper, i) => {
    if (paper.abstract === undefined) return;
    const source = (identities[i] as { id: string }).id;
    for (const entity of extractor.withCorpusNames(paper.abstract, found[i] ?? [])) {
      if (byId.has(entity.id) && byId.get(entity.id)?.kind === 'paper') continue;
      let node = entityNodes.get(entity.id);
      if (node === undefined) {
        node = entityNode(entity, extractor.entry(entity.id));
        entityNodes.set(entity.id, node);
      } else {
        for (const alias of entity.aliases) if (!(node.aliases ?? []).includes(alias)) node.aliases = [...(node.aliases ?? []), alias];
      }
      const link: GraphLink = { source, target: entity.id, kind: autoLinkKind(entity), evidence: entity.spans };
      paperLinks.set(`${source} ${entity.id}`, link);
    }
  });
  if (options.onProgress !== undefined) options.onProgress(papers.length, papers.length);
  orderEntities([...entityNodes.values()]).forEach(add);
  // A paper named like what it introduces ("BERT", "GLUE") takes its year, so the two differ.
  const entityLabels = new Set([...entityNodes.values()].map((n) => n.label));
  papers.forEach((paper, i) => {
    const identity = identities[i];
    const node = identity === undefined ? undefined : byId.get(identity.id);
    if (node === undefined || identity?.annotation?.label !== undefined || !entityLabels.has(node.label)) return;
    node.label = paper.year === undefined ? `${node.label} (paper)` : `${node.label} (${paper.year})`;
  });

  const paperById = new Map(papers.map((paper, i) => [(identities[i] as { id: string }).id, paper]));
  const seenAnnotated = new Set<string>();
  for (const note of notes.papers) {
    const source = identities.find((identity) => identity.annotation === note)?.id;
    if (source === undefined) throw new Error(`annotations: paper "${note.id}" is not in the corpus`);
    for (const link of note.links) {
      const key = `${source} ${link.target}`;
      const edge = `${key} ${link.kind}`;
      if (seenAnnotated.has(edge)) throw new Error(`annotations: ${source} has the link "${link.kind} ${link.target}" twice`);
      seenAnnotated.add(edge);
      // The user's link replaces the one extraction made to the same node.
      paperLinks.delete(key);
      links.push(annotatedLink(paperById.get(source)?.abstract ?? '', source, link, byId));
    }
  }
  links.push(...paperLinks.values());
  for (const relation of notes.relations) links.push(relationLink(relation, byId));

  const k = options.similar ?? 3;
  if (k > 0) {
    const withText = papers.map((paper, i) => ({ i, text: paper.abstract })).filter((p): p is { i: number; text: string } => p.text !== undefined);
    for (const pair of similarPairs(withText.map((p) => p.text), { k, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) })) {
      const a = identities[withText[pair.a]?.i ?? -1]?.id;
      const b = identities[withText[pair.b]?.i ?? -1]?.id;
      if (a === undefined || b === undefined) continue;
      links.push({ source: a, target: b, kind: 'similar', weight: pair.weight, terms: pair.terms });
    }
  }
  for (const warning of coverageWarnings(nodes, links)) warnings.push(warning);

  const document: GraphDocument = {
    schema: SCHEMA,
    title: options.title ?? notes.title ?? 'Concept map',
    ...(notes.description === undefined ? {} : { description: notes.description }),
    nodes,
    links: sortLinks(links, nodes),
    tours: (notes.tours as GraphDocument['tours']) ?? [],
  };
  return { document, warnings };
}

function paperNode(paper: CorpusRecord, identity: { id: string; label: string }): GraphNode {
  const node: GraphNode = { id: identity.id, kind: 'paper', label: identity.label };
  if (paper.title !== undefined) node.title = paper.title;
  if (paper.year !== undefined) node.year = paper.year;
  if (paper.authors !== undefined && paper.authors.length > 0) node.authors = [...paper.authors];
  if (paper.venue !== undefined) node.venue = paper.venue;
  const url = paper.url ?? (paper.arxiv !== undefined ? `https://arxiv.org/abs/${paper.arxiv}` : paper.doi !== undefined ? `https://doi.org/${paper.doi}` : undefined);
  if (url !== undefined) node.url = url;
  if (paper.code !== undefined) node.code = paper.code;
  if (paper.abstract !== undefined) node.abstract = paper.abstract;
  return node;
}

function entityNode(entity: FoundEntity, entry: DictionaryEntry | undefined): GraphNode {
  const node: GraphNode = { id: entity.id, kind: entity.kind, label: shorten(entry?.label ?? entity.label, LABEL_MAX) };
  const aliases = [...new Set([...(entry?.name === undefined ? [] : [entry.name]), ...(entry?.aliases ?? []), ...entity.aliases])].filter((a) => a !== node.label);
  if (aliases.length > 0) node.aliases = aliases;
  if (entry?.description !== undefined) node.description = entry.description;
  else if (entity.via !== 'dictionary') node.description = 'A benchmark or dataset named in the abstracts, found from the words around it.';
  return node;
}

function autoLinkKind(entity: FoundEntity): string {
  if (entity.kind === 'benchmark') return entity.introduced ? 'introduces' : 'evaluates-on';
  return 'mentions';
}

function addTaxonomies(notes: Annotations, add: (node: GraphNode) => void, links: GraphLink[]): void {
  for (const taxonomy of notes.taxonomies) {
    const slug = slugOf(taxonomy.id, 'taxonomy');
    if (STRUCTURAL_KINDS.includes(slug) || ENTITY_KIND_ORDER.includes(slug)) {
      throw new Error(`annotations: taxonomy slug "${slug}" would collide with a node kind`);
    }
    if (taxonomy.parts.length === 0) throw new Error(`annotations: ${taxonomy.id} has no parts`);
    checkLabel(taxonomy.id, taxonomy.label, TAXONOMY_LABEL_MAX);
    add({ ...texts({ id: taxonomy.id, kind: 'taxonomy', label: taxonomy.label }, taxonomy), shape: taxonomy.shape });
    taxonomy.parts.forEach((part, index) => {
      slugOf(part.id, slug);
      checkLabel(part.id, part.label, TAXONOMY_LABEL_MAX);
      add({ ...texts({ id: part.id, kind: 'category', label: part.label }, part), taxonomy: taxonomy.id, order: index + 1 });
      links.push({ source: taxonomy.id, target: part.id, kind: 'has-part' });
    });
  }
}

/** Groups entities by kind in ENTITY_KIND_ORDER, keeping their order within a kind. */
function orderEntities<T extends { kind: string }>(entities: readonly T[]): T[] {
  const rank = (kind: string): number => {
    const i = ENTITY_KIND_ORDER.indexOf(kind);
    return i === -1 ? ENTITY_KIND_ORDER.length : i;
  };
  return entities
    .map((entity, index) => ({ entity, index }))
    .sort((a, b) => rank(a.entity.kind) - rank(b.entity.kind) || a.index - b.index)
    .map(({ entity }) => entity);
}

function annotatedLink(abstract: string, source: string, link: PaperLinkAnnotation, byId: ReadonlyMap<string, GraphNode>): GraphLink {
  const where = `${source} -> ${link.target}`;
  const target = byId.get(link.target);
  if (target === undefined) throw new Error(`annotations: ${where}: unknown target`);
  const allowed = PAPER_LINK_TARGETS.get(link.kind);
  if (allowed === undefined) throw new Error(`annotations: ${where}: unknown link kind "${link.kind}"`);
  if (allowed !== 'any' && !allowed.includes(target.kind)) {
    throw new Error(`annotations: ${where}: a "${link.kind}" link cannot point at a ${target.kind}`);
  }
  if (link.kind === 'related' && link.rationale === undefined) throw new Error(`annotations: ${where}: a "related" link needs a rationale`);
  // A surface string that never occurs is a typo in the annotations, rationale or not.
  for (const surface of link.surfaces ?? []) {
    if (collectEvidence(abstract, [surface]).length === 0) {
      throw new Error(`annotations: ${where}: surface "${surface}" is not in the abstract of ${source}`);
    }
  }
  const strings = new Set([...(link.surfaces ?? []), target.label, ...(target.aliases ?? [])]);
  const evidence = abstract === '' ? [] : collectEvidence(abstract, [...strings], link.notWithin);
  if (evidence.length === 0 && link.rationale === undefined) {
    throw new Error(`annotations: ${where}: no evidence for "${target.label}" in the abstract of ${source} (add a surface string or a rationale)`);
  }
  const out: GraphLink = { source, target: link.target, kind: link.kind };
  if (evidence.length > 0) out.evidence = evidence;
  if (link.rationale !== undefined) out.rationale = link.rationale;
  return out;
}

/** A link between two non-paper nodes: no abstract to quote, so only a stated rationale. */
function relationLink(relation: RelationAnnotation, byId: ReadonlyMap<string, GraphNode>): GraphLink {
  const where = `relation ${relation.source} -> ${relation.target}`;
  const source = byId.get(relation.source);
  if (source === undefined || !byId.has(relation.target)) throw new Error(`annotations: ${where} names an unknown node`);
  if (source.kind === 'paper') throw new Error(`annotations: ${where} belongs in the paper's links, where evidence is found`);
  if (relation.kind !== 'related') throw new Error(`annotations: ${where} must be "related"`);
  return { source: relation.source, target: relation.target, kind: relation.kind, rationale: relation.rationale };
}

/** Annotated nodes no paper reaches, and taxonomies no paper defines, are worth a warning. */
function coverageWarnings(nodes: readonly GraphNode[], links: readonly GraphLink[]): InputProblem[] {
  const kinds = new Map(nodes.map((node) => [node.id, node.kind]));
  const reached = new Set<string>();
  const definitions = new Map<string, number>();
  for (const link of links) {
    if (kinds.get(link.source) !== 'paper') continue;
    reached.add(link.target);
    if (link.kind === 'defines') definitions.set(link.target, (definitions.get(link.target) ?? 0) + 1);
  }
  const out: InputProblem[] = [];
  for (const node of nodes) {
    if (node.kind === 'taxonomy' && definitions.get(node.id) !== 1) {
      out.push({ file: 'annotations', line: 0, message: `${node.id} is defined by ${definitions.get(node.id) ?? 0} papers; a taxonomy should be defined by one` });
    } else if (!['paper', 'taxonomy'].includes(node.kind) && !reached.has(node.id) && node.kind !== 'category') {
      out.push({ file: 'annotations', line: 0, message: `${node.id} is not linked from any paper` });
    }
  }
  return out;
}

/** Links in the node order of their source, then of their target, then by kind. */
function sortLinks(links: GraphLink[], nodes: GraphNode[]): GraphLink[] {
  const position = new Map(nodes.map((node, i) => [node.id, i]));
  const at = (id: string): number => position.get(id) ?? nodes.length;
  return [...links].sort(
    (a, b) => at(a.source) - at(b.source) || at(a.target) - at(b.target) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
  );
}

function texts(node: GraphNode, from: { aliases?: string[] | undefined; description?: string | undefined }): GraphNode {
  const out: GraphNode = { ...node };
  if (from.aliases !== undefined && from.aliases.length > 0) out.aliases = [...from.aliases];
  if (from.description !== undefined) out.description = from.description;
  return out;
}

/** Checks `<prefix>:<slug>` and returns the slug. */
function slugOf(id: string, prefix: string): string {
  const slug = id.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : '';
  if (!SLUG.test(slug)) throw new Error(`annotations: id "${id}" is not "${prefix}:<lower-case-slug>"`);
  return slug;
}

function checkLabel(id: string, label: string, max: number): void {
  if (label.length > max) {
    throw new Error(`annotations: the label of ${id} has ${label.length} characters, more than ${max}: "${label}"`);
  }
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export { normalKey, slugify };
