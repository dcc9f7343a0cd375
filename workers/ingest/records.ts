/**
 * Formats DuckDB-WASM cannot read without an extension (Parquet, JSON, Excel) are read by a
 * library in this worker, turned into text cells and inserted as Arrow batches. Every raw table
 * is all-VARCHAR whatever its source, so column understanding and parsing have one path.
 */
import { Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import { ident } from '../../src/analysis/sql/ident';
import { normalizeHeader } from '../../src/analysis/ingest/dialect';
import { CancelledError } from '../cancel';
import type { IngestContext } from './context';

export type Cell = string | null;

/** Rows per Arrow batch: large enough to amortise the call, small enough to report progress. */
const BATCH_ROWS = 50_000;

/** Text of a cell value as a spreadsheet or Parquet reader hands it over. */
export function cellText(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : null;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : naiveIso(v);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
}

/**
 * Plain decimal notation: ids such as 1e21 must not turn into "1e+21", which no number parser
 * downstream reads. The shortest digits JS prints are kept and only the point is moved, so 1e-25
 * is "0.0000000000000000000000001" (toFixed stops at 20 places and gave "0.").
 */
function numberText(v: number): string {
  const s = String(v);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([-+]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', exp] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Readers hand dates as UTC instants of the wall-clock time written in the file; keep it naive. */
export function naiveIso(d: Date): string {
  const iso = d.toISOString(); // 2011-01-02T08:26:00.000Z
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms === '000' ? '' : `.${ms}`}`;
}

/** Writes rows of text cells into a new raw table, batch by batch. */
export class RecordSink {
  readonly header: string[];
  rows = 0;
  private batch: Cell[][] = [];
  private created = false;

  constructor(
    private ctx: IngestContext,
    private table: string,
    header: string[],
  ) {
    this.header = normalizeHeader(header);
  }

  async push(row: Cell[]): Promise<void> {
    this.batch.push(row);
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.ctx.token.cancelled) throw new CancelledError();
    if (!this.created) {
      const cols = this.header.map((h) => `${ident(h)} VARCHAR`).join(', ');
      await this.ctx.db.exec(`CREATE OR REPLACE TABLE ${ident(this.table)} (${cols})`);
      this.created = true;
    }
    if (this.batch.length === 0) return;
    const columns: Record<string, Vector<Utf8>> = {};
    this.header.forEach((h, c) => {
      columns[h] = vectorFromArray(
        this.batch.map((r) => r[c] ?? null),
        new Utf8(),
      );
    });
    const ipc = tableToIPC(new Table(columns), 'stream');
    this.ctx.bindings.insertArrowFromIPCStream(this.ctx.conn, ipc, { name: this.table, create: false });
    this.rows += this.batch.length;
    this.batch = [];
    this.ctx.progress({ rows: this.rows });
  }
}
