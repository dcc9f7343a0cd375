/**
 * EngineBindings over DuckDB-WASM's asynchronous API, for the multi-threaded ("coi") build.
 *
 * That build runs DuckDB in a worker of its own, which starts one helper worker per thread, and
 * is reached only through AsyncDuckDB's messages; the Engine and its readers are written against
 * the synchronous bindings (registerFileBuffer returns at once, a query is polled). As in the
 * command line's NativeBindings, the gap is closed with one queue: every call is queued in
 * order and runs when the one before it has finished; a query's poll answers null until its
 * whole result has arrived; an error of a queued insert is raised by the next statement.
 * BindingsDb already yields to the event loop between polls, so the queue gets to run.
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

interface Job {
  done: boolean;
  cancelled: boolean;
  result: Uint8Array | null;
  error: unknown;
}

type ArrowInsertOptions = Parameters<DuckDBBindings['insertArrowFromIPCStream']>[2];

const EMPTY = new Uint8Array(0);

export class AsyncBindings implements EngineBindings {
  private queue: Promise<void> = Promise.resolve();
  private queuedError: unknown = null;
  private job: Job | null = null;

  private constructor(
    readonly db: AsyncDuckDB,
    private readonly conn: number,
    private readonly version: string,
    private readonly lost: Promise<never>,
  ) {}

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

  startPendingQuery(_conn: number, text: string): Uint8Array | null {
    const job: Job = { done: false, cancelled: false, result: null, error: null };
    this.job = job;
    this.queue = this.queue.then(async () => {
      try {
        this.raiseQueuedError();
        job.result = await this.run(text, job);
      } catch (e) {
        job.error = e;
      }
      job.done = true;
    });
    return null;
  }

  pollPendingQuery(_conn: number): Uint8Array | null {
    const job = this.job;
    if (!job || !job.done) return null;
    this.job = null;
    if (job.error !== null) throw job.error instanceof Error ? job.error : new Error(String(job.error));
    return job.result;
  }

  cancelPendingQuery(_conn: number): boolean {
    if (this.job) this.job.cancelled = true;
    this.job = null;
    return true;
  }

  fetchQueryResults(_conn: number): Uint8Array | null {
    return EMPTY; // the whole result came with the poll
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
  private async run(text: string, job: Job): Promise<Uint8Array> {
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

  private enqueue(work: () => Promise<unknown>): void {
    this.queue = this.queue.then(async () => {
      try {
        await work();
      } catch (e) {
        this.queuedError ??= e;
      }
    });
  }

  private raiseQueuedError(): void {
    if (this.queuedError === null) return;
    const e = this.queuedError;
    this.queuedError = null;
    throw e;
  }
}
