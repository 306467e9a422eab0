import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/ingest/cli/main.js';
import { parseCommand } from '../../../src/ingest/cli/parseCommand.js';
import type { GraphDocument } from '../../../src/model/types.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'concept-map-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], tty = false): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: tty },
  } as never);
  return { code, out, err };
}

const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const readDoc = (path: string): GraphDocument => JSON.parse(readFileSync(path, 'utf8')) as GraphDocument;

describe('concept-map build', () => {
  it('explains every option with examples under --help', () => {
    const { code, out } = cli(['build', '--help']);
    expect(code).toBe(0);
    for (const option of ['--out', '--annotations', '--similar', '--threshold', '--format', '--title', '--dictionary', '--no-dictionary', '--quiet']) {
      expect(out).toContain(option);
    }
    expect(out).toContain('Examples:\n  concept-map build zotero.csv --out reading-list.json');
    expect(cli([]).out).toContain('Usage:\n  concept-map build <inputs…> --out <file.json> [options]');
  });

  it("maps the seed's plain-text abstracts: eleven papers, their benchmarks found", () => {
    const out = join(dir, 'seed.json');
    const { code, err } = cli(['build', 'data/abstracts.txt', '--out', out]);
    expect(code).toBe(0);
    expect(err).toMatch(/^wrote .*seed\.json: 11 paper, /);
    const doc = readDoc(out);
    expect(doc.schema).toBe('concept-map/v1');
    expect(doc.nodes.filter((n) => n.kind === 'paper').map((n) => n.id)).toEqual(
      Array.from({ length: 11 }, (_, i) => `paper:abstracts-${i + 1}`),
    );
    const benchmarks = doc.nodes.filter((n) => n.kind === 'benchmark').map((n) => n.label);
    expect(benchmarks).toEqual(['MMMU', 'VQAv2', 'MMLU', 'GSM8K', 'Perception Test', 'STAC', 'Molweni', 'Doc2Dial', 'TIAGE', 'SNLI', 'SICK']);
  });

  it('reads BibTeX with LaTeX accents and CSV with quoted multi-line fields, merging the same paper', () => {
    const bib = file(
      'refs.bib',
      '@article{muller2021,\n  title = {Les {\\\'e}tudes de M{\\"u}ller -- a {BERT} study},\n' +
        '  author = {M{\\"u}ller, J{\\"o}rg and Garc{\\\'\\i}a, Mar{\\\'i}a},\n  year = 2021,\n' +
        '  doi = {10.1/abc},\n  abstract = {We fine-tune BERT on the SQuAD and CoQA datasets.}\n}\n',
    );
    const csv = file(
      'list.csv',
      'title,abstract,doi\n"Quoted, with comma","First line,\nsecond ""quoted"" line on ImageNet.",10.2/x\n' +
        'Dup,"Same DOI as the BibTeX entry.",10.1/ABC\n',
    );
    const out = join(dir, 'map.json');
    const { code, err } = cli(['build', bib, csv, '--out', out, '--similar', '0']);
    expect(code).toBe(0);
    expect(err).toContain(`warning: ${csv}:4: the same paper as ${bib}:1 (same DOI); merged into it\n`);
    const doc = readDoc(out);
    const papers = doc.nodes.filter((n) => n.kind === 'paper');
    expect(papers.map((p) => [p.title, p.authors, p.abstract])).toEqual([
      ['Les études de Müller – a BERT study', ['Jörg Müller', 'María García'], 'We fine-tune BERT on the SQuAD and CoQA datasets.'],
      ['Quoted, with comma', undefined, 'First line, second "quoted" line on ImageNet.'],
    ]);
    expect(doc.nodes.filter((n) => n.kind === 'benchmark').map((n) => n.label)).toEqual(['SQuAD', 'CoQA', 'ImageNet']);
  });

  it('fails on malformed JSON Lines with the file and line, and leaves the previous map exactly as it was', () => {
    const out = file('map.json', '{"previous": true}\n');
    const bad = file('bad.jsonl', '{"abstract": "One."}\n{"abstract": "Two."}\n{"abstract": "Three.",}\n{"title": 4\n');
    const { code, err } = cli(['build', bad, '--out', out]);
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${escape(bad)}:3: not valid JSON`)),
      expect.stringMatching(new RegExp(`^${escape(bad)}:4: not valid JSON`)),
      `concept-map: no map written; ${out} is unchanged`,
      '',
    ]);
    expect(err).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}\n');
  });

  it('keeps a record without an abstract, with a warning, and still writes the map', () => {
    const input = file('two.jsonl', '{"title": "No abstract here"}\n{"abstract": "An abstract."}\n');
    const out = join(dir, 'sub', 'map.json');
    const { code, err } = cli(['build', input, '--out', out]);
    expect(code).toBe(0);
    expect(err).toContain(`warning: ${input}:1: no abstract`);
    expect(readDoc(out).nodes.map((n) => n.label)).toEqual(['No abstract here', 'An abstract.']);
  });

  it('says in one line what is wrong with the command itself', () => {
    expect(cli(['build', 'x.txt'])).toEqual({ code: 1, out: '', err: 'concept-map: --out <file.json> is required: where to write the map\n' });
    expect(cli(['build', join(dir, 'none.txt'), '--out', join(dir, 'o.json')]).err).toBe(
      `${join(dir, 'none.txt')}: cannot read this input file: no such file\n`,
    );
    expect(cli(['build', 'a.txt', '--out', 'o.json', '--similar', 'many']).err).toBe(
      'concept-map: --similar must be a whole number from 0 to 50, not "many"\n',
    );
    expect(cli(['make']).err).toBe('concept-map: unknown command "make"; try "concept-map build --help"\n');
    const unknown = file('notes.docx', 'x');
    expect(cli(['build', unknown, '--out', join(dir, 'o.json')]).err.split('\n')[0]).toBe(
      `${unknown}:1: unknown file type; use .jsonl, .json, .bib, .csv or .txt, or --format`,
    );
  });

  it('reports progress on stderr for large inputs: plain lines when not a terminal', () => {
    const lines = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: `p${i}`, abstract: `Abstract number ${i} about graphs.` }));
    const input = file('big.jsonl', `${lines.join('\n')}\n`);
    const { code, err } = cli(['build', input, '--out', join(dir, 'big.json'), '--similar', '0']);
    expect(code).toBe(0);
    expect(err.split('\n').filter((l) => l.startsWith('mapping abstracts'))).toEqual([
      'mapping abstracts: 1,000/2,500 (40%)',
      'mapping abstracts: 2,000/2,500 (80%)',
      'mapping abstracts: 2,500/2,500 (100%)',
    ]);
  });
});

describe('parseCommand', () => {
  it('reads options in either form and defaults the rest', () => {
    expect(parseCommand(['build', 'a.bib', '-o', 'm.json', '--similar=5', '--format', 'BibTeX', '--threshold', '0.2'])).toEqual({
      command: 'build',
      inputs: ['a.bib'],
      out: 'm.json',
      similar: 5,
      format: 'bib',
      threshold: 0.2,
      useDictionary: true,
      quiet: false,
    });
    expect(() => parseCommand(['build', 'a', '--out', 'b', '--threshold', '2'])).toThrow('--threshold must be a number from 0 to 1, not "2"');
    expect(() => parseCommand(['build', 'a', '--out'])).toThrow('--out needs a value');
    expect(() => parseCommand(['build', 'a', '--out', 'b', '--format', 'xml'])).toThrow('--format must be one of jsonl, json, bib, csv, txt, not "xml"');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
