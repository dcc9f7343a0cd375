import { inferColumns } from '../../src/analysis/infer/columns';
import { classifyTable } from '../../src/analysis/infer/kinds';
import { repeatsHeader } from '../../src/analysis/clean/header-repeat';
import { ident } from '../../src/analysis/sql/ident';
import type { ColumnInference, FileKind } from '../../src/analysis/types';
import type { BindingsDb } from '../bindings-db';

/** Rows from the top of the table plus a seeded reservoir sample from all of it. */
const HEAD_ROWS = 2000;
const SAMPLE_ROWS = 3000;
export const PREVIEW_ROWS = 10;

export interface Understanding {
  columns: ColumnInference[];
  kind: FileKind;
  kindConfidence: number;
  preview: (string | null)[][];
  /** The sampled raw values per column, kept to re-detect a format when the analyst changes a role. */
  samples: Record<string, (string | null)[]>;
}

/**
 * Guess what each column means from its header and a sample of its values. The sample mixes the
 * first rows (what the user sees in the preview) with a repeatable random sample of the whole
 * table, so a day-first date late in the file still decides the day/month order.
 */
export async function understand(db: BindingsDb, table: string, header: string[], fileName: string): Promise<Understanding> {
  const t = ident(table);
  const head = await db.query(`SELECT * FROM ${t} LIMIT ${HEAD_ROWS}`);
  const sample = await db.query(`SELECT * FROM ${t} USING SAMPLE reservoir(${SAMPLE_ROWS} ROWS) REPEATABLE (7)`);
  // A header line repeated mid-file is no data (cleaning sets it aside); in a small file its
  // names among the values would cost a column its type ('order_date' is no date).
  const rows = head.concat(sample).filter((r) => !repeatsHeader(r, header));
  const samples: Record<string, (string | null)[]> = {};
  for (const name of header) samples[name] = rows.map((r) => (r[name] === null ? null : String(r[name])));
  const columns = inferColumns(header.map((name) => ({ name, values: samples[name] })));
  const { kind, confidence } = classifyTable(fileName, columns);
  const preview = head.slice(0, PREVIEW_ROWS).map((r) => header.map((h) => (r[h] === null ? null : String(r[h]))));
  return { columns, kind, kindConfidence: confidence, preview, samples };
}
