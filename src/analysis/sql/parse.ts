/**
 * From raw VARCHAR to typed value, in SQL. Every branch mirrors a JS parser in ../infer
 * (parseNumber, parseDate, normalizeId, parseBoolean) step for step, so the preview the user
 * confirms and the report agree; test/unit/infer/parse-sql.test.ts runs both on the same inputs.
 * Bad cells become NULL, never an error, and only core functions are used: DuckDB-WASM here has
 * no extensions (no ICU, so no time zones).
 */
import type { ColumnFormat, DateFormat, NumberFormat } from '../types';
import { CURRENCY_RE2, numberShape, PARENS_RE2, PERCENT_RE2, TRAILING_MINUS_RE2 } from '../infer/numbers';
import { EPOCH_MILLIS_MAX, EPOCH_SECONDS_MAX, EXCEL_EPOCH_MS, EXCEL_MAX } from '../infer/dates';
import { EDGES_RE2, FALSE_WORDS, FLOAT_ID_RE2, MISSING_ID_WORDS, TRUE_WORDS, WS_RE2 } from '../infer/text';
import { ident, literal, literalList } from './ident';

const PLAIN: NumberFormat = { decimal: '.', thousands: '', currency: '', percent: false };

/** A DuckDB expression that reads `column` (a raw VARCHAR) as the format's type. */
/** A set lookup, not a regular expression: it runs on every id cell of every row. */
export function isMissingIdSql(trimmedCell: string): string {
  return `lower(${trimmedCell}) IN (${MISSING_ID_WORDS.map(literal).join(', ')})`;
}

export function parseExpr(column: string, format: ColumnFormat): string {
  const col = ident(column);
  switch (format.type) {
    case 'integer':
    case 'number':
      return numberExpr(col, format.number ?? PLAIN);
    case 'date':
    case 'timestamp':
      return format.date ? dateExpr(col, format.date) : 'CAST(NULL AS TIMESTAMP)';
    case 'id': {
      const t = trimmed(col);
      return `CASE WHEN ${isMissingIdSql(t)} THEN NULL ELSE nullif(regexp_replace(${t}, ${literal(FLOAT_ID_RE2)}, '\\1'), '') END`;
    }
    case 'boolean': {
      const t = `lower(${trimmed(col)})`;
      return `CASE WHEN ${t} IN (${TRUE_WORDS.map(literal).join(', ')}) THEN true WHEN ${t} IN (${FALSE_WORDS.map(literal).join(', ')}) THEN false END`;
    }
    case 'text':
      return `nullif(${trimmed(col)}, '')`;
    case 'empty':
      return 'CAST(NULL AS VARCHAR)';
  }
}

/**
 * parseExpr(column, format), with fast paths that give the same value; the typed table and the
 * profile parse through it. A cell without blank edges needs no trim; a plain decimal-point
 * number needs none of the number pipeline's rewrites (no blanks, currency marks, percent,
 * parentheses or trailing minus fit the plain shape, and the format's own shape accepts every
 * plain one), so try_cast reads it as parseExpr would. One cheap regexp match on the common clean
 * cell instead of a chain of replacements (a regexp_replace costs ~0.5 µs per cell in the WASM
 * build). test/unit/profile/sql.test.ts checks the two agree on awkward inputs.
 */
export function fastParseExpr(column: string, format: ColumnFormat): string {
  const col = ident(column);
  const edges = `regexp_matches(${col}, ${literal(EDGES_RE2)})`;
  switch (format.type) {
    case 'id':
      // `17850.0` -> `17850`; contains() spares the regexp on ids without a dot.
      return `CASE WHEN ${edges} THEN ${parseExpr(column, format)} WHEN contains(${col}, '.') AND regexp_matches(${col}, ${literal(FLOAT_ID_RE2)}) THEN split_part(${col}, '.', 1) WHEN ${isMissingIdSql(col)} THEN NULL ELSE nullif(${col}, '') END`;
    case 'text':
      return `CASE WHEN ${edges} THEN ${parseExpr(column, format)} ELSE nullif(${col}, '') END`;
    case 'integer':
    case 'number': {
      const f = format.number ?? PLAIN;
      if (f.decimal !== '.' || f.percent) return parseExpr(column, format);
      const cast = `nullif(nullif(try_cast(${col} AS DOUBLE), CAST('inf' AS DOUBLE)), CAST('-inf' AS DOUBLE))`;
      return `CASE WHEN regexp_matches(${col}, ${literal(numberShape(PLAIN))}) THEN ${cast} ELSE ${parseExpr(column, format)} END`;
    }
    case 'date':
    case 'timestamp': {
      const d = format.date;
      if (!d || d.style !== 'text' || d.patterns.length === 0) return parseExpr(column, format);
      const p = d.patterns.length === 1 ? literal(d.patterns[0]) : literalList(d.patterns);
      return `CASE WHEN ${edges} THEN ${parseExpr(column, format)} ELSE try_strptime(${col}, ${p}) END`;
    }
    case 'boolean':
    case 'empty':
      return parseExpr(column, format);
  }
}

function trimmed(expr: string): string {
  return `regexp_replace(${expr}, ${literal(EDGES_RE2)}, '', 'g')`;
}

/** parseNumber's pipeline: drop blanks, currency, %; (x) and x- become -x; check shape; cast. */
function numberExpr(col: string, f: NumberFormat): string {
  let s = `regexp_replace(${col}, ${literal(WS_RE2)}, '', 'g')`;
  if (f.currency !== '') s = `regexp_replace(${s}, ${literal(CURRENCY_RE2)}, '', 'g')`;
  if (f.percent) s = `regexp_replace(${s}, ${literal(PERCENT_RE2)}, '')`;
  s = `regexp_replace(regexp_replace(${s}, ${literal(PARENS_RE2)}, '-\\1'), ${literal(TRAILING_MINUS_RE2)}, '-\\1')`;
  let v = s;
  if (f.thousands !== '' && f.thousands !== ' ') v = `replace(${v}, ${literal(f.thousands)}, '')`;
  if (f.decimal === ',') v = `replace(${v}, ',', '.')`;
  v = `try_cast(${v} AS DOUBLE)`;
  if (f.percent) v = `(${v} / 100)`;
  // A long enough digit string overflows to ±inf in the engine; parseNumber calls that not a number.
  const x = `CASE WHEN regexp_matches(${s}, ${literal(numberShape(f))}) THEN ${v} END`;
  return `nullif(nullif(${x}, CAST('inf' AS DOUBLE)), CAST('-inf' AS DOUBLE))`;
}

/** parseDate's branches; all return TIMESTAMP (wall clock, no zone). */
function dateExpr(col: string, f: DateFormat): string {
  const t = trimmed(col);
  const when = (re: string, max: number, then: string) =>
    `CASE WHEN regexp_matches(${t}, ${literal(re)}) AND try_cast(${t} AS DOUBLE) <= ${max} THEN ${then} END`;
  const num = `try_cast(${t} AS DOUBLE)`;
  switch (f.style) {
    case 'text': {
      if (f.patterns.length === 0) return 'CAST(NULL AS TIMESTAMP)';
      const p = f.patterns.length === 1 ? literal(f.patterns[0]) : literalList(f.patterns);
      return `try_strptime(${t}, ${p})`;
    }
    case 'compact':
      return `CASE WHEN regexp_matches(${t}, '^\\d{8}$') THEN try_strptime(${t}, '%Y%m%d') END`;
    case 'excel-serial':
      return when(
        '^\\d+(\\.\\d+)?$',
        EXCEL_MAX,
        `make_timestamp((CAST(round(${num} * 86400000) AS BIGINT) + ${EXCEL_EPOCH_MS}) * 1000)`,
      );
    case 'epoch-seconds':
      return when('^\\d+(\\.\\d+)?$', EPOCH_SECONDS_MAX, `make_timestamp(CAST(round(${num} * 1000000) AS BIGINT))`);
    case 'epoch-millis':
      return when('^\\d+$', EPOCH_MILLIS_MAX, `make_timestamp(try_cast(${t} AS BIGINT) * 1000)`);
  }
}
