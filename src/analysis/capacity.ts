/**
 * How big a drop the in-browser engine can take, judged before reading a byte (issue 10). DuckDB-
 * WASM runs in 32-bit WebAssembly memory, at most 4 GiB per worker, and that memory never
 * shrinks. Measured on the benchmark's order lines (bench/, docs/performance.md) with the worker's
 * Engine on the same duckdb-eh.wasm (in Node), its WebAssembly memory after the full report was
 *   135 MB of CSV (1M lines):  1.25 GiB (1,283 MiB)
 *   405 MB of CSV (3M lines):  3.29 GiB (3,366 MiB)
 * i.e. about 250 MB plus 8.1 bytes per byte of text. Compressed files are judged by the text they
 * unpack to (gzip on such exports: about 5x; Parquet and Excel: their cells are read as text).
 */

/** WebAssembly memory the engine's worker can reach, less room for the JS side of the worker. */
export const ENGINE_MEMORY_BYTES = 3.5 * 2 ** 30;
export const BASE_MEMORY_BYTES = 250e6;
export const MEMORY_PER_TEXT_BYTE = 8.1;

/** Text a file of this name unpacks to, per byte on disk (an estimate: the content is unread). */
export function textPerByte(name: string): number {
  const n = name.toLowerCase();
  if (n.endsWith('.gz')) return 5;
  if (n.endsWith('.parquet') || n.endsWith('.xlsx')) return 4;
  return 1;
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
  fits: boolean;
}

/**
 * Whether files of these sizes, added to `loadedTextBytes` already in the engine, are likely to fit.
 * A warning, not a ban: the estimate is from one shape of export, and the analyst may go on.
 */
export function checkSize(files: readonly { name: string; size: number }[], loadedTextBytes = 0): SizeCheck {
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const textBytes = loadedTextBytes + files.reduce((s, f) => s + f.size * textPerByte(f.name), 0);
  const neededBytes = BASE_MEMORY_BYTES + MEMORY_PER_TEXT_BYTE * textBytes;
  const maxTextBytes = (ENGINE_MEMORY_BYTES - BASE_MEMORY_BYTES) / MEMORY_PER_TEXT_BYTE;
  return { bytes, textBytes, neededBytes, limitBytes: ENGINE_MEMORY_BYTES, maxTextBytes, fits: neededBytes <= ENGINE_MEMORY_BYTES };
}
