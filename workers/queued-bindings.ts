/**
 * The synchronous bindings' query and insert calls over an engine that answers asynchronously:
 * DuckDB-WASM's multi-threaded build in its own worker (AsyncBindings) and native DuckDB for the
 * command line (cli/native-bindings.ts). The Engine calls `startPendingQuery` and then polls;
 * `registerFileBuffer` and inserts return at once. So every call is queued and runs when the one
 * before it has finished (order kept), a query's poll answers null until its whole result has
 * arrived (BindingsDb yields to the event loop between polls, so the queue gets to run), and an
 * error of a queued insert or registration is raised by the next statement.
 */
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';

/** A statement on its way; `cancelled` lets a long one stop at its next step. */
export interface PendingJob {
  done: boolean;
  cancelled: boolean;
  result: Uint8Array | null;
  error: unknown;
}

type Bindings = Pick<DuckDBBindings, 'startPendingQuery' | 'pollPendingQuery' | 'cancelPendingQuery' | 'fetchQueryResults'>;

const EMPTY = new Uint8Array(0);

export abstract class QueuedBindings implements Bindings {
  protected queue: Promise<void> = Promise.resolve();
  private queuedError: unknown = null;
  private job: PendingJob | null = null;

  /** Runs one statement to its whole result, as one Arrow IPC stream. */
  protected abstract execute(sql: string, job: PendingJob): Promise<Uint8Array>;

  /** Asks the engine to stop the statement now running (after `cancelled` is set on its job). */
  protected interrupt(): void {}

  startPendingQuery(_conn: number, text: string): Uint8Array | null {
    const job: PendingJob = { done: false, cancelled: false, result: null, error: null };
    this.job = job;
    this.queue = this.queue.then(async () => {
      try {
        this.raiseQueuedError();
        job.result = await this.execute(text, job);
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
    // The statement stops when the engine sees the request; the queue makes the next one wait.
    if (this.job) this.job.cancelled = true;
    this.interrupt();
    this.job = null;
    return true;
  }

  fetchQueryResults(_conn: number): Uint8Array | null {
    return EMPTY; // the whole result came with the poll
  }

  /** Queues work whose error, if any, the next statement raises. */
  protected enqueue(work: () => Promise<unknown>): void {
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
