/**
 * Big per-line tables are written in slices of rows, one INSERT each. DuckDB keeps what a
 * statement writes uncompressed until the statement commits, so with the engine's compressed
 * tables (workers/engine.ts) one CREATE TABLE AS over 3M order lines took the WebAssembly memory
 * from 189 to 853 MiB, for a table that then holds ~70 MiB; WebAssembly memory never shrinks, so
 * that transient set the ceiling of the whole tab. Slices commit one by one, and the transient is
 * one slice's worth. Rows keep their order: slices run in row order and each keeps its own.
 */
import { literal } from './ident';

export const SLICE_ROWS = 500_000;

/** What the methodology shows (one CREATE TABLE AS) and the statements that build the table. */
export interface SlicedTable {
  sql: string;
  statements: string[];
}

/**
 * Conditions on a 0-based row number that cover every row once, in order: one condition (null,
 * no filter) up to `size` rows. The first slice has no lower bound and the last no upper one.
 */
export function rowRanges(rowNumber: string, rows: number, size = SLICE_ROWS): (string | null)[] {
  if (rows <= size) return [null];
  const out: string[] = [];
  for (let from = 0; from < rows; from += size) {
    const bounds: string[] = [];
    if (from > 0) bounds.push(`${rowNumber} >= ${from}`);
    if (from + size < rows) bounds.push(`${rowNumber} < ${from + size}`);
    out.push(bounds.join(' AND '));
  }
  return out;
}

/**
 * CREATE OR REPLACE TABLE `name` from `select`, which applies a slice's condition (null: every
 * row) before its costly expressions. With more than one slice: an empty table of the same
 * columns, then one INSERT per slice.
 */
export function slicedTable(name: string, select: (where: string | null) => string, slices: readonly (string | null)[]): SlicedTable {
  const sql = `CREATE OR REPLACE TABLE ${name} AS ${select(null)}`;
  if (slices.length <= 1) return { sql, statements: [sql] };
  return {
    sql,
    statements: [`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM (${select(null)}) LIMIT 0`, ...slices.map((w) => `INSERT INTO ${name} ${select(w)}`)],
  };
}

/** ` WHERE cond` when there is a condition, else nothing. */
export function whereClause(cond: string | null): string {
  return cond === null ? '' : ` WHERE ${cond}`;
}

/**
 * Slices of the `transactions` lines (sql/transactions.ts) by source table and raw row, in the
 * order the view lists them; `alias` is the view's (or a table of its lines') alias.
 */
export function lineRanges(alias: string, sources: readonly { id: string; rows: number }[], size = SLICE_ROWS): (string | null)[] {
  if (sources.reduce((n, s) => n + s.rows, 0) <= size) return [null];
  return sources.flatMap((s) =>
    rowRanges(`${alias}._row`, s.rows, size).map((range) => [`${alias}.source = ${literal(s.id)}`, range].filter((c) => c !== null).join(' AND ')),
  );
}
