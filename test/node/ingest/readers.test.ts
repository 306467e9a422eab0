import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFromName, formatProblem, readCorpus } from '../../../src/ingest/readers/index.js';
import { latexToUnicode } from '../../../src/ingest/readers/latexToUnicode.js';
import { normalizeRecord } from '../../../src/ingest/readers/normalizeRecord.js';

const lines = (...rows: string[]): string => rows.join('\n');

describe('formatFromName', () => {
  it('goes by the extension, in any case', () => {
    expect(formatFromName('papers.jsonl')).toBe('jsonl');
    expect(formatFromName('dump.NDJSON')).toBe('jsonl');
    expect(formatFromName('corpus/papers.json')).toBe('json');
    expect(formatFromName('refs.bib')).toBe('bib');
    expect(formatFromName('refs.BibTeX')).toBe('bib');
    expect(formatFromName('zotero.CSV')).toBe('csv');
    expect(formatFromName('abstracts.txt')).toBe('txt');
  });

  it('knows nothing of other names', () => {
    expect(formatFromName('paper.pdf')).toBeUndefined();
    expect(formatFromName('README')).toBeUndefined();
    expect(formatFromName('.json')).toBeUndefined();
    expect(formatFromName('dir.json/file')).toBeUndefined();
  });
});

describe('formatProblem', () => {
  it('shows file, line and message the way editors link them', () => {
    expect(formatProblem({ file: 'refs.bib', line: 12, message: 'no abstract' })).toBe('refs.bib:12: no abstract');
  });
});

describe('normalizeRecord', () => {
  const normalize = (raw: Record<string, unknown>) => normalizeRecord(raw, 'f', 7);

  it('trims and collapses whitespace, and leaves empty and null fields out', () => {
    expect(
      normalize({ title: '  A\n  title\twith   gaps ', venue: '', doi: null, abstract: 'One.\r\n\r\nTwo.', code: '   ' }),
    ).toEqual({
      record: { file: 'f', line: 7, title: 'A title with gaps', abstract: 'One. Two.' },
      warnings: [],
    });
  });

  it('matches field names in any case and ignores fields it does not know', () => {
    expect(normalize({ TITLE: 'T', Abstract: 'A', Year: '2020', pages: '1-10', keywords: ['x'] })).toEqual({
      record: { file: 'f', line: 7, title: 'T', year: 2020, abstract: 'A' },
      warnings: [],
    });
  });

  it('warns about a missing abstract but keeps the record, even with no title', () => {
    expect(normalize({ title: 'Only a title' })).toEqual({
      record: { file: 'f', line: 7, title: 'Only a title' },
      warnings: [{ file: 'f', line: 7, message: 'no abstract' }],
    });
    expect(normalize({})).toEqual({
      record: { file: 'f', line: 7 },
      warnings: [{ file: 'f', line: 7, message: 'no abstract' }],
    });
  });

  it('reads authors from lists and from the usual string styles', () => {
    const authors = (value: unknown) => normalize({ authors: value, abstract: 'a' }).record.authors;
    expect(authors(['Ada Lovelace', ' Turing,  Alan '])).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(authors([{ given: 'Grace', family: 'Hopper' }, { name: 'DeepMind' }])).toEqual(['Grace Hopper', 'DeepMind']);
    // arXiv: every comma separates authors.
    expect(authors('A. Smith, B. Jones and C. Wu')).toEqual(['A. Smith', 'B. Jones', 'C. Wu']);
    expect(authors('Yann LeCun, Yoshua Bengio, and Geoffrey Hinton')).toEqual([
      'Yann LeCun',
      'Yoshua Bengio',
      'Geoffrey Hinton',
    ]);
    // BibTeX: "and" separates authors, each may be "Last, First".
    expect(authors('Smith, John and van der Berg, Jan and Jane Doe')).toEqual(['John Smith', 'Jan van der Berg', 'Jane Doe']);
    // Zotero: ";" separates authors written "Last, First".
    expect(authors('Smith, John; Doe, Jane')).toEqual(['John Smith', 'Jane Doe']);
    expect(authors('Smith, John')).toEqual(['John Smith']);
    expect(authors('')).toBeUndefined();
    expect(authors([])).toBeUndefined();
  });

  it('takes the author field by its singular name too', () => {
    expect(normalize({ author: 'Lovelace, Ada', abstract: 'a' }).record.authors).toEqual(['Ada Lovelace']);
  });

  it('reads a year from a number or from a string holding one, and warns about anything else', () => {
    const year = (value: unknown) => normalize({ year: value, abstract: 'a' });
    expect(year(2021).record.year).toBe(2021);
    expect(year(' 2019 ').record.year).toBe(2019);
    expect(year('2023-05-01').record.year).toBe(2023);
    expect(year('Spring 1999').record.year).toBe(1999);
    expect(year('abc')).toEqual({
      record: { file: 'f', line: 7, abstract: 'a' },
      warnings: [{ file: 'f', line: 7, message: 'year "abc" is not a year' }],
    });
    expect(year(3050).warnings).toEqual([{ file: 'f', line: 7, message: 'year "3050" is not a year' }]);
    expect(year(2020.5).warnings).toEqual([{ file: 'f', line: 7, message: 'year "2020.5" is not a year' }]);
    expect(year('12345').warnings).toEqual([{ file: 'f', line: 7, message: 'year "12345" is not a year' }]);
  });

  it('takes the year from a date when there is no year', () => {
    expect(normalize({ date: '2024-04-18', abstract: 'a' }).record.year).toBe(2024);
    expect(normalize({ published: '2007-04-02T19:18:42Z', abstract: 'a' }).record.year).toBe(2007);
    expect(normalize({ year: 2020, date: '2024-01-01', abstract: 'a' }).record.year).toBe(2020);
  });

  it('keeps only http(s) links and says which field lost one', () => {
    expect(
      normalize({ url: 'javascript:alert(1)', code: 'github.com/x/y', abstract: 'a' }),
    ).toEqual({
      record: { file: 'f', line: 7, abstract: 'a' },
      warnings: [
        { file: 'f', line: 7, message: 'url "javascript:alert(1)" dropped: only http:// and https:// URLs are kept' },
        { file: 'f', line: 7, message: 'code "github.com/x/y" dropped: only http:// and https:// URLs are kept' },
      ],
    });
    expect(normalize({ link: 'https://a.org/p', code: 'HTTP://github.com/x', abstract: 'a' }).record).toEqual({
      file: 'f',
      line: 7,
      url: 'https://a.org/p',
      code: 'HTTP://github.com/x',
      abstract: 'a',
    });
  });

  it('strips arXiv prefixes and versions, and DOI prefixes', () => {
    const ids = (raw: Record<string, unknown>) => {
      const { arxiv, doi } = normalize({ ...raw, abstract: 'a' }).record;
      return { arxiv, doi };
    };
    expect(ids({ arxiv: 'arXiv:2404.12387v2', doi: 'https://doi.org/10.1000/xyz' })).toEqual({
      arxiv: '2404.12387',
      doi: '10.1000/xyz',
    });
    expect(ids({ arxiv: 'https://arxiv.org/abs/2404.12387v10', doi: 'doi:10.1000/ABC' })).toEqual({
      arxiv: '2404.12387',
      doi: '10.1000/ABC',
    });
    expect(ids({ eprint: 'hep-th/9901001v1', doi: '10.48550/arXiv.2404.12387' })).toEqual({
      arxiv: 'hep-th/9901001',
      doi: '10.48550/arXiv.2404.12387',
    });
  });

  it('reads the arXiv snapshot, whose id is the arXiv id', () => {
    expect(
      normalize({
        id: '0704.0001',
        submitter: 'Pavel Nadolsky',
        authors: "C. Bal\\'azs, E. L. Berger, P. M. Nadolsky and C.-P. Yuan",
        title: 'Calculation of prompt diphoton production\n  cross sections',
        'journal-ref': 'Phys.Rev.D76:013009,2007',
        doi: '10.1103/PhysRevD.76.013009',
        abstract: '  A fully differential calculation.\n',
        update_date: '2008-11-13',
      }),
    ).toEqual({
      record: {
        file: 'f',
        line: 7,
        id: '0704.0001',
        title: 'Calculation of prompt diphoton production cross sections',
        authors: ["C. Bal\\'azs", 'E. L. Berger', 'P. M. Nadolsky', 'C.-P. Yuan'],
        doi: '10.1103/PhysRevD.76.013009',
        arxiv: '0704.0001',
        abstract: 'A fully differential calculation.',
      },
      warnings: [],
    });
    expect(normalize({ id: 'hep-th/9901001', abstract: 'a' }).record.arxiv).toBe('hep-th/9901001');
    expect(normalize({ id: 'paper-1', abstract: 'a' }).record.arxiv).toBeUndefined();
  });

  it('reads summary as the abstract and journal or booktitle as the venue', () => {
    expect(normalize({ summary: 'S', journal: 'J' }).record).toEqual({ file: 'f', line: 7, abstract: 'S', venue: 'J' });
    expect(normalize({ abstract: 'A', booktitle: 'B' }).record).toEqual({ file: 'f', line: 7, abstract: 'A', venue: 'B' });
  });

  it('drops a text field that is not text', () => {
    expect(normalize({ title: { en: 'x' }, abstract: 'a' })).toEqual({
      record: { file: 'f', line: 7, abstract: 'a' },
      warnings: [{ file: 'f', line: 7, message: 'title is not text (got an object); dropped' }],
    });
  });
});

describe('JSON Lines', () => {
  it('reads one record a line and skips blank lines', () => {
    const text = lines(
      '{"id": "p1", "title": "First", "year": 2024, "abstract": "One."}',
      '',
      '   ',
      '{"title": "Second", "authors": ["A B"], "abstract": "Two.", "url": "https://x.org"}',
      '',
    );
    expect(readCorpus(text, 'c.jsonl', 'jsonl')).toEqual({
      records: [
        { file: 'c.jsonl', line: 1, id: 'p1', title: 'First', year: 2024, abstract: 'One.' },
        { file: 'c.jsonl', line: 4, title: 'Second', authors: ['A B'], abstract: 'Two.', url: 'https://x.org' },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reports a bad line at its line and column, and reads the others', () => {
    const text = lines('{"abstract": "a"}', '{"abstract": }', '[1, 2]', '"text"', '{"abstract": "b"}');
    const result = readCorpus(text, 'c.jsonl', 'jsonl');
    expect(result.records).toEqual([
      { file: 'c.jsonl', line: 1, abstract: 'a' },
      { file: 'c.jsonl', line: 5, abstract: 'b' },
    ]);
    expect(result.errors).toEqual([
      { file: 'c.jsonl', line: 2, message: "not valid JSON at column 14: unexpected token '}'" },
      { file: 'c.jsonl', line: 3, message: 'expected a JSON object, got an array' },
      { file: 'c.jsonl', line: 4, message: 'expected a JSON object, got a string' },
    ]);
  });

  it('handles CRLF and a byte-order mark', () => {
    expect(readCorpus('\uFEFF{"abstract": "a"}\r\n{"abstract": "b"}\r\n', 'c.jsonl', 'jsonl').records).toEqual([
      { file: 'c.jsonl', line: 1, abstract: 'a' },
      { file: 'c.jsonl', line: 2, abstract: 'b' },
    ]);
  });
});

describe('JSON', () => {
  it('gives each record of a pretty-printed array the line where its object starts', () => {
    const text = JSON.stringify(
      [
        { title: 'A', abstract: 'First.' },
        { title: 'B', abstract: 'Second.', authors: ['X Y', 'Z W'] },
        { title: 'C {with} "braces" [and] brackets', abstract: 'Third.' },
      ],
      null,
      2,
    );
    expect(readCorpus(text, 'c.json', 'json')).toEqual({
      records: [
        { file: 'c.json', line: 2, title: 'A', abstract: 'First.' },
        { file: 'c.json', line: 6, title: 'B', abstract: 'Second.', authors: ['X Y', 'Z W'] },
        { file: 'c.json', line: 14, title: 'C {with} "braces" [and] brackets', abstract: 'Third.' },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reads a single-line array', () => {
    expect(readCorpus('[{"abstract":"a"},{"abstract":"b"}]', 'c.json', 'json').records).toEqual([
      { file: 'c.json', line: 1, abstract: 'a' },
      { file: 'c.json', line: 1, abstract: 'b' },
    ]);
  });

  it('finds the list under records, papers or items', () => {
    const text = lines('{', '  "name": "my corpus",', '  "papers": [', '    {"abstract": "a"},', '', '    {"abstract": "b"}', '  ]', '}');
    expect(readCorpus(text, 'c.json', 'json')).toEqual({
      records: [
        { file: 'c.json', line: 4, abstract: 'a' },
        { file: 'c.json', line: 6, abstract: 'b' },
      ],
      errors: [],
      warnings: [],
    });
    const items = lines('{"meta": {"items": 2},', ' "items": [', '  {"abstract": "x"}]}');
    expect(readCorpus(items, 'c.json', 'json').records).toEqual([{ file: 'c.json', line: 3, abstract: 'x' }]);
  });

  it('reports a syntax error at its line', () => {
    const text = lines('[', '  {"abstract": "a"},', '  {"abstract": "b",}', ']');
    expect(readCorpus(text, 'c.json', 'json')).toEqual({
      records: [],
      errors: [{ file: 'c.json', line: 3, message: 'not valid JSON at column 20: expected double-quoted property name' }],
      warnings: [],
    });
    expect(readCorpus(lines('[', '  {"abstract": "a"}'), 'c.json', 'json').errors.map((e) => e.line)).toEqual([2]);
  });

  it('reports elements that are not objects at their lines', () => {
    const result = readCorpus(lines('[', '  {"abstract": "a"},', '  "b",', '  null', ']'), 'c.json', 'json');
    expect(result.records).toEqual([{ file: 'c.json', line: 2, abstract: 'a' }]);
    expect(result.errors).toEqual([
      { file: 'c.json', line: 3, message: 'expected a JSON object, got a string' },
      { file: 'c.json', line: 4, message: 'expected a JSON object, got null' },
    ]);
  });

  it('refuses a concept-map document, which is not a corpus', () => {
    expect(readCorpus('{"schema": "concept-map/v1", "nodes": [], "links": []}', 'map.json', 'json')).toEqual({
      records: [],
      errors: [
        {
          file: 'map.json',
          line: 1,
          message: 'this is a concept-map/v1 document, not a corpus; open it in the app or pass records',
        },
      ],
      warnings: [],
    });
  });

  it('refuses an object with no list of records', () => {
    expect(readCorpus('\n{"title": "x"}', 'c.json', 'json').errors).toEqual([
      {
        file: 'c.json',
        line: 2,
        message: 'expected an array of records, or an object with a records, papers or items array',
      },
    ]);
  });
});

describe('latexToUnicode', () => {
  it('decodes accents in all their spellings to composed characters', () => {
    expect(latexToUnicode("\\'e \\'{e} {\\'e} \\\"o \\`a \\^o \\~n \\=a \\.z")).toBe('é é é ö à ô ñ ā ż');
    expect(latexToUnicode('\\u{g} \\v{c} \\H{o} \\c{c} \\k{a} \\r{a} \\v C')).toBe('ğ č ő ç ą å Č');
    expect(latexToUnicode("Garc{\\'\\i}a Mar{\\'i}a \\'{\\i}")).toBe('García María í');
    expect(latexToUnicode("\\'e")).toHaveLength(1);
  });

  it('decodes special letters', () => {
    expect(latexToUnicode('{\\aa} \\AA{} {\\o} \\O{} Stra\\ss e {\\ae} \\AE{} {\\oe} {\\l} \\L{} {\\i} {\\j}')).toBe(
      'å Å ø Ø Straße æ Æ œ ł Ł ı ȷ',
    );
  });

  it('decodes dashes, ties, escapes, groups, font commands and math', () => {
    expect(latexToUnicode('pages 1--10 --- or~so')).toBe('pages 1–10 — or so');
    expect(latexToUnicode('Q\\&A 50\\% \\$5 \\#1 a\\_b \\{x\\}')).toBe('Q&A 50% $5 #1 a_b {x}');
    expect(latexToUnicode('{BERT}: {{Pre}-training}')).toBe('BERT: Pre-training');
    expect(latexToUnicode('\\textit{x} \\emph{y} \\textbf{z} \\texttt{w} {\\em v}')).toBe('x y z w v');
    expect(latexToUnicode('$O(n^2)$ and $\\alpha$-nets')).toBe('O(n^2) and α-nets');
    expect(latexToUnicode('line\\\\break ``quoted\'\'')).toBe('line break “quoted”');
  });

  it('keeps what an unknown command was applied to', () => {
    expect(latexToUnicode('\\textsuperscript{2} \\unknown')).toBe('2 unknown');
  });
});

describe('BibTeX', () => {
  it('reads entries with accents, dashes, groups, escapes, macros and concatenation', () => {
    const text = lines(
      '% A bibliography',
      '@string{acl = "Proceedings of the " # {ACL}}',
      '@preamble{"\\newcommand{\\noop}[1]{}"}',
      '@InProceedings{muller2020bert,',
      '  author    = {M{\\"u}ller, J{\\"o}rg and Garc{\\\'\\i}a, Mar{\\\'i}a},',
      '  title     = {{BERT} for Q\\&A --- Pages 1--10},',
      '  booktitle = acl # " 2020",',
      '  year      = 2020,',
      '  month     = jan,',
      '  doi       = {10.18653/v1/2020.acl-main.1},',
      '  eprint    = {2004.00001v2},',
      '  url       = {https://example.org/~user/a--b},',
      '  abstract  = "We study {\\em things}.',
      '               On two lines."',
      '}',
      '',
      'Text between entries is ignored.',
      '@comment{ @article{hidden, title = {Hidden}} }',
      '@article(paren2021, title = "Parentheses", author = "Doe, Jane and others", year = "2021")',
    );
    expect(readCorpus(text, 'refs.bib', 'bib')).toEqual({
      records: [
        {
          file: 'refs.bib',
          line: 4,
          id: 'muller2020bert',
          title: 'BERT for Q&A — Pages 1–10',
          authors: ['Jörg Müller', 'María García'],
          year: 2020,
          venue: 'Proceedings of the ACL 2020',
          url: 'https://example.org/~user/a--b',
          doi: '10.18653/v1/2020.acl-main.1',
          arxiv: '2004.00001',
          abstract: 'We study things. On two lines.',
        },
        { file: 'refs.bib', line: 19, id: 'paren2021', title: 'Parentheses', authors: ['Jane Doe'], year: 2021 },
      ],
      errors: [],
      warnings: [{ file: 'refs.bib', line: 19, message: 'no abstract' }],
    });
  });

  it('hides what a balanced @comment holds, even entries on lines of their own', () => {
    const text = lines('@comment{', '@article{hidden, abstract = {h}}', '}', '@article{shown, abstract = {s}}');
    expect(readCorpus(text, 'r.bib', 'bib')).toEqual({
      records: [{ file: 'r.bib', line: 4, id: 'shown', abstract: 's' }],
      errors: [],
      warnings: [],
    });
    expect(readCorpus('@comment{ never closed\n@article{a, abstract = {a}}', 'r.bib', 'bib').records).toEqual([
      { file: 'r.bib', line: 2, id: 'a', abstract: 'a' },
    ]);
  });

  it('keeps braced "and" inside one author', () => {
    const text = '@misc{k, author = {{Barnes and Noble} and Smith, J.}, abstract = {a}}';
    expect(readCorpus(text, 'r.bib', 'bib').records[0].authors).toEqual(['Barnes and Noble', 'J. Smith']);
  });

  it('reports an unclosed brace at the entry, naming the line it opened, and reads on', () => {
    const text = lines(
      '@article{first, title = {First}, abstract = {One.}}',
      '',
      '@article{broken,',
      '  title = {A title that never closes,',
      '  year = 2021',
      '}',
      '',
      '@article{after, title = {After}, abstract = {Two.}}',
    );
    expect(readCorpus(text, 'r.bib', 'bib')).toEqual({
      records: [
        { file: 'r.bib', line: 1, id: 'first', title: 'First', abstract: 'One.' },
        { file: 'r.bib', line: 8, id: 'after', title: 'After', abstract: 'Two.' },
      ],
      errors: [{ file: 'r.bib', line: 3, message: 'unclosed { opened at line 4' }],
      warnings: [],
    });
  });

  it('finds an unclosed inner brace and an entry never closed', () => {
    const inner = lines('@article{a,', '  title = {A {nested title},', '  abstract = {x}', '}', '@article{b, abstract = {y}}');
    expect(readCorpus(inner, 'r.bib', 'bib').errors).toEqual([{ file: 'r.bib', line: 1, message: 'unclosed { opened at line 2' }]);
    expect(readCorpus(inner, 'r.bib', 'bib').records.map((r) => r.id)).toEqual(['b']);
    const open = lines('@article{a, abstract = {x},', '@article{b, abstract = {y}}', '@article{c, abstract = {z');
    const result = readCorpus(open, 'r.bib', 'bib');
    expect(result.errors).toEqual([
      { file: 'r.bib', line: 1, message: 'unclosed { opened at line 1' },
      { file: 'r.bib', line: 3, message: 'unclosed { opened at line 3' },
    ]);
    expect(result.records.map((r) => r.id)).toEqual(['b']);
    const quote = lines('@article{q, abstract = "never closed,', '  year = 2020}', '@article{r, abstract = {y}}');
    expect(readCorpus(quote, 'r.bib', 'bib').errors).toEqual([{ file: 'r.bib', line: 1, message: 'unclosed " opened at line 1' }]);
  });

  it('reports an entry with no key and a field with no "=", and reads the entries after them', () => {
    const text = lines(
      '@article{, title = {No key}}',
      '@article{title = {Field first}}',
      '@article{nofield,',
      '  title {Forgot the equals}}',
      '@article{ok, abstract = {Fine.}}',
    );
    expect(readCorpus(text, 'r.bib', 'bib')).toEqual({
      records: [{ file: 'r.bib', line: 5, id: 'ok', abstract: 'Fine.' }],
      errors: [
        { file: 'r.bib', line: 1, message: '@article entry has no key' },
        { file: 'r.bib', line: 2, message: '@article entry has no key' },
        { file: 'r.bib', line: 4, message: 'field "title" has no "="' },
      ],
      warnings: [],
    });
  });

  it('warns about an unknown macro and leaves it out', () => {
    expect(readCorpus('@article{k, journal = nips, abstract = {a}}', 'r.bib', 'bib')).toEqual({
      records: [{ file: 'r.bib', line: 1, id: 'k', abstract: 'a' }],
      errors: [],
      warnings: [{ file: 'r.bib', line: 1, message: 'unknown @string macro "nips"' }],
    });
  });

  it('takes a link from howpublished when there is no url', () => {
    const text = '@misc{web, howpublished = {\\url{https://example.org/a_b}}, abstract = {a}}';
    expect(readCorpus(text, 'r.bib', 'bib').records[0].url).toBe('https://example.org/a_b');
  });
});

describe('CSV', () => {
  it('reads quoted commas, doubled quotes and newlines inside a field', () => {
    const text = lines(
      'id,title,abstract',
      'p1,"Commas, inside","She said ""hello"",',
      'then left."',
      'p2,Plain,Short.',
    );
    expect(readCorpus(text, 'c.csv', 'csv')).toEqual({
      records: [
        { file: 'c.csv', line: 2, id: 'p1', title: 'Commas, inside', abstract: 'She said "hello", then left.' },
        { file: 'c.csv', line: 4, id: 'p2', title: 'Plain', abstract: 'Short.' },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('reports a row with the wrong number of fields at the line where it starts', () => {
    const text = lines(
      'title,abstract',
      '"Multi","line one',
      'line two',
      'line three"',
      '',
      'too,many,fields',
      '"short',
      'row"',
      'Last,Fine.',
    );
    expect(readCorpus(text, 'c.csv', 'csv')).toEqual({
      records: [
        { file: 'c.csv', line: 2, title: 'Multi', abstract: 'line one line two line three' },
        { file: 'c.csv', line: 9, title: 'Last', abstract: 'Fine.' },
      ],
      errors: [
        { file: 'c.csv', line: 6, message: 'row has 3 fields, the header has 2' },
        { file: 'c.csv', line: 7, message: 'row has 1 field, the header has 2' },
      ],
      warnings: [],
    });
  });

  it('reads a Zotero export: BOM, CRLF, its column names and "Last, First; …" authors', () => {
    const text =
      '\uFEFF"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Url","Abstract Note"\r\n' +
      '"ABCD1234","journalArticle","2024","Smith, John; van der Berg, Jan","A Title","Journal of Things",' +
      '"10.1000/xyz","https://example.org/p","An abstract."\r\n';
    expect(readCorpus(text, 'zotero.csv', 'csv')).toEqual({
      records: [
        {
          file: 'zotero.csv',
          line: 2,
          id: 'ABCD1234',
          title: 'A Title',
          authors: ['John Smith', 'Jan van der Berg'],
          year: 2024,
          venue: 'Journal of Things',
          url: 'https://example.org/p',
          doi: '10.1000/xyz',
          abstract: 'An abstract.',
        },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('warns when no column holds abstracts', () => {
    const result = readCorpus(lines('title,year', 'A,2020'), 'c.csv', 'csv');
    expect(result.warnings).toEqual([
      { file: 'c.csv', line: 1, message: 'no abstract column (looked for abstract, Abstract Note, summary)' },
      { file: 'c.csv', line: 2, message: 'no abstract' },
    ]);
    expect(result.records).toEqual([{ file: 'c.csv', line: 2, title: 'A', year: 2020 }]);
  });

  it('reports an unclosed quote at the row it opens', () => {
    const text = lines('title,abstract', 'A,a', '', 'B,"never closed', 'C,c');
    expect(readCorpus(text, 'c.csv', 'csv')).toEqual({
      records: [{ file: 'c.csv', line: 2, title: 'A', abstract: 'a' }],
      errors: [{ file: 'c.csv', line: 4, message: 'unclosed " in this row: the quote runs to the end of the file' }],
      warnings: [],
    });
  });

  it('reports a stray quote at its line and reads the rows after it', () => {
    const text = lines('title,abstract', 'A,a', '"B"x,b', 'C,c');
    const result = readCorpus(text, 'c.csv', 'csv');
    expect(result.records).toEqual([
      { file: 'c.csv', line: 2, title: 'A', abstract: 'a' },
      { file: 'c.csv', line: 4, title: 'C', abstract: 'c' },
    ]);
    expect(result.errors.map((e) => e.line)).toEqual([3]);
    expect(result.errors[0].message).toMatch(/^invalid closing quote: got "x"/);
  });

  it('reads semicolon- and tab-delimited files', () => {
    expect(readCorpus(lines('title;abstract', 'A, B;a, b'), 'c.csv', 'csv').records).toEqual([
      { file: 'c.csv', line: 2, title: 'A, B', abstract: 'a, b' },
    ]);
    expect(readCorpus(lines('title\tabstract', 'A; B\ta; b'), 'c.csv', 'csv').records).toEqual([
      { file: 'c.csv', line: 2, title: 'A; B', abstract: 'a; b' },
    ]);
  });
});

describe('plain text', () => {
  it('reads the seed abstracts, one a line', () => {
    const text = readFileSync(new URL('../../../data/abstracts.txt', import.meta.url), 'utf8');
    const result = readCorpus(text, 'abstracts.txt', 'txt');
    expect(result.records.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.records[0]).toEqual({
      file: 'abstracts.txt',
      line: 1,
      abstract: text.split('\n')[0].trim(),
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('skips blank lines and handles CRLF', () => {
    expect(readCorpus('First.\r\n\r\n  Second  one.\r\n', 'a.txt', 'txt')).toEqual({
      records: [
        { file: 'a.txt', line: 1, abstract: 'First.' },
        { file: 'a.txt', line: 3, abstract: 'Second one.' },
      ],
      errors: [],
      warnings: [],
    });
  });
});
