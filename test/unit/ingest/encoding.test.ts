// Breaks when encoding detection guesses wrong: a GBK export from Chinese Excel read as
// windows-1252 (every header turns into mojibake), a Latin-1 "Müller" read as Chinese, UTF-16
// without BOM read as bytes, or a BOM left in the first column name.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding, ENCODING_LABELS, ENCODINGS, scanUtf8Lines, type TextEncodingName } from '../../../src/analysis/ingest/encoding';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
/** Latin-1 bytes; for these characters identical to windows-1252. */
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const TEXT = '订单编号,总金额,收货地址 \r\n1,178.8,上海\r\n2,21.0,内蒙古自治区\r\n';

const cases: { name: string; bytes: Uint8Array; encoding: TextEncodingName; bomLength: number; reason: string }[] = [
  { name: 'UTF-8 with BOM', bytes: cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT)), encoding: 'utf-8', bomLength: 3, reason: 'bom' },
  { name: 'UTF-8 without BOM', bytes: utf8(TEXT), encoding: 'utf-8', bomLength: 0, reason: 'valid-utf8' },
  { name: 'UTF-8 cut inside a character at the end of the head', bytes: utf8(TEXT).subarray(0, utf8('订单编号,总金额,收').length - 1), encoding: 'utf-8', bomLength: 0, reason: 'valid-utf8' },
  { name: 'UTF-8 with £ (online retail)', bytes: utf8('Description,UnitPrice\nTEA SET £5,5.0\n'), encoding: 'utf-8', bomLength: 0, reason: 'valid-utf8' },
  { name: 'pure ASCII', bytes: utf8(' 00001 19970101 1 11.77\r\n'), encoding: 'utf-8', bomLength: 0, reason: 'ascii' },
  { name: 'UTF-16 LE with BOM', bytes: cat(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)), encoding: 'utf-16le', bomLength: 2, reason: 'bom' },
  { name: 'UTF-16 BE with BOM', bytes: cat(new Uint8Array([0xfe, 0xff]), utf16be(TEXT)), encoding: 'utf-16be', bomLength: 2, reason: 'bom' },
  { name: 'UTF-16 LE without BOM', bytes: utf16le(TEXT), encoding: 'utf-16le', bomLength: 0, reason: 'utf16-zero-pattern' },
  { name: 'UTF-16 BE without BOM', bytes: utf16be(TEXT), encoding: 'utf-16be', bomLength: 0, reason: 'utf16-zero-pattern' },
  { name: 'GBK from iconv (Excel on Chinese Windows)', bytes: fixture('orders.gbk.csv'), encoding: 'gb18030', bomLength: 0, reason: 'cjk-double-byte' },
  { name: 'GB18030 with 4-byte sequences', bytes: fixture('wide.gb18030.csv'), encoding: 'gb18030', bomLength: 0, reason: 'cjk-double-byte' },
  { name: 'GBK cut after a lead byte', bytes: fixture('orders.gbk.csv').subarray(0, 7), encoding: 'gb18030', bomLength: 0, reason: 'cjk-double-byte' },
  { name: 'windows-1252 £ as 0xA3', bytes: latin1('Item,Price\nTea,£5\nCake,£3.50\n'), encoding: 'windows-1252', bomLength: 0, reason: 'fallback' },
  // ü + l and ü + r are valid GBK lead/trail pairs that decode to ideographs: must stay Western.
  { name: 'windows-1252 Müller (valid GBK pairs by accident)', bytes: latin1('Name,City\nMüller,Zürich\nJürgen,Köln\n'), encoding: 'windows-1252', bomLength: 0, reason: 'fallback' },
];

describe('detectEncoding', () => {
  it.each(cases)('$name', ({ bytes, encoding, bomLength, reason }) => {
    const guess = detectEncoding(bytes);
    expect(guess).toMatchObject({ encoding, bomLength, reason });
    expect(guess.confidence).toBeGreaterThan(0);
    expect(guess.confidence).toBeLessThanOrEqual(1);
  });

  it('calls UTF-8 with one corrupt byte UTF-8, with less confidence', () => {
    const bytes = cat(utf8('Item,Price\n' + 'Tea,£5\n'.repeat(30)), new Uint8Array([0xa3]), utf8('\n'));
    const guess = detectEncoding(bytes);
    expect(guess).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
    expect(guess.confidence).toBeLessThan(0.9);
  });

  it('is sure about BOMs and less sure about ASCII or the fallback', () => {
    expect(detectEncoding(cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('a'))).confidence).toBe(1);
    expect(detectEncoding(utf8('a,b\n')).confidence).toBeLessThan(1);
    expect(detectEncoding(latin1('a,£\n')).confidence).toBeLessThanOrEqual(0.5);
  });

  it('handles an empty head', () => {
    expect(detectEncoding(new Uint8Array(0))).toMatchObject({ encoding: 'utf-8', reason: 'ascii' });
  });

  it('offers every encoding with a label for the override', () => {
    expect(ENCODINGS).toEqual(expect.arrayContaining(['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252']));
    for (const e of ENCODINGS) expect(ENCODING_LABELS[e]).toBeTruthy();
  });
});

describe('UTF-8 with a few lines from another system', () => {
  const gbkFixture = fixture('orders.gbk.csv');
  const utf8Lines = (n: number) => utf8(Array.from({ length: n }, (_, i) => `A${i},Zürich,Zoë Çelik\n`).join(''));

  it('stays UTF-8 when two lines are Windows-1252 (their letters are valid GBK pairs by accident)', () => {
    const bytes = cat(utf8Lines(9), latin1('A9,Besançon,Tom Lee\n'), utf8Lines(4), latin1('A14,Genève,Tom Lee\n'), utf8Lines(5));
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
    expect(detectEncoding(bytes).confidence).toBeLessThan(0.9);
  });

  it('stays UTF-8 when GBK lines are appended to a UTF-8 majority', () => {
    const bytes = cat(utf8(`order_id,收货人,城市\n`), ...Array.from({ length: 12 }, (_, i) => utf8(`A${i},张伟,北京市\n`)), gbkFixture.subarray(gbkFixture.indexOf(0x0a) + 1));
    expect(scanUtf8Lines(bytes).invalid).toBeGreaterThan(0);
    expect(detectEncoding(bytes)).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
  });

  it('counts lines, not bytes: non-ASCII lines that are valid UTF-8 and those that are not', () => {
    expect(scanUtf8Lines(cat(utf8('a,b\nZürich\r\n'), latin1('Genève\n'), utf8('plain\n')))).toEqual({ valid: 1, invalid: 1 });
  });

  it('needs the good lines to outnumber the bad two to one, and three of them at least', () => {
    const mixed = (good: number, bad: number) => cat(utf8Lines(good), ...Array.from({ length: bad }, () => latin1('A,Genève,x\n')));
    expect(detectEncoding(mixed(2, 0)).encoding).toBe('utf-8'); // valid throughout: the plain rule
    expect(detectEncoding(mixed(2, 1)).encoding).not.toBe('utf-8');
    expect(detectEncoding(mixed(6, 3)).encoding).toBe('utf-8');
    expect(detectEncoding(mixed(6, 4)).encoding).not.toBe('utf-8');
  });

  it('leaves a GBK file with one UTF-8 line GBK, and a Western file with one UTF-8 line Western', () => {
    expect(detectEncoding(cat(utf8('名称,城市\n'), gbkFixture)).encoding).toBe('gb18030');
    const western = cat(utf8('Name,City\nZoë,Zürich\n'), ...Array.from({ length: 6 }, () => latin1('Müller,Köln\n')));
    expect(detectEncoding(western).encoding).toBe('windows-1252');
  });
});

const TMALL = '/work/shared/data/tmall_order_report';
describe.skipIf(!existsSync(`${TMALL}/tmall_order_report.gbk.csv`))('real Tmall export (GBK and UTF-8)', () => {
  it('detects GBK from the first 64 KB and UTF-8 for the original', () => {
    const gbk = readFileSync(`${TMALL}/tmall_order_report.gbk.csv`).subarray(0, 65536);
    const orig = readFileSync(`${TMALL}/tmall_order_report.csv`).subarray(0, 65536);
    expect(detectEncoding(gbk)).toMatchObject({ encoding: 'gb18030', reason: 'cjk-double-byte' });
    expect(detectEncoding(gbk).confidence).toBeGreaterThan(0.9);
    expect(detectEncoding(orig)).toMatchObject({ encoding: 'utf-8', reason: 'valid-utf8' });
  });
});
