// Breaks when the customer-level download stops matching the report: one row per customer of the
// value chapter, segment names in the chosen language, cluster and CLV columns when those chapters
// ran, formulas neutralised in the CSV, the same rows in the Parquet file, and a file that always
// belongs to the settings it was asked for (not to a later, different run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parquetReadObjects } from 'hyparquet';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset, Report } from '../../../workers/protocol';
import { openEngine, fromText } from '../../support/engine';
import { chapter } from '../../support/chapter';

let engine: Engine;
let mapping: MappedDataset[];
let report: Report;

beforeAll(async () => {
  engine = await openEngine();
  const r = await engine.loadSample('zh', () => {});
  mapping = r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  report = await engine.report(mapping, {}, () => {});
}, 240_000);
afterAll(() => engine.bindings.reset());

function parseCsv(text: string): string[][] {
  // The sample's fields hold no commas or quotes, so a plain split reads them.
  return text.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((l) => l.split(','));
}

describe('customer-level export of the sample', () => {
  it('writes one CSV row per customer with the chapters that ran', async () => {
    const value = chapter(report.value);
    if (value.status !== 'ok') throw new Error(`value chapter ${value.status}`);
    const { data, rows } = await engine.exportCustomers(mapping, {}, 'csv', 'zh');
    expect(typeof data).toBe('string');
    const csv = data as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...body] = parseCsv(csv);
    expect(rows).toBe(value.customers);
    expect(body).toHaveLength(value.customers);
    expect(header.slice(0, 4)).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary']);
    expect(header).toContain('eight_class_name');
    expect(header).toContain('cluster');
    expect(header).toContain('clv');
    expect(header).toContain('risk_band');
    // Segment names in Chinese, counts per segment as in the report.
    const col = header.indexOf('eight_class_name');
    const names = new Set(body.map((r) => r[col]));
    expect([...names].some((n) => n.endsWith('客户'))).toBe(true);
    const named = header.indexOf('named_segment');
    for (const s of value.segments.named.segments) {
      expect(body.filter((r) => r[named] === s.id).length, s.id).toBe(s.customers);
    }
    // Clusters count from 1 as people do.
    const clusters = new Set(body.map((r) => Number(r[header.indexOf('cluster')])));
    expect(Math.min(...clusters)).toBe(1);
  });

  it('writes the same rows as Parquet', async () => {
    const csv = (await engine.exportCustomers(mapping, {}, 'csv', 'en')).data as string;
    const [header, ...body] = parseCsv(csv);
    const { data, rows } = await engine.exportCustomers(mapping, {}, 'parquet', 'en');
    expect(data).toBeInstanceOf(Uint8Array);
    const bytes = data as Uint8Array;
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const objects = (await parquetReadObjects({ file })) as Record<string, unknown>[];
    expect(objects).toHaveLength(rows);
    expect(Object.keys(objects[0])).toEqual(header);
    for (const i of [0, Math.floor(body.length / 2), body.length - 1]) {
      const fromCsv = body[i];
      const fromParquet = header.map((h) => {
        const v = objects[i][h];
        return v === null || v === undefined ? '' : String(v);
      });
      expect(fromParquet).toEqual(fromCsv);
    }
  });

  it('recomputes when the tables belong to other settings', async () => {
    // A later report with three score levels rewrites customer_results ...
    await engine.report(mapping, { value: { rfm: { bins: 3 } } }, () => {});
    // ... so the default-settings export must not read those three-level scores.
    const csv = (await engine.exportCustomers(mapping, {}, 'csv', 'en')).data as string;
    const [header, ...body] = parseCsv(csv);
    const r = header.indexOf('r_score');
    expect(Math.max(...body.map((row) => Number(row[r])))).toBe(5);
    const three = (await engine.exportCustomers(mapping, { value: { rfm: { bins: 3 } } }, 'csv', 'en')).data as string;
    const [h3, ...b3] = parseCsv(three);
    expect(Math.max(...b3.map((row) => Number(row[h3.indexOf('r_score')])))).toBe(3);
  });
});

describe('customer ids that look like formulas', () => {
  it('are neutralised in the CSV and kept verbatim in Parquet', async () => {
    const e = await openEngine();
    try {
      const text = 'order_id,customer_id,order_date,amount\nA1,=HYPERLINK("x"),2024-01-05,10\nA2,=HYPERLINK("x"),2024-02-05,20\nA3,c2,2024-03-01,5\n';
      const r = await e.load([fromText('orders.csv', text)], () => {});
      const m = r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
      await e.report(m, {}, () => {});
      const csv = (await e.exportCustomers(m, {}, 'csv', 'en')).data as string;
      expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
      const bytes = (await e.exportCustomers(m, {}, 'parquet', 'en')).data as Uint8Array;
      const objects = (await parquetReadObjects({ file: bytes.slice().buffer as ArrayBuffer })) as Record<string, unknown>[];
      expect(objects.map((o) => o.customer_id).sort()).toEqual(['=HYPERLINK("x")', 'c2']);
    } finally {
      e.bindings.reset();
    }
  }, 120_000);
});
