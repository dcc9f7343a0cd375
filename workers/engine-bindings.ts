import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';

/**
 * The methods of DuckDB-WASM's synchronous bindings that the Engine and its readers call. Three
 * implementations: the library's own (one thread, in this worker), AsyncBindings (the
 * multi-threaded build in its own worker, workers/async-bindings.ts) and the command line's
 * NativeBindings (cli/native-bindings.ts).
 */
export type EngineBindings = Pick<
  DuckDBBindings,
  | 'getVersion'
  | 'startPendingQuery'
  | 'pollPendingQuery'
  | 'cancelPendingQuery'
  | 'fetchQueryResults'
  | 'registerFileBuffer'
  | 'dropFile'
  | 'insertArrowFromIPCStream'
> & {
  /** The Engine only does `connect().useUnsafe((_b, id) => id)` to learn the connection id. */
  connect(): { useUnsafe<R>(fn: (bindings: unknown, id: number) => R): R };
};
