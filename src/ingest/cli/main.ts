import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { GraphDocument } from '../../model/types.js';
import type { Annotations } from '../Annotations.js';
import { builtinDictionary } from '../builtinDictionary.js';
import { parseDictionary, type DictionaryEntry } from '../extract/Dictionary.js';
import { ingest, type InputFile } from '../ingest.js';
import { parseAnnotations } from '../parseAnnotations.js';
import type { InputProblem } from '../readers/types.js';
import { BUILD_HELP, MAIN_HELP, parseCommand, type BuildCommand } from './parseCommand.js';
import { Progress } from './Progress.js';

declare const __VERSION__: string;
const MAX_WARNINGS = 20;
/** Inputs with more records than this get a progress report while they are read and mapped. */
const PROGRESS_FROM = 2000;
/** Maps with more nodes than this are written without indentation. */
const COMPACT_FROM = 2000;

class Failure extends Error {
  constructor(
    readonly lines: string[],
    readonly code: number,
  ) {
    super(lines.join('\n'));
  }
}

/** Where the command writes: the process's streams, or a test's. */
export interface Io {
  stdout: Pick<NodeJS.WriteStream, 'write'>;
  stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
}

/** Runs the command line and returns the exit code; never throws. */
export function run(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): number {
  try {
    const command = parseCommand(argv);
    if (command.command === 'help') {
      io.stdout.write(`${command.topic === 'build' ? BUILD_HELP : MAIN_HELP}\n`);
      return 0;
    }
    if (command.command === 'version') {
      io.stdout.write(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`);
      return 0;
    }
    return build(command, io);
  } catch (error) {
    if (error instanceof Failure) {
      for (const line of error.lines) io.stderr.write(`${line}\n`);
      return error.code;
    }
    // Anything else is still reported in one line: a stack trace helps nobody who feeds a file in.
    io.stderr.write(`concept-map: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function build(command: BuildCommand, io: Io): number {
  const started = performance.now();
  const files = command.inputs.map((name): InputFile => ({ name, text: readText(name, 'input') }));
  const annotations = command.annotations === undefined ? undefined : readAnnotations(command.annotations);
  const dictionary = readDictionaryOption(command);
  const lines = files.reduce((n, f) => n + countLines(f.text), 0);
  const progress = !command.quiet && lines > PROGRESS_FROM ? new Progress(io.stderr, 'mapping abstracts') : undefined;
  const result = ingest(files, {
    dictionary,
    ...(annotations === undefined ? {} : { annotations }),
    ...(command.format === undefined ? {} : { format: command.format }),
    similar: command.similar,
    ...(command.threshold === undefined ? {} : { threshold: command.threshold }),
    ...(command.title === undefined ? {} : { title: command.title }),
    ...(progress === undefined ? {} : { onProgress: (done: number, total: number) => progress.update(done, total) }),
  });
  progress?.done();
  printWarnings(io, result.warnings, command.quiet);
  if (!result.ok) {
    throw new Failure(
      [...result.errors.map(formatProblem), `concept-map: no map written${existsNote(command.out)}`],
      1,
    );
  }
  write(command.out, result.document);
  if (!command.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stderr.write(`wrote ${command.out}: ${summary(result.document)} (${seconds} s)\n`);
  }
  return 0;
}

function readText(file: string, what: string): string {
  try {
    const text = readFileSync(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new Failure([`${file}: cannot read this ${what} file: ${reason}`], 1);
  }
}

function readJsonFile(file: string, what: string): unknown {
  const text = readText(file, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at === null ? 1 : text.slice(0, Number(at[1])).split('\n').length;
    throw new Failure([`${file}:${line}: not valid JSON: ${message.replace(/^.*?JSON[^:]*: /, '').split('\n')[0] ?? ''}`], 1);
  }
}

function readAnnotations(file: string): Annotations {
  const value = readJsonFile(file, 'annotations');
  try {
    return parseAnnotations(value, file);
  } catch (error) {
    throw new Failure([(error as Error).message], 1);
  }
}

function readDictionaryOption(command: BuildCommand): DictionaryEntry[] {
  if (!command.useDictionary) return [];
  if (command.dictionary === undefined) return builtinDictionary();
  const value = readJsonFile(command.dictionary, 'dictionary');
  try {
    return parseDictionary(value, command.dictionary);
  } catch (error) {
    throw new Failure([(error as Error).message], 1);
  }
}

/** Writes next to the target and renames: a crash or a full disk never leaves half a map. */
function write(out: string, document: GraphDocument): void {
  const target = resolve(out);
  const temp = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(target), { recursive: true });
    // A small map is indented for people who read and diff it; a large one is written compactly,
    // which halves its size and the time to write it.
    const indent = document.nodes.length > COMPACT_FROM ? undefined : 2;
    writeFileSync(temp, `${JSON.stringify(document, null, indent)}\n`);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new Failure([`${out}: cannot write the map: ${(error as Error).message}${existsNote(out)}`], 2);
  }
}

function existsNote(out: string): string {
  return existsSync(out) ? `; ${out} is unchanged` : '';
}

function printWarnings(io: Io, warnings: readonly InputProblem[], quiet: boolean): void {
  const shown = quiet ? [] : warnings.slice(0, MAX_WARNINGS);
  for (const w of shown) io.stderr.write(`warning: ${formatProblem(w)}\n`);
  const rest = warnings.length - shown.length;
  if (rest > 0 && !quiet) io.stderr.write(`warning: … and ${rest} more warnings\n`);
}

export function formatProblem(p: InputProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}: ${p.message}` : `${p.file}: ${p.message}`;
}

function summary(document: GraphDocument): string {
  const kinds = new Map<string, number>();
  for (const node of document.nodes) kinds.set(node.kind, (kinds.get(node.kind) ?? 0) + 1);
  const parts = [...kinds].map(([kind, n]) => `${n.toLocaleString('en')} ${kind}`);
  const similar = document.links.filter((l) => l.kind === 'similar').length;
  return `${parts.join(', ')}; ${document.links.length.toLocaleString('en')} links (${similar.toLocaleString('en')} similar)`;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}
