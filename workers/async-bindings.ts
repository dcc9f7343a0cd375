/**
 * EngineBindings over DuckDB-WASM's asynchronous API, for the multi-threaded ("coi") build.
 *
 * That build runs DuckDB in a worker of its own, which starts one helper worker per thread, and
 * is reached only through AsyncDuckDB's messages; the Engine and its readers are written against
 * the synchronous bindings, and QueuedBindings closes the gap (as for the command line's
 * NativeBindings).
 *
 * Cancel: the query runs in DuckDB's pending-query steps, one message per step, and a cancelled
 * job asks DuckDB to stop at the next one. If DuckDB's worker dies, AsyncDuckDB forgets its
 * pending calls without settling them; every call here is raced with the worker's error event,
 * so the Engine's caller gets an error (and the page its "engine lost" screen) instead of a hang.
 */
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import { concatBytes } from './bindings-db';
import type { EngineBindings } from './engine-bindings';
import { QueuedBindings, type PendingJob } from './queued-bindings';

type ArrowInsertOptions = Parameters<DuckDBBindings['insertArrowFromIPCStream']>[2];

export class AsyncBindings extends QueuedBindings implements EngineBindings {
  private constructor(
    readonly db: AsyncDuckDB,
    private readonly conn: number,
    private readonly version: string,
    private readonly lost: Promise<never>,
  ) {
    super();
  }

  /** Bindings on an instantiated and opened AsyncDuckDB, whose worker is `worker`. */
  static async open(db: AsyncDuckDB, worker: Worker): Promise<AsyncBindings> {
    const lost = new Promise<never>((_resolve, reject) =>
      worker.addEventListener('error', (e) => reject(new Error(`RuntimeError: DuckDB's worker stopped (${e.message || 'no message'})`))),
    );
    lost.catch(() => {}); // raced with every call; unhandled only when nothing is running
    const conn = await db.connectInternal();
    return new AsyncBindings(db, conn, await db.getVersion(), lost);
  }

  getVersion(): string {
    return this.version;
  }

  connect(): { useUnsafe<R>(fn: (bindings: unknown, id: number) => R): R } {
    return { useUnsafe: (fn) => fn(this, this.conn) };
  }

  registerFileBuffer(name: string, buffer: Uint8Array): void {
    // A copy: AsyncDuckDB hands the buffer over to its worker, and the caller keeps its own.
    const bytes = buffer.slice();
    this.enqueue(() => this.call(this.db.registerFileBuffer(name, bytes)));
  }

  dropFile(name: string): void {
    this.enqueue(() => this.call(this.db.dropFile(name)));
  }

  insertArrowFromIPCStream(_conn: number, buffer: Uint8Array, options?: ArrowInsertOptions): void {
    const bytes = buffer.slice();
    this.enqueue(() => this.call(this.db.insertArrowFromIPCStream(this.conn, bytes, options)));
  }

  /** A query as one Arrow IPC stream: the schema message, then every record batch. */
  protected async execute(text: string, job: PendingJob): Promise<Uint8Array> {
    let head = await this.call(this.db.startPendingQuery(this.conn, text, false));
    while (head === null) {
      if (job.cancelled) {
        await this.call(this.db.cancelPendingQuery(this.conn));
        throw new Error('cancelled');
      }
      head = await this.call(this.db.pollPendingQuery(this.conn));
    }
    const parts = [head];
    for (;;) {
      const batch = await this.call(this.db.fetchQueryResults(this.conn));
      if (batch === null) continue;
      if (batch.length === 0) break;
      parts.push(batch);
    }
    return concatBytes(parts);
  }

  /** A call to DuckDB's worker, or an error if that worker has died. */
  private call<T>(pending: Promise<T>): Promise<T> {
    return Promise.race([pending, this.lost]);
  }
}
