import type { DatasetInput } from '../report';
import { typedName } from '../model';
import { ident } from './ident';
import { fastParseExpr } from './parse';
import { rowRanges, slicedTable, whereClause, type SlicedTable } from './slices';

/**
 * One typed column per mapped role, named after the role, over a raw all-VARCHAR table. Raw
 * tables stay untouched, so a changed mapping only redefines this relation.
 *
 * The mapping screen uses a view (its link checks touch one or two columns, and projection
 * pushdown parses only those); the report materialises a table, because every chapter reads
 * every column and the parse expressions (trimming, number and date formats) are the costly
 * part of a query on raw text.
 */
export function typedSql(d: DatasetInput, as: 'view' | 'table'): string[] {
  return [`CREATE OR REPLACE ${as.toUpperCase()} ${ident(typedName(d, as))} AS ${typedSelect(d)}`];
}

/** The report's typed table, written in slices of raw rows when the table is large (sql/slices.ts). */
export function typedTable(d: DatasetInput): SlicedTable {
  return slicedTable(ident(typedName(d, 'table')), (where) => typedSelect(d, where), rowRanges('rowid', d.rows));
}

/** `where` is a condition on the raw table's rowid, applied before any value is parsed. */
export function typedSelect(d: DatasetInput, where: string | null = null): string {
  const seen = new Set<string>();
  const select: string[] = [];
  for (const c of d.columns) {
    if (c.role === 'ignore' || seen.has(c.role)) continue;
    seen.add(c.role);
    select.push(`${fastParseExpr(c.name, c.format)} AS ${ident(c.role)}`);
  }
  // rowid keeps the file order, which cleaning and row accounting refer back to.
  select.unshift('rowid AS _row');
  return `SELECT ${select.join(', ')} FROM ${ident(d.table)}${whereClause(where)}`;
}
