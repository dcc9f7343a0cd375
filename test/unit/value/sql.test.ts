// Breaks when a SQL builder of the value chapter changes shape (the exact strings the methodology
// log shows), when a number does not survive the trip into SQL bit for bit (scores compare values
// with edges), when the package's scoring rule (score = 1 + #(edges <= x), recency reversed) or
// qcut's integer bin rule changes, or when options are not normalised/rejected at the entry.
// Reference values: the rfm package's rule (R/utils.R bins(), R/rfm-table-transaction.R) and
// pandas qcut on 1..n, written out by hand below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisDateOption, DEFAULT_VALUE, valueOptions } from '../../../src/analysis/value/options';
import { edgeScore, edgeScoreSql, fixedScoreSql, probabilities, rankScoreSql, sqlNumber } from '../../../src/analysis/value/scoring';
import { eightClassSql, namedSegmentSql, tierSql } from '../../../src/analysis/value/segments';
import { binPlan } from '../../../src/analysis/value/histogram';
import { SEGMENT_NAMES, NAMED_RULES, EIGHT_CLASSES, TIERS } from '../../../src/analysis/value/names';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

describe('numbers into SQL', () => {
  it('writes short decimals as they are and long ones with an exponent', () => {
    expect([sqlNumber(482), sqlNumber(297.4), sqlNumber(0.2), sqlNumber(-3.5)]).toEqual(['482', '297.4', '0.2', '-3.5']);
    expect(sqlNumber(0.1 + 0.2)).toBe('3.0000000000000004e-1');
    expect(sqlNumber(1e21)).toBe('1e+21');
    expect(() => sqlNumber(NaN)).toThrow();
  });

  it('every literal reads back in DuckDB as the same double', async () => {
    const xs = [297.4, 0.1 + 0.2, 2055.0500000000006, 249.34400000000008, 13.800000000000182, 1 / 3, -1e-7, 123456789.123456, 1e21, 5e-324, 2 ** 53 + 2];
    let seed = 7;
    for (let i = 0; i < 200; i++) {
      seed = (seed * 48271) % 2147483647;
      xs.push((seed / 2147483647) * 10 ** ((i % 12) - 3));
    }
    const rows = await db.query(`SELECT ${xs.map((x, i) => `CAST(${sqlNumber(x)} AS DOUBLE) AS x${i}`).join(', ')}`);
    expect(xs.map((_, i) => rows[0][`x${i}`])).toEqual(xs);
  });
});

describe('quantile scores (rfm package rule)', () => {
  // Edges 4/5/6/8 (F of the rfm reference case): 1–3 -> 1, 4 -> 2, 5 -> 3, 6–7 -> 4, 8+ -> 5.
  const F = [4, 5, 6, 8];
  it.each([
    [1, 1],
    [3, 1],
    [4, 2],
    [5, 3],
    [7, 4],
    [8, 5],
    [14, 5],
  ])('frequency %d -> %d', (x, s) => expect(edgeScore('frequency', x, F)).toBe(s));
  // Recency edges 115/181/297.4/482: recent = 5.
  it.each([
    [1, 5],
    [114, 5],
    [115, 4],
    [297, 3],
    [297.4, 2],
    [482, 1],
  ])('recency %d -> %d', (x, s) => expect(edgeScore('recency', x, [115, 181, 297.4, 482])).toBe(s));
  it('equal edges leave a bin empty', () => {
    // Online Retail F quantiles 1/2/3/6 + 1 -> 2/3/4/7; with edges 2/2/3/7, score 2 is never given.
    expect([1, 2, 3, 7].map((x) => edgeScore('frequency', x, [2, 2, 3, 7]))).toEqual([1, 3, 4, 5]);
  });
  it('builds the same rule in SQL', async () => {
    expect(edgeScoreSql('frequency', F)).toBe(
      '1 + (CAST(orders >= 4 AS INTEGER) + CAST(orders >= 5 AS INTEGER) + CAST(orders >= 6 AS INTEGER) + CAST(orders >= 8 AS INTEGER))',
    );
    expect(edgeScoreSql('recency', [115, 297.4])).toBe('3 - (CAST(recency_days >= 115 AS INTEGER) + CAST(recency_days >= 297.4 AS INTEGER))');
    const xs = [1, 3, 4, 5, 7, 8, 14];
    const rows = await db.query(`SELECT orders, ${edgeScoreSql('frequency', F)} AS s FROM (VALUES ${xs.map((x) => `(${x})`).join(', ')}) AS v(orders) ORDER BY orders`);
    expect(rows.map((r) => r.s)).toEqual(xs.map((x) => edgeScore('frequency', x, F)));
  });
  it('probabilities 1/b … (b−1)/b', () => {
    expect(probabilities(5)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(probabilities(3)).toEqual([1 / 3, 2 / 3]);
  });
});

describe('rank scores (pandas qcut on rank(method="first"))', () => {
  it('matches qcut bins of 1..n, hand-computed', async () => {
    // n = 7, 3 bins: qcut edges 1, 3, 5, 7 (right-closed): ranks 1–3 -> 0, 4–5 -> 1, 6–7 -> 2.
    // n = 10, 4 bins: edges 1, 3.25, 5.5, 7.75, 10: ranks 1–3, 4–5, 6–7, 8–10.
    const cases: [number, 3 | 4 | 5, number[]][] = [
      [7, 3, [1, 1, 1, 2, 2, 3, 3]],
      [10, 4, [1, 1, 1, 2, 2, 3, 3, 4, 4, 4]],
      [5, 5, [1, 2, 3, 4, 5]],
    ];
    for (const [n, bins, want] of cases) {
      const rows = await db.query(
        `SELECT ${rankScoreSql('frequency', bins)} AS s FROM (SELECT range + 1 AS rank_frequency, ${n} AS n FROM range(${n})) ORDER BY rank_frequency`,
      );
      expect(rows.map((r) => r.s)).toEqual(want);
    }
    expect(rankScoreSql('recency', 3)).toBe('3 - (CAST(3 * (rank_recency - 1) > (n - 1) * 1 AS INTEGER) + CAST(3 * (rank_recency - 1) > (n - 1) * 2 AS INTEGER))');
  });
});

describe('fixed thresholds and segment rules as SQL', () => {
  it('template levels', () => {
    const t = DEFAULT_VALUE.rfm.fixed;
    expect(fixedScoreSql('recency', t, 100)).toBe('CASE WHEN recency_days <= 7 THEN 3 WHEN recency_days <= 30 THEN 2 ELSE 1 END');
    expect(fixedScoreSql('frequency', t, 100)).toBe('CASE WHEN orders_per_month >= 5 THEN 3 WHEN orders_per_month > 2 THEN 2 ELSE 1 END');
    expect(fixedScoreSql('monetary', t, 123.5)).toBe('CASE WHEN revenue >= 247 THEN 3 WHEN revenue >= 123.5 THEN 2 ELSE 1 END');
  });

  it('named rules: first match wins, else others', () => {
    expect(namedSegmentSql(NAMED_RULES.slice(0, 2))).toBe(
      "CASE WHEN r5 BETWEEN 5 AND 5 AND f5 BETWEEN 5 AND 5 AND m5 BETWEEN 5 AND 5 THEN 'champions' " +
        "WHEN r5 BETWEEN 3 AND 5 AND f5 BETWEEN 3 AND 5 AND m5 BETWEEN 2 AND 5 THEN 'potential_loyalist' ELSE 'others' END",
    );
    expect(namedSegmentSql([])).toBe("'others'");
  });

  it('eight classes and tiers', () => {
    expect(eightClassSql({ recency: 5.5, frequency: 2, monetary: 100 })).toContain(
      "WHEN (recency_days < 5.5) AND NOT (orders > 2) AND (revenue > 100) THEN 'important_develop'",
    );
    expect(tierSql()).toBe(
      "CASE WHEN r_level = 3 AND f_level = 3 AND m_level = 3 THEN 'vip' WHEN r_level = 2 AND f_level = 2 AND m_level = 2 THEN 'growth' " +
        "WHEN r_level = 2 AND f_level = 1 AND m_level = 1 THEN 'general' WHEN r_level = 1 AND f_level = 1 AND m_level = 1 THEN 'churn_risk' ELSE 'other' END",
    );
  });

  it('every segment id has an English and a Chinese name', () => {
    const ids = { named: [...NAMED_RULES.map((r) => r.id), 'others'], 'eight-class': EIGHT_CLASSES.map((c) => c.id), tiers: [...TIERS.map((t) => t.id), 'other'] };
    for (const [scheme, list] of Object.entries(ids)) {
      expect(Object.keys(SEGMENT_NAMES[scheme as keyof typeof ids])).toEqual(list);
    }
  });
});

describe('histogram bins', () => {
  it('one bin per value for a short whole-number range, wider bins beyond', () => {
    expect(binPlan({ lo: 1, hi: 14, q01: 1, q99: 12 }, true)).toEqual({ lo: 1, width: 1, bins: 12, hi: 13, integer: true });
    expect(binPlan({ lo: 1, hi: 976, q01: 2, q99: 700 }, true)).toEqual({ lo: 1, width: 35, bins: 20, hi: 701, integer: true });
    expect(binPlan({ lo: -50, hi: 1000, q01: 3, q99: 900 }, false)).toEqual({ lo: 0, width: 45, bins: 20, hi: 900, integer: false });
    expect(binPlan({ lo: 5, hi: 5, q01: 5, q99: 5 }, false)).toEqual({ lo: 5, width: 1, bins: 1, hi: 5, integer: false });
  });
});

describe('options', () => {
  it('fill defaults, keep valid settings and reject the rest at the entry', () => {
    expect(valueOptions()).toEqual(DEFAULT_VALUE);
    const o = valueOptions({ rfm: { method: 'rank', bins: 4, fixed: { recencyDays: [14, 60] } }, segments: { lead: 'tiers' } });
    expect(o.rfm).toEqual({ method: 'rank', bins: 4, fixed: { ...DEFAULT_VALUE.rfm.fixed, recencyDays: [14, 60] } });
    expect(o.segments.lead).toBe('tiers');
    expect(() => valueOptions({ rfm: { bins: 6 as 5 } })).toThrow(/bins/);
    expect(() => valueOptions({ rfm: { fixed: { ordersPerMonth: [5, 2] } } })).toThrow(/ordersPerMonth/);
    expect(() => valueOptions({ segments: { rules: [{ id: 'x', r: [0, 5], f: [1, 5], m: [1, 5] }] } })).toThrow(/1..5/);
    expect(() => valueOptions({ segments: { rules: [{ id: 'x', r: [1, 5], f: [1, 5], m: [1, 5] }, { id: 'x', r: [1, 1], f: [1, 5], m: [1, 5] }] } })).toThrow(/twice/);
  });

  it('analysis date: an ISO calendar date or null', () => {
    expect(analysisDateOption(undefined)).toBeNull();
    expect(analysisDateOption('')).toBeNull();
    expect(analysisDateOption(' 2006-12-31 ')).toBe('2006-12-31');
    expect(analysisDateOption('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-29', '2006-13-01', '31/12/2006', '2006-12-31T00:00']) expect(() => analysisDateOption(bad)).toThrow(RangeError);
  });
});
