import type { Evidence } from '../../model/types.js';
import { surfacesOf, type DictionaryEntry } from './Dictionary.js';
import { findBenchmarkCandidates, type BenchmarkCandidate } from './findBenchmarkCandidates.js';
import { SurfaceMatcher, type SurfaceMatch } from './SurfaceMatcher.js';
import { tokenize } from './tokens.js';
import { findMentions } from '../findMentions.js';

/** One entity an abstract names, with every span that names it. */
export interface FoundEntity {
  id: string;
  kind: string;
  label: string;
  spans: Evidence[];
  /** The abstract presents the benchmark as its own contribution. */
  introduced: boolean;
  /** Surface forms this abstract adds (an acronym's long form). */
  aliases: string[];
  /** "dictionary", or the context rule that found a name the dictionary lacks. */
  via: 'dictionary' | BenchmarkCandidate['rule'] | 'corpus';
}

/**
 * Finds benchmarks and datasets, models, methods and organisations in abstracts: every surface
 * of the dictionary (and of a user's annotated entities), then benchmark names the dictionary
 * lacks, from the contexts that mark a dataset ("the X benchmark", "on X and Y", "we introduce
 * X, a dataset", "… (ACR) corpus"). A name the dictionary knows as a model, method or
 * organisation is never taken for a benchmark, whatever its context.
 */
export class EntityExtractor {
  readonly #matcher = new SurfaceMatcher();
  readonly #entries = new Map<string, DictionaryEntry>();
  /** Surfaces without case, spaces or punctuation: "GSM-8k" finds GSM8K. */
  readonly #byKey = new Map<string, DictionaryEntry>();
  /** The same with case kept: "CoDEx" is not the model Codex. */
  readonly #byExactKey = new Map<string, DictionaryEntry>();
  /** Names found by context in earlier abstracts, looked for in every later one. */
  readonly #discovered = new SurfaceMatcher();
  readonly #discoveredLabels = new Map<string, string>();
  readonly #keysOf = new Map<string, Set<string>>();

  constructor(entries: readonly DictionaryEntry[]) {
    for (const entry of entries) {
      this.#entries.set(entry.id, entry);
      for (const surface of surfacesOf(entry)) {
        this.#matcher.add(surface, entry.id);
        const key = normalKey(surface);
        if (!this.#byKey.has(key)) this.#byKey.set(key, entry);
        const exact = squash(surface);
        if (!this.#byExactKey.has(exact)) this.#byExactKey.set(exact, entry);
      }
    }
  }

  get dictionarySize(): number {
    return this.#entries.size;
  }

  entry(id: string): DictionaryEntry | undefined {
    return this.#entries.get(id);
  }

  /** Entities named in one abstract, in order of their first mention. */
  extract(text: string): FoundEntity[] {
    const found = new Map<string, FoundEntity>();
    const taken: Evidence[] = [];
    const put = (id: string, kind: string, label: string, span: Evidence, via: FoundEntity['via']): FoundEntity => {
      let entity = found.get(id);
      if (entity === undefined) {
        entity = { id, kind, label, spans: [], introduced: false, aliases: [], via };
        found.set(id, entity);
      }
      entity.spans.push({ start: span.start, end: span.end });
      taken.push(span);
      return entity;
    };
    const definitions = new Map<string, string>();
    const raw = this.#matcher.match(text);
    const knownBenchmarks = raw.filter((m) => this.#entries.get(m.key)?.kind === 'benchmark' && this.#entries.get(m.key)?.needsContext !== true);
    const candidates = findBenchmarkCandidates(text, tokenize(text), definitions, knownBenchmarks);
    // "the Schema-Guided Dialogue (SGD) dataset": where the abstract defines an acronym itself,
    // a dictionary entry of the same letters that means something else is not meant.
    const redefined = (id: string, surface: string): boolean => {
      const long = definitions.get(surface);
      return long !== undefined && !this.#surfaceKeys(id).has(stemKey(long));
    };
    const matches = raw.filter((m) => !redefined(m.key, text.slice(m.start, m.end)));
    const inContext = new Set(
      matches.filter((m) => candidates.some((c) => overlaps(c, m))).map((m) => m.key),
    );
    const isBenchmark = (m: SurfaceMatch): boolean => this.#entries.get(m.key)?.kind === 'benchmark';
    for (const m of matches) {
      const entry = this.#entries.get(m.key);
      if (entry === undefined || (entry.needsContext === true && !inContext.has(entry.id))) continue;
      // "the DeepMind Kinetics dataset": an organisation or model inside a dataset's name is
      // part of that name, unless the name holds a benchmark the dictionary knows.
      const within = entry.kind === 'benchmark' ? undefined : candidates.find((c) => c.start <= m.start && m.end <= c.end && c.end - c.start > m.end - m.start);
      if (within !== undefined && !matches.some((o) => isBenchmark(o) && overlaps(o, within))) continue;
      put(entry.id, entry.kind, entry.label, m, 'dictionary');
    }
    for (const c of candidates) {
      const overlapping = found.size > 0 ? [...found.values()].find((e) => e.spans.some((s) => overlaps(s, c))) : undefined;
      if (overlapping !== undefined) {
        if (overlapping.kind === 'benchmark') {
          overlapping.introduced ||= c.introduced;
          for (const alias of c.aliases) if (!overlapping.aliases.includes(alias)) overlapping.aliases.push(alias);
        }
        continue;
      }
      // A spelling variant may name a known benchmark; only the same letters in the same case
      // make a name a known model, method or organisation.
      const loose = this.#byKey.get(normalKey(c.name));
      const dictionaryHit = this.#byExactKey.get(squash(c.name)) ?? (loose?.kind === 'benchmark' ? loose : undefined);
      const known = dictionaryHit !== undefined && redefined(dictionaryHit.id, c.name) ? undefined : dictionaryHit;
      if (known !== undefined && known.kind !== 'benchmark') continue;
      // "the Kinetics Human Action Video dataset … pre-training on Kinetics": a short form of a
      // name found earlier in this abstract is that benchmark, not another one.
      const longer = known === undefined ? shortFormOf(c.name, found.values()) : undefined;
      if (longer !== undefined) {
        longer.spans.push({ start: c.start, end: c.end });
        taken.push(c);
        if (!longer.aliases.includes(c.name)) longer.aliases.push(c.name);
        continue;
      }
      const id = known?.id ?? `benchmark:${slugify(c.name)}`;
      if (id === 'benchmark:') continue;
      const entity = put(id, 'benchmark', known?.label ?? c.name, c, known === undefined ? c.rule : 'dictionary');
      entity.introduced ||= c.introduced;
      for (const alias of c.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      if (known === undefined) this.#discover(c.name, id);
    }
    // Other mentions of a context-found name ("FooQA … FooQA achieves") and its long form.
    for (const entity of found.values()) {
      const surfaces = entity.via === 'dictionary' ? entity.aliases : [entity.label, ...entity.aliases];
      for (const surface of surfaces) {
        for (const span of findMentions(text, surface)) {
          if (!taken.some((t) => overlaps(t, span))) {
            entity.spans.push(span);
            taken.push(span);
          }
        }
      }
    }
    return ordered(found.values());
  }

  /**
   * Adds to one abstract's entities the names that context found in any abstract of the corpus:
   * a dataset introduced by one paper is linked from every paper that names it. Run after
   * `extract` has seen the whole corpus, so the result does not depend on the input's order.
   */
  withCorpusNames(text: string, entities: FoundEntity[]): FoundEntity[] {
    if (this.#discoveredLabels.size === 0) return entities;
    const found = new Map(entities.map((e) => [e.id, e]));
    const taken = entities.flatMap((e) => e.spans);
    let added = false;
    for (const m of this.#discovered.match(text)) {
      if (taken.some((t) => overlaps(t, m))) continue;
      let entity = found.get(m.key);
      if (entity === undefined) {
        const label = this.#discoveredLabels.get(m.key) ?? m.key;
        entity = { id: m.key, kind: 'benchmark', label, spans: [], introduced: false, aliases: [], via: 'corpus' };
        found.set(m.key, entity);
      }
      entity.spans.push({ start: m.start, end: m.end });
      taken.push(m);
      added = true;
    }
    return added ? ordered(found.values()) : entities;
  }

  /** Normalised surfaces of an entry, to tell whether a long form names it. */
  #surfaceKeys(id: string): Set<string> {
    let keys = this.#keysOf.get(id);
    if (keys === undefined) {
      const entry = this.#entries.get(id);
      keys = new Set(entry === undefined ? [] : surfacesOf(entry).map(stemKey));
      this.#keysOf.set(id, keys);
    }
    return keys;
  }

  #discover(name: string, id: string): void {
    // Only a name that cannot be an ordinary word is worth looking for without its context.
    if (!/\p{Lu}.*\p{Lu}|\d/u.test(name.slice(1)) && !/^\p{Lu}.*\p{Lu}/u.test(name)) return;
    if (this.#discoveredLabels.has(id)) return;
    this.#discoveredLabels.set(id, name);
    this.#discovered.add(name, id);
  }
}

/** Case, spacing and punctuation do not tell names apart: "GSM-8k" is "GSM8K". */
export function normalKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Words cut to five letters: "Graph Convolution Network" is "Graph Convolutional Network". */
function stemKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map((w) => w.slice(0, 5))
    .join(' ');
}

function squash(name: string): string {
  return name.replace(/[^\p{L}\p{N}]+/gu, '');
}

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function shortFormOf(name: string, entities: Iterable<FoundEntity>): FoundEntity | undefined {
  for (const entity of entities) {
    if (entity.via === 'dictionary' || entity.kind !== 'benchmark') continue;
    if (entity.label.startsWith(`${name} `)) return entity;
  }
  return undefined;
}

function ordered(entities: Iterable<FoundEntity>): FoundEntity[] {
  const list = [...entities];
  for (const entity of list) entity.spans.sort((a, b) => a.start - b.start);
  return list.sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}
