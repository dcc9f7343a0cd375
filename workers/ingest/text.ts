/**
 * Streaming reader for CSV/TSV/TXT, plain or gzip-compressed, in any supported encoding.
 * The file is read in slices, decompressed and transcoded to UTF-8 on the way, cut at record
 * boundaries and inserted chunk by chunk with read_csv, so progress is exact, Cancel acts between
 * chunks, and memory stays bounded by the chunk size rather than the file size.
 * See src/analysis/ingest/README.md for the pure pieces.
 */
import { detectEncoding, type TextEncodingName } from '../../src/analysis/ingest/encoding';
import { createUtf8Transcoder, gunzipChunks } from '../../src/analysis/ingest/decode';
import { sniffDialect, type CsvDialect } from '../../src/analysis/ingest/dialect';
import { LineSkipper, RecordSplitter, whitespaceToTabs } from '../../src/analysis/ingest/records';
import { ident, literal } from '../../src/analysis/sql/ident';
import { CancelledError } from '../cancel';
import { UPLOAD_DIR } from '../lockdown';
import { blobChunks, type IngestContext } from './context';
import { LoadFailure } from './errors';
import type { SourceFile } from '../protocol';

/** Slice size read from the file; decoded chunks are inserted as they fill up. */
export const READ_CHUNK = 8 * 1024 * 1024;
/** The smallest read_csv buffer we ask for: tiny files get DuckDB's usual small-buffer path. */
const MIN_READER_BUFFER = 1024 * 1024;

/** Decoded bytes gathered before one read_csv insert. */
const INSERT_BYTES = 8 * 1024 * 1024;
/** The head used to detect the encoding and the CSV dialect. */
const HEAD_BYTES = 64 * 1024;

export interface TextTable {
  dialect: CsvDialect;
  encoding: { detected: TextEncodingName; used: TextEncodingName; invalidChars: number };
  rows: number;
  rowsPerFile: number[];
  rejected: number;
  /** Files whose header differs from the first file's: read as tables of their own. */
  mismatched: SourceFile[];
  /** Files of a folder that could not be read; the others were. */
  failed: { file: string; error: LoadFailure }[];
}

export interface TextOptions {
  encoding?: TextEncodingName;
  /** Bytes of all files of the dataset, for progress. */
  bytesTotal: number;
  bytesBefore: number;
}

/** Read one or more text files with the same layout into one raw VARCHAR table. */
export async function readTextFiles(ctx: IngestContext, files: SourceFile[], table: string, compressed: boolean[], options: TextOptions): Promise<TextTable> {
  const state: ReadState = { result: null, bytesDone: options.bytesBefore, rowsPerFile: [], failed: [] };
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const rowsBefore = state.result?.rows ?? 0;
    const rowidBefore = state.result ? await maxRowid(ctx, table) : -1;
    try {
      await readOneFile(ctx, file, compressed[i], table, options, state);
    } catch (e) {
      // In a folder, one damaged file is reported on its own; its partial rows are taken out
      // so the table holds only whole files. A single file's failure is the dataset's.
      if (files.length === 1 || e instanceof CancelledError || !(e instanceof LoadFailure)) throw e;
      if (state.result) {
        await ctx.db.exec(`DELETE FROM ${ident(table)} WHERE rowid > ${rowidBefore}`);
        state.result.rows = rowsBefore;
      }
      state.failed.push({ file: file.path, error: e });
      state.bytesDone += file.blob.size;
    }
  }
  const result = state.result;
  if (!result) throw state.failed[0]?.error ?? new LoadFailure('empty');
  result.rejected = await countRejects(ctx, table);
  result.failed = state.failed;
  return result;
}

interface ReadState {
  result: TextTable | null;
  bytesDone: number;
  rowsPerFile: number[];
  failed: { file: string; error: LoadFailure }[];
}

async function readOneFile(ctx: IngestContext, file: SourceFile, compressed: boolean, table: string, options: TextOptions, state: ReadState): Promise<void> {
  ctx.progress({ file: file.path });
  let fileBytes = 0;
  const raw = blobChunks(file.blob, READ_CHUNK, ctx.token);
  const counted = countBytes(raw, (n) => {
    fileBytes += n;
    ctx.progress({ bytesDone: state.bytesDone + fileBytes });
  });
  const decompressed = compressed ? gunzipChunks(counted) : counted;
  const reader = decompressed[Symbol.asyncIterator]();
  const head = await readHead(reader, HEAD_BYTES).catch(rethrowAsCorrupt);
  if (head.bytes.length === 0) throw new LoadFailure('empty');
  const detected = detectEncoding(head.bytes);
  const used: TextEncodingName = options.encoding ?? state.result?.encoding.used ?? detected.encoding;
  const bom = used === detected.encoding ? detected.bomLength : 0;
  // A forced UTF-8 on bytes that are not valid UTF-8 must be decoded (and its bad bytes
  // counted); the pass-through fast path would hand DuckDB invalid text it rejects line by line.
  const repairUtf8 = used === 'utf-8' && detected.encoding !== 'utf-8';
  const transcoder = createUtf8Transcoder(used, bom, { repairUtf8 });
  const headText = new TextDecoder(used).decode(head.bytes.subarray(bom, HEAD_BYTES));
  if (headText.trim() === '') throw new LoadFailure('empty');
  const own = sniffDialect(headText);
  if (state.result && !sameLayout(own, state.result.dialect)) {
    state.result.mismatched.push(file);
    state.bytesDone += file.blob.size;
    return;
  }
  const dialect: CsvDialect = state.result?.dialect ?? own;
  if (!state.result) {
    await createRawTable(ctx, table, dialect.header);
    state.result = {
      dialect,
      encoding: { detected: detected.encoding, used, invalidChars: 0 },
      rows: 0,
      rowsPerFile: state.rowsPerFile,
      rejected: 0,
      mismatched: [],
      failed: [],
    };
  }
  const result = state.result;
  // Each file of a folder may carry its own title lines above the same header.
  const preamble = new LineSkipper(own.skipLines, own.lineEnding);
  const splitter = new RecordSplitter(dialect);
  let firstPiece = true;
  let fileRows = 0;
  const insert = async (utf8: Uint8Array) => {
    if (utf8.length === 0) return;
    const pieces = dialect.delimiter === 'whitespace' ? whitespaceToTabs(utf8) : utf8;
    const n = await insertChunk(ctx, table, pieces, dialect, firstPiece && dialect.hasHeader);
    firstPiece = false;
    fileRows += n;
    result.rows += n;
    ctx.progress({ rows: result.rows });
  };
  const chunks: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => prepend(head.bytes, head.done ? null : reader) };
  // Decompression yields small pieces (tens of KB); each read_csv call has a fixed cost, so
  // pieces are gathered up to INSERT_BYTES before they are cut and inserted.
  const pending = new ByteBuffer();
  for await (const chunk of guardCorrupt(chunks)) {
    if (ctx.token.cancelled) throw new CancelledError();
    pending.push(preamble.push(transcoder.push(chunk)));
    if (pending.length >= INSERT_BYTES) await insert(splitter.push(pending.take()));
  }
  if (ctx.token.cancelled) throw new CancelledError();
  pending.push(preamble.push(transcoder.end()));
  await insert(splitter.push(pending.take()));
  await insert(splitter.end());
  result.encoding.invalidChars += transcoder.invalidCount;
  state.rowsPerFile.push(fileRows);
  state.bytesDone += file.blob.size;
}

async function maxRowid(ctx: IngestContext, table: string): Promise<number> {
  const [r] = await ctx.db.query<{ m: number | null }>(`SELECT max(rowid) AS m FROM ${ident(table)}`);
  return r.m === null ? -1 : Number(r.m);
}

function sameLayout(a: CsvDialect, b: CsvDialect): boolean {
  return a.delimiter === b.delimiter && a.hasHeader === b.hasHeader && a.header.join('\u0000') === b.header.join('\u0000');
}

async function createRawTable(ctx: IngestContext, table: string, header: string[]): Promise<void> {
  const cols = header.map((h) => `${ident(h)} VARCHAR`).join(', ');
  await ctx.db.exec(`CREATE OR REPLACE TABLE ${ident(table)} (${cols})`);
  // Rejects of an earlier read of this table would be counted again.
  await ctx.db.exec(`DROP TABLE IF EXISTS ${ident(rejectsTable(table))}`);
  await ctx.db.exec(`DROP TABLE IF EXISTS ${ident(`${table}_reject_scans`)}`);
}

export function rejectsTable(table: string): string {
  return `${table}_rejects`;
}

/**
 * read_csv's line limit and buffer for one chunk. DuckDB sizes its read buffers from the line
 * limit (16 times it by default): with the 16 MB limit we used to pass, one 8 MB chunk took the
 * WebAssembly memory to 622 MiB and the next ones to 818 MiB, a floor under everything a tab could
 * hold after it. A chunk is whole records, so none is longer than the chunk: a limit and a buffer
 * of the chunk's own size accept every record (the old limit refused those over 16 MB) and keep
 * six chunks of the 1M-line bench file at 107 MiB.
 */
export function readerSizes(chunkBytes: number): { maxLine: number; buffer: number } {
  const size = Math.max(chunkBytes + 1, MIN_READER_BUFFER);
  return { maxLine: size, buffer: size };
}

/** Insert one UTF-8 chunk of whole records; returns the rows inserted. */
async function insertChunk(ctx: IngestContext, table: string, bytes: Uint8Array, dialect: CsvDialect, skipHeader: boolean): Promise<number> {
  const name = `${UPLOAD_DIR}${ctx.nextBufferName()}.csv`;
  ctx.bindings.registerFileBuffer(name, bytes);
  try {
    const delimiter = dialect.delimiter === 'whitespace' ? '\t' : dialect.delimiter;
    const columns = `{${dialect.header.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ')}}`;
    const quote = dialect.quote === '' ? "quote=''" : `quote='"', escape='"'`;
    const sizes = readerSizes(bytes.length);
    const sql = `INSERT INTO ${ident(table)} SELECT * FROM read_csv(${literal(name)},
      delim=${literal(delimiter)}, ${quote}, header=${skipHeader}, columns=${columns},
      auto_detect=false, store_rejects=true, rejects_table=${literal(rejectsTable(table))},
      rejects_scan=${literal(`${table}_reject_scans`)}, max_line_size=${sizes.maxLine}, buffer_size=${sizes.buffer})`;
    const [row] = await ctx.db.query<{ Count: number }>(sql);
    return Number(row?.Count ?? 0);
  } finally {
    ctx.bindings.dropFile(name);
  }
}

async function countRejects(ctx: IngestContext, table: string): Promise<number> {
  try {
    // DuckDB stores one reject per error; a line with two bad fields is still one line.
    const [r] = await ctx.db.query<{ n: number }>(`SELECT count(*) AS n FROM (SELECT DISTINCT scan_id, file_id, line FROM ${ident(rejectsTable(table))})`);
    return Number(r.n);
  } catch {
    return 0; // no chunk had a reject, so the table was never made
  }
}

async function readHead(reader: AsyncIterator<Uint8Array>, min: number): Promise<{ bytes: Uint8Array; done: boolean }> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < min) {
    const next = await reader.next();
    if (next.done) return { bytes: concat(parts, length), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { bytes: concat(parts, length), done: false };
}

async function* prepend(first: Uint8Array, rest: AsyncIterator<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  yield first;
  if (!rest) return;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

async function* countBytes(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

async function* guardCorrupt(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    yield* source;
  } catch (e) {
    rethrowAsCorrupt(e);
  }
}

function rethrowAsCorrupt(e: unknown): never {
  if (e instanceof LoadFailure || e instanceof CancelledError) throw e;
  // DecompressionStream rejects truncated or damaged gzip with a TypeError.
  throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 0) return new Uint8Array(0);
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Gathers byte pieces and hands them over as one array. */
class ByteBuffer {
  private parts: Uint8Array[] = [];
  length = 0;

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  take(): Uint8Array {
    const out = concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    return out;
  }
}
