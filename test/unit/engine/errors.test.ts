// Breaks when a bad file stops failing with the LoadErrorCode the UI explains (empty, header-only,
// binary, unknown-format, corrupt, json-shape, no-sheet, undecodable) and its own name, or when it
// takes the good files dropped with it down too; and when rows that read_csv cannot parse vanish
// instead of being counted in csv.rejected. Runs the worker's Engine in Node on the same
// DuckDB-WASM build the browser uses; every bad file is built in memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import type { Engine } from '../../../workers/engine';
import type { LoadErrorCode, SourceFile } from '../../../workers/protocol';
import { openEngine } from '../../support/engine';
import {
  OLE,
  PDF,
  PNG,
  concatBytes,
  countRecords,
  emptyParquet,
  encodingFixture,
  file,
  gzip,
  parquetFixture,
  randomBytes,
  utf8,
} from '../../fixtures/formats/build';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

const noProgress = () => {};

/** Loads and removes what loaded, so one case cannot leak tables into the next. */
async function load(files: SourceFile[]) {
  const result = await engine.load(files, noProgress);
  for (const d of result.datasets) await engine.remove(d.id);
  return result;
}

async function tableNames(): Promise<string[]> {
  // Tables a load makes: raw_dN and its rejects tables (the engine keeps a cache table of its own).
  const sql = "SELECT table_name AS name FROM duckdb_tables() WHERE starts_with(table_name, 'raw_') ORDER BY 1";
  return (await engine.db.query<{ name: string }>(sql)).map((r) => r.name);
}

const truncatedGzip = (() => {
  const gz = gzip('order_id,amount\n' + Array.from({ length: 3000 }, (_, i) => `${i},${i / 4}`).join('\n') + '\n');
  return gz.subarray(0, Math.floor(gz.length * 0.6));
})();

const damagedParquet = (() => {
  // The footer stays valid; the first data pages are overwritten.
  const pq = parquetFixture().slice();
  pq.fill(0xaa, 8, 60);
  return pq;
})();

/** A .zip holding a CSV, stored without compression: PK magic, not a workbook. */
function zipOfCsv(): Uint8Array {
  const name = utf8('orders.csv');
  const data = utf8('a,b\n1,2\n');
  const header = new Uint8Array(30);
  const v = new DataView(header.buffer);
  v.setUint32(0, 0x04034b50, true);
  v.setUint16(4, 10, true);
  v.setUint32(18, data.length, true);
  v.setUint32(22, data.length, true);
  v.setUint16(26, name.length, true);
  return concatBytes(header, name, data);
}

interface ErrorCase {
  name: string;
  path: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  code: LoadErrorCode;
}

const CASES: ErrorCase[] = [
  { name: 'zero bytes', path: 'empty.csv', bytes: () => new Uint8Array(0), code: 'empty' },
  { name: 'only whitespace', path: 'blank.csv', bytes: () => utf8('  \r\n\t\n \n'), code: 'empty' },
  { name: 'a UTF-8 BOM and nothing else', path: 'bom.csv', bytes: () => new Uint8Array([0xef, 0xbb, 0xbf]), code: 'empty' },
  { name: 'header only', path: 'header.csv', bytes: () => utf8('order_id,customer_id,amount\n'), code: 'header-only' },
  { name: 'header only, no line break', path: 'header2.csv', bytes: () => utf8('order_id;amount'), code: 'header-only' },
  { name: 'gzip of nothing', path: 'empty.csv.gz', bytes: () => gzip(''), code: 'empty' },
  { name: 'gzip of a header', path: 'header.csv.gz', bytes: () => gzip('a,b\r\n'), code: 'header-only' },
  { name: 'a PNG named .csv', path: 'photo.csv', bytes: () => PNG, code: 'binary' },
  { name: 'a PDF named .csv', path: 'report.csv', bytes: () => PDF, code: 'binary' },
  { name: 'random bytes named .csv', path: 'noise.csv', bytes: () => randomBytes(4096), code: 'binary' },
  { name: 'random bytes named .txt', path: 'noise.txt', bytes: () => randomBytes(20_000, 7), code: 'binary' },
  { name: 'a legacy .xls (OLE2)', path: 'book.xls', bytes: () => OLE, code: 'unknown-format' },
  { name: 'a legacy .xls renamed .csv', path: 'book.csv', bytes: () => OLE, code: 'unknown-format' },
  { name: 'an HTML table named .xls', path: 'export.xls', bytes: () => utf8('<html><body><table><tr><td>a</td></tr></table></body></html>'), code: 'unknown-format' },
  { name: 'a zip of CSVs', path: 'exports.zip', bytes: zipOfCsv, code: 'unknown-format' },
  { name: 'a .docx (zip, not a workbook name)', path: 'letter.docx', bytes: zipOfCsv, code: 'unknown-format' },
  { name: 'a truncated .csv.gz', path: 'orders.csv.gz', bytes: () => truncatedGzip, code: 'corrupt' },
  { name: 'a .gz that is not gzip', path: 'orders.csv.gz', bytes: () => utf8('a,b\n1,2\n'), code: 'corrupt' },
  { name: 'a .parquet without the magic', path: 'orders.parquet', bytes: () => utf8('a,b\n1,2\n'), code: 'corrupt' },
  { name: 'a truncated .parquet', path: 'orders.parquet', bytes: () => parquetFixture().subarray(0, 200), code: 'corrupt' },
  { name: 'a .parquet with damaged pages', path: 'orders.parquet', bytes: () => damagedParquet, code: 'corrupt' },
  { name: 'a .parquet with no rows', path: 'orders.parquet', bytes: emptyParquet, code: 'header-only' },
  { name: 'an .xlsx that is not a zip', path: 'book.xlsx', bytes: () => utf8('a,b\n1,2\n'), code: 'corrupt' },
  { name: 'an .xlsx that is a zip but no workbook', path: 'book.xlsx', bytes: zipOfCsv, code: 'corrupt' },
  { name: 'an .xlsx with a header row only', path: 'book.xlsx', bytes: async () => new Uint8Array(await writeXlsxFile([['a', 'b']]).toBuffer()), code: 'header-only' },
  {
    name: 'an .xlsx whose sheets are all empty',
    path: 'book.xlsx',
    bytes: async () => new Uint8Array(await writeXlsxFile([{ sheet: 'One', data: [[]] }, { sheet: 'Two', data: [[null]] }]).toBuffer()),
    code: 'no-sheet',
  },
  { name: 'JSON: one object of scalars', path: 'a.json', bytes: () => utf8('{"a": 1, "b": "x"}'), code: 'json-shape' },
  { name: 'JSON: an array of numbers', path: 'a.json', bytes: () => utf8('[1, 2, 3]'), code: 'json-shape' },
  { name: 'JSON: a string', path: 'a.json', bytes: () => utf8('"hello"'), code: 'json-shape' },
  { name: 'JSON: records mixed with scalars', path: 'a.json', bytes: () => utf8('[{"a": 1}, 2]'), code: 'json-shape' },
  { name: 'JSON: records without fields', path: 'a.json', bytes: () => utf8('[{}, {}]'), code: 'json-shape' },
  { name: 'JSON: two arrays of records, which one?', path: 'a.json', bytes: () => utf8('{"x": [{"a": 1}], "y": [{"b": 2}]}'), code: 'json-shape' },
  { name: 'NDJSON: a line that is an array', path: 'a.ndjson', bytes: () => utf8('{"a": 1}\n[1, 2]\n'), code: 'json-shape' },
  { name: 'JSON: broken', path: 'a.json', bytes: () => utf8('[{"a": 1}, {"a": '), code: 'corrupt' },
  { name: 'NDJSON: a broken line', path: 'a.jsonl', bytes: () => utf8('{"a": 1}\n{"a": \n{"a": 3}\n'), code: 'corrupt' },
  { name: 'JSON: an empty array', path: 'a.json', bytes: () => utf8('[]'), code: 'empty' },
  { name: 'JSON: zero bytes', path: 'a.json', bytes: () => new Uint8Array(0), code: 'empty' },
];

describe('a bad file fails with its code and its name', () => {
  for (const c of CASES) {
    it(`${c.name} -> ${c.code}`, async () => {
      const result = await load([file(c.path, await c.bytes())]);
      expect(result.datasets).toEqual([]);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ file: c.path, code: c.code });
    });
  }

  it('leaves no table behind', async () => {
    expect(await tableNames()).toEqual([]);
  });
});

describe('rows that cannot be parsed are counted, never dropped silently', () => {
  it('a ragged CSV loads; rows with a field too many are in csv.rejected', async () => {
    const text = ['order_id,customer_id,amount', '1,C1,10', '2,C2,20,extra', '3,C3,30', '4,C4,40,x', '5,C5,50'].join('\n') + '\n';
    const result = await engine.load([file('ragged.csv', text)], noProgress);
    expect(result.errors).toEqual([]);
    const d = result.datasets[0];
    expect(d.rows).toBe(3);
    expect(d.csv?.rejected).toBe(2);
    expect(d.rows + d.csv!.rejected).toBe(countRecords(text, true));
    const rows = await engine.db.query(`SELECT order_id FROM "${d.table}"`);
    expect(rows.map((r) => r.order_id)).toEqual(['1', '3', '5']);
    await engine.remove(d.id);
  });

  it('an unmatched quote does not swallow the rest of the file', async () => {
    // The sniffer reads this file with quotes as ordinary characters: every line is a row.
    const text = 'order_id,customer_id,amount\n1,C1,10\n"6,C6,60\n7,C7,70\n';
    const d = (await engine.load([file('quote.csv', text)], noProgress)).datasets[0];
    expect(d.rows + d.csv!.rejected).toBe(3);
    expect(d.rows).toBe(3);
    const rows = await engine.db.query(`SELECT order_id FROM "${d.table}"`);
    expect(rows.map((r) => r.order_id)).toEqual(['1', '"6', '7']);
    await engine.remove(d.id);
  });

  // Regression guard (this was broken in workers/ingest/text.ts, countRejects): it counts rows of the rejects table, and DuckDB
  // writes one row per error, not per line: "4,C4,40,x,y" (two fields too many) and "6" (two too
  // few) are one rejected row each but count twice. The UI says "N rows were skipped".
  // Fix: SELECT count(*) FROM (SELECT DISTINCT scan_id, file_id, line FROM <rejects>).
  it('a row with two fields too many, or two too few, is one rejected row', async () => {
    const text = 'a,b,c\n1,2,3\n4,5,6,x,y\n7\n8,9,10\n';
    const d = (await engine.load([file('ragged2.csv', text)], noProgress)).datasets[0];
    expect(d.rows).toBe(2);
    expect(d.csv?.rejected).toBe(2);
    await engine.remove(d.id);
  });

  // Regression guard (this was broken in workers/ingest/text.ts): a line with invalid UTF-8 in two fields counts twice (as above),
  // so rows + rejected exceeds the records in the file. And the line is dropped, although
  // src/analysis/ingest/README.md says such a file is re-read with repairUtf8 (U+FFFD, counted).
  it('a UTF-8 file with a few corrupt bytes: each bad line counted once', async () => {
    const good = Array.from({ length: 30 }, (_, i) => `${i},Café ${i},Zürich`).join('\n');
    // Line 31 has a broken byte in two fields (0xFF is never valid UTF-8).
    const bytes = concatBytes(utf8(`id,name,city\n${good}\n30,Caf`), new Uint8Array([0xff]), utf8(',Z'), new Uint8Array([0xff]), utf8('rich\n31,ok,ok\n'));
    const d = (await engine.load([file('mostly-utf8.csv', bytes)], noProgress)).datasets[0];
    expect(d.encoding?.used).toBe('utf-8');
    expect(d.rows + d.csv!.rejected).toBe(32);
    await engine.remove(d.id);
  });

  // Regression guard (this was broken in workers/engine.ts reload + workers/ingest/text.ts): reading again keeps the old
  // `raw_dN_rejects` table and countRejects adds its rows to the new read's, so every reload
  // of a file with rejects doubles csv.rejected (2 -> 4).
  it('reload does not count the previous read’s rejects again', async () => {
    const text = 'a,b\n1,2\n3,4,5\n6,7\n8,9,10\n';
    const d = (await engine.load([file('ragged3.csv', text)], noProgress)).datasets[0];
    expect(d.csv?.rejected).toBe(2);
    const again = (await engine.reload(d.id, { encoding: 'windows-1252' }, noProgress)).datasets[0];
    expect(again.rows).toBe(2);
    expect(again.csv?.rejected).toBe(2);
    await engine.remove(d.id);
  });
});

describe('an encoding that cannot decode the file', () => {
  // Our detector falls back to windows-1252, which decodes any byte, so 'undecodable' can only
  // come from an encoding the user forces. Contract: a GBK file read as UTF-8 either fails
  // 'undecodable' or loads with encoding.invalidChars > 0 so the UI can warn. With the suggested
  // fix (transcode forced UTF-8 with repairUtf8) it is 'undecodable': 108 U+FFFD from a 477-byte file.
  //
  // Regression guard (this was broken in workers/ingest/text.ts): a forced 'utf-8' passes the bytes through untranscoded
  // (createUtf8Transcoder without repairUtf8), so invalidChars stays 0, DuckDB rejects every line
  // ("Invalid unicode"), and the user gets a dataset with 0 rows and 12 "rejected" rows (two
  // errors per line, see above) instead of an explanation.
  it('GBK forced to UTF-8 -> undecodable, or invalidChars counted', async () => {
    const loaded = await engine.load([file('orders.gbk.csv', encodingFixture('orders.gbk.csv'))], noProgress);
    const d = loaded.datasets[0];
    expect(d.encoding).toMatchObject({ used: 'gb18030', invalidChars: 0 });
    const result = await engine.reload(d.id, { encoding: 'utf-8' }, noProgress);
    if (result.errors.length > 0) {
      expect(result.errors).toMatchObject([{ file: 'orders.gbk.csv', code: 'undecodable' }]);
    } else {
      expect(result.datasets[0].encoding?.invalidChars).toBeGreaterThan(0);
      expect(result.datasets[0].rows).toBe(6);
    }
    await engine.remove(d.id);
  });

  it('a GBK file forced to UTF-16: undecodable, or its invalid characters counted', async () => {
    // GBK pairs read as UTF-16 are mostly valid (nonsense) characters; only unpaired surrogates
    // and an odd last byte become U+FFFD, so today this loads with a few invalidChars counted.
    const d = (await engine.load([file('orders.gbk.csv', encodingFixture('orders.gbk.csv'))], noProgress)).datasets[0];
    const result = await engine.reload(d.id, { encoding: 'utf-16le' }, noProgress);
    const invalid = result.datasets[0]?.encoding?.invalidChars ?? 0;
    expect(result.errors.length > 0 ? result.errors[0].code : invalid > 0 ? 'counted' : 'silent').not.toBe('silent');
    await engine.remove(d.id);
  });
});

describe('several files where one is bad', () => {
  it('the good ones load and the bad one is in errors', async () => {
    const result = await load([
      file('orders.csv', 'order_id,amount\n1,10\n2,20\n'),
      file('photo.csv', PNG),
      file('customers.json', '[{"customer_id": "C1"}]'),
      file('broken.json', '[{"a": '),
      file('empty.csv', ''),
      file('items.parquet', parquetFixture()),
    ]);
    expect(result.datasets.map((d) => [d.name, d.rows])).toEqual([
      ['customers.json', 1],
      ['items.parquet', 4],
      ['orders.csv', 2],
    ]);
    expect(result.errors.map((e) => [e.file, e.code]).sort()).toEqual([
      ['broken.json', 'corrupt'],
      ['empty.csv', 'empty'],
      ['photo.csv', 'binary'],
    ]);
  });

  it('in a folder, a blank or binary file is named and the others still load', async () => {
    const header = 'order_id,amount\n';
    const result = await load([
      file('daily/2024-01-01.csv', header + '1,10\n'),
      file('daily/2024-01-02.csv', ' \n\n'),
      file('daily/2024-01-03.csv', PNG),
      file('daily/2024-01-04.csv', header + '2,20\n3,30\n'),
    ]);
    expect(result.datasets.map((d) => [d.name, d.rows, d.files.map((f) => f.path)])).toEqual([
      ['daily/', 3, ['daily/2024-01-01.csv', 'daily/2024-01-04.csv']],
    ]);
    expect(result.errors.map((e) => [e.file, e.code])).toEqual([
      ['daily/2024-01-02.csv', 'empty'],
      ['daily/2024-01-03.csv', 'binary'],
    ]);
  });

  // Regression guard (this was broken in workers/ingest/text.ts readTextFiles + workers/engine.ts describeFailure): a failure in
  // one file of a folder group (a truncated .gz, found only while decompressing) throws out of the
  // whole group, so 304 good daily files are lost for one bad one, and the error names the folder
  // ('daily/'), not the file.
  it('in a folder, a truncated .csv.gz is named and the others still load', async () => {
    const header = 'order_id,amount\n';
    const result = await load([
      file('daily/2024-01-01.csv.gz', gzip(header + '1,10\n')),
      file('daily/2024-01-02.csv.gz', truncatedGzip),
      file('daily/2024-01-03.csv.gz', gzip(header + '2,20\n')),
    ]);
    expect(result.errors).toMatchObject([{ file: 'daily/2024-01-02.csv.gz', code: 'corrupt' }]);
    expect(result.datasets.map((d) => d.rows)).toEqual([2]);
  });
});
