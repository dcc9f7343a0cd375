/**
 * The rows behind each number of the cleaning log, as they were in the file, so an analyst can
 * download and check exactly what was set aside and why. Each query returns the raw columns in
 * file order, preceded by the line number in the file (1 = first data row).
 */
import type { DatasetInput } from '../report';
import { has, transactionTables, typedName } from '../model';
import { ident, literal } from '../sql/ident';
import type { Reason } from './options';

export type RowsReason = Reason | 'zombie' | 'rejected';

export function setAsideRowsSql(d: DatasetInput, reason: RowsReason, datasets: DatasetInput[]): string {
  const raw = ident(d.table);
  const cols = d.columns.map((c) => `r.${ident(c.name)}`).join(', ');
  const select = `SELECT r.rowid + 1 AS line, ${cols} FROM ${raw} AS r`;
  if (reason === 'rejected') {
    return `SELECT line, column_name, csv_line FROM ${ident(`${d.table}_rejects`)} ORDER BY scan_id, file_id, line`;
  }
  if (transactionTables(datasets).includes(d)) {
    return `${select} JOIN tx_flagged AS f ON f.source = ${literal(d.id)} AND f._row = r.rowid WHERE f._reason = ${literal(reason)} ORDER BY r.rowid`;
  }
  const dups = ident(`dups_${d.id}`);
  switch (reason) {
    case 'duplicate':
      return `${select} WHERE r.rowid IN (SELECT _row FROM ${dups}) ORDER BY r.rowid`;
    case 'missing-customer':
      return `${select} JOIN ${ident(typedName(d))} AS t ON t._row = r.rowid
        WHERE t.customer_id IS NULL AND r.rowid NOT IN (SELECT _row FROM ${dups}) ORDER BY r.rowid`;
    case 'zombie': {
      // As countZombies: without purchases nobody is a zombie.
      if (transactionTables(datasets).length === 0) return `${select} WHERE false`;
      const key = has(d, 'person_id') ? 'coalesce(t.person_id, t.customer_id)' : 't.customer_id';
      return `${select} JOIN ${ident(typedName(d))} AS t ON t._row = r.rowid
        WHERE t.customer_id IS NOT NULL AND r.rowid NOT IN (SELECT _row FROM ${dups})
          AND ${key} NOT IN (SELECT customer_id FROM tx_clean) ORDER BY r.rowid`;
    }
    default:
      return `${select} WHERE false`;
  }
}
