/**
 * Guessing how a delimited text file is written, from a decoded sample of its start. The result
 * is passed to read_csv explicitly (auto_detect=false) for every chunk, because DuckDB's own
 * sniffer sees one chunk at a time and could decide differently for each.
 *
 * Quote rules follow DuckDB's reader: a quote opens a quoted field only at the start of a field
 * (spaces before it are allowed), "" inside quotes is a literal quote, and a quote in the middle
 * of an unquoted field is an ordinary character (5" screen).
 */

export type Delimiter = ',' | ';' | '\t' | '|' | 'whitespace';

export interface CsvDialect {
  /** 'whitespace': runs of spaces/tabs separate fields, lines may start with spaces (CDNOW). */
  delimiter: Delimiter;
  /** '' when quotes are ordinary characters in this file. */
  quote: '"' | '';
  hasHeader: boolean;
  /** Final column names: the file's header made usable, or column1..columnN. */
  header: string[];
  columnCount: number;
  lineEnding: '\n' | '\r\n' | '\r';
  /** Lines above the header that are not part of the table (a title, a note, blank lines). */
  skipLines: number;
}

const DELIMITERS: readonly Exclude<Delimiter, 'whitespace'>[] = ['\t', ';', '|', ','];
/** How many records of the sample are looked at; enough to see the pattern, cheap to parse. */
const MAX_RECORDS = 1000;

interface Parsed {
  rows: string[][];
  /** Whether the last row ended with a line break (otherwise it may be cut off). */
  terminated: boolean;
  /** Offset in the text just after each row, to see how much of the sample the rows explain. */
  ends: number[];
  /** Offset in the text where each row starts (after any blank lines before it). */
  starts: number[];
}

/** Splits text into records, quote-aware (a record may span lines inside quotes). */
function parseRecords(text: string, delimiter: Delimiter, quote: '"' | '', limit = MAX_RECORDS): Parsed {
  if (delimiter === 'whitespace') return parseWhitespace(text, limit);
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  const ends: number[] = [];
  const starts: number[] = [];
  let terminated = false;
  let i = 0;
  while (i < n && rows.length < limit) {
    const start = i;
    const fields: string[] = [];
    let quotedRow = false;
    terminated = false;
    for (;;) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 32) j++;
      let value: string;
      if (quote && j < n && text.charCodeAt(j) === 34) {
        quotedRow = true;
        value = '';
        let k = j + 1;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q < 0) {
            value += text.slice(k);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === 34) {
            value += text.slice(k, q + 1);
            k = q + 2;
            continue;
          }
          value += text.slice(k, q);
          i = q + 1;
          break;
        }
        // DuckDB rejects text after a closing quote; keeping it here only affects a preview.
        const stop = fieldEnd(text, i, d);
        value += text.slice(i, stop);
        i = stop;
      } else {
        const stop = fieldEnd(text, i, d);
        value = text.slice(i, stop);
        i = stop;
      }
      fields.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        continue;
      }
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      terminated = true;
      break;
    }
    // Blank lines are skipped, as DuckDB does.
    if (fields.length === 1 && fields[0] === '' && !quotedRow) continue;
    rows.push(fields);
    starts.push(start);
    ends.push(i);
  }
  return { rows, terminated: terminated || i < n, ends, starts };
}

function fieldEnd(text: string, from: number, d: number): number {
  let k = from;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === d || c === 10 || c === 13) break;
  }
  return k;
}

function parseWhitespace(text: string, limit: number): Parsed {
  const rows: string[][] = [];
  const ends: number[] = [];
  const starts: number[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  const terminated = lines.length > 1 && lines[lines.length - 1] === '';
  let offset = 0;
  for (const line of lines) {
    if (rows.length >= limit) return { rows, terminated: true, ends, starts };
    const start = offset;
    offset += line.length + 1; // close enough for CRLF: only used as a share of the sample
    const t = line.trim();
    if (t) {
      rows.push(t.split(/[ \t]+/));
      starts.push(Math.min(start, text.length));
      ends.push(Math.min(offset, text.length));
    }
  }
  return { rows, terminated, ends, starts };
}

/** One line (or record) of the file as fields, for the header and previews. */
export function parseCsvLine(line: string, delimiter: Delimiter, quote: '"' | ''): string[] {
  return parseRecords(line, delimiter, quote, 1).rows[0] ?? [''];
}

/**
 * Usable column names that stay close to the file: blank names become column{i} (1-based
 * position), repeats become name_2, name_3 (case-insensitively, as DuckDB compares identifiers),
 * a BOM that leaked into the first name is dropped. Surrounding spaces are kept: '收货地址 ' is the
 * column's real name and the user should recognise it. A column called rowid becomes rowid_2: the
 * name would hide DuckDB's row number, which every row count and download refers back to.
 */
const RESERVED = ['rowid'];

export function normalizeHeader(names: string[]): string[] {
  const cleaned = names.map((raw, i) => {
    const name = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    return name.trim() === '' ? `column${i + 1}` : name;
  });
  const key = (s: string) => s.toLowerCase();
  const taken = new Set(cleaned.map(key)); // later originals keep their name: a, a, a_2 -> a, a_3, a_2
  const used = new Set<string>(RESERVED);
  return cleaned.map((name) => {
    if (!used.has(key(name))) {
      used.add(key(name));
      return name;
    }
    let k = 2;
    while (taken.has(key(`${name}_${k}`)) || used.has(key(`${name}_${k}`))) k++;
    const unique = `${name}_${k}`;
    used.add(key(unique));
    return unique;
  });
}

interface Candidate {
  delimiter: Delimiter;
  quote: '"' | '';
  rows: string[][];
  /** Where each row starts in the sample. */
  starts: number[];
  columns: number;
  consistency: number;
  quality: number;
  /** Share of the sample the kept rows cover; low when an unmatched quote swallowed the rest. */
  coverage: number;
}

export function sniffDialect(sample: string): CsvDialect {
  const text = sample.startsWith('\uFEFF') ? sample.slice(1) : sample;
  const lineEnding = detectLineEnding(text);

  let best: Candidate | null = null;
  for (const delimiter of DELIMITERS) {
    for (const quote of text.includes('"') ? (['"', ''] as const) : (['"'] as const)) {
      const c = score(text, delimiter, quote);
      if (c && (!best || better(c, best))) best = c;
    }
  }
  // Whitespace is the last resort: a TSV also splits on whitespace, but a real delimiter keeps
  // empty fields and spaces inside values.
  const ws = score(text, 'whitespace', '');
  if (ws && looksLikeWhitespaceTable(ws) && (!best || better(ws, best))) best = ws;

  if (!best) {
    // One column (or nothing): any delimiter reads it; take the common one.
    const { rows, starts } = parseRecords(text, ',', '"');
    best = { delimiter: ',', quote: '"', rows, starts, columns: 1, consistency: 1, quality: 1, coverage: 1 };
  }

  const skipped = preambleRows(best.rows, best.columns);
  const rows = best.rows.slice(skipped);
  const hasHeader = detectHeader(rows);
  const headerFields = hasHeader ? rows[0] : [];
  const columnCount = Math.max(best.columns, headerFields.length);
  const names = Array.from({ length: columnCount }, (_, i) => headerFields[i] ?? '');
  return {
    delimiter: best.delimiter,
    quote: best.quote,
    hasHeader,
    header: normalizeHeader(names),
    columnCount,
    lineEnding,
    skipLines: skipped === 0 ? 0 : lineBreaksBefore(text, best.starts[skipped], lineEnding),
  };
}

/** More than a few lines above the header is no title block but a file this rule misreads. */
const MAX_PREAMBLE_ROWS = 5;

/**
 * Rows above the header that belong to no table: a title ("Order export - Shop XYZ"), a note, a
 * date, each narrower than the table (fewer fields, or a single filled one, as a spreadsheet
 * writes a title row: `Sales report,,,`). They are skipped only when a header row as wide as the
 * table follows, so a headerless file whose first records are short keeps every record.
 */
function preambleRows(rows: string[][], columns: number): number {
  if (columns < 2) return 0;
  const narrow = (r: string[]) => r.length < columns || r.filter((v) => v.trim() !== '').length <= 1;
  let k = 0;
  while (k < rows.length && k < MAX_PREAMBLE_ROWS && narrow(rows[k])) k++;
  if (k === 0 || k >= rows.length || rows[k].length < columns) return 0;
  return detectHeader(rows.slice(k)) ? k : 0;
}

/** Physical lines before `offset`, counted by the break the record splitter cuts at. */
function lineBreaksBefore(text: string, offset: number, lineEnding: CsvDialect['lineEnding']): number {
  const br = lineEnding === '\r' ? '\r' : '\n';
  let n = 0;
  for (let i = text.indexOf(br); i >= 0 && i < offset; i = text.indexOf(br, i + 1)) n++;
  return n;
}

function detectLineEnding(text: string): CsvDialect['lineEnding'] {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
  return '\n';
}

function score(text: string, delimiter: Delimiter, quote: '"' | ''): Candidate | null {
  const parsed = parseRecords(text, delimiter, quote);
  let rows = parsed.rows;
  // The sample ends wherever the reader stopped: its last line may be cut off.
  if (!parsed.terminated && rows.length > 1) rows = rows.slice(0, -1);
  if (rows.length === 0) return null;
  const coverage = text.length ? parsed.ends[rows.length - 1] / text.length : 1;
  const freq = new Map<number, number>();
  for (const r of rows) freq.set(r.length, (freq.get(r.length) ?? 0) + 1);
  let columns = 0;
  let top = 0;
  for (const [count, f] of freq) {
    if (f > top || (f === top && count > columns)) [columns, top] = [count, f];
  }
  if (columns < 2) return null;
  let clean = 0;
  let total = 0;
  for (const r of rows) {
    for (const v of r) {
      total++;
      if (isCleanField(v, delimiter)) clean++;
    }
  }
  return { delimiter, quote, rows, starts: parsed.starts, columns, consistency: top / rows.length, quality: clean / total, coverage };
}

/**
 * A field that does not look like a fragment of a wrongly split line: it contains none of the
 * other delimiters, or it is a number with a decimal comma (1,5 in a semicolon file). This breaks
 * the tie between ';' and ',' in `a;1,5;2,25` where both split every line into 3 fields.
 */
function isCleanField(v: string, delimiter: Delimiter): boolean {
  if (!/[,;\t|]/.test(v)) return true;
  return delimiter !== ',' && NUMBER.test(v.trim());
}

/**
 * Explaining most of the sample first (a stray quote can swallow the rest of it into one cut-off
 * row that is then ignored), then consistency, cleanliness, more columns; ties keep the earlier.
 * Coverage decides only when the candidate that covers more also reads as a table: records of
 * long quoted text with line breaks can outgrow the sample, and then reading without quotes
 * "covers" it with lines of other widths than the first line's.
 */
function better(a: Candidate, b: Candidate): boolean {
  const [wide, narrow] = a.coverage >= b.coverage ? [a, b] : [b, a];
  const readsAsTable = wide.consistency >= 0.8 && wide.rows[0].length === wide.columns;
  if (wide.coverage - narrow.coverage > 0.2 && readsAsTable) return wide === a;
  if (Math.abs(a.consistency - b.consistency) > 0.02) return a.consistency > b.consistency;
  if (Math.abs(a.quality - b.quality) > 0.02) return a.quality > b.quality;
  if (a.columns !== b.columns) return a.columns > b.columns;
  return a.consistency > b.consistency;
}

/** A list of names ("John Smith") also splits on spaces; a table has a column of numbers or dates. */
function looksLikeWhitespaceTable(c: Candidate): boolean {
  if (c.consistency < 0.9) return false;
  const body = c.rows.length > 1 ? c.rows.slice(1) : c.rows;
  for (let col = 0; col < c.columns; col++) {
    const values = body.map((r) => r[col]).filter((v) => v !== undefined);
    if (values.length && values.filter(isTyped).length >= values.length * 0.8) return true;
  }
  return false;
}

// Numbers as people write them: signs, currency, thousands separators, decimal point or comma,
// percent, accounting parentheses, scientific notation.
const NUMBER = /^[-+(]?\s*[¥￥$€£]?\s*[-+]?(?:\d{1,3}(?:[,.' ]\d{3})+|\d+)(?:[.,]\d+)?\s*%?\)?$|^[-+]?\d*\.?\d+(?:e[-+]?\d+)?$/i;
const DATE =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}年\d{1,2}月\d{1,2}日)(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?/;

function isTyped(v: string): boolean {
  const t = v.trim();
  return t !== '' && (NUMBER.test(t) || DATE.test(t));
}

/**
 * The first row is a header when it is all text and some column below it holds numbers or dates,
 * or, when everything is text, its values are distinct short labels that do not occur again in
 * their column. A number or date in the first row means data (CDNOW_sample.txt has no header).
 * Copies of the first row below it (two exports pasted into one file) are no evidence either way.
 */
function detectHeader(rows: string[][]): boolean {
  if (rows.length === 0) return false;
  const [first, ...rest] = rows;
  const body = rest.filter((r) => !sameRecord(r, first)).slice(0, 200);
  const labels = first.filter((v) => v.trim() !== '');
  if (labels.length === 0) return false;
  if (first.some(isTyped)) return false;
  for (let col = 0; col < first.length; col++) {
    if (first[col].trim() === '') continue;
    const values = body.map((r) => r[col] ?? '').filter((v) => v.trim() !== '');
    if (values.length && values.filter(isTyped).length >= values.length * 0.8) return true;
  }
  if (new Set(labels).size !== labels.length || labels.some((v) => v.length > 64)) return false;
  return !first.some((v, col) => v.trim() !== '' && body.some((r) => r[col] === v));
}

/** Same fields, ignoring a BOM in front of the first (the second export's). */
function sameRecord(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const noBom = (v: string) => v.replace(/^\uFEFF+/, '');
  return a.every((v, i) => (i === 0 ? noBom(v) === noBom(b[0]) : v === b[i]));
}
