/**
 * How big a drop the in-browser engine can take, judged before reading a byte (issue 10). DuckDB-
 * WASM runs in 32-bit WebAssembly memory, at most 4 GiB per worker, and that memory never
 * shrinks. Measured on the benchmark's order lines (bench/, docs/performance.md) with the worker's
 * Engine on the same duckdb-eh.wasm (in Node), its WebAssembly memory after the full report,
 * since reading sizes DuckDB's buffers to each chunk and large tables are written in slices
 * (workers/ingest/text.ts, src/analysis/sql/slices.ts):
 *   plain tables        14 MB of CSV (100k lines):  186 MiB
 *                      135 MB of CSV (1M lines):  1,037 MiB   -> 96 MB + 7.3 bytes per byte of text
 *   compressed tables  406 MB (3M lines):    869 MiB
 *                      812 MB (6M lines):  1,358 MiB          -> 398 MB + 1.26 bytes per byte of text
 *                    1,624 MB (12M lines): 2,347 MiB (the line says 2,331)
 * (before those two changes: 1,283 MiB at 1M plain, 1,255 MiB at 3M and 2,422 MiB at 6M.)
 * Above COMPACT_ABOVE_TEXT_BYTES the engine compresses its tables (workers/engine.ts), so the
 * second line is the one that sets the ceiling: about 2.7 GB of such CSV, some 20M lines.
 * Compressed files are judged by the text they unpack to (gzip on such exports: about 5x; Parquet
 * and Excel: their cells are read as text).
 */

/**
 * Above this much text the engine keeps its tables compressed (workers/engine.ts): about 1.2M
 * order lines of the bench's shape; below it every statement that writes a table runs ~45%
 * faster uncompressed.
 */
export const COMPACT_ABOVE_TEXT_BYTES = 160e6;

/** WebAssembly memory the engine's worker can reach, less room for the JS side of the worker. */
export const ENGINE_MEMORY_BYTES = 3.5 * 2 ** 30;
const PLAIN = { base: 96e6, perTextByte: 7.3 };
const COMPACT = { base: 398e6, perTextByte: 1.26 };

/**
 * Native DuckDB's plain tables per byte of text, as the command line's threshold assumes: the
 * WebAssembly figure measured before the changes above (8.1), kept until the native side is
 * measured again (its 20M-line run filled 18.5 GiB of 24 GB with plain tables).
 */
const NATIVE_PLAIN_PER_TEXT_BYTE = 8.1;

/** A line of the bench's order export: 135 MB for 1M lines. */
const BYTES_PER_ORDER_LINE = 135;

/**
 * Text above which native DuckDB (the command line) should keep tables compressed, for a machine
 * with this much memory: once plain tables (~8 bytes per byte of text) would take more
 * than 40% of it. DuckDB's own limit is 80% of RAM; beyond it, it spills. Measured at 20M lines
 * (2.7 GB of CSV) on 24 GB: plain 548 s at 18.5 GiB (at the limit), compressed 501 s at 6.9 GiB
 * (docs/performance.md). Below the threshold plain is faster (~45% on statements that write).
 */
export function nativeCompactAbove(memoryBytes: number): number {
  return (0.4 * memoryBytes) / NATIVE_PLAIN_PER_TEXT_BYTE;
}

/** Estimated peak WebAssembly memory for analysing this much text. */
export function memoryFor(textBytes: number): number {
  if (textBytes <= COMPACT_ABOVE_TEXT_BYTES) return PLAIN.base + PLAIN.perTextByte * textBytes;
  return COMPACT.base + COMPACT.perTextByte * textBytes;
}

/** Text a file of this name unpacks to, per byte on disk (an estimate: the content is unread). */
export function textPerByte(name: string): number {
  const n = name.toLowerCase();
  if (n.endsWith('.gz')) return 5;
  if (n.endsWith('.parquet') || n.endsWith('.xlsx')) return 4;
  return 1;
}

/** Text these files unpack to, all together (the sizes are on disk). */
export function textBytesOf(files: readonly { name: string; size: number }[]): number {
  return files.reduce((n, f) => n + f.size * textPerByte(f.name), 0);
}

export interface SizeCheck {
  /** Bytes on disk of the files checked. */
  bytes: number;
  /** Estimated text, these files plus what the engine already holds. */
  textBytes: number;
  /** Estimated peak WebAssembly memory for the analysis of all of it. */
  neededBytes: number;
  limitBytes: number;
  /** The most CSV text (bytes) that fits in the limit. */
  maxTextBytes: number;
  /** The same as order lines of the bench's export (about 135 bytes each), to give a sense of scale. */
  maxOrderLines: number;
  fits: boolean;
}

/**
 * Whether files of these sizes, added to `loadedTextBytes` already in the engine, are likely to fit.
 * A warning, not a ban: the estimate is from one shape of export, and the analyst may go on.
 */
export function checkSize(files: readonly { name: string; size: number }[], loadedTextBytes = 0): SizeCheck {
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const textBytes = loadedTextBytes + textBytesOf(files);
  const neededBytes = memoryFor(textBytes);
  const maxTextBytes = (ENGINE_MEMORY_BYTES - COMPACT.base) / COMPACT.perTextByte;
  const maxOrderLines = maxTextBytes / BYTES_PER_ORDER_LINE;
  return { bytes, textBytes, neededBytes, limitBytes: ENGINE_MEMORY_BYTES, maxTextBytes, maxOrderLines, fits: neededBytes <= ENGINE_MEMORY_BYTES };
}
