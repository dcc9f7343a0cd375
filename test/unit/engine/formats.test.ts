// Breaks when a supported file format stops loading through Engine.load exactly as written: a
// delimiter, quote, header, BOM, encoding (UTF-16, GBK) or gzip member mishandled; a folder of
// daily exports no longer one dataset (or a file with another header swallowed into it); Parquet,
// JSON, NDJSON or .xlsx cells turned into the wrong text; or a row lost without being counted in
// csv.rejected (rows + rejected must equal the records in the file). Runs the worker's Engine in
// Node on the same DuckDB-WASM build the browser uses; every fixture is built in memory
// (test/fixtures/formats/build.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { Engine } from '../../../workers/engine';
import type { DatasetInfo, LoadResult, SourceFile } from '../../../workers/protocol';
import { cellText } from '../../../workers/ingest/records';
import { openEngine } from '../../support/engine';
import {
  bigXlsx,
  concatBytes,
  countRecords,
  encodingFixture,
  file,
  gzip,
  parquetFixture,
  utf16,
  utf8,
  xlsxFixture,
} from '../../fixtures/formats/build';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

const noProgress = () => {};

async function loadOne(files: SourceFile[]): Promise<DatasetInfo> {
  const result = await engine.load(files, noProgress);
  expect(result.errors).toEqual([]);
  expect(result.datasets).toHaveLength(1);
  return result.datasets[0];
}

/** The raw table as text rows, in file order (single-threaded inserts keep it). */
async function rowsOf(d: DatasetInfo): Promise<Record<string, string | null>[]> {
  return (await engine.db.query(`SELECT * FROM "${d.table}"`)) as Record<string, string | null>[];
}

function column(d: DatasetInfo, name: string) {
  const c = d.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name} in ${d.columns.map((x) => x.name).join(', ')}`);
  return c;
}

interface CsvCase {
  name: string;
  path: string;
  bytes: Uint8Array;
  /** The decoded text, for the independent record count. */
  text: string;
  header: string[];
  delimiter: string;
  hasHeader: boolean;
  encoding: string;
  compressed?: boolean;
  /** [row index, column, value] */
  cells: [number, string, string | null][];
  check?: (d: DatasetInfo) => void;
}

const comma = 'id,name,amount,order_date\n1,Alice,12.50,2024-01-02\n2,Bob,7,2024-01-03\n3,Chloé,1000.25,2024-02-29\n';

const semicolon = [
  'customer;amount;order_date',
  'K1;1.234,56;31.12.2024',
  'K2;12,5;01.02.2024',
  'K3;1.000.000,00;15.03.2024',
  'K1;0,99;28.02.2024',
].join('\n');

const tsv = 'sku\tproduct name\tprice\nA-1\tRed mug\t4.5\nB-2\tBlue, big bowl\t12\n';
const pipe = 'order_id|customer_id|amount\nO1|C1|10\nO2|C2|20.5\nO3|C1|3\n';
// CDNOW_master.txt: fixed-width-looking columns, leading spaces, CRLF, no header.
const cdnow = ['    00001 19970101  1   11.77', '    00002 19970112  1   12.00', '    00002 19970112  5   77.00', '    00003 19970102  2   20.76'].join('\r\n') + '\r\n';
const quoted = [
  'id,comment,amount',
  '1,"hello, world",1.5',
  '2,"first line',
  'second line",2',
  '3,"she said ""hi""",3',
  '4,plain 5" screen,4',
  '5,"",5',
].join('\n');
const noHeader = '1,2024-01-01,9.99\n2,2024-01-02,19.99\n3,2024-01-03,5\n';
const bom = 'customer_id,amount\nC1,1\nC2,2\n';
const utf16Text = 'customer_id,城市,amount\r\nC1,上海,1.5\r\nC2,München,2\r\n';
const gbkText = new TextDecoder('utf-8').decode(encodingFixture('orders.utf8.csv'));

function dailyRows(from: number, n: number): string {
  let s = '';
  for (let i = from; i < from + n; i++) s += `${i},C${i % 97},${(i % 1000) / 4},2024-01-${String((i % 28) + 1).padStart(2, '0')}\n`;
  return s;
}
const gzHeader = 'order_id,customer_id,amount,order_date\n';
const gzText = gzHeader + dailyRows(1, 50);
// Two members of ~100 KB of text each: the first member alone is bigger than the 64 KB head.
const member1 = gzHeader + dailyRows(1, 3000);
const member2 = dailyRows(3001, 3000);

const CSV_CASES: CsvCase[] = [
  {
    name: 'comma, LF',
    path: 'comma.csv',
    bytes: utf8(comma),
    text: comma,
    header: ['id', 'name', 'amount', 'order_date'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [
      [0, 'name', 'Alice'],
      [2, 'name', 'Chloé'],
      [2, 'amount', '1000.25'],
    ],
    check: (d) => {
      expect(column(d, 'order_date').format.type).toBe('date');
      expect(column(d, 'amount').role).toBe('amount');
    },
  },
  {
    name: 'semicolon, decimal comma, day-first dates',
    path: 'semicolon.csv',
    bytes: utf8(semicolon),
    text: semicolon,
    header: ['customer', 'amount', 'order_date'],
    delimiter: ';',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [
      [0, 'amount', '1.234,56'],
      [0, 'order_date', '31.12.2024'],
      [2, 'amount', '1.000.000,00'],
    ],
    check: (d) => {
      const amount = column(d, 'amount');
      expect(amount.format.type).toBe('number');
      expect(amount.format.number?.decimal).toBe(',');
      expect(amount.format.number?.thousands).toBe('.');
      expect(amount.role).toBe('amount');
      const date = column(d, 'order_date');
      expect(date.format.type).toBe('date');
      expect(date.format.date).toMatchObject({ style: 'text', order: 'DMY', ambiguous: false });
      expect(date.role).toBe('order_time');
      expect(column(d, 'customer').role).toBe('customer_id');
    },
  },
  {
    name: 'tab (.tsv)',
    path: 'products.tsv',
    bytes: utf8(tsv),
    text: tsv,
    header: ['sku', 'product name', 'price'],
    delimiter: '\t',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [
      [1, 'product name', 'Blue, big bowl'],
      [1, 'price', '12'],
    ],
    check: (d) => expect(column(d, 'sku').role).toBe('product_id'),
  },
  {
    name: 'pipe',
    path: 'pipe.txt',
    bytes: utf8(pipe),
    text: pipe,
    header: ['order_id', 'customer_id', 'amount'],
    delimiter: '|',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [
      [1, 'amount', '20.5'],
      [2, 'customer_id', 'C1'],
    ],
    check: (d) => expect(column(d, 'customer_id').role).toBe('customer_id'),
  },
  {
    name: 'whitespace runs, leading spaces, CRLF, no header (CDNOW)',
    path: 'CDNOW_sample.txt',
    bytes: utf8(cdnow),
    text: cdnow,
    header: ['column1', 'column2', 'column3', 'column4'],
    delimiter: 'whitespace',
    hasHeader: false,
    encoding: 'utf-8',
    cells: [
      [0, 'column1', '00001'],
      [0, 'column2', '19970101'],
      [2, 'column3', '5'],
      [3, 'column4', '20.76'],
    ],
    check: (d) => expect(column(d, 'column2').format.date).toMatchObject({ style: 'compact' }),
  },
  {
    name: 'quoted fields with delimiters, line breaks and doubled quotes',
    path: 'quoted.csv',
    bytes: utf8(quoted),
    text: quoted,
    header: ['id', 'comment', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [
      [0, 'comment', 'hello, world'],
      [1, 'comment', 'first line\nsecond line'],
      [1, 'amount', '2'],
      [2, 'comment', 'she said "hi"'],
      [3, 'comment', 'plain 5" screen'],
      [4, 'id', '5'],
    ],
  },
  {
    name: 'no header',
    path: 'noheader.csv',
    bytes: utf8(noHeader),
    text: noHeader,
    header: ['column1', 'column2', 'column3'],
    delimiter: ',',
    hasHeader: false,
    encoding: 'utf-8',
    cells: [
      [0, 'column1', '1'],
      [2, 'column3', '5'],
    ],
  },
  {
    name: 'UTF-8 with BOM',
    path: 'bom.csv',
    bytes: concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(bom)),
    text: bom,
    header: ['customer_id', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [[1, 'customer_id', 'C2']],
    check: (d) => expect(column(d, 'customer_id').role).toBe('customer_id'),
  },
  {
    name: 'UTF-16 LE with BOM',
    path: 'utf16le.csv',
    bytes: utf16(utf16Text, 'le'),
    text: utf16Text,
    header: ['customer_id', '城市', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-16le',
    cells: [
      [0, '城市', '上海'],
      [1, '城市', 'München'],
      [0, 'amount', '1.5'],
    ],
    check: (d) => expect(column(d, '城市').role).toBe('city'),
  },
  {
    name: 'UTF-16 BE with BOM',
    path: 'utf16be.csv',
    bytes: utf16(utf16Text, 'be'),
    text: utf16Text,
    header: ['customer_id', '城市', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-16be',
    cells: [
      [0, '城市', '上海'],
      [1, 'amount', '2'],
    ],
  },
  {
    name: 'GBK (Excel on Chinese Windows)',
    path: 'orders.gbk.csv',
    bytes: encodingFixture('orders.gbk.csv'),
    text: gbkText,
    header: ['订单编号', '总金额', '买家实际支付金额', '收货地址 ', '订单创建时间', '订单付款时间 ', '备注'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'gb18030',
    cells: [
      [0, '备注', '“加急”配送'],
      [1, '收货地址 ', '内蒙古自治区'],
      [2, '备注', '含逗号,的备注'],
      [5, '备注', '退款￥178.8'],
    ],
    check: (d) => {
      expect(column(d, '订单编号').role).toBe('order_id');
      expect(column(d, '买家实际支付金额').role).toBe('paid_amount');
      expect(d.encoding?.invalidChars).toBe(0);
    },
  },
  {
    name: 'gzip',
    path: 'orders.csv.gz',
    bytes: gzip(gzText),
    text: gzText,
    header: ['order_id', 'customer_id', 'amount', 'order_date'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    compressed: true,
    cells: [
      [0, 'order_id', '1'],
      [49, 'order_id', '50'],
      [49, 'amount', '12.5'],
    ],
  },
  {
    name: 'multi-member gzip (cat a.gz b.gz)',
    path: 'two-members.csv.gz',
    bytes: concatBytes(gzip(member1), gzip(member2)),
    text: member1 + member2,
    header: ['order_id', 'customer_id', 'amount', 'order_date'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    compressed: true,
    cells: [
      [0, 'order_id', '1'],
      [2999, 'order_id', '3000'],
      [3000, 'order_id', '3001'],
      [5999, 'order_id', '6000'],
    ],
  },
  {
    name: 'UTF-16 LE without BOM (zero-byte pattern)',
    path: 'utf16-nobom.csv',
    bytes: utf16(utf16Text, 'le').subarray(2),
    text: utf16Text,
    header: ['customer_id', '城市', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-16le',
    cells: [[1, '城市', 'München']],
  },
  {
    name: 'CR-only line endings (classic Mac)',
    path: 'mac.csv',
    bytes: utf8(comma.replace(/\n/g, '\r')),
    text: comma,
    header: ['id', 'name', 'amount', 'order_date'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [[2, 'order_date', '2024-02-29']],
  },
  {
    name: 'tab-separated text named .xls (a common web-backend export)',
    path: 'export.xls',
    bytes: utf8(tsv),
    text: tsv,
    header: ['sku', 'product name', 'price'],
    delimiter: '\t',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [[0, 'product name', 'Red mug']],
  },
  {
    name: 'a first line starting with "MZ" (also the .exe magic)',
    path: 'mz.csv',
    bytes: utf8('MZ_code,amount\nMZ1,2\nMZ2,3\n'),
    text: 'MZ_code,amount\nMZ1,2\nMZ2,3\n',
    header: ['MZ_code', 'amount'],
    delimiter: ',',
    hasHeader: true,
    encoding: 'utf-8',
    cells: [[1, 'MZ_code', 'MZ2']],
  },
];

describe('delimited text', () => {
  for (const c of CSV_CASES) {
    it(c.name, async () => {
      const d = await loadOne([file(c.path, c.bytes)]);
      const records = countRecords(c.text, c.hasHeader);
      expect(d.name).toBe(c.path);
      expect(d.format).toBe('csv');
      expect(d.compressed).toBe(c.compressed ?? false);
      expect(d.columns.map((x) => x.name)).toEqual(c.header);
      expect(d.csv).toMatchObject({ delimiter: c.delimiter, hasHeader: c.hasHeader, rejected: 0 });
      expect(d.encoding?.used).toBe(c.encoding);
      // Row accounting: every data record is a row or a counted reject, none vanish.
      expect(d.rows + d.csv!.rejected).toBe(records);
      expect(d.rows).toBe(records);
      expect(d.files).toEqual([{ path: c.path, bytes: c.bytes.length, rows: records }]);
      const rows = await rowsOf(d);
      expect(rows).toHaveLength(records);
      for (const [i, col, value] of c.cells) expect(rows[i][col], `row ${i} ${col}`).toBe(value);
      c.check?.(d);
      await engine.remove(d.id);
    });
  }
});

describe('a folder of exports', () => {
  const header = 'order_id,customer_id,amount,order_date\n';
  const days = [
    { path: 'daily/2024-01-01.csv', text: header + dailyRows(1, 3) },
    { path: 'daily/2024-01-02.csv', text: header + dailyRows(4, 5) },
    { path: 'daily/2024-01-03.csv', text: header + dailyRows(9, 2) },
  ];

  it('files with one header are one dataset with per-file row counts', async () => {
    // Given out of order: the folder reads in path order.
    const d = await loadOne([days[2], days[0], days[1]].map((f) => file(f.path, f.text)));
    expect(d.name).toBe('daily/');
    expect(d.rows).toBe(10);
    expect(d.kind).toBe('orders');
    expect(d.files).toEqual(days.map((f) => ({ path: f.path, bytes: utf8(f.text).length, rows: countRecords(f.text, true) })));
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'customer_id', 'amount', 'order_date']);
    const rows = await rowsOf(d);
    expect(rows.map((r) => r.order_id)).toEqual(Array.from({ length: 10 }, (_, i) => String(i + 1)));
    await engine.remove(d.id);
  });

  it('a file with another header becomes a dataset of its own', async () => {
    const odd = { path: 'daily/customers.csv', text: 'customer_id,city\nC1,Paris\nC2,Berlin\n' };
    const result = await engine.load([...days, odd].map((f) => file(f.path, f.text)), noProgress);
    expect(result.errors).toEqual([]);
    expect(result.datasets.map((d) => d.name).sort()).toEqual(['customers.csv', 'daily/']);
    const daily = result.datasets.find((d) => d.name === 'daily/')!;
    expect(daily.rows).toBe(10);
    expect(daily.files.map((f) => [f.path, f.rows])).toEqual([
      ['daily/2024-01-01.csv', 3],
      ['daily/2024-01-02.csv', 5],
      ['daily/2024-01-03.csv', 2],
    ]);
    const customers = result.datasets.find((d) => d.name === 'customers.csv')!;
    expect(customers.rows).toBe(2);
    expect(customers.files).toEqual([{ path: odd.path, bytes: utf8(odd.text).length, rows: 2 }]);
    expect(customers.columns.map((c) => c.name)).toEqual(['customer_id', 'city']);
    expect(customers.kind).toBe('customers');
    expect((await rowsOf(customers)).map((r) => r.city)).toEqual(['Paris', 'Berlin']);
    for (const d of result.datasets) await engine.remove(d.id);
  });
});

describe('Parquet', () => {
  it('strings, ints, doubles, timestamps, nulls and a struct column', async () => {
    const bytes = parquetFixture();
    const d = await loadOne([file('orders.parquet', bytes)]);
    expect(d.format).toBe('parquet');
    expect(d.rows).toBe(4);
    expect(d.encoding).toBeNull();
    expect(d.csv).toBeNull();
    expect(d.files).toEqual([{ path: 'orders.parquet', bytes: bytes.length, rows: 4 }]);
    expect(d.columns.map((c) => c.name)).toEqual(['customer_id', 'quantity', 'big', 'amount', 'order_time', 'address']);
    const rows = await rowsOf(d);
    expect(rows[0]).toEqual({
      customer_id: 'C001',
      quantity: '1',
      big: '12345678901234567',
      amount: '12.5',
      order_time: '2024-01-02 08:26:00',
      address: '{"city":"Paris","zip":75001}',
    });
    expect(rows[1].amount).toBe('0.1');
    expect(rows[1].order_time).toBe('2024-02-29 23:59:59');
    expect(JSON.parse(rows[1].address!)).toEqual({ city: '上海', zip: null });
    expect(rows[2]).toEqual({ customer_id: null, quantity: '3', big: null, amount: null, order_time: null, address: null });
    expect(rows[3]).toMatchObject({ quantity: null, big: '-5', amount: '1234567.25', order_time: '2024-12-31 00:00:00.250' });
    expect(column(d, 'customer_id').role).toBe('customer_id');
    expect(column(d, 'order_time').format.type).toBe('timestamp');
    await engine.remove(d.id);
  });
});

describe('JSON and NDJSON', () => {
  const records = [
    { order_id: 'O1', customer: { id: 'C1', city: 'Paris' }, amount: 12.5, tags: ['a', 'b'] },
    { order_id: 'O2', customer: { id: 'C2', city: null }, amount: 3, tags: [] },
    { order_id: 'O3', customer: { id: 'C1', city: 'Paris', geo: { lat: 1 } }, amount: null, extra: true },
  ];
  const header = ['order_id', 'customer.id', 'customer.city', 'amount', 'tags', 'customer.geo', 'extra'];

  async function expectRecords(d: DatasetInfo, format: string) {
    expect(d.format).toBe(format);
    expect(d.rows).toBe(3);
    expect(d.columns.map((c) => c.name)).toEqual(header);
    const rows = await rowsOf(d);
    expect(rows[0]).toEqual({ order_id: 'O1', 'customer.id': 'C1', 'customer.city': 'Paris', amount: '12.5', tags: '["a","b"]', 'customer.geo': null, extra: null });
    expect(rows[1]).toMatchObject({ 'customer.city': null, amount: '3', tags: '[]' });
    expect(rows[2]).toMatchObject({ amount: null, 'customer.geo': '{"lat":1}', extra: 'true' });
    expect(column(d, 'customer.id').role).toBe('customer_id');
    await engine.remove(d.id);
  }

  it('an array of records, nested objects as dotted columns', async () => {
    await expectRecords(await loadOne([file('orders.json', JSON.stringify(records, null, 2))]), 'json');
  });

  it('an object holding one array of records', async () => {
    await expectRecords(await loadOne([file('export.json', JSON.stringify({ meta: { count: 3 }, data: records }))]), 'json');
  });

  it('NDJSON (.ndjson, CRLF and blank lines)', async () => {
    const text = records.map((r) => JSON.stringify(r)).join('\r\n\r\n') + '\r\n';
    await expectRecords(await loadOne([file('orders.ndjson', text)]), 'ndjson');
  });

  it('JSON Lines (.jsonl)', async () => {
    await expectRecords(await loadOne([file('orders.jsonl', records.map((r) => JSON.stringify(r)).join('\n'))]), 'ndjson');
  });

  it('gzip-compressed JSON', async () => {
    const d = await loadOne([file('orders.json.gz', gzip(JSON.stringify(records)))]);
    expect(d.compressed).toBe(true);
    await expectRecords(d, 'json');
  });
});

describe('Excel .xlsx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await xlsxFixture();
  });

  it('reads the first sheet and lists all of them', async () => {
    const d = await loadOne([file('book.xlsx', bytes)]);
    expect(d.format).toBe('xlsx');
    expect(d.sheets).toEqual(['Orders', 'Second']);
    expect(d.sheet).toBe('Orders');
    expect(d.rows).toBe(3);
    expect(d.columns.map((c) => c.name)).toEqual(['order_id', 'order_date', 'amount', 'note']);
    const rows = await rowsOf(d);
    expect(rows[0]).toEqual({ order_id: 'A1', order_date: '2024-01-02 08:26:00', amount: '1234.5', note: 'first' });
    // A date-only cell is midnight; a big number stays plain digits, a tiny one plain decimals.
    expect(rows[1]).toEqual({ order_id: 'A2', order_date: '2024-03-04 00:00:00', amount: '123456789012', note: null });
    expect(rows[2]).toMatchObject({ order_date: '2024-12-31 23:59:59', amount: '0.000001' });
    expect(column(d, 'order_date').format.type).toBe('timestamp');
    expect(column(d, 'order_id').role).toBe('order_id');

    const reloaded = await engine.reload(d.id, { sheet: 'Second' }, noProgress);
    expect(reloaded.errors).toEqual([]);
    const second = reloaded.datasets[0];
    expect(second.id).toBe(d.id);
    expect(second.sheet).toBe('Second');
    expect(second.sheets).toEqual(['Orders', 'Second']);
    expect(second.rows).toBe(2);
    expect(second.columns.map((c) => c.name)).toEqual(['customer', 'city']);
    expect(await rowsOf(second)).toEqual([
      { customer: 'C1', city: 'Paris' },
      { customer: 'C2', city: 'Berlin' },
    ]);

    const missing = await engine.reload(d.id, { sheet: 'Nope' }, noProgress);
    expect(missing.datasets).toEqual([]);
    expect(missing.errors).toMatchObject([{ file: 'book.xlsx', code: 'no-sheet' }]);
    await engine.remove(d.id);
  });

  // Regression guard (this was broken in workers/engine.ts readDataset): on any failure it drops `raw_dN`, also for a reload, so a
  // reload that fails (a sheet that is not there, an encoding that cannot decode) destroys the
  // table of a dataset the engine still lists; check() and report() on it then fail with
  // "Table ... does not exist". Fix: read a reload into a fresh table and swap names on success.
  it('a failed reload leaves the dataset as it was', async () => {
    const d = await loadOne([file('book2.xlsx', bytes)]);
    const missing = await engine.reload(d.id, { sheet: 'Nope' }, noProgress);
    expect(missing.errors).toMatchObject([{ code: 'no-sheet' }]);
    expect(await rowsOf(d)).toHaveLength(3);
    await engine.remove(d.id);
  });
});

describe('Excel: which sheet by default, and big sheets', () => {
  it('a blank first sheet (formatted empty cells) is skipped for the first with data', async () => {
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Cover', data: [[null, null], [{ value: '', type: String }, null]] },
        { sheet: 'Data', data: [['customer_id', 'amount'], ['C1', 5]] },
      ]).toBuffer(),
    );
    const d = await loadOne([file('cover.xlsx', bytes)]);
    expect(d.sheets).toEqual(['Cover', 'Data']);
    expect(d.sheet).toBe('Data');
    expect(await rowsOf(d)).toEqual([{ customer_id: 'C1', amount: '5' }]);
    await engine.remove(d.id);
  });

  it('a sheet of 130,000 rows, in seconds', async () => {
    // More rows than Math.max(...array) takes as arguments (~120k in V8), and big enough that
    // read-excel-file's shrinking XML chunks ran for minutes and overflowed the stack (xlsx.ts).
    const d = await loadOne([file('big.xlsx', bigXlsx(130_000))]);
    expect(d.rows).toBe(130_000);
    const [last] = await engine.db.query(`SELECT * FROM "${d.table}" WHERE order_id = 'O130000'`);
    expect(last).toEqual({ order_id: 'O130000', amount: '130000' });
    await engine.remove(d.id);
  });
});

describe('workbooks under another name', () => {
  it('an .xlsx renamed .xls, and one in a .zip, are read as workbooks', async () => {
    const bytes = await xlsxFixture();
    const result = await engine.load([file('renamed.xls', bytes), file('book.zip', bytes)], noProgress);
    expect(result.errors).toEqual([]);
    expect(result.datasets.map((d) => [d.name, d.format, d.rows, d.sheet])).toEqual([
      ['book.zip', 'xlsx', 3, 'Orders'],
      ['renamed.xls', 'xlsx', 3, 'Orders'],
    ]);
    for (const d of result.datasets) await engine.remove(d.id);
  });
});

describe('cell text from Parquet, JSON and Excel values', () => {
  // Raw tables hold text; numbers must be plain decimals that the number parser reads back.
  const cases: [unknown, string | null][] = [
    [1234.5, '1234.5'],
    [0.1, '0.1'],
    [-0, '0'],
    [123456789012, '123456789012'],
    [12345678901234567, '12345678901234568'],
    [1e21, '1000000000000000000000'],
    [-1.5e22, '-15000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5e-8, '-0.000000025'],
    [1.23e-25, '0.000000000000000000000000123'],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [12345678901234567890n, '12345678901234567890'],
    [true, 'true'],
    [new Date('2024-01-02T08:26:00Z'), '2024-01-02 08:26:00'],
    [new Date('2024-01-02T08:26:00.5Z'), '2024-01-02 08:26:00.500'],
    [{ a: 1, b: [2n] }, '{"a":1,"b":["2"]}'],
    [null, null],
    [undefined, null],
  ];
  const label = (v: unknown): string =>
    v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? `${v}n` : v !== null && typeof v === 'object' ? 'an object' : String(v);
  for (const [value, text] of cases) {
    it(`${label(value)} -> ${text}`, () => {
      expect(cellText(value)).toBe(text);
      if (typeof value === 'number' && text !== null) expect(Number(text)).toBe(value === 0 ? 0 : value);
    });
  }
});

describe('several formats at once', () => {
  it('each file is its own dataset', async () => {
    const result: LoadResult = await engine.load(
      [file('a.csv', comma), file('b.json', '[{"x":1}]'), file('c.parquet', parquetFixture()), file('d.xlsx', await xlsxFixture())],
      noProgress,
    );
    expect(result.errors).toEqual([]);
    expect(result.datasets.map((d) => [d.name, d.format, d.rows])).toEqual([
      ['a.csv', 'csv', 3],
      ['b.json', 'json', 1],
      ['c.parquet', 'parquet', 4],
      ['d.xlsx', 'xlsx', 3],
    ]);
    for (const d of result.datasets) await engine.remove(d.id);
  });
});
