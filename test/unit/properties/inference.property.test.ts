// Breaks when header matching or column/table inference throws on some header or sample (empty
// tables, null cells, very long strings, emoji, right-to-left text, lone surrogates), returns a
// role, kind, type or format outside the app's vocabulary, gives a role to two columns, gives a
// column a role its type cannot carry, or stops treating `Customer ID`, `customer_id` and
// `ＣＵＳＴＯＭＥＲ＿ＩＤ` as the same header.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaptFormat } from '../../../src/analysis/infer/adapt';
import { inferColumns } from '../../../src/analysis/infer/columns';
import { parseDate } from '../../../src/analysis/infer/dates';
import { genericTime, isTimeHeader, matchHeader, normalizeHeader } from '../../../src/analysis/infer/headers';
import { classifyTable } from '../../../src/analysis/infer/kinds';
import { parseNumber } from '../../../src/analysis/infer/numbers';
import { ID_ROLES, NUMERIC_ROLES, TIME_ROLES } from '../../../src/analysis/infer/roles';
import { FILE_KINDS, ROLES, type ColumnFormat, type ColumnInference, type Role } from '../../../src/analysis/types';
import {
  DATE_LAYOUTS,
  NUMBER_STYLES,
  SEED,
  anyCell,
  anyString,
  codeUnitString,
  datesFor,
  exoticString,
  hugeString,
  partsOf,
  renderNumber,
  writtenNumber,
  columnChoice,
} from './arbitraries';

/** Headers real exports use, in English and Chinese, plus generic and near-miss ones. */
const KNOWN_HEADERS = [
  'customer_id', 'Customer ID', 'CustomerID', '客户ID', 'customer_unique_id', 'order_id', 'InvoiceNo', '订单号', 'order_date',
  'InvoiceDate', '下单时间', '付款时间', 'Quantity', 'qty', '数量', 'UnitPrice', '单价', 'amount', '实付金额', '退款金额', 'discount',
  'StockCode', 'sku', 'Description', '商品名称', 'category', 'channel', 'Country', 'state', 'city', 'gender', '性别', 'age', 'birthday',
  'signup_date', '注册时间', 'payment_type', '支付方式', 'vip level', 'order_status', 'event_type', 'behavior', 'event_time', 'review',
  '评价内容', 'review_date', 'rating', 'score', 'churn', '是否流失', 'date', 'created_at', 'ts', 'updated at', 'product_photos_qty',
  'order_item_id', '快递单号', 'id', 'col3', '', ' ', '_', 'ＣＵＳＴＯＭＥＲ＿ＩＤ',
];

const header = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_HEADERS) },
  { weight: 2, arbitrary: anyString(30) },
  { weight: 1, arbitrary: codeUnitString(30) },
  { weight: 2, arbitrary: exoticString },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KNOWN_HEADERS), exoticString).map(([h, x]) => h + x) },
);

/** Values that look like something: numbers and dates in supported styles, vocabularies, prose. */
const shapedCell = fc.oneof(
  columnChoice.chain((c) => writtenNumber(c).map((w) => renderNumber(w, c.style))),
  fc.constantFrom(...DATE_LAYOUTS).chain((l) => datesFor(l).map((d) => l.render(partsOf(d)))),
  fc.constantFrom('M', 'F', '男', '女', 'pv', 'cart', 'buy', 'delivered', 'canceled', 'alipay', '浙江省', 'yes', 'no', '1', '0', '00017'),
  fc.lorem({ maxCount: 12, mode: 'sentences' }),
);

/** A column: either values of one nature (so types get inferred), or anything at all. */
const columnValues = fc.oneof(
  fc.array(fc.option(shapedCell, { nil: null, freq: 8 }), { maxLength: 40 }),
  fc.array(fc.option(anyCell, { nil: null, freq: 5 }), { maxLength: 40 }),
  fc.constantFrom<(string | null)[]>([], [null], [null, null], [''], ['', ' ', '\u3000']),
  fc
    .tuple(fc.constantFrom(...NUMBER_STYLES), fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 30 }))
    .map(([s, ns]) => ns.map((n) => `${n}`.replace(/\B(?=(\d{3})+$)/g, s.group))),
);

const table = fc.array(fc.record({ name: header, values: columnValues }), { maxLength: 10 });

const VALUE_TYPES = ['empty', 'text', 'id', 'integer', 'number', 'date', 'timestamp', 'boolean'];

/** The format is one the app can hold, and its parser runs on the column's own values. */
function checkFormat(f: ColumnFormat, values: (string | null)[]) {
  expect(VALUE_TYPES).toContain(f.type);
  if (f.type === 'integer' || f.type === 'number') {
    const n = f.number;
    if (n) {
      expect(['.', ',']).toContain(n.decimal);
      expect(['', ',', '.', ' ', "'"]).toContain(n.thousands);
      for (const v of values) if (v !== null) parseNumber(v, n);
    }
  }
  if (f.type === 'date' || f.type === 'timestamp') {
    expect(f.date).toBeDefined();
    expect(['text', 'compact', 'excel-serial', 'epoch-seconds', 'epoch-millis']).toContain(f.date!.style);
    for (const v of values) if (v !== null) parseDate(v, f.date!);
  }
}

function checkInference(input: { name: string; values: (string | null)[] }[], out: ColumnInference[]) {
  expect(out.map((c) => c.name)).toEqual(input.map((c) => c.name));
  const used = out.map((c) => c.role).filter((r) => r !== 'ignore');
  expect(new Set(used).size, `a role on two columns: ${used}`).toBe(used.length);
  out.forEach((c, i) => {
    const values = input[i].values;
    expect(ROLES).toContain(c.role);
    expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
    expect(c.sampled).toBe(values.length);
    expect(c.missing).toBeGreaterThanOrEqual(0);
    expect(c.missing).toBeLessThanOrEqual(c.sampled);
    expect(c.distinct).toBeLessThanOrEqual(c.sampled - c.missing);
    checkFormat(c.format, values);
    // A role only lands on a column whose type can carry it.
    if (ID_ROLES.includes(c.role)) expect(c.format.type).toBe('id');
    if (TIME_ROLES.includes(c.role)) expect(['date', 'timestamp']).toContain(c.format.type);
    if (NUMERIC_ROLES.includes(c.role)) expect(['integer', 'number']).toContain(c.format.type);
    if (c.format.type === 'empty') expect(c.role).toBe('ignore');
  });
}

describe('headers', () => {
  const anyHeader = fc.oneof({ weight: 19, arbitrary: header }, { weight: 1, arbitrary: hugeString.map((s) => s.slice(0, 20_000)) });

  it('normalizeHeader never throws, keeps only letters and digits, and is idempotent', () => {
    fc.assert(
      fc.property(anyHeader, (h) => {
        const n = normalizeHeader(h);
        expect(n).toMatch(/^[\p{L}\p{N}]*$/u);
        expect(normalizeHeader(n)).toBe(n);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('matchHeader never throws and returns each valid role once, best first, scored in (0.55, 1]', () => {
    fc.assert(
      fc.property(anyHeader, (h) => {
        const ms = matchHeader(h);
        const roles = ms.map((m) => m.role);
        expect(new Set(roles).size).toBe(roles.length);
        for (const m of ms) {
          expect(ROLES).toContain(m.role);
          expect(m.role).not.toBe('ignore');
          expect(m.score).toBeGreaterThan(0.55);
          expect(m.score).toBeLessThanOrEqual(1);
          if (m.exact) expect(m.score).toBe(1);
        }
        for (let i = 1; i < ms.length; i++) expect(ms[i - 1].score).toBeGreaterThanOrEqual(ms[i].score);
        expect(typeof isTimeHeader(h)).toBe('boolean');
        expect([null, 'date', 'created']).toContain(genericTime(h));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('case, blanks, underscores, punctuation and full-width forms do not change what a header matches', () => {
    const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 20 });
    const variant = fc.constantFrom<(h: string) => string>(
      (h) => h.toUpperCase(),
      (h) => h.toLowerCase(),
      (h) => h.replace(/_/g, ' '),
      (h) => h.replace(/ /g, '_'),
      (h) => ` ${h}\u3000`,
      (h) => `${h}.`,
      (h) => `"${h}"`,
      (h) => h.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), // full-width
    );
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...KNOWN_HEADERS), ascii), variant, (h, v) => {
        expect(matchHeader(v(h)), `${h} -> ${v(h)}`).toEqual(matchHeader(h));
      }),
      { seed: SEED, numRuns: 1500 },
    );
  });
});

describe('inferColumns', () => {
  it('never throws, and returns valid, unique roles on columns that can carry them', () => {
    const seen = { roles: new Set<Role>(), types: new Set<string>() };
    fc.assert(
      fc.property(table, (input) => {
        const out = inferColumns(input);
        checkInference(input, out);
        for (const c of out) (seen.roles.add(c.role), seen.types.add(c.format.type));
      }),
      { seed: SEED, numRuns: 400 },
    );
    // The generator must reach real inferences, not only `ignore` on text.
    expect(seen.types.size, [...seen.types].join()).toBe(VALUE_TYPES.length);
    expect(seen.roles.size, [...seen.roles].join()).toBeGreaterThan(15);
  });

  it('is deterministic: the same table gives the same answer', () => {
    fc.assert(
      fc.property(table, (input) => {
        expect(inferColumns(structuredClone(input))).toEqual(inferColumns(input));
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('survives very long headers and values', () => {
    const big = fc.array(
      fc.record({ name: fc.oneof(header, hugeString), values: fc.array(fc.option(fc.oneof(hugeString, shapedCell), { nil: null }), { maxLength: 4 }) }),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(big, (input) => {
        checkInference(input, inferColumns(input));
      }),
      { seed: SEED, numRuns: 25 },
    );
  });
});

describe('classifyTable', () => {
  const fileName = fc.oneof(anyString(), exoticString, fc.constantFrom('orders.csv', 'order_items.csv', '客户.xlsx', 'events.log', 'reviews.json', 'products.parquet', ''));

  it('never throws on inferred columns, and returns a kind and a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(fileName, table, (name, input) => {
        const { kind, confidence } = classifyTable(name, inferColumns(input));
        expect(FILE_KINDS).toContain(kind);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never throws on any mix of roles (as the user may map them), repeated roles included', () => {
    const col = fc.record({
      name: anyString(10),
      role: fc.constantFrom(...ROLES),
      format: fc.constant<ColumnFormat>({ type: 'text' }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      sampled: fc.nat(100),
      missing: fc.nat(100),
      distinct: fc.nat(100),
    });
    fc.assert(
      fc.property(fileName, fc.array(col, { maxLength: 25 }), (name, cols) => {
        const { kind, confidence } = classifyTable(name, cols);
        expect(FILE_KINDS).toContain(kind);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe('adaptFormat (a role chosen by the user)', () => {
  it('never throws, and gives time roles a date type and numeric roles a number type', () => {
    const anyFormat = fc.constantFrom<ColumnFormat>(
      { type: 'text' }, { type: 'id' }, { type: 'empty' }, { type: 'boolean' }, { type: 'integer' },
      { type: 'date', date: { style: 'compact' } },
    );
    fc.assert(
      fc.property(fc.constantFrom<Role>(...ROLES), anyFormat, columnValues, (role, format, values) => {
        const f = adaptFormat(role, format, values);
        checkFormat(f, values);
        if (TIME_ROLES.includes(role)) expect(['date', 'timestamp']).toContain(f.type);
        if (NUMERIC_ROLES.includes(role)) expect(['integer', 'number']).toContain(f.type);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
