import type { LoadErrorCode } from '../protocol';

/** A file that cannot be loaded, with the reason the UI explains to the user. */
export class LoadFailure extends Error {
  constructor(
    readonly code: LoadErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'LoadFailure';
  }
}

/** DuckDB reports memory exhaustion in a few wordings; all mean "this file is too big here". */
export function isOutOfMemory(e: unknown): boolean {
  const m = e instanceof Error ? e.message : String(e);
  return /out of memory|memory limit|could not allocate|Cannot enlarge memory|RangeError: Array buffer allocation/i.test(m);
}
