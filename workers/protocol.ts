/**
 * The engine worker's API and message types. The UI imports this file type-only; everything
 * that crosses the worker boundary is plain data (structured-clone safe) or a File/Blob.
 */
import type { ColumnInference, ColumnMapping, FileKind } from '../src/analysis/types';
import type { Report, ReportInputs, ReportOptions } from '../src/analysis/report';
import type { Problem } from '../src/analysis/validate';
import type { ReportSettings, RunProgress } from '../src/analysis/pipeline';
import type { TextEncodingName } from '../src/analysis/ingest/encoding';
import type { RowsReason } from '../src/analysis/clean/rows';

/** A file to load; `path` is its path inside a dropped folder ("by-day/2010-12-01.csv.gz") or its name. */
export interface SourceFile {
  path: string;
  blob: Blob;
}

export type InputFormat = 'csv' | 'parquet' | 'json' | 'ndjson' | 'xlsx';

export interface LoadProgress {
  phase: 'reading' | 'understanding' | 'done';
  /** The file being read now. */
  file: string;
  fileIndex: number;
  fileCount: number;
  bytesDone: number;
  bytesTotal: number;
  rows: number;
}

/** Why a file could not be loaded. The UI turns each code into a localised sentence. */
export type LoadErrorCode =
  | 'empty' // zero bytes, or nothing but whitespace
  | 'header-only' // a header line and no data rows
  | 'binary' // an image, a PDF or other binary content under a text name
  | 'unknown-format' // not a format we read
  | 'undecodable' // text whose characters cannot be decoded with any supported encoding
  | 'corrupt' // a truncated gzip, a broken workbook or Parquet file
  | 'no-sheet' // a workbook without the chosen sheet or without any data
  | 'json-shape' // JSON that is not an array of records
  | 'too-large' // the browser ran out of memory
  | 'cancelled'
  | 'failed'; // anything else: `detail` has the engine's message

export interface LoadError {
  file: string;
  code: LoadErrorCode;
  detail?: string;
}

export interface CsvInfo {
  delimiter: string;
  hasHeader: boolean;
  /** Rows DuckDB could not parse (wrong number of fields, broken quotes), counted, not dropped silently. */
  rejected: number;
}

/** A loaded table, as the mapping screen shows it. */
export interface DatasetInfo {
  id: string;
  name: string;
  table: string;
  format: InputFormat;
  compressed: boolean;
  files: { path: string; bytes: number; rows: number }[];
  bytes: number;
  rows: number;
  encoding: { detected: TextEncodingName; used: TextEncodingName; invalidChars: number } | null;
  csv: CsvInfo | null;
  sheets: string[] | null;
  sheet: string | null;
  kind: FileKind;
  kindConfidence: number;
  columns: ColumnInference[];
  /** The first rows as raw text, for the preview table. */
  preview: (string | null)[][];
  /** How long reading and understanding took (shown to the user, read by the benchmark). */
  timings: { readMs: number; understandMs: number };
}

export interface LoadResult {
  datasets: DatasetInfo[];
  errors: LoadError[];
}

export interface LinkStat {
  from: string;
  to: string;
  key: 'customer_id' | 'order_id';
  total: number;
  matched: number;
}

export interface MappedDataset {
  id: string;
  kind: FileKind;
  columns: ColumnMapping[];
}

export interface EngineInfo {
  duckdb: string;
  bundle: string;
}

export interface ReloadOptions {
  encoding?: TextEncodingName;
  sheet?: string;
}

export type ProgressCallback<T> = (p: T) => void;

export interface EngineApi {
  init(): Promise<EngineInfo>;
  load(files: SourceFile[], onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult>;
  loadSample(locale: 'zh' | 'en', onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult>;
  /** Read a dataset again with another encoding or sheet; it keeps its id. */
  reload(id: string, options: ReloadOptions, onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult>;
  remove(id: string): Promise<void>;
  /** Match rates between the tables under the given mapping, plus what the mapping still lacks. */
  check(mapping: MappedDataset[]): Promise<{ links: LinkStat[]; problems: Problem[] }>;
  report(mapping: MappedDataset[], options: ReportSettings, onProgress: ProgressCallback<RunProgress>): Promise<Report>;
  /**
   * The raw rows one cleaning reason set aside in one dataset (as of the last report), as a CSV
   * file for spreadsheets (UTF-8 BOM, formulas neutralised), with the file's line numbers.
   */
  exportRows(mapping: MappedDataset[], dataset: string, reason: RowsReason): Promise<{ csv: string; rows: number }>;
  /**
   * One row per customer (R, F, M, scores, segments with names in `lang`, cluster, CLV) as CSV
   * text (UTF-8 BOM, formulas neutralised) or Parquet bytes, matching the report of these settings.
   */
  exportCustomers(
    mapping: MappedDataset[],
    options: ReportSettings,
    format: 'csv' | 'parquet',
    lang: 'zh' | 'en',
  ): Promise<{ data: string | Uint8Array; rows: number }>;
  /** Stop the load or report under way; its promise rejects with code 'cancelled'. */
  cancel(): void;
}

export type { RowsReason };
export type { Report, ReportInputs, ReportOptions, ReportSettings, Problem, RunProgress };
