/**
 * Turning a file's bytes into UTF-8 chunk by chunk, because DuckDB's read_csv in our build reads
 * only UTF-8 (GB18030 would need the ICU extension, which is not there) and a whole file must never
 * be held as one JS string. TextDecoder in streaming mode keeps the bytes of a character that is
 * split across two chunks until the next chunk arrives.
 */
import type { TextEncodingName } from './encoding';

export { gunzipChunks, isGzip, type GunzipOptions } from './gunzip';

export interface Utf8Transcoder {
  /** UTF-8 bytes for this chunk; a character cut at the chunk's end comes out with the next one. */
  push(chunk: Uint8Array): Uint8Array;
  /** The bytes still held back; a cut-off character at the very end becomes U+FFFD. */
  end(): Uint8Array;
  /** U+FFFD characters produced so far: bytes that were not valid in the chosen encoding. */
  readonly invalidCount: number;
}

export interface TranscoderOptions {
  /**
   * Also decode UTF-8 instead of passing it through, so invalid bytes become U+FFFD and are
   * counted. DuckDB rejects a line with invalid UTF-8, so use this to retry such a file.
   */
  repairUtf8?: boolean;
}

const EMPTY = new Uint8Array(0);

export function createUtf8Transcoder(
  encoding: TextEncodingName,
  bomLength = 0,
  options: TranscoderOptions = {},
): Utf8Transcoder {
  let skip = bomLength;
  // The BOM may arrive split over the first chunks when they are tiny.
  const stripBom = (chunk: Uint8Array): Uint8Array => {
    if (skip === 0) return chunk;
    const n = Math.min(skip, chunk.length);
    skip -= n;
    return chunk.subarray(n);
  };

  if (encoding === 'utf-8' && !options.repairUtf8) {
    // Already what DuckDB reads: no copy, no decode. (Bytes are passed through unchanged.)
    return { push: stripBom, end: () => EMPTY, invalidCount: 0 };
  }

  // ignoreBOM stays false: if the caller did not strip a BOM (say, a user override to UTF-16),
  // the decoder drops it instead of putting U+FEFF into the first header name.
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const transcoder = {
    invalidCount: 0,
    push(chunk: Uint8Array): Uint8Array {
      return convert(decoder.decode(stripBom(chunk), { stream: true }));
    },
    end(): Uint8Array {
      return convert(decoder.decode());
    },
  };
  function convert(text: string): Uint8Array {
    transcoder.invalidCount += countReplacements(text);
    return text.length ? encoder.encode(text) : EMPTY;
  }
  return transcoder;
}

/**
 * Counts U+FFFD. A real U+FFFD in the source is counted too; that is rare enough, and such a file
 * already lost text somewhere before it reached us.
 */
function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
