/**
 * The analysis layer's Db on native DuckDB (@duckdb/node-api, the same DuckDB version as our
 * DuckDB-WASM build). Rows follow the WASM Db's conventions exactly (cli/values.ts), so
 * `runReport` gives the same Report on either engine.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBType } from '@duckdb/node-api';
import type { Db, Row, Value } from '../src/analysis/db';
import { LOCKDOWN_SQL, UPLOAD_DIR } from '../workers/lockdown';
import { literal } from '../src/analysis/sql/ident';
import { plainValue } from './values';

export interface NativeOptions {
  /** DuckDB worker threads; 1 makes native DuckDB work the way DuckDB-WASM does (one thread). */
  threads?: number;
  /**
   * The browser's lockdown (workers/lockdown.ts) with `uploadDir` as the one readable folder.
   * Leave it off when the Engine will apply the lockdown itself (it runs LOCKDOWN_SQL in init()).
   */
  lockdown?: { uploadDir: string } | false;
  /**
   * Where DuckDB spills what does not fit its memory limit (80% of RAM by default): files beyond
   * memory are what the command line is for. Without it an in-memory database spills to ./.tmp.
   */
  tempDirectory?: string;
}

/** A result with its column names and DuckDB types, for callers that re-encode it (Arrow). */
export interface NativeResult {
  names: string[];
  types: DuckDBType[];
  /** Column-major plain values. */
  columns: Value[][];
  rows: number;
}

/**
 * Settings that make native DuckDB behave like DuckDB-WASM where the two builds differ. Native
 * DuckDB has ICU built in and would take the machine's time zone for any TIMESTAMPTZ cast; the
 * WASM build has no ICU and works in UTC. The analysis keeps timestamps naive, but a stray cast
 * must not make the CLI's figures depend on where it runs.
 */
export const PARITY_SQL: readonly string[] = ["SET TimeZone = 'UTC'"];

export class NativeDb implements Db {
  /** Every statement run, in order (as BindingsDb keeps one). */
  readonly log: string[] = [];

  private constructor(
    readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
  ) {}

  static async open(options: NativeOptions = {}): Promise<NativeDb> {
    // In memory, like the browser's database. Threads and time zone are set before the lockdown,
    // whose last statement freezes the configuration.
    const instance = await DuckDBInstance.create(':memory:');
    const db = new NativeDb(instance, await instance.connect());
    if (options.threads !== undefined) await db.exec(`SET threads = ${Math.max(1, Math.floor(options.threads))}`);
    for (const sql of PARITY_SQL) await db.exec(sql);
    if (options.tempDirectory) await db.exec(`SET temp_directory = ${literal(options.tempDirectory)}`);
    if (options.lockdown) for (const sql of nativeLockdown(options.lockdown.uploadDir)) await db.exec(sql);
    return db;
  }

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    const r = await this.result(sql);
    const rows: T[] = new Array(r.rows);
    // With two columns of one name, Arrow's getChild (hence the browser) gives the first one's values.
    const firstOf = r.names.map((n, i) => r.names.indexOf(n) === i);
    for (let i = 0; i < r.rows; i++) {
      const row: Row = {};
      for (let c = 0; c < r.names.length; c++) if (firstOf[c]) row[r.names[c]] = r.columns[c][i];
      rows[i] = row as T;
    }
    return rows;
  }

  async exec(sql: string): Promise<void> {
    this.log.push(sql);
    await this.conn.run(sql);
  }

  /** Run a query and return its columns as plain values, with names and types. */
  async result(sql: string): Promise<NativeResult> {
    this.log.push(sql);
    const reader = await this.conn.runAndReadAll(sql);
    const names = reader.columnNames();
    const types = reader.columnTypes();
    const raw = reader.getColumns();
    // A result without rows has no chunks, and getColumns() then gives no columns at all.
    const columns = names.map((_n, c) => (raw[c] ?? []).map((v) => plainValue(v, types[c])));
    return { names, types, columns, rows: reader.currentRowCount };
  }

  /** Stop the statement under way (from another async task); it then fails with an interrupt error. */
  interrupt(): void {
    this.conn.interrupt();
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/** workers/lockdown.ts with the browser's virtual /uploads/ replaced by a real folder. */
export function nativeLockdown(uploadDir: string): string[] {
  return LOCKDOWN_SQL.map((sql) => rewriteUploadDir(sql, uploadDir));
}

/** The one statement of the lockdown that names the upload folder, pointed at `dir`. */
export function rewriteUploadDir(sql: string, dir: string): string {
  const browser = `[${literal(UPLOAD_DIR)}]`;
  return sql.includes(browser) ? sql.replace(browser, `[${literal(withSlash(dir))}]`) : sql;
}

function withSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`;
}
