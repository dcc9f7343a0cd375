import { Float64, Table, makeVector, tableFromIPC, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import type { Db, Row } from '../src/analysis/db';
import { arrowToRows } from './arrow-rows';
import { CancelledError, type CancelToken } from './cancel';

/**
 * The Db of the analysis layer on DuckDB-WASM's synchronous bindings: the same code runs in
 * the browser worker and in Node tests. Queries go through the pending-query API and yield to
 * the event loop between polls, so a Cancel message reaches the worker while a long query runs
 * and the query is really stopped, not just ignored. A run of quick queries (and the TypeScript
 * models between them) never waits on a poll, so the Db also yields before a query once
 * YIELD_EVERY_MS have passed without a break: Cancel then lands at the next query.
 */
export class BindingsDb implements Db {
  /** Every statement run, in order: shown in the methodology appendix and used by tests. */
  readonly log: string[] = [];
  #lastYield = performance.now();
  constructor(
    readonly bindings: DuckDBBindings,
    readonly conn: number,
    public token: CancelToken = { cancelled: false },
  ) {}

  async query<T extends Row = Row>(sql: string): Promise<T[]> {
    return arrowToRows<T>(await this.arrow(sql));
  }

  async exec(sql: string): Promise<void> {
    await this.ipc(sql);
  }

  async appendColumns(table: string, columns: Record<string, Int32Array | Float64Array>): Promise<void> {
    if (performance.now() - this.#lastYield > YIELD_EVERY_MS) await this.#yield();
    this.token.check?.();
    if (this.token.cancelled) throw new CancelledError();
    const vectors: Record<string, Vector> = {};
    for (const [name, values] of Object.entries(columns)) vectors[name] = numberVector(values);
    this.log.push(`-- append ${Object.values(columns)[0]?.length ?? 0} rows to ${table}`);
    this.bindings.insertArrowFromIPCStream(this.conn, tableToIPC(new Table(vectors), 'stream'), { name: table, create: false });
  }

  async arrow(sql: string): Promise<Table> {
    return tableFromIPC(await this.ipc(sql));
  }

  /** Result of a query as Arrow IPC stream bytes (a copy, safe to transfer). */
  async ipc(sql: string): Promise<Uint8Array> {
    if (performance.now() - this.#lastYield > YIELD_EVERY_MS) await this.#yield();
    this.token.check?.();
    if (this.token.cancelled) throw new CancelledError();
    this.log.push(sql);
    const b = this.bindings;
    let result = b.startPendingQuery(this.conn, sql, false);
    while (result === null) {
      await this.#yield();
      if (this.token.cancelled) {
        b.cancelPendingQuery(this.conn);
        throw new CancelledError();
      }
      result = b.pollPendingQuery(this.conn);
    }
    // The pending query yields the schema message; record batches follow one fetch at a time:
    // null means "not ready yet", an empty buffer means "no more" (as in the library's own
    // ResultStreamIterator).
    const parts: Uint8Array[] = [result];
    for (;;) {
      const batch = b.fetchQueryResults(this.conn);
      if (batch === null) continue;
      if (batch.length === 0) break;
      parts.push(batch);
    }
    return concatBytes(parts);
  }

  async #yield(): Promise<void> {
    await yieldToEventLoop();
    this.#lastYield = performance.now();
  }
}

/** An Arrow column of the typed array; NaN and ±Infinity become NULL, as INSERT ... VALUES wrote them. */
function numberVector(values: Int32Array | Float64Array): Vector {
  if (values instanceof Int32Array) return makeVector(values);
  const cells: (number | null)[] = Array.from(values, (v) => (Number.isFinite(v) ? v : null));
  return vectorFromArray(cells, new Float64());
}

/** Longest stretch of work between two chances for a Cancel message to arrive. */
const YIELD_EVERY_MS = 25;

/** A macrotask break: lets comlink deliver a pending cancel() call. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The parts one after another in one buffer (the part itself when there is one). */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
