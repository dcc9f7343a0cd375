/**
 * SQL of the column profile: pure builders, no execution. Per dataset: one duplicate-rows query,
 * then per batch of columns (see columnBatches) one CREATE TEMP TABLE that parses every column
 * once, one aggregate query over it, one outlier query, one histogram query (UNION ALL), one
 * top-values query (UNION ALL), one sample query for the *-as-text checks and a DROP.
 *
 * Parsing raw text is the expensive part (a regexp_replace per cell costs ~0.5 µs in the WASM
 * build), so each column is parsed once into the temp table, through fastParseExpr (sql/parse.ts)
 * whose fast paths return parseExpr's exact result for the common clean cells.
 */
import type { ColumnFormat, ValueType } from '../types';
import { WS_RE2 } from '../infer/text';
import { fastParseExpr } from '../sql/parse';
import { ident, literal, literalList } from '../sql/ident';
import { rowHashSql } from '../sql/row-hash';

/** Up to this many rows count(DISTINCT) is exact; above it approx_count_distinct (HyperLogLog: cheap but coarse, 1-22% off on Online Retail). */
export const EXACT_DISTINCT_MAX_ROWS = 1_000_000;
/** A batch parses at most this many cells (rows x columns) into its temp table... */
export const BATCH_MAX_CELLS = 16_000_000;
/** ...and at most this many columns, which keeps each statement a readable size. */
export const BATCH_MAX_COLUMNS = 60;
export const TOP_VALUES = 5;
export const HISTOGRAM_BINS = 20;
/** Log-spaced bins for positive numbers with skewness above this and max/min of at least LOG_BINS_MIN_RATIO. */
export const LOG_BINS_MIN_SKEWNESS = 2;
export const LOG_BINS_MIN_RATIO = 100;
/** Non-empty values sampled per text column for the numbers-as-text / dates-as-text checks. */
export const TEXT_SAMPLE_SIZE = 1000;
export const SAMPLE_SEED = 42;
/** Box-plot fence multipliers and the sigma rule. */
export const IQR_K = [1.5, 3] as const;
export const SIGMA_K = 3;

/** How the profile treats a column: text-like (text, id, and untyped 'empty'), numbers, dates, booleans. */
export type ProfileKind = 'text' | 'number' | 'date' | 'boolean';

export function profileKind(type: ValueType): ProfileKind {
  switch (type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'date':
    case 'timestamp':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'text':
    case 'id':
    case 'empty':
      return 'text';
  }
}

/** A column of the input, with its position in DatasetInput.columns (which names its SQL aliases). */
export interface ProfileColumn {
  index: number;
  name: string;
  format: ColumnFormat;
  kind: ProfileKind;
}

/** Consecutive slices of the columns, each within BATCH_MAX_CELLS and BATCH_MAX_COLUMNS. */
export function columnBatches<T>(columns: readonly T[], rows: number): T[][] {
  const size = Math.max(1, Math.min(BATCH_MAX_COLUMNS, Math.floor(BATCH_MAX_CELLS / Math.max(rows, 1))));
  const out: T[][] = [];
  for (let i = 0; i < columns.length; i += size) out.push(columns.slice(i, i + size));
  return out;
}

const NOT_BLANK_RE2 = `[^${WS_RE2.slice(1)}`; // any character outside the blank class

/**
 * The profile's parsed value: parseExpr with its fast paths (sql/parse.ts, fastParseExpr); an
 * 'empty' column is read as text, so the profile shows whatever is there.
 */
export function profileValueExpr(column: string, format: ColumnFormat): string {
  return fastParseExpr(column, format.type === 'empty' ? { type: 'text' } : format);
}

const v = (i: number) => `v${i}`;

/**
 * Parse the batch's columns once: v<i> is the parsed value, and for non-text columns b<i> says the
 * raw cell is not blank (a text value is NULL exactly when its cell is blank). CASE evaluates the
 * blank test only where the parse failed.
 */
export function materializeSql(table: string, temp: string, cols: readonly ProfileColumn[]): string {
  const inner: string[] = [];
  const outer: string[] = [];
  for (const c of cols) {
    inner.push(`${profileValueExpr(c.name, c.format)} AS ${v(c.index)}`);
    outer.push(v(c.index));
    if (c.kind !== 'text') {
      inner.push(`${ident(c.name)} AS r${c.index}`);
      outer.push(`CASE WHEN ${v(c.index)} IS NOT NULL THEN true ELSE coalesce(regexp_matches(r${c.index}, ${literal(NOT_BLANK_RE2)}), false) END AS b${c.index}`);
    }
  }
  return `CREATE OR REPLACE TEMP TABLE ${ident(temp)} AS SELECT ${outer.join(', ')} FROM (SELECT ${inner.join(', ')} FROM ${ident(table)})`;
}

/**
 * All per-column aggregates of a batch in one pass over the temp table. Aliases per column i:
 * n (parsed values), e (non-blank cells; non-text only), d (distinct), k (min = max, only when
 * distinct is approximate: an exact constant test); numbers: lo hi mean sd sk z neg q1 q2 q3;
 * dates: lo hi (epoch ms) first last (ISO text).
 */
export function statsSql(temp: string, cols: readonly ProfileColumn[], exactDistinct: boolean): string {
  const agg: string[] = ['count(*) AS rows'];
  const quartiles: number[] = [];
  for (const c of cols) {
    const x = v(c.index);
    const i = c.index;
    agg.push(`count(${x}) AS n${i}`);
    if (c.kind !== 'text') agg.push(`count_if(b${i}) AS e${i}`);
    agg.push(exactDistinct ? `count(DISTINCT ${x}) AS d${i}` : `approx_count_distinct(${x}) AS d${i}`);
    if (!exactDistinct && (c.kind === 'text' || c.kind === 'boolean')) agg.push(`min(${x}) = max(${x}) AS k${i}`);
    if (c.kind === 'number') {
      agg.push(
        `min(${x}) AS lo${i}`,
        `max(${x}) AS hi${i}`,
        `avg(${x}) AS mean${i}`,
        `stddev_pop(${x}) AS sd${i}`,
        `skewness(${x}) AS sk${i}`,
        `count_if(${x} = 0) AS z${i}`,
        `count_if(${x} < 0) AS neg${i}`,
        `quantile_cont(${x}, [0.25, 0.5, 0.75]) AS qs${i}`,
      );
      quartiles.push(i);
    } else if (c.kind === 'date') {
      const fmt = c.format.type === 'date' ? '%Y-%m-%d' : '%Y-%m-%dT%H:%M:%S';
      agg.push(
        `epoch_ms(min(${x})) AS lo${i}`,
        `epoch_ms(max(${x})) AS hi${i}`,
        `strftime(min(${x}), '${fmt}') AS first${i}`,
        `strftime(max(${x}), '${fmt}') AS last${i}`,
      );
    }
  }
  const sql = `SELECT ${agg.join(', ')} FROM ${ident(temp)}`;
  if (quartiles.length === 0) return sql;
  const excluded = quartiles.map((i) => `qs${i}`).join(', ');
  const picked = quartiles.map((i) => `qs${i}[1] AS q1_${i}, qs${i}[2] AS q2_${i}, qs${i}[3] AS q3_${i}`).join(', ');
  return `SELECT * EXCLUDE (${excluded}), ${picked} FROM (${sql})`;
}

/**
 * A number as a DOUBLE in SQL, exactly: safe integers as they are; anything else through a string
 * cast, because DuckDB reads `9.55224954743324` as a DECIMAL, and DECIMAL arithmetic or its cast
 * to DOUBLE can land one ulp away from the JS value the profile reports.
 */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  if (Number.isSafeInteger(x)) return x < 0 ? `(${x})` : String(x);
  return `CAST('${String(x)}' AS DOUBLE)`;
}

export interface OutlierSpec {
  index: number;
  mean: number;
  sd: number;
  q1: number;
  q3: number;
}

/** The limits of the outlier rules, computed once here so that SQL and the profile agree; null if any is not finite. */
export function outlierLimits(s: OutlierSpec): { sigma: number; fences: [number, number][] } | null {
  const iqr = s.q3 - s.q1;
  const sigma = SIGMA_K * s.sd;
  const fences = IQR_K.map((k): [number, number] => [s.q1 - k * iqr, s.q3 + k * iqr]);
  const all = [s.mean, sigma, ...fences.flat()];
  return all.every(Number.isFinite) ? { sigma, fences } : null;
}

/**
 * Outlier counts per numeric column: farther than SIGMA_K population standard deviations from the
 * mean, and outside the box-plot fences Q1 - k*IQR, Q3 + k*IQR for k = 1.5 and 3 (strictly).
 * Aliases s<i>, i<i> (k = 1.5), j<i> (k = 3). Specs whose limits are not finite are left out.
 */
export function outliersSql(temp: string, specs: readonly OutlierSpec[]): string {
  const agg = specs.flatMap((s) => {
    const limits = outlierLimits(s);
    if (!limits) return [];
    const x = v(s.index);
    const outside = ([lo, hi]: [number, number], alias: string) => `count_if(${x} < ${num(lo)} OR ${x} > ${num(hi)}) AS ${alias}${s.index}`;
    return [`count_if(abs(${x} - ${num(s.mean)}) > ${num(limits.sigma)}) AS s${s.index}`, outside(limits.fences[0], 'i'), outside(limits.fences[1], 'j')];
  });
  return `SELECT ${agg.join(', ')} FROM ${ident(temp)}`;
}

/**
 * Histogram bins of one column. linear: HISTOGRAM_BINS equal widths over [lo, hi]; log: equal
 * widths of ln(x) (positive, strongly right-skewed numbers); unit: one bin per integer for integer
 * columns spanning fewer than HISTOGRAM_BINS values; a single bin when lo = hi. Dates bin epoch ms.
 */
export interface BinPlan {
  index: number;
  on: 'number' | 'date';
  scale: 'linear' | 'log' | 'unit';
  lo: number;
  hi: number;
  bins: number;
}

export function binPlan(index: number, type: ValueType, lo: number, hi: number, skewness: number | undefined): BinPlan | null {
  if (!Number.isFinite(hi - lo)) return null;
  const on = profileKind(type) === 'date' ? 'date' : 'number';
  if (lo === hi) return { index, on, scale: 'linear', lo, hi, bins: 1 };
  if (type === 'integer' && Number.isInteger(lo) && Number.isInteger(hi) && hi - lo < HISTOGRAM_BINS) {
    return { index, on, scale: 'unit', lo, hi, bins: hi - lo + 1 };
  }
  if (on === 'number' && lo > 0 && skewness !== undefined && skewness > LOG_BINS_MIN_SKEWNESS && hi / lo >= LOG_BINS_MIN_RATIO) {
    return { index, on, scale: 'log', lo, hi, bins: HISTOGRAM_BINS };
  }
  return { index, on, scale: 'linear', lo, hi, bins: HISTOGRAM_BINS };
}

/** [x0, x1) of each bin, the last one ending exactly at hi. */
export function binEdges(p: BinPlan): [number, number][] {
  if (p.scale === 'unit') return Array.from({ length: p.bins }, (_, k) => [p.lo + k - 0.5, p.lo + k + 0.5]);
  if (p.bins === 1) return [[p.lo, p.hi]];
  const at =
    p.scale === 'log'
      ? (k: number) => (k === 0 ? p.lo : k === p.bins ? p.hi : Math.exp(Math.log(p.lo) + (k * (Math.log(p.hi) - Math.log(p.lo))) / p.bins))
      : (k: number) => (k === p.bins ? p.hi : p.lo + (k * (p.hi - p.lo)) / p.bins);
  return Array.from({ length: p.bins }, (_, k) => [at(k), at(k + 1)]);
}

function binExpr(p: BinPlan): string {
  const x = p.on === 'date' ? `epoch_ms(${v(p.index)})` : v(p.index);
  if (p.bins === 1) return '0';
  if (p.scale === 'unit') return `CAST(floor(${x} - ${num(p.lo)} + 0.5) AS INTEGER)`;
  const last = p.bins - 1;
  if (p.scale === 'log') {
    const width = (Math.log(p.hi) - Math.log(p.lo)) / p.bins;
    return `least(CAST(floor((ln(${x}) - ln(${num(p.lo)})) / ${num(width)}) AS INTEGER), ${last})`;
  }
  return `least(CAST(floor((${x} - ${num(p.lo)}) / ${num((p.hi - p.lo) / p.bins)}) AS INTEGER), ${last})`;
}

/** Counts per bin of every planned column, one UNION ALL: rows (c = column index, b = bin, n). */
export function histogramSql(temp: string, plans: readonly BinPlan[]): string {
  return plans
    .map((p) => `SELECT ${p.index} AS c, ${binExpr(p)} AS b, count(*) AS n FROM ${ident(temp)} WHERE ${v(p.index)} IS NOT NULL GROUP BY b`)
    .join('\nUNION ALL\n');
}

/** The TOP_VALUES most frequent values of each column (ties broken by value): rows (c, value, n). */
export function topValuesSql(temp: string, indexes: readonly number[]): string {
  return indexes
    .map(
      (i) =>
        `(SELECT ${i} AS c, CAST(${v(i)} AS VARCHAR) AS value, count(*) AS n FROM ${ident(temp)} WHERE ${v(i)} IS NOT NULL GROUP BY ${v(i)} ORDER BY n DESC, value LIMIT ${TOP_VALUES})`,
    )
    .join('\nUNION ALL\n');
}

/** A repeatable sample of up to TEXT_SAMPLE_SIZE non-empty values per column: rows (c, value). */
export function textSampleSql(temp: string, indexes: readonly number[]): string {
  return indexes
    .map(
      (i) =>
        `(SELECT ${i} AS c, value FROM (SELECT ${v(i)} AS value FROM ${ident(temp)} WHERE ${v(i)} IS NOT NULL) USING SAMPLE reservoir(${TEXT_SAMPLE_SIZE} ROWS) REPEATABLE (${SAMPLE_SEED}))`,
    )
    .join('\nUNION ALL\n');
}

/** Exact distinct counts (used above EXACT_DISTINCT_MAX_ROWS to confirm columns that look unique). */
export function exactDistinctSql(temp: string, indexes: readonly number[]): string {
  return `SELECT ${indexes.map((i) => `count(DISTINCT ${v(i)}) AS d${i}`).join(', ')} FROM ${ident(temp)}`;
}

/**
 * Rows, and rows minus distinct rows over every raw column (text exactly as read, NULLs equal).
 * Exact, but the DISTINCT over whole rows runs only on the rows whose hash repeats (rowHashSql):
 * a DISTINCT over every row held every row's text in one hash table, one of the steps that
 * raised the engine's memory peak on large files.
 */
export function duplicatesSql(table: string, columns: readonly string[]): string {
  const t = ident(table);
  if (columns.length === 0) return `SELECT count(*) AS rows, 0 AS duplicates FROM ${t}`;
  const hash = rowHashSql(columns);
  return `WITH groups AS (SELECT ${hash} AS k, count(*) AS n FROM ${t} GROUP BY k),
    repeated AS (SELECT k, n FROM groups WHERE n > 1)
    SELECT CAST(coalesce((SELECT sum(n) FROM groups), 0) AS BIGINT) AS rows,
      CAST(coalesce((SELECT sum(n) FROM repeated), 0) AS BIGINT)
        - (SELECT count(*) FROM (SELECT DISTINCT ${columns.map(ident).join(', ')} FROM ${t} WHERE ${hash} IN (SELECT k FROM repeated))) AS duplicates`;
}

export function dropSql(temp: string): string {
  return `DROP TABLE IF EXISTS ${ident(temp)}`;
}
