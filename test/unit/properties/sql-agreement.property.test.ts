// Breaks when the SQL that types a raw column (src/analysis/sql/parse.ts, run by the report) and
// the TypeScript parsers that drive the mapping preview (parseNumber, parseDate, normalizeId,
// parseBoolean) read the same generated cell differently: a number in a supported style, any
// finite double, a date in any supported layout, or noise around them. Runs on the Node
// DuckDB-WASM build the browser uses; one VALUES query of 50 cells per run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datePatternOf, patternOf, shapeOf } from '../../../src/analysis/infer/date-shapes';
import { detectDateFormat, parseDate } from '../../../src/analysis/infer/dates';
import { detectNumberFormat, parseNumber } from '../../../src/analysis/infer/numbers';
import { normalizeId, parseBoolean, trimValue } from '../../../src/analysis/infer/text';
import { literal } from '../../../src/analysis/sql/ident';
import { fastParseExpr, parseExpr } from '../../../src/analysis/sql/parse';
import type { ColumnFormat, DateFormat, NumberFormat } from '../../../src/analysis/types';
import { openWasmDb, type WasmDb } from '../../support/wasm-db';
import {
  DATE_LAYOUTS,
  FOLDING,
  SEED,
  anyString,
  columnChoice,
  dateish,
  datesFor,
  exoticString,
  formatOf,
  numberish,
  partsOf,
  renderNumber,
  writtenNumber,
} from './arbitraries';

const RUNS = 30;
const BATCH = 50;

let db: WasmDb;
beforeAll(async () => {
  db = await openWasmDb();
});
afterAll(() => db.close());

/**
 * What a cell can be once it is in DuckDB: VARCHAR is UTF-8 without NUL, so lone surrogates become
 * U+FFFD (as the transcoder does on ingest) and NUL is dropped (the quoting helper cannot send it).
 */
function storable(s: string): string {
  return s.replace(/\0/g, '').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * The typed values of one raw column, in input order; the fast-path parse the report's typed
 * table uses (fastParseExpr) must give exactly the same cells.
 */
async function viaSql(inputs: string[], format: ColumnFormat): Promise<unknown[]> {
  const rows = inputs.map((v, i) => `(${i}, ${literal(v)})`).join(', ');
  const out = await db.query(`SELECT ${parseExpr('raw', format)} AS x, ${fastParseExpr('raw', format)} AS y FROM (VALUES ${rows}) AS v(i, raw) ORDER BY i`);
  expect(out.map((r) => r.y)).toEqual(out.map((r) => r.x));
  return out.map((r) => r.x);
}

/** Every cell the same in both: both null, or equal (`same` decides how close). */
function disagreements(inputs: string[], sql: unknown[], js: (number | string | boolean | null)[], same: (a: number, b: number) => boolean) {
  return inputs
    .map((input, k) => ({ input, sql: sql[k] ?? null, js: js[k] }))
    .filter(({ sql: a, js: b }) => {
      if (a === null || b === null) return a !== b;
      if (typeof a === 'number' && typeof b === 'number') return !same(a, b);
      return a !== b;
    });
}

const exact = (a: number, b: number) => a === b;
/** Timestamps come back as fractional milliseconds; agree to the nanosecond. */
const instant = (a: number, b: number) => Math.abs(a - b) < 1e-6;

const noise = fc.oneof(numberish(16), anyString(12), exoticString, fc.constantFrom(...FOLDING.map((c) => `12 U${c}D`), '12 uſd', 'H\u212a$5', '5 \u212aRW'));

/** Digits of n, zero-padded to a width that may be too short or too long. */
const field = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom(0, 2, 2, 2, 2, 2, 3)).map(([n, w]) => String(n).padStart(w, '0'));

/** null three times out of four. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

/** Strings shaped like dates, with every field free to be out of range or oddly wide. */
const nearDate = fc
  .record({
    family: fc.constantFrom('ymd', 'year-last', 'cn'),
    y: fc.oneof({ weight: 4, arbitrary: field(1900, 2100) }, { weight: 1, arbitrary: field(0, 99) }, { weight: 1, arbitrary: field(1, 9999) }),
    a: fc.oneof({ weight: 4, arbitrary: field(1, 12) }, { weight: 1, arbitrary: field(0, 39) }),
    b: fc.oneof({ weight: 4, arbitrary: field(1, 28) }, { weight: 1, arbitrary: field(0, 39) }),
    sep: fc.constantFrom('-', '/', '.'),
    time: fc.option(
      fc.record({
        sep: fc.constantFrom(' ', ' ', ' ', 'T', 'T', 't', '  ', '\t', '', ' \u00a0'),
        h: fc.oneof({ weight: 4, arbitrary: field(0, 23) }, { weight: 1, arbitrary: field(0, 30) }),
        m: fc.oneof({ weight: 4, arbitrary: field(0, 59) }, { weight: 1, arbitrary: field(0, 70) }),
        s: fc.option(fc.oneof(field(0, 59), field(0, 70))),
        frac: rarely(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 7 })),
        ampm: rarely(fc.constantFrom(' AM', 'PM', ' pm', ' Am', ' a.m.', '\tPM')),
        z: rarely(fc.constantFrom('Z', 'z')),
      }),
    ),
    pad: fc.tuple(fc.constantFrom('', ' ', '\u3000', '\ufeff'), fc.constantFrom('', ' ', '\t', '\u00a0')),
  })
  .map(({ family, y, a, b, sep, time, pad }) => {
    const date = family === 'cn' ? `${y}年${a}月${b}日` : family === 'ymd' ? `${y}${sep}${a}${sep}${b}` : `${a}${sep}${b}${sep}${y}`;
    const t = time
      ? `${time.sep}${time.h}:${time.m}${time.s === null ? '' : `:${time.s}`}${time.frac === null ? '' : `.${time.frac}`}${time.ampm ?? ''}${time.z ?? ''}`
      : '';
    return pad[0] + date + t + pad[1];
  });

describe('numbers: SQL agrees with parseNumber', () => {
  it('on numbers written in every supported style, mixed with noise, under the column’s or the detected format', async () => {
    const arb = columnChoice.chain((col) =>
      fc.record({
        col: fc.constant(col),
        cells: fc.array(fc.oneof({ weight: 3, arbitrary: writtenNumber(col).map((w) => renderNumber(w, col.style)) }, { weight: 1, arbitrary: noise }), {
          minLength: BATCH,
          maxLength: BATCH,
        }),
        detected: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ col, cells, detected }) => {
        const inputs = cells.map(storable);
        const kind = col.kind;
        const stated: NumberFormat = formatOf({ currency: kind === 'currency' ? { symbol: col.symbol, suffix: col.suffix, blank: col.blank } : null, percent: kind === 'percent' ? { sign: col.percentSign, blank: col.blank } : null }, col.style);
        const format = (detected && detectNumberFormat(inputs)?.format) || stated;
        const sql = await viaSql(inputs, { type: 'number', number: format });
        const bad = disagreements(inputs, sql, inputs.map((v) => parseNumber(v, format)), exact);
        expect(bad, JSON.stringify(format)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on any finite double as JS prints it, with a dot or a comma decimal', async () => {
    const arb = fc.record({
      xs: fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: BATCH, maxLength: BATCH }),
      comma: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(arb, async ({ xs, comma }) => {
        const inputs = xs.map((x) => (comma ? String(x).replace('.', ',') : String(x)));
        const format: NumberFormat = { decimal: comma ? ',' : '.', thousands: '', currency: '', percent: false };
        const sql = await viaSql(inputs, { type: 'number', number: format });
        expect(disagreements(inputs, sql, inputs.map((v) => parseNumber(v, format)), exact)).toEqual([]);
        xs.forEach((x, i) => expect(sql[i] === x, inputs[i]).toBe(true));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('dates: SQL agrees with parseDate', () => {
  it('on dates in every supported layout, mixed with noise, under the detected format', async () => {
    const arb = fc.constantFrom(...DATE_LAYOUTS).chain((layout) =>
      fc.record({
        layout: fc.constant(layout),
        cells: fc.array(
          fc.oneof(
            { weight: 4, arbitrary: datesFor(layout).map((d) => layout.render(partsOf(d))) },
            { weight: 1, arbitrary: dateish(14) },
            { weight: 1, arbitrary: fc.oneof(numberish(14), anyString(8)) },
          ),
          { minLength: BATCH, maxLength: BATCH },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ layout, cells }) => {
        const inputs = cells.map(storable);
        const format = detectDateFormat(inputs, layout.hint)?.format ?? layout.format;
        const sql = await viaSql(inputs, { type: 'timestamp', date: format });
        const bad = disagreements(inputs, sql, inputs.map((v) => parseDate(v, format)), instant);
        expect(bad, JSON.stringify(format)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('on near-dates (odd widths, out-of-range fields, 12-hour clocks, 年月日, stray blanks) under the patterns their shapes give', async () => {
    let parsed = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(nearDate, { minLength: BATCH, maxLength: BATCH }), fc.constantFrom('DMY', 'MDY') as fc.Arbitrary<'DMY' | 'MDY'>, async (cells, order) => {
        const inputs = cells.map(storable);
        // The patterns dates.ts would make from these shapes, one per layout, date-only fallbacks last.
        const shapes = inputs.map((v) => shapeOf(trimValue(v))).filter((x) => x !== null);
        const patterns = [...new Set([...shapes.map((x) => patternOf(x, order)), ...shapes.map((x) => datePatternOf(x, order))])];
        const format: DateFormat = { style: 'text', order, patterns: patterns.length ? patterns : ['%Y-%m-%d'], ambiguous: false };
        const sql = await viaSql(inputs, { type: 'timestamp', date: format });
        const js = inputs.map((v) => parseDate(v, format));
        parsed += js.filter((x) => x !== null).length;
        expect(disagreements(inputs, sql, js, instant), JSON.stringify(format)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator must make real dates often enough for agreement to mean something.
    expect(parsed, 'cells read as dates').toBeGreaterThan((RUNS * BATCH) / 8);
  });
});

describe('ids and booleans: SQL agrees with normalizeId and parseBoolean', () => {
  it('on noise, float-looking ids and boolean words in any case', async () => {
    const cell = fc.oneof(
      noise,
      fc.constantFrom('TRUE', 'Yes', 'y', 'T', '是', '否', 'İ', 'ı', 'Y\u0307', 'ﬀ', 'ǲ', ' no ', 'FALSE\u3000'),
      fc.tuple(fc.nat(1e9), fc.constantFrom('', '.0', '.00', '.5', '.0e3', ' ')).map(([n, t]) => `${n}${t}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { minLength: BATCH, maxLength: BATCH }), async (cells) => {
        const inputs = cells.map(storable);
        const ids = await viaSql(inputs, { type: 'id' });
        expect(disagreements(inputs, ids, inputs.map(normalizeId), exact)).toEqual([]);
        const bools = await viaSql(inputs, { type: 'boolean' });
        expect(disagreements(inputs, bools, inputs.map(parseBoolean), exact)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
