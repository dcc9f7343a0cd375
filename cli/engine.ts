/**
 * The worker's Engine on native DuckDB: the browser's loading, column inference and report code,
 * unchanged, over cli/native-bindings.ts.
 */
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import { totalmem } from 'node:os';
import { nativeCompactAbove } from '../src/analysis/capacity';
import { Engine } from '../workers/engine';
import { NativeBindings, type StatementTrace } from './native-bindings';

export interface NativeEngine {
  engine: Engine;
  bindings: NativeBindings;
  /** Close the database and delete the temp folder of file chunks. */
  close(): Promise<void>;
}

export interface NativeEngineOptions {
  threads?: number;
  compactAboveTextBytes?: number;
  trace?: StatementTrace;
}

export async function openNativeEngine(options: NativeEngineOptions = {}): Promise<NativeEngine> {
  const bindings = await NativeBindings.open(options);
  bindings.trace = options.trace ?? null;
  // The Engine is typed on DuckDBBindings but calls only the methods of EngineBindings, which
  // NativeBindings implements (a narrower parameter type in workers/ would make this cast go).
  // Compressed tables only for files large against this machine's memory: below that, plain
  // tables are faster; above it they fill DuckDB's limit and spill (src/analysis/capacity.ts).
  const compactAbove = options.compactAboveTextBytes ?? nativeCompactAbove(totalmem());
  const engine = new Engine(bindings as unknown as DuckDBBindings, 'native', compactAbove);
  try {
    await engine.init();
  } catch (e) {
    await bindings.close();
    throw e;
  }
  return { engine, bindings, close: () => bindings.close() };
}
