// Breaks when the benchmark's streamed transactions CSV stops having exactly the requested number
// of data lines, changes between runs with the same seed, drifts from the en orders columns, or
// writes lines a strict CSV reader rejects. The benchmark compares timings across runs and
// versions, so its input must be exactly reproducible.
import { describe, expect, it } from 'vitest';
import { generateTransactionsCsv, ORDER_COLUMNS_EN } from '../../../src/analysis/sample';
import { generateTransactionsCsv as fromGenerate } from '../../../src/analysis/sample/generate';
import { parseCsv } from './csv-parse';

const collect = (rows: number, extra: { seed?: number; chunkRows?: number; customers?: number } = {}) =>
  [...generateTransactionsCsv({ rows, ...extra })];

describe('generateTransactionsCsv', () => {
  it.each([0, 1, 2, 3, 7, 999, 10_001])('yields exactly %i data lines after the header', (n) => {
    const chunks = collect(n, { chunkRows: 1000 });
    const text = chunks.join('');
    expect(chunks[0]).toBe(ORDER_COLUMNS_EN.join(',') + '\n');
    expect(text.endsWith('\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(n + 1);
    for (const r of rows) expect(r).toHaveLength(ORDER_COLUMNS_EN.length);
  });

  it('is deterministic per seed and independent of chunk size', () => {
    const a = collect(5000).join('');
    expect(collect(5000, { chunkRows: 333 }).join('')).toBe(a);
    expect(collect(5000, { seed: 1 }).join('')).not.toBe(a);
    expect([...fromGenerate({ rows: 5000 })].join('')).toBe(a);
  });

  it('chunks by chunkRows', () => {
    const chunks = collect(2500, { chunkRows: 1000 });
    expect(chunks.length).toBeGreaterThanOrEqual(4); // header + at least 3 chunks
    for (const c of chunks.slice(1, -1)) expect(c.split('\n').length - 1).toBeLessThan(1004);
  });

  it('writes orders in time order with coherent amounts, repeat buyers and quoted names', () => {
    const [, ...rows] = parseCsv(collect(20_000, { customers: 4000 }).join(''));
    const col = (name: (typeof ORDER_COLUMNS_EN)[number]) => ORDER_COLUMNS_EN.indexOf(name);
    let prev = '';
    const perCustomer = new Map<string, Set<string>>();
    for (const r of rows) {
      expect(r[col('order_time')] >= prev).toBe(true);
      prev = r[col('order_time')];
      const [q, unit, amount, paid, discount] = ['quantity', 'unit_price', 'amount', 'paid_amount', 'discount'].map((c) =>
        Number(r[col(c as 'amount')]),
      );
      expect(Math.round(q * unit * 100)).toBe(Math.round(amount * 100));
      if (r[col('status')] !== 'cancelled') expect(Math.round((amount - discount) * 100)).toBe(Math.round(paid * 100));
      const id = r[col('customer_id')];
      if (!perCustomer.has(id)) perCustomer.set(id, new Set());
      perCustomer.get(id)!.add(r[col('order_id')]);
    }
    expect(prev < '2025-07-01').toBe(true);
    expect(perCustomer.size).toBeLessThanOrEqual(4000);
    const counts = [...perCustomer.values()].map((s) => s.size);
    const oneTime = counts.filter((n) => n === 1).length / counts.length;
    expect(oneTime).toBeGreaterThan(0.2);
    expect(oneTime).toBeLessThan(0.8);
    expect(rows.some((r) => r[col('product_name')].includes(','))).toBe(true);
  });

  it('streams many lines quickly, in bounded chunks', () => {
    // 300k lines keep the suite light; the benchmark itself runs 1M to 20M.
    const t0 = performance.now();
    let lines = 0;
    let largest = 0;
    for (const chunk of generateTransactionsCsv({ rows: 300_000, chunkRows: 20_000 })) {
      largest = Math.max(largest, chunk.length);
      let i = -1;
      while ((i = chunk.indexOf('\n', i + 1)) !== -1) lines++;
    }
    expect(lines).toBe(300_001);
    expect(largest).toBeLessThan(5_000_000);
    expect(performance.now() - t0).toBeLessThan(15_000); // generous: 2 shared cores
  });
});
