/**
 * How big a drop the in-browser engine can take, judged before reading it (issue 10). DuckDB-WASM
 * runs in 32-bit WebAssembly memory, at most 4 GiB per worker, and that memory never shrinks.
 * Measured on the benchmark's order lines (bench/, docs/performance.md) with the worker's Engine on
 * the same duckdb-eh.wasm (in Node, and the same in Chromium), its WebAssembly memory after the
 * full report:
 *   plain tables        14 MB of CSV (100k lines):  186 MiB
 *                      135 MB of CSV (1M lines):  1,037 MiB   -> 96 MB + 7.3 bytes per byte of text
 *   compressed tables  406 MB (3M lines of 135 B):     869 MiB
 *                      812 MB (6M lines of 135 B):   1,358 MiB
 *                    1,624 MB (12M lines of 135 B):  2,346 MiB
 *                    1,418 MB (20M lines of 71 B):   3,512 MiB (in Chromium, the report complete)
 *     -> 393 MB + 156 bytes per line + 0.12 bytes per byte of text (all four within 0.2%)
 * With compressed tables the text itself costs little; what grows is per line: the typed and
 * flagged tables' row ids and numbers, and the transients of grouping by order and customer. So a
 * narrow export takes about as much memory per line as a wide one, and the ceiling is about 20M
 * lines whatever their width. Lines are counted in a sample of each file (lineBytesOf); files
 * whose text cannot be sampled without unpacking them are taken at the bench's 135 bytes a line.
 * Above COMPACT_ABOVE_TEXT_BYTES the engine compresses its tables (workers/engine.ts), so the
 * second model is the one that sets the ceiling. Compressed files are judged by the text they
 * unpack to (gzip on such exports: about 5x; Parquet and Excel: their cells are read as text).
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
const COMPACT = { base: 393e6, perLine: 156, perTextByte: 0.12 };

/**
 * Native DuckDB's plain tables per byte of text, as the command line's threshold assumes: the
 * WebAssembly figure measured before the changes above (8.1), kept until the native side is
 * measured again (its 20M-line run filled 18.5 GiB of 24 GB with plain tables).
 */
const NATIVE_PLAIN_PER_TEXT_BYTE = 8.1;

/** A line of the bench's order export (135 MB for 1M lines): the width assumed where none was measured. */
export const BYTES_PER_ORDER_LINE = 135;

/** How much of the start of a file lineBytesOf looks at. */
export const LINE_SAMPLE_BYTES = 64 * 1024;

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

/** Estimated peak WebAssembly memory for analysing this much text, in lines of this width. */
export function memoryFor(textBytes: number, lineBytes = BYTES_PER_ORDER_LINE): number {
  if (textBytes <= COMPACT_ABOVE_TEXT_BYTES) return PLAIN.base + PLAIN.perTextByte * textBytes;
  return COMPACT.base + COMPACT.perLine * (textBytes / lineBytes) + COMPACT.perTextByte * textBytes;
}

/**
 * Average bytes per line in the start of a text file (LINE_SAMPLE_BYTES of it: some hundreds of
 * lines), or null when that sample holds no complete line to go by (the caller then assumes
 * BYTES_PER_ORDER_LINE).
 */
export function lineBytesOf(sample: Uint8Array): number | null {
  let lines = 0;
  let lastEnd = -1;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0x0a) {
      lines++;
      lastEnd = i;
    }
  }
  return lines === 0 ? null : (lastEnd + 1) / lines;
}

/** Whether a file's own bytes are its text, so that a sample of them shows its line width. */
export function isPlainText(name: string): boolean {
  return textPerByte(name) === 1;
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

export interface SizedFile {
  name: string;
  size: number;
  /** Average bytes per line of its text (lineBytesOf), when it could be sampled. */
  lineBytes?: number | null;
}

export interface SizeCheck {
  /** Bytes on disk of the files checked. */
  bytes: number;
  /** Estimated text, these files plus what the engine already holds. */
  textBytes: number;
  /** Estimated lines in that text. */
  lines: number;
  /** Estimated peak WebAssembly memory for the analysis of all of it. */
  neededBytes: number;
  limitBytes: number;
  /** The most CSV text (bytes) that fits in the limit, in lines as wide as these on average. */
  maxTextBytes: number;
  /** The same in lines: about 20M, a little more for narrow lines and less for wide ones. */
  maxOrderLines: number;
  fits: boolean;
}

/**
 * Whether these files, added to the `loaded` ones already in the engine, are likely to fit. A
 * warning, not a ban: the estimate is from the bench's exports, and the analyst may go on.
 */
export function checkSize(files: readonly SizedFile[], loaded: readonly SizedFile[] = []): SizeCheck {
  const bytes = files.reduce((s, f) => s + f.size, 0);
  const all = [...files, ...loaded];
  const textBytes = textBytesOf(all);
  const lines = all.reduce((n, f) => n + (f.size * textPerByte(f.name)) / (f.lineBytes || BYTES_PER_ORDER_LINE), 0);
  const lineBytes = lines > 0 ? textBytes / lines : BYTES_PER_ORDER_LINE;
  const neededBytes = memoryFor(textBytes, lineBytes);
  const maxOrderLines = (ENGINE_MEMORY_BYTES - COMPACT.base) / (COMPACT.perLine + COMPACT.perTextByte * lineBytes);
  const maxTextBytes = maxOrderLines * lineBytes;
  return { bytes, textBytes, lines, neededBytes, limitBytes: ENGINE_MEMORY_BYTES, maxTextBytes, maxOrderLines, fits: neededBytes <= ENGINE_MEMORY_BYTES };
}
