// Breaks when a file's layout is guessed wrong: a semicolon file with decimal commas split on the
// commas, CDNOW's space-aligned columns read as one column, a headerless file losing its first
// row to the header (or a header read as data), quoted commas/newlines splitting fields, or column
// names DuckDB cannot create (blank, duplicate, BOM-prefixed).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { normalizeHeader, parseCsvLine, sniffDialect, type CsvDialect } from '../../../src/analysis/ingest/dialect';

type Expect = Partial<CsvDialect>;

const cases: { name: string; sample: string; expected: Expect }[] = [
  {
    name: 'comma, quoted text, header',
    sample: 'InvoiceNo,StockCode,Description,Quantity\n536365,85123A,"WHITE HANGING HEART T-LIGHT HOLDER",6\n536365,71053,"METAL LANTERN, WHITE",6\n',
    expected: { delimiter: ',', quote: '"', hasHeader: true, columnCount: 4, lineEnding: '\n', header: ['InvoiceNo', 'StockCode', 'Description', 'Quantity'] },
  },
  {
    name: 'semicolon with decimal commas and dotted dates',
    sample: 'Kunde;Datum;Betrag\nMüller;01.02.2020;12,50\nSchmidt;03.02.2020;1.234,75\nWeber;04.02.2020;7\n',
    expected: { delimiter: ';', hasHeader: true, columnCount: 3, header: ['Kunde', 'Datum', 'Betrag'] },
  },
  {
    // Both ';' and ',' split every line into 3 fields; only ';' gives whole numbers.
    name: 'semicolon, decimal commas, no header, same count of commas per line',
    sample: '1;12,50;3,1\n2;7,25;4,0\n3;9,99;1,5\n',
    expected: { delimiter: ';', hasHeader: false, columnCount: 3, header: ['column1', 'column2', 'column3'] },
  },
  {
    name: 'tab with an empty field (whitespace would collapse it)',
    sample: 'id\tname\tamount\n1\t\t3.5\n2\tBob Smith\t4\n',
    expected: { delimiter: '\t', hasHeader: true, columnCount: 3 },
  },
  {
    name: 'pipe',
    sample: 'id|name|amount\n1|Ann|3.5\n2|Bob|4\n',
    expected: { delimiter: '|', hasHeader: true, columnCount: 3, header: ['id', 'name', 'amount'] },
  },
  {
    name: 'whitespace runs with leading spaces, CRLF, header (CDNOW_master)',
    sample: ' customer_id date number_of_cds dollar_value\r\n 00001 19970101 1 11.77\r\n 00002 19970112 1   12.00\r\n 00003 19970102 2  20.76\r\n',
    expected: { delimiter: 'whitespace', quote: '', hasHeader: true, columnCount: 4, lineEnding: '\r\n', header: ['customer_id', 'date', 'number_of_cds', 'dollar_value'] },
  },
  {
    name: 'whitespace runs, no header (CDNOW_sample)',
    sample: ' 00001 0001 19970101 1 11.77\r\n 00004 0002 19970101 2 29.33\r\n 00004 0002 19970118 2 29.73\r\n',
    expected: { delimiter: 'whitespace', hasHeader: false, columnCount: 5, lineEnding: '\r\n', header: ['column1', 'column2', 'column3', 'column4', 'column5'] },
  },
  {
    name: 'quoted delimiters, line breaks and "" escapes inside fields',
    sample: 'id,comment,amount\r\n1,"Hello, world",3\r\n2,"line one\r\nline two, still",4\r\n3,"say ""hi""",5\r\n',
    expected: { delimiter: ',', quote: '"', hasHeader: true, columnCount: 3, lineEnding: '\r\n' },
  },
  {
    name: 'last line cut off by the sample size',
    sample: 'a,b,c\n1,2,3\n4,5,6\n7,8',
    expected: { delimiter: ',', hasHeader: true, columnCount: 3 },
  },
  {
    name: 'all text, first row distinct labels',
    sample: 'name,city\nAnn,Berlin\nBob,Paris\nCem,Berlin\n',
    expected: { delimiter: ',', hasHeader: true, header: ['name', 'city'] },
  },
  {
    name: 'all text, first row is data (its values repeat below)',
    sample: 'Ann,Berlin\nBob,Paris\nAnn,Paris\n',
    expected: { delimiter: ',', hasHeader: false, header: ['column1', 'column2'] },
  },
  {
    name: 'numbers and dates in the first row: no header',
    sample: '1,2.5,2020-01-01\n2,3.5,2020-01-02\n',
    expected: { hasHeader: false, columnCount: 3 },
  },
  {
    name: 'blank and duplicate header names',
    sample: 'id,,name,Name,name,\n1,x,a,b,c,d\n2,y,e,f,g,h\n',
    expected: { hasHeader: true, columnCount: 6, header: ['id', 'column2', 'name', 'Name_2', 'name_3', 'column6'] },
  },
  {
    name: 'Chinese header names with trailing spaces are kept (Tmall)',
    sample: '订单编号,总金额,买家实际支付金额,收货地址 ,订单创建时间,订单付款时间 ,退款金额\r\n1,178.8,0.0,上海,2020-02-21 00:00:00,,0.0\r\n2,21.0,21.0,内蒙古自治区,2020-02-20 23:59:54,2020-02-21 00:00:02,0.0\r\n',
    expected: { delimiter: ',', hasHeader: true, lineEnding: '\r\n', header: ['订单编号', '总金额', '买家实际支付金额', '收货地址 ', '订单创建时间', '订单付款时间 ', '退款金额'] },
  },
  {
    name: 'BOM in front of the first name',
    sample: '\uFEFFid,name\n1,a\n2,b\n',
    expected: { delimiter: ',', hasHeader: true, header: ['id', 'name'] },
  },
  {
    name: 'single column',
    sample: 'email\nann@example.com\nbob@example.com\n',
    expected: { delimiter: ',', columnCount: 1, hasHeader: true, header: ['email'] },
  },
  {
    name: 'old Mac line endings (CR only)',
    sample: 'a,b\r1,2\r3,4\r',
    expected: { delimiter: ',', lineEnding: '\r', columnCount: 2, hasHeader: true },
  },
  {
    name: 'inch marks inside unquoted fields stay ordinary characters',
    sample: 'id,size,price\n1,5" x 7",3\n2,"10"" x 12""",4\n3,8" x 10",5\n',
    expected: { delimiter: ',', quote: '"', columnCount: 3 },
  },
  {
    name: 'a stray quote at a field start would swallow the file: quotes off',
    sample: 'id,name,n\n1,"Big,2\n3,x,4\n5,y,6\n7,z,8\n',
    expected: { delimiter: ',', quote: '', columnCount: 3 },
  },
  {
    name: 'header row only',
    sample: 'customer_id,order_date,revenue\n',
    expected: { delimiter: ',', hasHeader: true, columnCount: 3 },
  },
  {
    name: 'a list of names is not a whitespace table',
    sample: 'John Smith\nAnn Lee\nBob Stone\n',
    expected: { delimiter: ',', columnCount: 1 },
  },
];

describe('sniffDialect', () => {
  it.each(cases)('$name', ({ sample, expected }) => {
    const d = sniffDialect(sample);
    expect(d).toMatchObject(expected);
    expect(d.header).toHaveLength(d.columnCount);
  });
});

describe('title lines above the header', () => {
  const ORDERS = 'order_id,customer_id,order_date,amount\r\nA1001,C01,2024-02-01,47.50\r\nA1002,C02,2024-02-02,84.50\r\n';
  const HEADER = ['order_id', 'customer_id', 'order_date', 'amount'];

  it.each([
    { name: 'a title line and a blank line', sample: `Order export - Shop XYZ - generated 2024-03-01\r\n\r\n${ORDERS}`, skipLines: 2 },
    { name: 'a title row as a spreadsheet saves it (filled first cell, empty rest)', sample: `Sales report Q1 2024,,,\r\n${ORDERS}`, skipLines: 1 },
    { name: 'a title with a comma, narrower than the table', sample: `Orders, Shop XYZ\r\nExported 2024-03-01\r\n${ORDERS}`, skipLines: 2 },
    { name: 'no title', sample: ORDERS, skipLines: 0 },
  ])('$name: skipped, the real header names the columns', ({ sample, skipLines }) => {
    expect(sniffDialect(sample)).toMatchObject({ delimiter: ',', hasHeader: true, header: HEADER, columnCount: 4, skipLines });
  });

  it('counts the lines of a title split over lines inside quotes, at CR line endings', () => {
    const d = sniffDialect('"Sales report\rQ1 2024",,\ra,b,c\r1,2,3\r4,5,6\r');
    expect(d).toMatchObject({ lineEnding: '\r', hasHeader: true, header: ['a', 'b', 'c'], skipLines: 2 });
  });

  it('keeps every record of a headerless file whose first record is short', () => {
    expect(sniffDialect('A1001,C01,2024-02-01\nA1002,C02,2024-02-02,84.50\nA1003,C03,2024-02-03,31.50\n')).toMatchObject({ hasHeader: false, skipLines: 0 });
  });

  it('keeps a header that has a blank name (narrower by filled fields, but the next row is data)', () => {
    expect(sniffDialect('id,\n1,x\n2,y\n')).toMatchObject({ hasHeader: true, skipLines: 0, header: ['id', 'column2'] });
  });

  it('does not skip more than a few lines looking for a header', () => {
    const notes = Array.from({ length: 8 }, (_, i) => `note ${i}`).join('\n');
    expect(sniffDialect(`${notes}\n${ORDERS}`).skipLines).toBe(0);
  });
});

describe('the header line repeated below (two exports pasted into one file)', () => {
  it('is no evidence against the header, with or without the BOM of the second export', () => {
    const header = 'order_id,customer_id,order_date,amount';
    for (const repeat of [header, `\uFEFF${header}`]) {
      const sample = [header, 'A1,C1,2024-02-01,47.50', 'A2,C2,2024-02-02,84.50', repeat, 'A3,C1,2024-02-03,31.50', ''].join('\n');
      expect(sniffDialect(sample)).toMatchObject({ hasHeader: true, header: header.split(','), skipLines: 0 });
    }
  });
});

describe('parseCsvLine', () => {
  it.each([
    { line: 'a,b,c', delimiter: ',' as const, quote: '"' as const, expected: ['a', 'b', 'c'] },
    { line: '"a,b",c', delimiter: ',' as const, quote: '"' as const, expected: ['a,b', 'c'] },
    { line: '"say ""hi""",x', delimiter: ',' as const, quote: '"' as const, expected: ['say "hi"', 'x'] },
    { line: '1, "b,c"', delimiter: ',' as const, quote: '"' as const, expected: ['1', 'b,c'] },
    { line: 'TV 55" screen,499', delimiter: ',' as const, quote: '"' as const, expected: ['TV 55" screen', '499'] },
    { line: '"a,b",c', delimiter: ',' as const, quote: '' as const, expected: ['"a', 'b"', 'c'] },
    { line: 'a,,', delimiter: ',' as const, quote: '"' as const, expected: ['a', '', ''] },
    { line: '收货地址 ;金额', delimiter: ';' as const, quote: '"' as const, expected: ['收货地址 ', '金额'] },
    { line: 'a\t\tb', delimiter: '\t' as const, quote: '"' as const, expected: ['a', '', 'b'] },
    { line: ' 00001  19970101 1 11.77\r', delimiter: 'whitespace' as const, quote: '' as const, expected: ['00001', '19970101', '1', '11.77'] },
    { line: 'a|b\r\n', delimiter: '|' as const, quote: '"' as const, expected: ['a', 'b'] },
    { line: '', delimiter: ',' as const, quote: '"' as const, expected: [''] },
  ])('$line ($delimiter)', ({ line, delimiter, quote, expected }) => {
    expect(parseCsvLine(line, delimiter, quote)).toEqual(expected);
  });
});

describe('normalizeHeader', () => {
  it.each([
    { names: ['id', 'name'], expected: ['id', 'name'] },
    { names: ['', ' ', 'x'], expected: ['column1', 'column2', 'x'] },
    { names: ['a', 'a', 'a'], expected: ['a', 'a_2', 'a_3'] },
    { names: ['a', 'A'], expected: ['a', 'A_2'] }, // DuckDB identifiers are case-insensitive
    { names: ['a', 'a', 'a_2'], expected: ['a', 'a_3', 'a_2'] },
    { names: ['column2', ''], expected: ['column2', 'column2_2'] },
    { names: ['\uFEFFid', 'v'], expected: ['id', 'v'] },
    { names: ['收货地址 ', '收货地址'], expected: ['收货地址 ', '收货地址'] },
  ])('$names', ({ names, expected }) => {
    expect(normalizeHeader(names)).toEqual(expected);
  });
});

const DATA = '/work/shared/data';
const head = (path: string) => {
  const bytes = readFileSync(path);
  return new TextDecoder().decode((path.endsWith('.gz') ? gunzipSync(bytes) : bytes).subarray(0, 65536));
};
describe.skipIf(!existsSync(DATA))('real files (first 64 KB)', () => {
  it.each([
    { file: 'cdnow/CDNOW_master.txt', expected: { delimiter: 'whitespace', hasHeader: true, columnCount: 4, lineEnding: '\r\n' } },
    { file: 'cdnow/CDNOW_sample.txt', expected: { delimiter: 'whitespace', hasHeader: false, columnCount: 5, lineEnding: '\r\n' } },
    { file: 'cdnow/cdnow_customers_summary.csv', expected: { delimiter: ',', hasHeader: true, header: ['ID', 'frequency', 'recency', 'T'] } },
    { file: 'tmall_order_report/tmall_order_report.csv', expected: { delimiter: ',', hasHeader: true, columnCount: 7, lineEnding: '\r\n' } },
    { file: 'online_retail/online_retail.csv.gz', expected: { delimiter: ',', quote: '"', hasHeader: true, columnCount: 8, lineEnding: '\n' } },
    { file: 'olist_subset_10k/orders.csv', expected: { delimiter: ',', hasHeader: true, columnCount: 8 } },
    { file: 'olist_subset_10k/products.csv', expected: { delimiter: ',', hasHeader: true, columnCount: 9 } },
    { file: 'rfm_orders/rfm_data_orders.csv', expected: { delimiter: ',', hasHeader: true, header: ['customer_id', 'order_date', 'revenue'] } },
  ] as { file: string; expected: Expect }[])('$file', ({ file, expected }) => {
    if (!existsSync(`${DATA}/${file}`)) return;
    expect(sniffDialect(head(`${DATA}/${file}`))).toMatchObject(expected);
  });
});
