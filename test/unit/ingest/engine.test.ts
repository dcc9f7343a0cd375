// Breaks when inserting a file chunk by chunk into DuckDB-WASM gives different rows than reading
// it whole: a record cut at a chunk edge, a header skipped twice or not at all, a GBK character
// broken between chunks, CDNOW's whitespace columns shifted, or read_csv options that the 1.4.3
// engine reads differently per chunk. Uses the same engine and .wasm file as the browser.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUtf8Transcoder } from '../../../src/analysis/ingest/decode';
import { sniffDialect, type CsvDialect } from '../../../src/analysis/ingest/dialect';
import { detectEncoding } from '../../../src/analysis/ingest/encoding';
import { RecordSplitter, whitespaceToTabs } from '../../../src/analysis/ingest/records';
import { ident, literal } from '../../../src/analysis/sql/ident';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

const enc = (s: string) => new TextEncoder().encode(s);
let fileNo = 0;
let tableNo = 0;

function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

function randomCuts(length: number, n: number, seed: number): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => Math.floor(r() * length)).sort((a, b) => a - b);
}

function* slices(bytes: Uint8Array, cuts: number[]) {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

/** read_csv with every option explicit, as the worker calls it. */
function readCsv(path: string, d: CsvDialect, header: boolean): string {
  const delim = d.delimiter === 'whitespace' ? '\t' : d.delimiter;
  const quote = d.quote === '"' ? `quote='"', escape='"'` : `quote=''`;
  const columns = `{${d.header.map((h) => `${literal(h)}: 'VARCHAR'`).join(', ')}}`;
  return `read_csv(${literal(path)}, delim=${literal(delim)}, ${quote}, header=${header}, columns=${columns}, auto_detect=false)`;
}

async function readWhole(bytes: Uint8Array, d: CsvDialect) {
  const path = `/uploads/whole${fileNo++}.csv`;
  db.bindings.registerFileBuffer(path, bytes);
  try {
    return await db.query(`SELECT * FROM ${readCsv(path, d, d.hasHeader)}`);
  } finally {
    db.bindings.dropFile(path);
  }
}

/** Inserts each non-empty piece as its own buffer into one table; returns the table's rows. */
async function insertChunks(pieces: Iterable<Uint8Array>, d: CsvDialect) {
  const table = `raw${tableNo++}`;
  await db.exec(`CREATE TABLE ${table} (${d.header.map((h) => `${ident(h)} VARCHAR`).join(', ')})`);
  let first = true;
  let inserted = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const path = `/uploads/chunk${fileNo++}.csv`;
    db.bindings.registerFileBuffer(path, piece);
    try {
      await db.exec(`INSERT INTO ${table} SELECT * FROM ${readCsv(path, d, first && d.hasHeader)}`);
    } finally {
      db.bindings.dropFile(path);
    }
    first = false;
    inserted++;
  }
  return { rows: await db.query(`SELECT * FROM ${table}`), inserted };
}

/** Decoded UTF-8 pieces -> record-aligned pieces (-> TSV for whitespace files). */
function* splitRecords(utf8: Iterable<Uint8Array>, d: CsvDialect) {
  const splitter = new RecordSplitter(d);
  const post = (b: Uint8Array) => (d.delimiter === 'whitespace' ? whitespaceToTabs(b) : b);
  for (const piece of utf8) yield post(splitter.push(piece));
  yield post(splitter.end());
}

function csv(rows: number, seed: number, eol: string): string {
  const r = rng(seed);
  const notes = ['plain', '"with, comma"', `"two${eol}lines"`, '"say ""hi"""', '5" screen', ' "spaced, quote"', '', '"中文,备注"', `"""${eol}"""`];
  let s = `id,note,amount${eol}`;
  for (let i = 0; i < rows; i++) s += `${i},${notes[Math.floor(r() * notes.length)]},${(r() * 100).toFixed(2)}${eol}`;
  return s;
}

describe('chunked insert equals whole-file read (DuckDB-WASM 1.4.3)', () => {
  it.each([
    { name: 'LF', eol: '\n', seed: 1 },
    { name: 'CRLF', eol: '\r\n', seed: 2 },
  ])('CSV with quoted commas, line breaks and "" escapes ($name)', async ({ eol, seed }) => {
    const text = csv(2000, seed, eol);
    const bytes = enc(text);
    const d = sniffDialect(text.slice(0, 4096));
    expect(d).toMatchObject({ delimiter: ',', quote: '"', hasHeader: true, header: ['id', 'note', 'amount'] });
    const whole = await readWhole(bytes, d);
    expect(whole).toHaveLength(2000);
    const { rows, inserted } = await insertChunks(splitRecords(slices(bytes, randomCuts(bytes.length, 15, seed)), d), d);
    expect(inserted).toBeGreaterThan(5);
    expect(rows).toEqual(whole);
    expect(rows.some((r) => r.note === `two${eol}lines`)).toBe(true);
    expect(rows.some((r) => r.note === '5" screen')).toBe(true);
  });

  it('GBK file decoded in small chunks equals the UTF-8 original', async () => {
    const gbk = new Uint8Array(readFileSync(new URL('../../fixtures/encodings/orders.gbk.csv', import.meta.url)));
    const utf8 = new Uint8Array(readFileSync(new URL('../../fixtures/encodings/orders.utf8.csv', import.meta.url)));
    const guess = detectEncoding(gbk);
    expect(guess.encoding).toBe('gb18030');
    const d = sniffDialect(new TextDecoder('gb18030').decode(gbk));
    expect(d.header).toContain('收货地址 ');
    const t = createUtf8Transcoder(guess.encoding, guess.bomLength);
    const decoded = [...[...slices(gbk, randomCuts(gbk.length, 40, 3))].map((c) => t.push(c)), t.end()];
    const { rows } = await insertChunks(splitRecords(decoded, d), d);
    expect(rows).toEqual(await readWhole(utf8, d));
    expect(rows).toHaveLength(6);
    expect(rows[2]['备注']).toBe('含逗号,的备注');
  });
});

const DATA = '/work/shared/data';
describe.skipIf(!existsSync(`${DATA}/cdnow/CDNOW_sample.txt`))('real CDNOW sample (whitespace, no header)', () => {
  it('reads all 6,919 transactions, chunked like whole', async () => {
    const bytes = new Uint8Array(readFileSync(`${DATA}/cdnow/CDNOW_sample.txt`));
    const d = sniffDialect(new TextDecoder().decode(bytes.subarray(0, 65536)));
    expect(d).toMatchObject({ delimiter: 'whitespace', hasHeader: false, columnCount: 5 });
    const whole = await readWhole(whitespaceToTabs(bytes), d);
    const { rows } = await insertChunks(splitRecords(slices(bytes, randomCuts(bytes.length, 12, 4)), d), d);
    expect(rows).toHaveLength(6919);
    expect(rows).toEqual(whole);
    expect(rows[0]).toEqual({ column1: '00004', column2: '0001', column3: '19970101', column4: '2', column5: '29.33' });
    // Independent check: the dollar column adds up to the same as a plain JS parse of the file.
    const expected = new TextDecoder()
      .decode(bytes)
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .reduce((s, l) => s + Number(l.trim().split(/\s+/)[4]), 0);
    const sum = rows.reduce((s, r) => s + Number(r.column5), 0);
    expect(sum).toBeCloseTo(expected, 2);
  });
});

describe.skipIf(!existsSync(`${DATA}/tmall_order_report/tmall_order_report.gbk.csv`))('real Tmall export in GBK', () => {
  it('decodes in 1 MB chunks and inserts the same 28,010 orders as the UTF-8 original', async () => {
    const gbk = new Uint8Array(readFileSync(`${DATA}/tmall_order_report/tmall_order_report.gbk.csv`));
    const guess = detectEncoding(gbk.subarray(0, 65536));
    const d = sniffDialect(new TextDecoder(guess.encoding).decode(gbk.subarray(0, 65536)));
    expect(d.header).toEqual(['订单编号', '总金额', '买家实际支付金额', '收货地址 ', '订单创建时间', '订单付款时间 ', '退款金额']);
    const t = createUtf8Transcoder(guess.encoding, guess.bomLength);
    const cuts = Array.from({ length: Math.floor(gbk.length / (1 << 20)) }, (_, i) => (i + 1) << 20);
    const decoded = [...[...slices(gbk, cuts)].map((c) => t.push(c)), t.end()];
    expect(t.invalidCount).toBe(0);
    const { rows } = await insertChunks(splitRecords(decoded, d), d);
    expect(rows).toHaveLength(28010);
    const original = await readWhole(new Uint8Array(readFileSync(`${DATA}/tmall_order_report/tmall_order_report.csv`)), d);
    expect(rows).toEqual(original);
    const total = rows.reduce((s, r) => s + Number(r['总金额']), 0);
    expect(total).toBeCloseTo(2995760.61, 1); // the dataset README's figure
  });
});
