// Breaks when chunked decoding differs from decoding the whole file: a Chinese character or a
// UTF-16 surrogate pair split between two 8 MB chunks turning into U+FFFD, a BOM reaching DuckDB
// as part of the first column name, or undecodable bytes going uncounted.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createUtf8Transcoder } from '../../../src/analysis/ingest/decode';
import type { TextEncodingName } from '../../../src/analysis/ingest/encoding';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Runs bytes through a transcoder cut at the given offsets; returns the UTF-8 text and count. */
function transcode(encoding: TextEncodingName, bomLength: number, bytes: Uint8Array, cuts: number[], repairUtf8 = false) {
  const t = createUtf8Transcoder(encoding, bomLength, { repairUtf8 });
  const out: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(t.push(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(t.end());
  // ignoreBOM: a BOM that leaked through must show up here, not be dropped by the check itself.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(cat(...out));
  return { text, invalid: t.invalidCount };
}

// Mixed text: 2-, 3- and 4-byte UTF-8 characters, a UTF-16 surrogate pair, CRLF.
const MIXED = 'name,note\r\nMüller,“加急” 😀\r\n上海,￥178.8\r\n';

const cases: { name: string; encoding: TextEncodingName; bom: number; bytes: Uint8Array; expected: string; repair?: boolean }[] = [
  { name: 'UTF-8 (pass-through)', encoding: 'utf-8', bom: 0, bytes: utf8(MIXED), expected: MIXED },
  { name: 'UTF-8 with BOM (pass-through strips it)', encoding: 'utf-8', bom: 3, bytes: cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(MIXED)), expected: MIXED },
  { name: 'UTF-8 repaired (decoded)', encoding: 'utf-8', bom: 0, bytes: utf8(MIXED), expected: MIXED, repair: true },
  { name: 'UTF-16 LE with BOM', encoding: 'utf-16le', bom: 2, bytes: cat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from(MIXED, 'utf16le'))), expected: MIXED },
  { name: 'UTF-16 BE with BOM', encoding: 'utf-16be', bom: 2, bytes: cat(new Uint8Array([0xfe, 0xff]), new Uint8Array(Buffer.from(MIXED, 'utf16le').swap16())), expected: MIXED },
  { name: 'GBK (iconv fixture)', encoding: 'gb18030', bom: 0, bytes: fixture('orders.gbk.csv'), expected: fixtureText('orders.utf8.csv') },
  { name: 'GB18030 4-byte sequences (iconv fixture)', encoding: 'gb18030', bom: 0, bytes: fixture('wide.gb18030.csv'), expected: fixtureText('wide.utf8.csv') },
  { name: 'windows-1252', encoding: 'windows-1252', bom: 0, bytes: new Uint8Array([...utf8('Tea,'), 0xa3, ...utf8('5,'), 0x80, ...utf8(' caf'), 0xe9, 0x0a]), expected: 'Tea,£5,€ café\n' },
];

describe('createUtf8Transcoder', () => {
  it.each(cases)('$name: same text for every 2-way split', ({ encoding, bom, bytes, expected, repair }) => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      const r = transcode(encoding, bom, bytes, [cut], repair);
      expect(r.text, `cut at ${cut}`).toBe(expected);
      expect(r.invalid).toBe(0);
    }
  });

  it.each(cases)('$name: same text for 1-byte chunks', ({ encoding, bom, bytes, expected, repair }) => {
    const cuts = Array.from({ length: bytes.length }, (_, i) => i + 1);
    expect(transcode(encoding, bom, bytes, cuts, repair).text).toBe(expected);
  });

  it('passes UTF-8 through without copying', () => {
    const bytes = utf8('a,b\n');
    const t = createUtf8Transcoder('utf-8', 0);
    expect(t.push(bytes)).toBe(bytes);
  });

  it('leaves a second U+FEFF after the stripped BOM alone, and drops an unstripped UTF-16 BOM', () => {
    const twice = cat(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8('a'));
    expect(transcode('utf-8', 3, twice, [1]).text).toBe('\uFEFFa');
    const le = cat(new Uint8Array([0xff, 0xfe]), new Uint8Array(Buffer.from('a,b', 'utf16le')));
    expect(transcode('utf-16le', 0, le, [1]).text).toBe('a,b');
  });

  it.each([
    { name: 'GB18030: 0xFF is no character', encoding: 'gb18030' as const, bytes: new Uint8Array([0x61, 0xff, 0x62, 0x0a]), invalid: 1 },
    { name: 'GB18030: lead byte cut off at the end of the file', encoding: 'gb18030' as const, bytes: new Uint8Array([0x61, 0xd6]), invalid: 1 },
    { name: 'UTF-16 LE: lone surrogate', encoding: 'utf-16le' as const, bytes: new Uint8Array([0x61, 0x00, 0x3d, 0xd8, 0x62, 0x00]), invalid: 1 },
    { name: 'UTF-8 repaired: stray 0xA3 from a Latin-1 editor', encoding: 'utf-8' as const, bytes: new Uint8Array([0x61, 0xa3, 0x35, 0xa3]), invalid: 2, repair: true },
  ])('counts undecodable bytes: $name', ({ encoding, bytes, invalid, repair }) => {
    const r = transcode(encoding, 0, bytes, [1], repair);
    expect(r.invalid).toBe(invalid);
    expect(r.text).toContain('\uFFFD');
  });
});

const TMALL = '/work/shared/data/tmall_order_report';
describe.skipIf(!existsSync(`${TMALL}/tmall_order_report.gbk.csv`))('real Tmall export', () => {
  it('decodes the GBK file in 1 MB chunks to exactly the UTF-8 original', () => {
    const gbk = new Uint8Array(readFileSync(`${TMALL}/tmall_order_report.gbk.csv`));
    // The derived GBK file round-trips byte for byte (no BOM, CRLF kept), so no normalising is
    // needed beyond dropping a BOM should the original ever gain one.
    const original = readFileSync(`${TMALL}/tmall_order_report.csv`, 'utf8').replace(/^\uFEFF/, '');
    const cuts = [];
    for (let i = 1 << 20; i < gbk.length; i += 1 << 20) cuts.push(i);
    const r = transcode('gb18030', 0, gbk, cuts);
    expect(r.invalid).toBe(0);
    expect(r.text.length).toBe(original.length);
    expect(r.text === original).toBe(true);
    expect(r.text.startsWith('订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额\r\n')).toBe(true);
  });
});
