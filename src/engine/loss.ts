/**
 * When the engine worker can no longer be trusted. A WebAssembly trap or an allocation failure
 * leaves DuckDB's memory in an unknown state, and an uncaught error in the worker means some call
 * will never answer; in both cases the only safe way on is a new worker. Ordinary errors (a bad
 * file, a query that fails) are answered by the engine itself and are not a loss.
 *
 * DuckDB's own "Out of Memory Error" leaves the database usable, but it is a loss all the same:
 * WebAssembly memory never shrinks, so the worker keeps the peak it reached, and only a new one
 * gives the memory back.
 */
import { isOutOfMemory } from '../../workers/ingest/errors';

export interface EngineLoss {
  /** memory: the browser would not give the engine more memory; crash: anything else fatal. */
  kind: 'memory' | 'crash';
  /** The underlying message, shown in small print for a bug report. */
  detail: string;
}

const TRAP = /\bRuntimeError\b|\bunreachable\b|\bAborted\(|memory access out of bounds|table index is out of bounds|null function|maximum call stack/i;

/** The loss a failed engine call reveals, or null when the engine is still fine. */
export function lossOf(error: unknown): EngineLoss | null {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message || name : String(error);
  const text = `${name}: ${detail}`;
  if (isOutOfMemory(text)) return { kind: 'memory', detail };
  if (name === 'RuntimeError' || TRAP.test(text)) return { kind: 'crash', detail };
  return null;
}
