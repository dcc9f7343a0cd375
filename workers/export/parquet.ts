/**
 * Rows -> a Parquet file, written by hyparquet-writer (DuckDB-WASM has no Parquet writer built
 * in without a remote extension, which the lockdown forbids). Column types come from the export
 * definition, not from guessing, so an all-null column still has the right type.
 */
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ExportColumn } from '../../src/analysis/export/customers';
import type { Row } from '../../src/analysis/db';

export function rowsToParquet(columns: readonly ExportColumn[], rows: readonly Row[]): Uint8Array {
  const columnData = columns.map((c) => ({
    name: c.name,
    type: c.type,
    data: rows.map((r) => cell(r[c.name], c.type)),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'Clientele' }));
}

function cell(v: unknown, type: ExportColumn['type']): string | number | null {
  if (v === null || v === undefined) return null;
  if (type === 'STRING') return String(v);
  const n = typeof v === 'bigint' ? Number(v) : Number(v);
  if (!Number.isFinite(n)) return null;
  return type === 'INT32' ? Math.round(n) : n;
}
