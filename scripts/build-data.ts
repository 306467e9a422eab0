/**
 * `npm run data`: builds data/seed.graph.json, the built-in map, from data/abstracts.txt,
 * data/papers.json and data/annotations.json, validates it against the v1 contract, and writes
 * it atomically so that a failed or interrupted build never leaves half a file behind.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedDocument } from '../src/ingest/buildSeedDocument.js';
import type { GraphDocument } from '../src/model/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'data');
const output = join(dataDir, 'seed.graph.json');

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${relative(root, file)} is not valid JSON: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function summary(doc: GraphDocument): string {
  const kinds = new Map<string, number>();
  for (const node of doc.nodes) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  const spans = doc.links.reduce((sum, link) => sum + (link.evidence?.length ?? 0), 0);
  return (
    `${relative(root, output)}: ${doc.nodes.length} nodes (${byKind}), ` +
    `${doc.links.length} links, ${spans} evidence spans`
  );
}

async function main(): Promise<void> {
  const doc = buildSeedDocument(
    readFileSync(join(dataDir, 'abstracts.txt'), 'utf8'),
    readJson(join(dataDir, 'papers.json')),
    readJson(join(dataDir, 'annotations.json')),
  );
  // Loaded here rather than imported at the top so that a missing or broken validator is
  // reported in one line like every other failure of this script.
  const { validateDocument } = await import('../src/model/validate.js');
  const result = validateDocument(doc);
  if (!result.ok) {
    const [first] = result.errors;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    throw new Error(`the built document is invalid: ${first?.path}: ${first?.message}${more}`);
  }
  const temp = `${output}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, `${JSON.stringify(doc, null, 2)}\n`);
    renameSync(temp, output);
  } finally {
    rmSync(temp, { force: true });
  }
  const { length } = result.warnings;
  console.log(summary(doc) + (length > 0 ? `, ${length} validation warnings` : ''));
}

main().catch((error: unknown) => {
  console.error(`npm run data: ${messageOf(error).split('\n')[0]}`);
  process.exitCode = 1;
});
