import type { InputFormat } from '../protocol';
import { LoadFailure } from './errors';

/** What a file is, from its name and its first bytes (names lie: "report.csv" may be a PNG). */
export interface Sniffed {
  format: InputFormat;
  compressed: boolean;
}

// No "MZ" (Windows .exe) here: two letters are a plausible start of a CSV ("MZ-01,..."), and
// an executable is full of NUL bytes, which looksBinary catches anyway.
const BINARY_MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png'],
  [[0xff, 0xd8, 0xff], 'jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x7f, 0x45, 0x4c, 0x46], 'elf'],
  [[0x52, 0x61, 0x72, 0x21], 'rar'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7z'],
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}

export function isGzipMagic(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

function extension(path: string): string {
  const name = path.split('/').pop()!.toLowerCase();
  const parts = name.split('.');
  return parts.length > 1 ? parts[parts.length - 1] : '';
}

/** The extension under a .gz suffix: "x.csv.gz" -> "csv". */
export function innerExtension(path: string): string {
  return extension(path.replace(/\.gz$/i, ''));
}

export function detectFormat(path: string, head: Uint8Array): Sniffed {
  if (head.length === 0) throw new LoadFailure('empty');
  const ext = extension(path);
  if (isGzipMagic(head)) {
    const inner = innerExtension(path);
    if (inner === 'json' || inner === 'ndjson' || inner === 'jsonl') {
      return { format: inner === 'json' ? 'json' : 'ndjson', compressed: true };
    }
    return { format: 'csv', compressed: true };
  }
  if (ext === 'gz') throw new LoadFailure('corrupt', 'not a gzip file');
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) return { format: 'parquet', compressed: false };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) {
    // An .xlsx renamed .xls opens in Excel with a warning; people send such files.
    if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xls' || ext === '') return { format: 'xlsx', compressed: false };
    // A .zip is a workbook only if its entries say so; a zip of CSVs is not a format we read.
    if (ext === 'zip' && containsAscii(head, 'xl/')) return { format: 'xlsx', compressed: false };
    throw new LoadFailure('unknown-format', 'zip');
  }
  // A legacy Excel 97-2003 workbook (OLE2), whatever its name: the user can save it as .xlsx.
  if (startsWith(head, OLE_MAGIC)) throw new LoadFailure('unknown-format', 'xls');
  if (ext === 'xls') {
    // Many web back-ends export tab-separated text under .xls; that is text we read. An HTML
    // table under .xls is not.
    if (looksBinary(head) || looksLikeMarkup(head)) throw new LoadFailure('unknown-format', 'xls');
    return { format: 'csv', compressed: false };
  }
  for (const [magic, kind] of BINARY_MAGIC) if (startsWith(head, magic)) throw new LoadFailure('binary', kind);
  if (ext === 'parquet' || ext === 'pq') throw new LoadFailure('corrupt', 'no Parquet magic');
  if (ext === 'xlsx') throw new LoadFailure('corrupt', 'not a zip archive');
  if (ext === 'ndjson' || ext === 'jsonl') return { format: 'ndjson', compressed: false };
  if (ext === 'json') return { format: 'json', compressed: false };
  if (looksBinary(head)) throw new LoadFailure('binary');
  return { format: 'csv', compressed: false };
}

/**
 * Text has almost no control bytes; UTF-16 text has many NULs but in a regular every-other-byte
 * pattern (or starts with a BOM), which the text reader handles.
 */
export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  if (n === 0) return false;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let zerosEven = 0;
  let zerosOdd = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b === 0) {
      if (i % 2 === 0) zerosEven++;
      else zerosOdd++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  const half = n / 2;
  const utf16Like = (zerosEven > half * 0.3 && zerosOdd < half * 0.05) || (zerosOdd > half * 0.3 && zerosEven < half * 0.05);
  if (utf16Like) return false;
  return zerosEven + zerosOdd > 0 || control / n > 0.05;
}

/** HTML or XML (an "Excel" export that is a web page), after an optional UTF-8 BOM and blanks. */
function looksLikeMarkup(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || (head[i] >= 0x09 && head[i] <= 0x0d))) i++;
  return head[i] === 0x3c; // '<'
}

function containsAscii(head: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (c) => c.charCodeAt(0));
  for (let i = head.indexOf(needle[0]); i >= 0; i = head.indexOf(needle[0], i + 1)) {
    if (needle.every((b, k) => head[i + k] === b)) return true;
  }
  return false;
}
