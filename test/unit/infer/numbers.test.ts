// Breaks when number detection misreads how a column writes numbers (thousands vs decimal comma,
// currency, percent, accounting negatives), which would silently scale amounts by 1000 or drop them.
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, parseNumber } from '../../../src/analysis/infer/numbers';
import type { NumberFormat } from '../../../src/analysis/types';
import { NUMBER_CASES, nf } from './cases';

describe('parseNumber', () => {
  for (const c of NUMBER_CASES) {
    it(c.name, () => {
      for (const [input, expected] of c.rows) {
        expect([input, parseNumber(input, c.format)]).toEqual([input, expected]);
      }
    });
  }
});

const DETECT: Array<[string, string[], Partial<NumberFormat> | null, number]> = [
  ['plain decimals (Online Retail UnitPrice)', ['2.55', '3.39', '2.75', '7.65', '4.25', '1.85', '0.0'], {}, 1],
  ['integers', ['6', '8', '2', '32', '-1', '12'], {}, 1],
  ['groups of three everywhere -> thousands', ['1,234', '12,500', '999', '1,000,000'], { thousands: ',' }, 1],
  ['single 1,234 alone -> thousands', ['1,234'], { thousands: ',' }, 1],
  ['1,5 -> decimal comma', ['1,5', '12,75', '3'], { decimal: ',' }, 1],
  ['one short group makes the comma a decimal', ['1,234', '2,5', '7,125'], { decimal: ',' }, 1],
  ['European with both marks', ['1.234,56', '12,5', '999,00', '2.000.000,00'], { decimal: ',', thousands: '.' }, 1],
  ['dots in groups of three with no comma stay decimals', ['1.234', '2.500'], {}, 1],
  ['dotted thousands with several groups', ['1.234.567', '2.500', '12'], { decimal: ',', thousands: '.' }, 1],
  ['US currency and accounting negatives', ['$1,234.50', '($12.00)', '$0.99', '-$5.00'], { thousands: ',', currency: '$' }, 1],
  ['yuan prefix (half and full width)', ['¥12.5', '¥1,299.00', '¥88'], { thousands: ',', currency: '¥' }, 1],
  ['yuan suffix 元', ['12.5元', '88元', '1299元'], { currency: '元' }, 1],
  ['currency codes', ['RMB 120', 'RMB 88.5'], { currency: 'RMB' }, 1],
  ['EUR suffix with decimal comma', ['12,50 EUR', '3,99 EUR', '100 EUR'], { decimal: ',', currency: 'EUR' }, 1],
  ['percent', ['12%', '3.5%', '100%'], { percent: true }, 1],
  ['trailing minus', ['5-', '12.5', '3-'], {}, 1],
  ['space thousands', ['1 234,56', '12 000,00', '5,5'], { decimal: ',', thousands: ' ' }, 1],
  ['Swiss apostrophe', ["1'234.50", "12'000", '5.5'], { thousands: "'" }, 1],
  ['mostly numbers with junk', ['1', '2', '3', 'n/a'], {}, 0.75],
];

describe('detectNumberFormat', () => {
  for (const [name, values, expected, share] of DETECT) {
    it(name, () => {
      const r = detectNumberFormat(values);
      expect(r).not.toBeNull();
      expect(r!.format).toEqual(nf(expected ?? {}));
      expect(r!.share).toBeCloseTo(share, 5);
    });
  }

  it('returns null when nothing is a number', () => {
    expect(detectNumberFormat(['abc', '2011-01-02', 'WHITE METAL LANTERN'])).toBeNull();
    expect(detectNumberFormat([])).toBeNull();
  });

  it('reports a low share for ids that only sometimes look numeric', () => {
    const r = detectNumberFormat(['85123A', '71053', '84406B', '84029G', 'POST']);
    expect(r!.share).toBeCloseTo(0.2, 5);
  });
});
