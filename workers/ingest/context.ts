import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import type { BindingsDb } from '../bindings-db';
import { CancelledError, type CancelToken } from '../cancel';
import type { LoadProgress } from '../protocol';

/** What every reader needs: the engine, a way to report progress, and the cancel flag. */
export interface IngestContext {
  db: BindingsDb;
  bindings: DuckDBBindings;
  conn: number;
  token: CancelToken;
  progress: (p: Partial<LoadProgress>) => void;
  /** Unique names for registered chunk buffers. */
  nextBufferName: () => string;
}

/** Read a Blob in slices; each slice is a fresh copy the caller may hand to DuckDB. */
export async function* blobChunks(blob: Blob, size: number, token: CancelToken): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < blob.size; offset += size) {
    // Throw rather than end: an early end would read as an empty file.
    if (token.cancelled) throw new CancelledError();
    yield new Uint8Array(await blob.slice(offset, offset + size).arrayBuffer());
  }
}
