// Breaks when parseNumber or detectNumberFormat throws on some cell (any code point, lone
// surrogates, very long strings), returns something other than a finite number or null, or when a
// number written in a supported style (1,234.56 / 1.234,56 / 1 234,56 / 1'234.56, currency before
// or after, percent, (parentheses), trailing minus) stops reading back as the value written. Also
// breaks when detection picks a decimal mark that misreads a sample whose values all carry one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, parseNumber } from '../../../src/analysis/infer/numbers';
import type { NumberFormat } from '../../../src/analysis/types';
import {
  SEED,
  anyString,
  closeTo,
  codeUnitString,
  columnChoice,
  exoticString,
  expectedNumber,
  formatOf,
  hugeString,
  numberColumn,
  numberish,
  renderNumber,
  writtenNumber,
} from './arbitraries';

const formatArb: fc.Arbitrary<NumberFormat> = fc.record({
  decimal: fc.constantFrom('.', ',') as fc.Arbitrary<NumberFormat['decimal']>,
  thousands: fc.constantFrom('', ',', '.', ' ', "'") as fc.Arbitrary<NumberFormat['thousands']>,
  currency: fc.oneof(fc.constant(''), fc.constantFrom('¥', '$', 'EUR'), anyString(3)),
  percent: fc.boolean(),
});

const cell = fc.oneof(anyString(), codeUnitString(), exoticString, numberish(24));

const isNumberOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

describe('parseNumber never throws', () => {
  it('on arbitrary strings under any format, and returns a finite number or null', () => {
    fc.assert(
      fc.property(cell, formatArb, (s, f) => {
        expect(isNumberOrNull(parseNumber(s, f))).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('on very long strings', () => {
    fc.assert(
      fc.property(hugeString, formatArb, (s, f) => {
        expect(isNumberOrNull(parseNumber(s, f))).toBe(true);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('detectNumberFormat never throws', () => {
  it('on arbitrary samples, and its share is what parseNumber reads under the format it returns', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), (vals) => {
        const d = detectNumberFormat(vals);
        const present = vals.filter((v) => v.trim() !== '');
        if (d === null) {
          // Null only when there is nothing to read, or nothing reads under any candidate.
          expect(present.every((v) => parseNumber(v, { decimal: '.', thousands: '', currency: '', percent: false }) === null)).toBe(true);
          return;
        }
        expect(['.', ',']).toContain(d.format.decimal);
        expect(['', ',', '.', ' ', "'"]).toContain(d.format.thousands);
        expect(d.share).toBeGreaterThan(0);
        expect(d.share).toBeLessThanOrEqual(1);
        const ok = present.filter((v) => parseNumber(v, d.format) !== null).length;
        expect(d.share).toBeCloseTo(ok / present.length, 12);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('on samples of very long strings', () => {
    fc.assert(
      fc.property(fc.array(hugeString, { minLength: 1, maxLength: 3 }), (vals) => {
        const d = detectNumberFormat(vals);
        if (d) expect(d.share).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 20 },
    );
  });
});

describe('numbers round-trip', () => {
  it('a value written in a supported style parses back under that style (exact; 1e-12 relative for percent)', () => {
    const arb = columnChoice.chain((col) => fc.tuple(fc.constant(col), writtenNumber(col)));
    fc.assert(
      fc.property(arb, ([col, w]) => {
        const text = renderNumber(w, col.style);
        const got = parseNumber(text, formatOf(w, col.style));
        const want = expectedNumber(w);
        expect(got === null ? null : closeTo(got, want), `${JSON.stringify(text)} (${col.style.name}) -> ${got}, want ${want}`).toBe(true);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a sample whose values all carry two decimals is detected with the right marks and reads back', () => {
    fc.assert(
      fc.property(numberColumn(1, 25, 2), ({ col, values }) => {
        const texts = values.map((w) => renderNumber(w, col.style));
        const d = detectNumberFormat(texts);
        expect(d, JSON.stringify(texts)).not.toBeNull();
        const f = d!.format;
        expect([f.decimal, f.percent, f.currency !== ''], JSON.stringify(texts)).toEqual([col.style.decimal, col.kind === 'percent', col.kind === 'currency']);
        expect(d!.share).toBe(1);
        values.forEach((w, i) => {
          const got = parseNumber(texts[i], f);
          expect(got !== null && closeTo(got, expectedNumber(w)), `${JSON.stringify(texts[i])} under ${JSON.stringify(f)} -> ${got}`).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('integers grouped with commas read as thousands (the documented tie-break)', () => {
    const arb = fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(arb, (ints) => {
        const texts = ints.map((n) => String(n).replace(/\B(?=(\d{3})+$)/g, ','));
        const d = detectNumberFormat(texts)!;
        expect(d.format.decimal).toBe('.');
        texts.forEach((t, i) => expect(parseNumber(t, d.format)).toBe(ints[i]));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('any finite double, as JS prints it, parses back exactly (dot or comma decimal)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), (x, comma) => {
        const text = comma ? String(x).replace('.', ',') : String(x);
        const f: NumberFormat = { decimal: comma ? ',' : '.', thousands: '', currency: '', percent: false };
        expect(Object.is(parseNumber(text, f), x) || (x === 0 && parseNumber(text, f) === 0), text).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
