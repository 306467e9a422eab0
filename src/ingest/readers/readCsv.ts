// The browser build: the default 'csv-parse/sync' uses Node's global Buffer, absent in a page.
import { CsvError, parse } from 'csv-parse/browser/esm/sync';
import type { Info } from 'csv-parse/browser/esm/sync';
import { ABSTRACT_NAMES_HINT, hasAbstractName, normalizeRecord } from './normalizeRecord.js';
import type { ReadResult } from './types.js';

/**
 * Reads a CSV file with a header row (Zotero's export, a spreadsheet, a hand-made table).
 * Every row is checked against the header: a row with the wrong number of fields is an error at
 * the line where the row starts, not where csv-parse happened to be when it noticed.
 */
export function readCsv(text: string, file: string): ReadResult {
  return new CsvReader(file).read(text);
}

/** Semicolons (European spreadsheets) and tabs, when the header has no comma to go by. */
function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\n|$/));
  if (header.includes(',')) return ',';
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

class CsvReader {
  private readonly result: ReadResult = { records: [], errors: [], warnings: [] };
  private header: string[] | undefined;
  /** Lines before the chunk being parsed: after a quote error, parsing starts again below it. */
  private base = 0;
  /** Where the last row ended and how many empty lines csv-parse had skipped by then. */
  private lastEnd = 0;
  private lastEmpty = 0;

  constructor(private readonly file: string) {}

  read(text: string): ReadResult {
    // One line ending throughout: csv-parse guesses the record delimiter from the first it sees.
    let rest = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const delimiter = detectDelimiter(rest);
    while (rest !== '') {
      this.lastEnd = 0;
      this.lastEmpty = 0;
      try {
        parse(rest, {
          delimiter,
          relax_column_count: true,
          skip_empty_lines: true,
          on_record: (fields: string[], info: Info) => this.row(fields, info),
        });
        break;
      } catch (error) {
        if (!(error instanceof CsvError)) throw error;
        const stop = this.parseError(error);
        if (stop === undefined || this.header === undefined) break;
        rest = rest.split('\n').slice(stop).join('\n');
        this.base += stop;
      }
    }
    return this.result;
  }

  /** Called for each parsed row; returns null since the records are kept here, not by csv-parse. */
  private row(fields: string[], info: Info): null {
    const line = this.base + this.lastEnd + 1 + (info.empty_lines - this.lastEmpty);
    this.lastEnd = info.lines;
    this.lastEmpty = info.empty_lines;
    if (this.header === undefined) {
      this.header = fields.map((name) => name.trim());
      if (!hasAbstractName(this.header)) {
        this.problem('warnings', line, `no abstract column (looked for ${ABSTRACT_NAMES_HINT})`);
      }
      return null;
    }
    if (fields.every((field) => field.trim() === '')) return null;
    if (fields.length !== this.header.length) {
      const count = (n: number): string => `${n} field${n === 1 ? '' : 's'}`;
      this.problem('errors', line, `row has ${count(fields.length)}, the header has ${this.header.length}`);
      return null;
    }
    const header = this.header;
    const raw = Object.fromEntries(fields.map((value, i) => [header[i], value]));
    const { record, warnings } = normalizeRecord(raw, this.file, line);
    this.result.records.push(record);
    this.result.warnings.push(...warnings);
    return null;
  }

  /**
   * Reports a parse error (a stray or unclosed quote); returns how many lines of the chunk to
   * skip before parsing on, or undefined when nothing after it can be read.
   */
  private parseError(error: CsvError): number | undefined {
    const info = error as CsvError & Partial<Info>;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
      // The open quote swallowed the rest of the file: point at the row it belongs to.
      const line = this.lastEnd + 1 + ((info.empty_lines ?? this.lastEmpty) - this.lastEmpty);
      const message = 'unclosed " in this row: the quote runs to the end of the file';
      this.problem('errors', this.base + line, message);
      return undefined;
    }
    const at = info.lines ?? this.lastEnd + 1;
    // "Invalid Closing Quote: got …" reads better as "invalid closing quote: got …".
    const reason = error.message.replace(/ at line \d+/, '').replace(/^[^:]*:/, (head) => head.toLowerCase());
    this.problem('errors', this.base + at, reason);
    return at;
  }

  private problem(kind: 'errors' | 'warnings', line: number, message: string): void {
    this.result[kind].push({ file: this.file, line, message });
  }
}
