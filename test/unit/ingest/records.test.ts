// Breaks when a chunk handed to read_csv does not end at a record boundary: a quoted field with a
// line break cut in two (DuckDB then rejects or shifts rows), bytes lost or duplicated between
// chunks, a CRLF pair split, or CDNOW's space-aligned lines not turned into clean TSV.
import { describe, expect, it } from 'vitest';
import { LineSkipper, RecordSplitter, whitespaceToTabs, type SplitterDialect } from '../../../src/analysis/ingest/records';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const cat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

/**
 * Offsets just after each record end, by a plain byte-at-a-time state machine with DuckDB's
 * rules (quote opens only at a field start, spaces allowed before it; "" escapes). Independent of
 * the splitter's indexOf-based walk.
 */
function recordEnds(bytes: Uint8Array, d: SplitterDialect): Set<number> {
  const nl = d.lineEnding === '\r' ? 13 : 10;
  const delim = d.delimiter === 'whitespace' ? -1 : d.delimiter.charCodeAt(0);
  const ends = new Set<number>();
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inQuotes) {
      if (c === 0x22) {
        if (bytes[i + 1] === 0x22) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 0x22 && fieldStart && d.quote === '"') inQuotes = true;
    else if (c === nl) ends.add(i + 1);
    fieldStart = c === delim || c === 10 || c === 13 || (fieldStart && c === 0x20);
  }
  return ends;
}

/** Feeds the bytes cut at `cuts`; returns the emitted pieces (including end()). */
function split(bytes: Uint8Array, cuts: number[], d: SplitterDialect) {
  const s = new RecordSplitter(d);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    pieces.push(s.push(bytes.subarray(from, cut)));
    from = cut;
  }
  pieces.push(s.end());
  return pieces;
}

function csv(rows: number, seed: number, eol: string): string {
  const r = rng(seed);
  const notes = ['plain', '"with, comma"', `"two${eol}lines"`, '"say ""hi"""', '5" screen', ' "spaced, quote"', '', '"中文,备注"', `"""${eol}"""`];
  let s = `id,note,amount${eol}`;
  for (let i = 0; i < rows; i++) s += `${i},${notes[Math.floor(r() * notes.length)]},${(r() * 100).toFixed(2)}${eol}`;
  return s;
}

const dialects: { name: string; dialect: SplitterDialect; text: string }[] = [
  { name: 'LF, quoted line breaks', dialect: { delimiter: ',', quote: '"', lineEnding: '\n' }, text: csv(400, 1, '\n') },
  { name: 'CRLF, quoted line breaks', dialect: { delimiter: ',', quote: '"', lineEnding: '\r\n' }, text: csv(400, 2, '\r\n') },
  { name: 'CR only, quoted line breaks', dialect: { delimiter: ',', quote: '"', lineEnding: '\r' }, text: csv(400, 3, '\r') },
  {
    name: 'tab, quotes off',
    dialect: { delimiter: '\t', quote: '', lineEnding: '\n' },
    text: Array.from({ length: 300 }, (_, i) => `${i}\t"not a quote\t${i % 7}\n`).join(''),
  },
  {
    name: 'whitespace (CDNOW)',
    dialect: { delimiter: 'whitespace', quote: '', lineEnding: '\r\n' },
    text: Array.from({ length: 300 }, (_, i) => ` ${String(i).padStart(5, '0')} 19970101 1   11.77\r\n`).join(''),
  },
];

describe.each(dialects)('RecordSplitter: $name', ({ dialect, text }) => {
  const bytes = enc(text);
  const ends = recordEnds(bytes, dialect);

  it('the reference finds the records the text was built from', () => {
    expect(ends.size).toBeGreaterThanOrEqual(300);
  });

  for (let seed = 1; seed <= 20; seed++) {
    it(`random chunking #${seed}: same bytes, every piece ends at a record boundary`, () => {
      const r = rng(seed * 7919);
      const n = 1 + Math.floor(r() * 40);
      const cuts = Array.from({ length: n }, () => Math.floor(r() * bytes.length)).sort((a, b) => a - b);
      const pieces = split(bytes, cuts, dialect);
      expect(dec(cat(pieces))).toBe(text);
      let offset = 0;
      for (const p of pieces.slice(0, -1)) {
        offset += p.length;
        if (p.length) expect(ends.has(offset), `piece ends at ${offset}`).toBe(true);
      }
    });
  }

  it('1-byte chunks', () => {
    const cuts = Array.from({ length: Math.min(bytes.length, 3000) }, (_, i) => i + 1);
    const pieces = split(bytes, cuts, dialect);
    expect(dec(cat(pieces))).toBe(text);
  });

  it('emits as much as possible: after the whole text, only a cut-off last record remains', () => {
    const s = new RecordSplitter(dialect);
    expect(s.push(bytes).length).toBe(bytes.length);
    expect(s.end().length).toBe(0);
  });
});

describe('RecordSplitter edge cases', () => {
  const csvDialect: SplitterDialect = { delimiter: ',', quote: '"', lineEnding: '\n' };
  it.each([
    { name: 'chunk ends right after an opening quote', parts: ['1,"', 'a\nb"\n2,c\n'], emitted: ['', '1,"a\nb"\n2,c\n'] },
    { name: 'chunk ends between the quotes of a "" escape', parts: ['1,"a"', '"\nb"\n'], emitted: ['', '1,"a""\nb"\n'] },
    { name: 'chunk ends on the closing quote', parts: ['1,"a\nb"', '\n2\n'], emitted: ['', '1,"a\nb"\n2\n'] },
    { name: 'chunk ends between CR and LF', parts: ['1,a\r', '\n2,b\r\n'], emitted: ['', '1,a\r\n2,b\r\n'] },
    { name: 'quote at the very start', parts: ['"x\ny",1\n"z'], emitted: ['"x\ny",1\n'] },
    { name: 'literal quote mid-field, then a line break', parts: ['1,5" tv\n2,', '3\n'], emitted: ['1,5" tv\n', '2,3\n'] },
    { name: 'spaces before an opening quote', parts: ['1, "a\nb"\n2,'], emitted: ['1, "a\nb"\n'] },
    { name: 'no line break at all yet', parts: ['abc', 'def'], emitted: ['', ''] },
    { name: 'empty pushes', parts: ['', '1\n', ''], emitted: ['', '1\n', ''] },
  ])('$name', ({ parts, emitted }) => {
    const s = new RecordSplitter(csvDialect);
    const out = parts.map((p) => dec(s.push(enc(p))));
    expect(out).toEqual(emitted);
    expect(out.join('') + dec(s.end())).toBe(parts.join(''));
  });

  it('handles a record with more quoted fields than it remembers', () => {
    const complete = '1,"a\nb"\n';
    const partial = '"q",'.repeat(6000) + '"open\n';
    const s = new RecordSplitter(csvDialect);
    expect(dec(s.push(enc(complete + partial)))).toBe(complete);
    expect(dec(s.end())).toBe(partial);
  });

  it('fails instead of buffering the whole file when a quote is never closed', () => {
    const s = new RecordSplitter(csvDialect, 1000);
    s.push(enc('1,"unclosed\n'));
    expect(() => {
      for (let i = 0; i < 100; i++) s.push(enc('2,more text\n'));
    }).toThrow(/unmatched quote/);
  });

  it('defaults to comma, double quote, LF', () => {
    const s = new RecordSplitter();
    expect(dec(s.push(enc('1,"a\nb"\n2,"c')))).toBe('1,"a\nb"\n');
  });

  it('splits 16 MB of quoted CSV quickly', () => {
    const row = '536365,85123A,"WHITE HANGING HEART, T-LIGHT HOLDER",6,2010-12-01 08:26:00,2.55,17850.0,"United Kingdom"\n';
    const bytes = enc(row.repeat(Math.ceil((16 << 20) / row.length)));
    const s = new RecordSplitter();
    const t0 = performance.now();
    expect(s.push(bytes).length).toBe(bytes.length);
    // ~20 ms when measured; generous because CPUs are shared. A per-byte JS loop would be ~3x slower.
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe('LineSkipper', () => {
  const TEXT = 'Title\r\n\r\na,b\r\n1,2\r\n';

  it('drops the first lines and passes the rest through, however the chunks fall', () => {
    for (let size = 1; size <= TEXT.length; size++) {
      const skipper = new LineSkipper(2, '\r\n');
      const out: Uint8Array[] = [];
      for (let i = 0; i < TEXT.length; i += size) out.push(skipper.push(enc(TEXT.slice(i, i + size))));
      expect(dec(cat(out)), `chunks of ${size}`).toBe('a,b\r\n1,2\r\n');
    }
  });

  it('counts CR line endings by CR, and passes everything through when there is nothing to skip', () => {
    expect(dec(new LineSkipper(1, '\r').push(enc('Title\ra,b\r1,2\r')))).toBe('a,b\r1,2\r');
    const bytes = enc('a,b\n');
    expect(new LineSkipper(0).push(bytes)).toBe(bytes);
  });
});

describe('whitespaceToTabs', () => {
  it.each([
    { name: 'CDNOW line: leading space, runs of spaces, CRLF', input: ' 00001 19970101 1 11.77\r\n 00002 19970112 1   12.00\r\n', expected: '00001\t19970101\t1\t11.77\n00002\t19970112\t1\t12.00\n' },
    { name: 'tabs and spaces mixed, trailing blanks', input: 'a \t b\t\tc  \n', expected: 'a\tb\tc\n' },
    { name: 'empty and blank lines dropped', input: '\n  \r\na b\n\n\r\n', expected: 'a\tb\n' },
    { name: 'last line without line break', input: ' 1 2\n 3 4', expected: '1\t2\n3\t4\n' },
    { name: 'CR-only line endings', input: '1 2\r3 4\r', expected: '1\t2\n3\t4\n' },
    { name: 'non-ASCII bytes untouched', input: ' 上海  178.8\n', expected: '上海\t178.8\n' },
    { name: 'empty input', input: '', expected: '' },
  ])('$name', ({ input, expected }) => {
    expect(dec(whitespaceToTabs(enc(input)))).toBe(expected);
  });
});
