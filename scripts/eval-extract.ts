/**
 * `npm run eval:extract`: precision and recall of benchmark/dataset extraction on the gold set
 * (data/gold/extract-gold.jsonl: abstracts chosen and labelled by hand, none of them the seed's).
 * The abstracts go through the same build as `concept-map build`; a paper's benchmarks are the
 * benchmark nodes it links to.
 *
 * Matching: a gold name is found when a benchmark of that paper is named by it (label or alias,
 * ignoring case and punctuation) or has a mention overlapping it in the abstract ("BioASQ" in
 * "7th BioASQ Challenge"); a predicted benchmark is right when it matches a gold name so.
 * `--verbose` lists every miss and every wrong find.
 */
import { readFileSync } from 'node:fs';
import { builtinDictionary } from '../src/ingest/builtinDictionary.js';
import { normalKey } from '../src/ingest/extract/EntityExtractor.js';
import { ingest } from '../src/ingest/ingest.js';
import { findMentions } from '../src/ingest/findMentions.js';
import type { Evidence } from '../src/model/types.js';

interface Gold {
  id: string;
  abstract: string;
  benchmarks: string[];
}

const file = 'data/gold/extract-gold.jsonl';
const verbose = process.argv.includes('--verbose');
const text = readFileSync(file, 'utf8');
const gold = text
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Gold);

const result = ingest([{ name: file, text }], { dictionary: builtinDictionary(), similar: 0 });
if (!result.ok) {
  for (const e of result.errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  process.exit(1);
}
const doc = result.document;
const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
const paperOf = new Map(doc.nodes.filter((n) => n.kind === 'paper').map((n) => [n.abstract ?? '', n.id]));

let truePositives = 0;
let predicted = 0;
let found = 0;
let total = 0;
const misses: string[] = [];
const wrong: string[] = [];
for (const g of gold) {
  const paper = paperOf.get(g.abstract.replace(/\s+/g, ' ').trim());
  const links = doc.links.filter((l) => l.source === paper && nodes.get(l.target)?.kind === 'benchmark');
  const predictions = links.map((l) => {
    const node = nodes.get(l.target);
    return { label: node?.label ?? l.target, names: [node?.label ?? '', ...(node?.aliases ?? [])].map(normalKey), spans: l.evidence ?? [] };
  });
  // "A|B": one benchmark the abstract writes two ways (a typo and its correction).
  const goldSpans = g.benchmarks.map((entry) => {
    const forms = entry.split('|');
    return { name: forms[0] ?? entry, keys: forms.map(normalKey), spans: forms.flatMap((form) => findMentions(g.abstract, form)) };
  });
  const match = (p: (typeof predictions)[number], q: (typeof goldSpans)[number]): boolean =>
    q.keys.some((key) => p.names.includes(key)) || p.spans.some((s) => q.spans.some((t) => overlaps(s, t)));
  for (const q of goldSpans) {
    total += 1;
    if (predictions.some((p) => match(p, q))) found += 1;
    else misses.push(`${g.id}: missed "${q.name}"`);
  }
  for (const p of predictions) {
    predicted += 1;
    if (goldSpans.some((q) => match(p, q))) truePositives += 1;
    else wrong.push(`${g.id}: wrongly found "${p.label}"`);
  }
}

const precision = predicted === 0 ? 1 : truePositives / predicted;
const recall = total === 0 ? 1 : found / total;
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
if (verbose) {
  for (const line of [...misses, ...wrong]) console.log(line);
  console.log('');
}
console.log(`gold set: ${gold.length} abstracts, ${total} benchmark mentions (${file})`);
console.log(`predicted: ${predicted} benchmarks, ${truePositives} right`);
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
if (!verbose && misses.length + wrong.length > 0) console.log(`(${misses.length} missed, ${wrong.length} wrong: --verbose lists them)`);

function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}
