/**
 * The part of DuckDB-WASM's synchronous bindings that the worker's Engine and its readers use
 * (workers/engine.ts, workers/bindings-db.ts, workers/ingest/**), implemented on native DuckDB.
 * With it, `new Engine(bindings, 'native')` loads files, infers columns and runs runReport with
 * the browser's own code: same tables, same chunked read_csv calls, same rejected-row tables.
 * Why an adapter rather than a second loader: see cli/README.md.
 *
 * Three differences from the WASM bindings, each hidden here:
 * - node-api runs queries asynchronously; the bindings' pending-query API is synchronous
 *   polling. workers/queued-bindings.ts (shared with the browser's multi-threaded engine) queues
 *   each statement and answers polls with null until its whole result, as one Arrow IPC stream,
 *   is in; fetchQueryResults then says "no more".
 * - Registered buffers live in memory under /uploads/; here they are written to a private temp
 *   folder (0600) and the SQL naming them is pointed there. The lockdown's allowed_directories
 *   is pointed at that folder, so DuckDB still reads nothing else.
 * - insertArrowFromIPCStream is synchronous; node-api's appender is created asynchronously. The
 *   insert is queued the same way, so order is kept; an insert error is raised by the next
 *   statement (the readers always run one right after).
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import { literal } from '../src/analysis/sql/ident';
import { encodeResult } from './arrow-encode';
import type { EngineBindings } from '../workers/engine-bindings';
import { QueuedBindings } from '../workers/queued-bindings';
import { NativeDb, rewriteUploadDir, type NativeOptions } from './native-db';

export type { EngineBindings } from '../workers/engine-bindings';

type ArrowInsertOptions = Parameters<DuckDBBindings['insertArrowFromIPCStream']>[2];

const CONN = 1;

/**
 * Sees each statement the Engine runs, as it starts and as it ends (with its wall time and row
 * count). The bench's large mode uses it to show what an hour-long run is doing, and which
 * statement was under way if the process dies.
 */
export interface StatementTrace {
  start(sql: string): void;
  end(sql: string, ms: number, rows: number): void;
}

/**
 * Temp folders of bindings not yet closed. DuckDB's spill files live in them and reach tens of GB
 * on files beyond memory (100M order lines: 40 GB), so the command's process removes them when it
 * is stopped by a signal (removeTempFoldersOnSignal), not only on a normal close.
 */
const openFolders = new Set<string>();

/** For the process entry (cli/bin.mjs) only: on Ctrl+C or kill, delete open temp folders, then exit. */
export function removeTempFoldersOnSignal(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const dir of openFolders) rmSync(dir, { recursive: true, force: true });
      process.exit(128 + (osConstants.signals[signal] ?? 0));
    });
  }
}

export class NativeBindings extends QueuedBindings implements EngineBindings {
  /** Time spent turning native results into Arrow IPC for BindingsDb (not DuckDB's work). */
  encodeMs = 0;
  /** Time from a statement's start to its rows in JS: DuckDB's work plus reading the result. */
  queryMs = 0;
  /** Optional observer of every statement (bench large mode). */
  trace: StatementTrace | null = null;
  private files = new Map<string, string>();
  private fileCount = 0;

  private constructor(
    readonly db: NativeDb,
    readonly dir: string,
    private readonly version: string,
  ) {
    super();
  }

  /** A native database (not locked yet: Engine.init() applies the lockdown) and its file folder. */
  static async open(options: Pick<NativeOptions, 'threads'> = {}): Promise<NativeBindings> {
    const dir = mkdtempSync(path.join(tmpdir(), 'clientele-'));
    try {
      // Spill files go inside the private folder, which the lockdown allows and close() deletes.
      const db = await NativeDb.open({ threads: options.threads, lockdown: false, tempDirectory: path.join(dir, 'spill') });
      const [v] = await db.query<{ v: string }>('SELECT version() AS v');
      openFolders.add(dir);
      return new NativeBindings(db, dir, v.v);
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      throw e;
    }
  }

  getVersion(): string {
    return this.version;
  }

  connect(): { useUnsafe<R>(fn: (bindings: unknown, id: number) => R): R } {
    return { useUnsafe: (fn) => fn(this, CONN) };
  }

  protected async execute(text: string): Promise<Uint8Array> {
    const started = performance.now();
    this.trace?.start(text);
    const r = await this.db.result(this.rewrite(text));
    const t0 = performance.now();
    this.queryMs += t0 - started;
    this.trace?.end(text, t0 - started, r.rows);
    const ipc = encodeResult(r);
    this.encodeMs += performance.now() - t0;
    return ipc;
  }

  protected override interrupt(): void {
    this.db.interrupt();
  }

  registerFileBuffer(name: string, buffer: Uint8Array): void {
    const file = path.join(this.dir, `${++this.fileCount}-${path.basename(name)}`);
    writeFileSync(file, buffer, { mode: 0o600 });
    this.files.set(name, file);
  }

  dropFile(name: string): void {
    const file = this.files.get(name);
    if (!file) return;
    this.files.delete(name);
    rmSync(file, { force: true });
  }

  insertArrowFromIPCStream(_conn: number, buffer: Uint8Array, options?: ArrowInsertOptions): void {
    if (!options || options.create || options.schema) throw new Error('native bindings: only inserts into an existing table are supported');
    const table = options.name;
    const bytes = buffer.slice();
    this.enqueue(() => this.append(table, bytes));
  }

  /** Wait for queued work, close the database and delete the temp folder. */
  async close(): Promise<void> {
    await this.queue;
    try {
      this.db.close();
    } finally {
      for (const file of this.files.values()) {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      }
      rmSync(this.dir, { recursive: true, force: true });
      openFolders.delete(this.dir);
    }
  }

  /** Text rows of RecordSink (all Utf8) appended by position. */
  private async append(table: string, ipc: Uint8Array): Promise<void> {
    const data = tableFromIPC(ipc);
    const columns = data.schema.fields.map((_f, c) => data.getChildAt(c));
    const appender = await this.db.conn.createAppender(table);
    try {
      for (let i = 0; i < data.numRows; i++) {
        for (const col of columns) {
          const v: unknown = col?.get(i);
          if (v === null || v === undefined) appender.appendNull();
          else appender.appendVarchar(String(v));
        }
        appender.endRow();
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
  }

  /** SQL naming /uploads/ files or folder, pointed at the real ones. */
  private rewrite(sql: string): string {
    let out = rewriteUploadDir(sql, this.dir);
    for (const [name, file] of this.files) out = out.replaceAll(literal(name), literal(file));
    return out;
  }
}
