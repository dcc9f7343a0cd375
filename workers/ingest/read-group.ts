import type { TextEncodingName } from '../../src/analysis/ingest/encoding';
import { gunzipChunks } from '../../src/analysis/ingest/decode';
import type { CsvInfo, ReloadOptions } from '../protocol';
import { blobChunks, type IngestContext } from './context';
import { LoadFailure } from './errors';
import { CancelledError } from '../cancel';
import type { FileGroup } from './group';
import { readJson } from './json';
import { readParquet } from './parquet';
import { readTextFiles, READ_CHUNK } from './text';
import { readXlsx } from './xlsx';

export interface GroupRead {
  header: string[];
  rows: number;
  files: { path: string; bytes: number; rows: number }[];
  encoding: { detected: TextEncodingName; used: TextEncodingName; invalidChars: number } | null;
  csv: CsvInfo | null;
  sheets: string[] | null;
  sheet: string | null;
  /** Files split off because their layout differs, to be read as tables of their own. */
  split: FileGroup[];
  /** Files of a folder that could not be read, while the rest of the folder was. */
  failed: { file: string; error: LoadFailure }[];
}

/** Replacement characters per decoded byte above which the text is called undecodable. */
const MAX_INVALID_SHARE = 0.001;

/** Read a group of files into the raw table `table`, whatever their format. */
export async function readGroup(ctx: IngestContext, group: FileGroup, table: string, options: ReloadOptions): Promise<GroupRead> {
  const bytes = group.files.reduce((n, f) => n + f.blob.size, 0);
  const base = { encoding: null, csv: null, sheets: null, sheet: null, split: [] as FileGroup[], failed: [] as GroupRead['failed'] };
  switch (group.format) {
    case 'csv': {
      const t = await readTextFiles(
        ctx,
        group.files,
        table,
        group.sniffed.map((s) => s.compressed),
        { encoding: options.encoding, bytesTotal: bytes, bytesBefore: 0 },
      );
      if (t.rows === 0 && t.rejected === 0) throw new LoadFailure(t.dialect.hasHeader ? 'header-only' : 'empty');
      if (t.encoding.invalidChars > Math.max(8, bytes * MAX_INVALID_SHARE)) {
        throw new LoadFailure('undecodable', `${t.encoding.invalidChars} characters could not be decoded as ${t.encoding.used}`);
      }
      const left = new Set([...t.mismatched.map((f) => f.path), ...t.failed.map((f) => f.file)]);
      const kept = group.files.filter((f) => !left.has(f.path));
      return {
        ...base,
        header: t.dialect.header,
        rows: t.rows,
        files: kept.map((f, i) => ({ path: f.path, bytes: f.blob.size, rows: t.rowsPerFile[i] ?? 0 })),
        encoding: t.encoding,
        csv: { delimiter: t.dialect.delimiter, hasHeader: t.dialect.hasHeader, rejected: t.rejected },
        split: t.mismatched.map((f) => ({ name: f.path.split('/').pop() ?? f.path, files: [f], sniffed: [group.sniffed[group.files.indexOf(f)]], format: 'csv' })),
        failed: t.failed,
      };
    }
    case 'parquet': {
      const sink = await readParquet(ctx, group.files[0].blob, table);
      if (sink.rows === 0) throw new LoadFailure('header-only');
      return { ...base, header: sink.header, rows: sink.rows, files: [{ path: group.files[0].path, bytes, rows: sink.rows }] };
    }
    case 'json':
    case 'ndjson': {
      const text = await readAllText(ctx, group.files[0].blob, group.sniffed[0].compressed);
      const sink = await readJson(ctx, text, table, group.format === 'ndjson');
      return { ...base, header: sink.header, rows: sink.rows, files: [{ path: group.files[0].path, bytes, rows: sink.rows }] };
    }
    case 'xlsx': {
      const book = await readXlsx(ctx, group.files[0].blob, table, options.sheet);
      if (book.sink.rows === 0) throw new LoadFailure('header-only');
      return {
        ...base,
        header: book.sink.header,
        rows: book.sink.rows,
        files: [{ path: group.files[0].path, bytes, rows: book.sink.rows }],
        sheets: book.sheets,
        sheet: book.sheet,
      };
    }
  }
}

async function readAllText(ctx: IngestContext, blob: Blob, compressed: boolean): Promise<string> {
  const chunks = blobChunks(blob, READ_CHUNK, ctx.token);
  const source = compressed ? gunzipChunks(chunks) : chunks;
  const decoder = new TextDecoder('utf-8');
  let text = '';
  try {
    for await (const c of source) text += decoder.decode(c, { stream: true });
  } catch (e) {
    if (e instanceof CancelledError) throw e;
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  text += decoder.decode();
  if (text.trim() === '') throw new LoadFailure('empty');
  return text;
}
