/**
 * Generators and formatters shared by the property tests in this folder: hostile strings, numbers
 * written the ways exports write them, and dates in every layout the inference reads. Formatting
 * works on integers and calendar fields only (never toFixed or toLocaleString), so the expected
 * value of a rendered string is known exactly and a failure is the parser's, not the formatter's.
 */
import fc from 'fast-check';
import type { DateFormat, NumberFormat } from '../../../src/analysis/types';

/** Fixed seed for every fc.assert here, so CI sees the same cases on every run. */
export const SEED = 42;

// ---------------------------------------------------------------------------------------------
// Hostile strings
// ---------------------------------------------------------------------------------------------

/** Blanks the parsers treat specially (see src/analysis/infer/text.ts), and some they do not. */
export const BLANKS = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2007', '\u202f', '\u3000', '\ufeff', '\u2028', '\u200b'];

/** Characters whose case folding differs between engines (long s, Kelvin sign, dotted I, sharp s). */
export const FOLDING = ['ſ', '\u212a', 'İ', 'ı', 'ß', 'ẞ', 'ǅ', 'Ω', '\u2126'];

/** Any code point (fast-check's "binary" unit: every Unicode scalar value). */
export const anyString = (maxLength = 40) => fc.string({ unit: 'binary', maxLength });

/** UTF-16 code units one by one, lone surrogates included (JS strings may hold them). */
export const codeUnitString = (maxLength = 40) =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '🧾', '💰', '❤️', '\u{1F600}\u200d'];
const RTL = ['مرحبا', 'عميل', 'مبلغ', 'שלום', 'לקוח', '\u202e', '\u202b', '\u200f', '١٢٣٤٥٦', '۱۲۳'];
const CJK = ['客户', '订单号', '金额', '下单时间', '年', '月', '日', '评价内容', '浙江省', '男', '女'];

/** Emoji, right-to-left text (with direction overrides and Arabic-Indic digits) and CJK. */
export const exoticString = fc
  .array(fc.oneof(fc.constantFrom(...EMOJI, ...RTL, ...CJK, ...FOLDING, ...BLANKS), fc.string({ maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** A short piece repeated into a very long string (10k..200k characters). */
export const hugeString = fc
  .tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('1', '9,', '1 ', '(', '-', '2023-01-05 ', '😀', '金额')), fc.integer({ min: 10_000, max: 200_000 }))
  .map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n));

/** Strings made of the characters number parsing cares about: digits, separators, signs, currency. */
export const numberish = (maxLength = 16) =>
  fc
    .array(
      fc.constantFrom(
        ...'0123456789'.split(''), '0', '1', '.', ',', "'", ' ', '-', '+', '(', ')', '%', '％', 'e', 'E',
        '¥', '￥', '$', '€', '£', '元', 'US$', 'HK$', 'RMB', 'usd', 'EUR', 'gbp', 'cny', 'Uſd', 'H\u212a$',
        '\u00a0', '\u202f', '\u3000', '\t', 'x', 'Infinity', 'NaN', '0x1', '١', '５',
      ),
      { maxLength },
    )
    .map((p) => p.join(''));

/** Strings made of date pieces: digits, separators, 年月日, T, Z, AM/PM, colons, blanks. */
export const dateish = (maxLength = 14) =>
  fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 99 }).map(String),
        fc.integer({ min: 1800, max: 10_000 }).map(String),
        fc.constantFrom('-', '/', '.', ':', ' ', '  ', '\t', 'T', 't', 'Z', 'AM', 'pm', 'a.m.', '年', '月', '日', '0', '00', '%', '+', '\u00a0'),
      ),
      { maxLength },
    )
    .map((p) => p.join(''));

/** Anything a cell may hold: all of the above. */
export const anyCell = fc.oneof(
  { weight: 3, arbitrary: anyString() },
  { weight: 1, arbitrary: codeUnitString() },
  { weight: 2, arbitrary: exoticString },
  { weight: 3, arbitrary: numberish() },
  { weight: 3, arbitrary: dateish() },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'null', 'NULL', 'NaN', '-', '—', 'N/A', '0', '1', 'true', '是') },
);

// ---------------------------------------------------------------------------------------------
// Numbers as written
// ---------------------------------------------------------------------------------------------

/** A way of writing numbers: the separators in the text and the NumberFormat that reads them. */
export interface NumberStyle {
  name: string;
  decimal: NumberFormat['decimal'];
  /** Character written between groups of three ('' = never grouped). */
  group: string;
  thousands: NumberFormat['thousands'];
}

export const NUMBER_STYLES: NumberStyle[] = [
  { name: '1234.56', decimal: '.', group: '', thousands: '' },
  { name: '1,234.56', decimal: '.', group: ',', thousands: ',' },
  { name: '1.234,56', decimal: ',', group: '.', thousands: '.' },
  { name: '1 234,56', decimal: ',', group: ' ', thousands: ' ' },
  { name: '1\u00a0234,56 (no-break space)', decimal: ',', group: '\u00a0', thousands: ' ' },
  { name: '1\u202f234,56 (narrow no-break space)', decimal: ',', group: '\u202f', thousands: ' ' },
  { name: '1 234.56', decimal: '.', group: ' ', thousands: ' ' },
  { name: "1'234.56", decimal: '.', group: "'", thousands: "'" },
  { name: "1'234,56", decimal: ',', group: "'", thousands: "'" },
  { name: '1234,56', decimal: ',', group: '', thousands: '' },
];

/** Symbols and codes numbers.ts removes when a column has a currency. */
export const CURRENCIES = ['¥', '￥', '$', '€', '£', '元', 'US$', 'HK$', 'RMB', 'CNY', 'USD', 'EUR', 'GBP', 'usd', 'rmb'];

export type Negative = 'minus' | 'parens' | 'trailing' | 'inside';

export interface WrittenNumber {
  /** Magnitude in units of 10^-scale (an integer, so the expected value is exact). */
  units: number;
  scale: 0 | 2;
  negative: Negative | null;
  plus: boolean;
  grouped: boolean;
  currency: { symbol: string; suffix: boolean; blank: boolean } | null;
  percent: { sign: '%' | '％'; blank: boolean } | null;
  pad: [string, string];
}

/** Digits of `units` with `scale` decimals, integer part grouped by `group`. */
function body(units: number, scale: 0 | 2, style: NumberStyle, grouped: boolean): string {
  const digits = String(units).padStart(scale + 1, '0');
  let int = scale === 0 ? digits : digits.slice(0, -scale);
  const frac = scale === 0 ? '' : digits.slice(-scale);
  if (grouped && style.group !== '') int = int.replace(/\B(?=(\d{3})+$)/g, style.group);
  return frac === '' ? int : `${int}${style.decimal}${frac}`;
}

/**
 * The text of a number in a style. Supported by numbers.ts and rendered here: a leading minus or
 * plus, parentheses and a trailing minus for negatives, a currency symbol or code before or after
 * (with or without a blank; a minus may sit between a prefix symbol and the digits), and a percent
 * sign. Percent values are only written with a leading minus: numbers.ts strips a final % before
 * it looks at signs, so `(12%)` and `12%-` are not read (a documented limit, not tested here).
 */
export function renderNumber(w: WrittenNumber, style: NumberStyle): string {
  let s = body(w.units, w.scale, style, w.grouped);
  if (w.percent) {
    s = `${s}${w.percent.blank ? ' ' : ''}${w.percent.sign}`;
    if (w.negative) s = `-${s}`;
    else if (w.plus) s = `+${s}`;
    return w.pad[0] + s + w.pad[1];
  }
  const c = w.currency;
  const gap = c?.blank ? ' ' : '';
  if (c && !c.suffix && w.negative === 'inside') s = `${c.symbol}${gap}-${s}`;
  else {
    if (c) s = c.suffix ? `${s}${gap}${c.symbol}` : `${c.symbol}${gap}${s}`;
    if (w.negative === 'minus' || w.negative === 'inside') s = `-${s}`;
    else if (w.negative === 'parens') s = `(${s})`;
    else if (w.negative === 'trailing') s = `${s}-`;
    else if (w.plus) s = `+${s}`;
  }
  return w.pad[0] + s + w.pad[1];
}

/** The value parseNumber must return for a rendered number. */
export function expectedNumber(w: WrittenNumber): number {
  let v = w.scale === 0 ? w.units : w.units / 100;
  if (w.negative) v = -v;
  if (w.percent) v = v / 100;
  return v;
}

/** The format a column of such numbers has. */
export function formatOf(w: Pick<WrittenNumber, 'currency' | 'percent'>, style: NumberStyle): NumberFormat {
  return { decimal: style.decimal, thousands: style.thousands, currency: w.currency?.symbol ?? '', percent: w.percent !== null };
}

const pad = fc.tuple(fc.constantFrom('', ' ', '\u00a0', '\u3000', '\t', '\ufeff'), fc.constantFrom('', ' ', '\u00a0', '\u202f'));

/** Magnitudes: small, typical, and large (up to 10^15, inside exact double integers). */
export const units = fc.oneof(
  fc.integer({ min: 0, max: 999 }),
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 1e15 }),
);

/** Column-level choices (shared by every value of a sample) and value-level choices. */
export const columnChoice = fc.record({
  style: fc.constantFrom(...NUMBER_STYLES),
  kind: fc.constantFrom('plain', 'currency', 'percent') as fc.Arbitrary<'plain' | 'currency' | 'percent'>,
  symbol: fc.constantFrom(...CURRENCIES),
  suffix: fc.boolean(),
  blank: fc.boolean(),
  percentSign: fc.constantFrom('%', '％') as fc.Arbitrary<'%' | '％'>,
});
export type ColumnChoice = typeof columnChoice extends fc.Arbitrary<infer T> ? T : never;

export function writtenNumber(col: ColumnChoice, scale?: 0 | 2): fc.Arbitrary<WrittenNumber> {
  const negatives: Array<Negative | null> =
    col.kind === 'percent' ? [null, 'minus'] : col.kind === 'currency' && !col.suffix ? [null, 'minus', 'parens', 'trailing', 'inside'] : [null, 'minus', 'parens', 'trailing'];
  return fc.record({
    units,
    scale: scale === undefined ? fc.constantFrom<0 | 2>(0, 2) : fc.constant(scale),
    negative: fc.constantFrom(...negatives),
    plus: fc.boolean(),
    grouped: fc.boolean(),
    currency: fc.constant(col.kind === 'currency' ? { symbol: col.symbol, suffix: col.suffix, blank: col.blank } : null),
    percent: fc.constant(col.kind === 'percent' ? { sign: col.percentSign, blank: col.blank } : null),
    pad,
  });
}

/** One column: its choices and a sample of values written that way. */
export const numberColumn = (minLength: number, maxLength: number, scale?: 0 | 2) =>
  columnChoice.chain((col) => fc.record({ col: fc.constant(col), values: fc.array(writtenNumber(col, scale), { minLength, maxLength }) }));

/** Equal within a stated tolerance: exact for plain values, 1e-12 relative once divided by 100. */
export function closeTo(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

// ---------------------------------------------------------------------------------------------
// Dates as written
// ---------------------------------------------------------------------------------------------

export interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

export function partsOf(date: Date): Parts {
  return {
    y: date.getUTCFullYear(),
    mo: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    h: date.getUTCHours(),
    mi: date.getUTCMinutes(),
    s: date.getUTCSeconds(),
    ms: date.getUTCMilliseconds(),
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');
const p4 = (n: number) => String(n).padStart(4, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date layout: how to write the parts, the format that reads them, and what survives. */
export interface DateLayout {
  name: string;
  render(p: Parts): string;
  /** The format a column of this layout is read with (what detection should find, or one like it). */
  format: DateFormat;
  /** Finest unit the text keeps. */
  precision: 'day' | 'minute' | 'second' | 'ms';
  /** Range of dates the layout can hold (inclusive, ms). */
  min: number;
  max: number;
  /** Detection needs a time-like header (serials and epochs). */
  hint: boolean;
  /** Year-last layouts: which field comes first. */
  order?: 'DMY' | 'MDY';
}

const text = (order: 'YMD' | 'DMY' | 'MDY', ...patterns: string[]): DateFormat => ({ style: 'text', order, patterns, ambiguous: false });
const Y1900 = Date.UTC(1900, 0, 1);
const Y2101 = Date.UTC(2101, 0, 1) - 1;
const hms = (p: Parts) => `${p2(p.h)}:${p2(p.mi)}:${p2(p.s)}`;
const h12 = (p: Parts) => `${p.h % 12 === 0 ? 12 : p.h % 12}:${p2(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;

function layout(name: string, render: (p: Parts) => string, format: DateFormat, precision: DateLayout['precision'], extra: Partial<DateLayout> = {}): DateLayout {
  return { name, render, format, precision, min: Y1900, max: Y2101, hint: false, ...extra };
}

export const DATE_LAYOUTS: DateLayout[] = [
  layout('YYYY-MM-DD', (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}`, text('YMD', '%Y-%m-%d'), 'day'),
  layout('YYYY/MM/DD', (p) => `${p4(p.y)}/${p2(p.mo)}/${p2(p.d)}`, text('YMD', '%Y/%m/%d'), 'day'),
  layout('YYYY.MM.DD', (p) => `${p4(p.y)}.${p2(p.mo)}.${p2(p.d)}`, text('YMD', '%Y.%m.%d'), 'day'),
  layout('YYYY/M/D', (p) => `${p.y}/${p.mo}/${p.d}`, text('YMD', '%Y/%m/%d'), 'day'),
  layout('DD/MM/YYYY', (p) => `${p2(p.d)}/${p2(p.mo)}/${p.y}`, text('DMY', '%d/%m/%Y'), 'day', { order: 'DMY' }),
  layout('MM/DD/YYYY', (p) => `${p2(p.mo)}/${p2(p.d)}/${p.y}`, text('MDY', '%m/%d/%Y'), 'day', { order: 'MDY' }),
  layout('D.M.YYYY', (p) => `${p.d}.${p.mo}.${p.y}`, text('DMY', '%d.%m.%Y'), 'day', { order: 'DMY' }),
  layout('DD-MM-YYYY', (p) => `${p2(p.d)}-${p2(p.mo)}-${p.y}`, text('DMY', '%d-%m-%Y'), 'day', { order: 'DMY' }),
  layout('M/D/YY', (p) => `${p.mo}/${p.d}/${p2(p.y % 100)}`, text('MDY', '%m/%d/%y'), 'day', {
    order: 'MDY',
    // %y reads 69..99 as 19xx and 00..68 as 20xx.
    min: Date.UTC(1969, 0, 1),
    max: Date.UTC(2069, 0, 1) - 1,
  }),
  layout('YYYYMMDD', (p) => `${p4(p.y)}${p2(p.mo)}${p2(p.d)}`, { style: 'compact' }, 'day'),
  layout('YYYY-MM-DD HH:MM:SS', (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)} ${hms(p)}`, text('YMD', '%Y-%m-%d %H:%M:%S'), 'second'),
  layout('YYYY/MM/DD HH:MM:SS', (p) => `${p4(p.y)}/${p2(p.mo)}/${p2(p.d)} ${hms(p)}`, text('YMD', '%Y/%m/%d %H:%M:%S'), 'second'),
  layout('YYYY-MM-DDTHH:MM:SS', (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}T${hms(p)}`, text('YMD', '%Y-%m-%dT%H:%M:%S'), 'second'),
  layout(
    'YYYY-MM-DDTHH:MM:SS.mmmZ',
    (p) => `${p4(p.y)}-${p2(p.mo)}-${p2(p.d)}T${hms(p)}.${String(p.ms).padStart(3, '0')}Z`,
    text('YMD', '%Y-%m-%dT%H:%M:%S.%fZ'),
    'ms',
  ),
  layout('YYYY/M/D H:MM', (p) => `${p.y}/${p.mo}/${p.d} ${p.h}:${p2(p.mi)}`, text('YMD', '%Y/%m/%d %H:%M'), 'minute'),
  layout('DD/MM/YYYY HH:MM:SS', (p) => `${p2(p.d)}/${p2(p.mo)}/${p.y} ${hms(p)}`, text('DMY', '%d/%m/%Y %H:%M:%S'), 'second', { order: 'DMY' }),
  layout('MM/DD/YYYY HH:MM:SS', (p) => `${p2(p.mo)}/${p2(p.d)}/${p.y} ${hms(p)}`, text('MDY', '%m/%d/%Y %H:%M:%S'), 'second', { order: 'MDY' }),
  layout('M/D/YYYY h:MM AM', (p) => `${p.mo}/${p.d}/${p.y} ${h12(p)}`, text('MDY', '%m/%d/%Y %I:%M %p'), 'minute', { order: 'MDY' }),
  layout('YYYY年M月D日', (p) => `${p.y}年${p.mo}月${p.d}日`, text('YMD', '%Y年%m月%d日'), 'day'),
  layout('YYYY年M月D日 HH:MM', (p) => `${p.y}年${p.mo}月${p.d}日 ${p2(p.h)}:${p2(p.mi)}`, text('YMD', '%Y年%m月%d日 %H:%M'), 'minute'),
  layout('YYYY年MM月DD日HH:MM:SS', (p) => `${p.y}年${p2(p.mo)}月${p2(p.d)}日${hms(p)}`, text('YMD', '%Y年%m月%d日%H:%M:%S'), 'second'),
  layout('Excel serial (whole days)', (p) => String((Date.UTC(p.y, p.mo - 1, p.d) - EXCEL_EPOCH) / 86_400_000), { style: 'excel-serial' }, 'day', {
    hint: true,
    // Detection only accepts serials 20000..80000 (1954-10-03 .. 2119).
    min: Date.UTC(1955, 0, 1),
  }),
  layout('Excel serial (with time)', (p) => excelSerial(p), { style: 'excel-serial' }, 'second', { hint: true, min: Date.UTC(1955, 0, 1) }),
  layout('epoch seconds', (p) => String(Math.floor(truncate(p, 'second') / 1000)), { style: 'epoch-seconds' }, 'second', {
    hint: true,
    // Detection reads 10-digit values from 1990 to 2100; 10 digits start in September 2001.
    min: Date.UTC(2002, 0, 1),
    max: Date.UTC(2100, 0, 1) - 1,
  }),
  layout('epoch seconds with milliseconds', (p) => epochSecondsWithMs(p), { style: 'epoch-seconds' }, 'ms', {
    hint: true,
    min: Date.UTC(2002, 0, 1),
    max: Date.UTC(2100, 0, 1) - 1,
  }),
  layout('epoch milliseconds', (p) => String(truncate(p, 'ms')), { style: 'epoch-millis' }, 'ms', {
    hint: true,
    min: Date.UTC(2002, 0, 1),
    max: Date.UTC(2100, 0, 1) - 1,
  }),
];

/** Serial days with ten decimals: within 5 µs of the whole second, which parseDate rounds to the ms. */
function excelSerial(p: Parts): string {
  const ms = truncate(p, 'second') - EXCEL_EPOCH;
  const days = Math.floor(ms / 86_400_000);
  const frac = (ms - days * 86_400_000) / 86_400_000;
  return `${days}.${String(Math.round(frac * 1e10)).padStart(10, '0')}`;
}

function epochSecondsWithMs(p: Parts): string {
  const ms = truncate(p, 'ms');
  return `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}`;
}

/** The instant a layout keeps of the parts (wall clock read as UTC, like the engine). */
export function truncate(p: Parts, precision: DateLayout['precision']): number {
  switch (precision) {
    case 'day':
      return Date.UTC(p.y, p.mo - 1, p.d);
    case 'minute':
      return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi);
    case 'second':
      return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
    case 'ms':
      return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s, p.ms);
  }
}

/** Dates a layout can write (Date.UTC ms bounds; fc.date never yields an invalid date here). */
export const datesFor = (l: DateLayout) => fc.date({ min: new Date(l.min), max: new Date(l.max), noInvalidDate: true });

/** A layout and a sample of dates written in it. */
export const dateColumn = (minLength: number, maxLength: number) =>
  fc.constantFrom(...DATE_LAYOUTS).chain((l) => fc.record({ layout: fc.constant(l), dates: fc.array(datesFor(l), { minLength, maxLength }) }));

/** strptime specifiers dates.ts generates (and the twin supports), and literal pieces around them. */
export const PATTERN_TOKENS = ['%Y', '%y', '%m', '%d', '%H', '%I', '%M', '%S', '%f', '%p', '%%', '-', '/', '.', ':', ' ', 'T', 'Z', '年', '月', '日', 'x'];

export const patternArb = fc.array(fc.constantFrom(...PATTERN_TOKENS), { maxLength: 12 }).map((t) => t.join(''));

/** Any DateFormat the app can hold: every numeric style, or text with patterns of supported specifiers. */
export const dateFormatArb: fc.Arbitrary<DateFormat> = fc.oneof(
  fc.constantFrom<DateFormat>({ style: 'compact' }, { style: 'excel-serial' }, { style: 'epoch-seconds' }, { style: 'epoch-millis' }),
  fc.record({
    style: fc.constant('text' as const),
    order: fc.constantFrom('YMD', 'DMY', 'MDY') as fc.Arbitrary<'YMD' | 'DMY' | 'MDY'>,
    patterns: fc.array(fc.oneof(patternArb, fc.constantFrom(...DATE_LAYOUTS.flatMap((l) => (l.format.style === 'text' ? l.format.patterns : [])))), { maxLength: 4 }),
    ambiguous: fc.boolean(),
  }),
);
