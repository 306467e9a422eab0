import type { InputFormat } from '../readers/types.js';

export interface BuildCommand {
  command: 'build';
  inputs: string[];
  out: string;
  annotations?: string;
  similar: number;
  threshold?: number;
  format?: InputFormat;
  title?: string;
  dictionary?: string;
  useDictionary: boolean;
  quiet: boolean;
}

export type Command = BuildCommand | { command: 'help'; topic: 'main' | 'build' } | { command: 'version' };

const FORMATS: readonly InputFormat[] = ['jsonl', 'json', 'bib', 'csv', 'txt'];

export const MAIN_HELP = `concept-map: build an interactive concept map from a corpus of abstracts

Usage:
  concept-map build <inputs…> --out <file.json> [options]
  concept-map --help | --version

Commands:
  build    read abstracts, find their benchmarks, models, methods and organisations,
           link similar papers, and write a concept-map/v1 document

Run "concept-map build --help" for the options, with examples.`;

export const BUILD_HELP = `concept-map build <inputs…> --out <file.json> [options]

Reads one or more corpus files, merges them (the same paper twice, by DOI, arXiv id or
title, is merged with a warning), finds the entities each abstract names with the offsets
of every mention, links each paper to its most similar papers, validates the result and
writes it atomically: if anything fails, the previous --out file is left exactly as it was.

Inputs (format from the extension, or --format):
  .jsonl .ndjson   JSON Lines: one record a line
  .json            a JSON array of records
  .bib             BibTeX: title, author, year, abstract, url, doi, eprint (LaTeX decoded)
  .csv             CSV with a header row (quoted fields may hold commas, quotes, newlines)
  .txt             plain text: one abstract a line
  A record has "abstract" and any of id, title, authors, year, venue, url, doi, arxiv, code;
  other fields are ignored. A record without an abstract becomes a paper without one.

Options:
  --out, -o <file>         where to write the map (required)
  --annotations <file>     your taxonomies, entities and links, as in data/annotations.json
  --similar <k>            similar-paper links kept per paper (default 3; 0 for none)
  --threshold <x>          minimum cosine similarity for a similar link (default 0.12)
  --format <fmt>           read every input as jsonl, json, bib, csv or txt
  --title <text>           the map's title (default: the annotations' title, or "Concept map")
  --dictionary <file>      use this entity dictionary instead of the built-in one
  --no-dictionary          find benchmarks from context only
  --quiet, -q              no progress or summary; problems are still printed
  --help, -h               this help

Examples:
  concept-map build zotero.csv --out reading-list.json
  concept-map build papers.bib extra.jsonl --out map.json --similar 5
  concept-map build data/papers.json --annotations data/annotations.json --out data/seed.graph.json
  concept-map build abstracts.txt --format txt --out map.json --similar 0

Maps of more than 2,000 nodes are written as compact JSON, smaller ones indented.
Exit code 0 when the map is written, 1 when an input or option is wrong (one line per
problem, as file:line: reason), 2 when the map could not be written.`;

/** Parses argv (without node and the script). Throws an Error whose message is the whole complaint. */
export function parseCommand(argv: readonly string[]): Command {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    return { command: 'help', topic: argv[1] === 'build' ? 'build' : 'main' };
  }
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'build') throw new Error(`unknown command "${argv[0]}"; try "concept-map build --help"`);
  const out: Partial<BuildCommand> & { inputs: string[] } = { inputs: [] };
  let similar = 3;
  let useDictionary = true;
  let quiet = false;
  const rest = argv.slice(1);
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[(i += 1)];
      if (v === undefined || (inline === undefined && v.startsWith('-') && v !== '-')) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { command: 'help', topic: 'build' };
      case '--out':
      case '-o':
        out.out = value();
        break;
      case '--annotations':
        out.annotations = value();
        break;
      case '--similar': {
        const v = value();
        similar = Number(v);
        if (!/^\d+$/.test(v) || similar > 50) throw new Error(`--similar must be a whole number from 0 to 50, not "${v}"`);
        break;
      }
      case '--threshold': {
        const v = value();
        const x = Number(v);
        if (v.trim() === '' || !Number.isFinite(x) || x < 0 || x > 1) throw new Error(`--threshold must be a number from 0 to 1, not "${v}"`);
        out.threshold = x;
        break;
      }
      case '--format': {
        const v = value().toLowerCase().replace(/^\./, '');
        const format = v === 'bibtex' ? 'bib' : v === 'ndjson' ? 'jsonl' : v;
        if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${v}"`);
        out.format = format as InputFormat;
        break;
      }
      case '--title':
        out.title = value();
        break;
      case '--dictionary':
        out.dictionary = value();
        break;
      case '--no-dictionary':
        useDictionary = false;
        break;
      case '--quiet':
      case '-q':
        quiet = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option "${arg}"; see "concept-map build --help"`);
        out.inputs.push(arg);
    }
  }
  if (out.inputs.length === 0) throw new Error('no input files; see "concept-map build --help"');
  if (out.out === undefined) throw new Error('--out <file.json> is required: where to write the map');
  if (out.dictionary !== undefined && !useDictionary) throw new Error('--dictionary and --no-dictionary contradict each other');
  return { ...out, command: 'build', out: out.out, similar, useDictionary, quiet } as BuildCommand;
}
