/**
 * Guessing a text file's encoding from its first bytes. DuckDB's read_csv only reads UTF-8 in our
 * build, so anything else is decoded in the worker first; this decides which decoder to use.
 * The order of checks matters: BOMs are certain, UTF-16 is unmistakable by its zero bytes, valid
 * UTF-8 is very unlikely by accident, so is UTF-8 on most lines (a few lines pasted from another
 * system do not make the whole file foreign), GBK needs positive evidence (it is what Excel's
 * "Save as CSV" writes on Chinese Windows), and windows-1252 accepts every byte so it can only be
 * the fallback.
 */

/** Encodings we can turn into UTF-8, in the order a UI override dropdown lists them. */
export const ENCODINGS = ['utf-8', 'gb18030', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type TextEncodingName = (typeof ENCODINGS)[number];

/** Labels for the override dropdown. gb18030 is a superset of GBK and GB2312. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'Chinese (GBK / GB18030)',
  'windows-1252': 'Western (Windows-1252 / Latin-1)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

export type EncodingReason = 'bom' | 'valid-utf8' | 'ascii' | 'cjk-double-byte' | 'utf16-zero-pattern' | 'fallback';

export interface EncodingGuess {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark at the start of the file, to skip before decoding. */
  bomLength: number;
  /** 0..1. Below ~0.7 the UI should show the override. */
  confidence: number;
  reason: EncodingReason;
}

/** Only this much of the head is examined; 64 KB is plenty and keeps detection O(1) per file. */
const MAX_HEAD = 1 << 16;

export function detectEncoding(head: Uint8Array): EncodingGuess {
  const bytes = head.length > MAX_HEAD ? head.subarray(0, MAX_HEAD) : head;
  const bom = detectBom(bytes);
  if (bom) return { ...bom, confidence: 1, reason: 'bom' };

  const utf16 = detectUtf16(bytes);
  if (utf16) return utf16;

  const utf8 = scanUtf8(bytes);
  if (utf8.multiByte === 0 && utf8.invalid === 0) {
    // Nothing but ASCII so far: UTF-8 reads it right, but a £ or 中 further on could still be
    // in another encoding, hence not full confidence.
    return { encoding: 'utf-8', bomLength: 0, confidence: 0.9, reason: 'ascii' };
  }
  if (utf8.invalid === 0) {
    return { encoding: 'utf-8', bomLength: 0, confidence: Math.min(0.99, 0.9 + utf8.multiByte / 100), reason: 'valid-utf8' };
  }

  // Before GBK: UTF-8's two-byte letters (ü = C3 BC) are valid GB2312 pairs, so a UTF-8 file with
  // a few foreign lines would pass the GBK test and have every correct character garbled.
  if (isMostlyUtf8(scanUtf8Lines(bytes))) {
    return { encoding: 'utf-8', bomLength: 0, confidence: 0.7, reason: 'valid-utf8' };
  }

  const gbk = scanGb18030(bytes);
  if (gbk) return gbk;
  return { encoding: 'windows-1252', bomLength: 0, confidence: 0.5, reason: 'fallback' };
}

/** Lines with non-ASCII bytes: those that are well-formed UTF-8, and those that are not. */
export interface Utf8Lines {
  valid: number;
  invalid: number;
}

/**
 * Lines are the unit because foreign text arrives a line at a time (records pasted or appended
 * from a Windows-1252 or GBK system), and each such line is what the reader will reject. Line
 * breaks never occur inside a UTF-8, GBK or windows-1252 character, so cutting at them is safe.
 */
export function scanUtf8Lines(b: Uint8Array): Utf8Lines {
  const lines: Utf8Lines = { valid: 0, invalid: 0 };
  let start = 0;
  for (let i = 0; i <= b.length; i++) {
    if (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) continue;
    const line = scanUtf8(b.subarray(start, i));
    if (line.invalid > 0) lines.invalid++;
    else if (line.multiByte > 0) lines.valid++;
    start = i + 1;
  }
  return lines;
}

/** Evidence that outweighs a few bad lines: 3 good ones at least, and twice as many good as bad. */
const MIN_UTF8_LINES = 3;
const UTF8_LINES_PER_BAD_LINE = 2;

/**
 * UTF-8 on most lines that are not plain ASCII. Text in another encoding is almost never valid
 * UTF-8 by accident: a Latin-1 letter is one high byte before an ASCII one, and GB2312 hanzi mostly
 * start with a byte UTF-8 only allows in the middle of a character, so even a line of two hanzi
 * is valid UTF-8 about one time in fifty.
 */
function isMostlyUtf8(lines: Utf8Lines): boolean {
  return lines.valid >= MIN_UTF8_LINES && lines.valid >= lines.invalid * UTF8_LINES_PER_BAD_LINE;
}

function detectBom(b: Uint8Array): { encoding: TextEncodingName; bomLength: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return null;
}

/**
 * UTF-16 without BOM: CSV text is mostly ASCII (digits, delimiters, newlines), whose high byte is
 * zero, so one byte position of each pair is mostly zero and the other almost never is. Text
 * encodings of the other kinds essentially never contain NUL bytes.
 */
function detectUtf16(b: Uint8Array): EncodingGuess | null {
  const pairs = Math.min(b.length, 4096) >> 1;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const guess = (encoding: TextEncodingName, share: number): EncodingGuess => ({
    encoding,
    bomLength: 0,
    confidence: Math.min(0.95, 0.6 + share / 2),
    reason: 'utf16-zero-pattern',
  });
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return guess('utf-16le', oddZeros / pairs);
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return guess('utf-16be', evenZeros / pairs);
  return null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and invalid bytes. A sequence cut off by the end
 * of the head is not invalid: the head is an arbitrary prefix of the file.
 */
function scanUtf8(b: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80; // allowed range of the second byte, which excludes overlongs and surrogates
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      invalid++;
      i++;
      continue;
    }
    let k = 1;
    let ok = true;
    for (; k < len && i + k < n; k++) {
      const t = b[i + k];
      if (k === 1 ? t < lo || t > hi : t < 0x80 || t > 0xbf) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      invalid++;
      i += k; // resume at the byte that broke the sequence
    } else {
      if (k === len) multiByte++;
      i += len;
    }
  }
  return { multiByte, invalid };
}

/**
 * GBK/GB18030 needs positive evidence, because Latin-1 text like "Müller" also forms valid
 * lead/trail pairs (0xFC 0x6C). Real simplified-Chinese text is almost entirely GB2312 hanzi and
 * punctuation, whose trail byte is >= 0xA1; a Western accented letter is followed by an ASCII letter.
 */
function scanGb18030(b: Uint8Array): EncodingGuess | null {
  let pairs = 0;
  let gb2312Pairs = 0;
  let fourByte = 0;
  let invalid = 0;
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c === 0x80 || c === 0xff) {
      invalid++;
      i++;
      continue;
    }
    if (i + 1 >= n) break; // lead byte cut off by the end of the head
    const t = b[i + 1];
    if (t >= 0x40 && t <= 0xfe && t !== 0x7f) {
      pairs++;
      if (c >= 0xa1 && c <= 0xf7 && t >= 0xa1) gb2312Pairs++;
      i += 2;
    } else if (t >= 0x30 && t <= 0x39) {
      if (i + 3 >= n) break;
      if (b[i + 2] >= 0x81 && b[i + 2] <= 0xfe && b[i + 3] >= 0x30 && b[i + 3] <= 0x39) {
        fourByte++;
        i += 4;
      } else {
        invalid++;
        i++;
      }
    } else {
      invalid++;
      i++;
    }
  }
  const sequences = pairs + fourByte;
  if (sequences === 0 || invalid > sequences * 0.01) return null;
  if (gb2312Pairs < sequences * 0.5) return null;
  const cjkShare = cjkShareOfDecoded(b);
  if (cjkShare < 0.5) return null;
  const evidence = Math.min(1, sequences / 20);
  return {
    encoding: 'gb18030',
    bomLength: 0,
    confidence: Math.min(0.97, 0.6 + 0.37 * evidence * cjkShare),
    reason: 'cjk-double-byte',
  };
}

/** Share of non-ASCII characters that are CJK ideographs, kana, or CJK/full-width punctuation. */
function cjkShareOfDecoded(b: Uint8Array): number {
  const text = new TextDecoder('gb18030').decode(b);
  let nonAscii = 0;
  let cjk = 0;
  for (const ch of text) {
    const u = ch.codePointAt(0)!;
    if (u < 0x80) continue;
    nonAscii++;
    if (
      (u >= 0x2e80 && u <= 0x9fff) || // radicals, CJK punctuation, kana, ext. A, unified ideographs
      (u >= 0xf900 && u <= 0xfaff) || // compatibility ideographs
      (u >= 0xff00 && u <= 0xffef) || // full-width forms (，：（）￥)
      (u >= 0x2010 && u <= 0x2312) || // “”‘’…※→ and the like, all in GB2312 row 1
      (u >= 0x20000 && u <= 0x3ffff) // ideograph extensions B+
    )
      cjk++;
  }
  return nonAscii === 0 ? 0 : cjk / nonAscii;
}
