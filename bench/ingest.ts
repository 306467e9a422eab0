/**
 * `npm run bench:ingest`: builds maps from 2,500, 5,000 and 10,000 generated abstracts with the
 * built command (`node bin/concept-map.js build …`, as a user runs it) and prints abstracts/s
 * and peak memory, so both speed and growth with input size are seen.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generateCorpus.js';

const SIZES = [2500, 5000, 10000];
const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'concept-map-bench-'));
const rows: string[] = [];
try {
  for (const size of SIZES) {
    const input = join(dir, `corpus-${size}.jsonl`);
    writeFileSync(input, generateCorpus(size).map((r) => JSON.stringify(r)).join('\n') + '\n');
    const out = join(dir, `map-${size}.json`);
    const report = join(dir, `rss-${size}.txt`);
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--require', join(root, 'bench/reportRss.cjs'), join(root, 'bin/concept-map.js'), 'build', input, '--out', out, '--quiet'], {
      env: { ...process.env, CONCEPT_MAP_RSS_FILE: report },
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`concept-map build failed on ${size} abstracts (exit ${child.status})`);
    }
    const rssMb = Number(readFileSync(report, 'utf8')) / 1024;
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { kind: string }[]; links: { kind: string }[] };
    const benchmarks = doc.nodes.filter((n) => n.kind === 'benchmark').length;
    const similar = doc.links.filter((l) => l.kind === 'similar').length;
    rows.push(
      `| ${size.toLocaleString('en')} | ${(statSync(input).size / 1e6).toFixed(1)} MB | ${seconds.toFixed(2)} s | ` +
        `${Math.round(size / seconds).toLocaleString('en')} | ${rssMb.toFixed(0)} MB | ${benchmarks} | ` +
        `${doc.links.length.toLocaleString('en')} (${similar.toLocaleString('en')} similar) |`,
    );
    console.log(rows[rows.length - 1]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('');
console.log('| abstracts | input | wall time (whole command) | abstracts/s | peak RSS | benchmark nodes | links |');
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
