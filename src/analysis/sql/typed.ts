import type { DatasetInput } from '../report';
import { typedName } from '../model';
import { ident } from './ident';
import { parseExpr } from './parse';

/**
 * A view over a raw all-VARCHAR table that exposes one typed column per mapped role, named after
 * the role. Raw tables stay untouched, so a changed mapping only redefines this view.
 */
export function typedViewSql(d: DatasetInput): string {
  const seen = new Set<string>();
  const select: string[] = [];
  for (const c of d.columns) {
    if (c.role === 'ignore' || seen.has(c.role)) continue;
    seen.add(c.role);
    select.push(`${parseExpr(c.name, c.format)} AS ${ident(c.role)}`);
  }
  // rowid keeps the file order, which cleaning and row accounting refer back to.
  select.unshift('rowid AS _row');
  return `CREATE OR REPLACE VIEW ${ident(typedName(d))} AS SELECT ${select.join(', ')} FROM ${ident(d.table)}`;
}
