import type { ChapterFailure } from '../../src/analysis/report';

/** A report chapter that must have been computed: fails the test with the chapter's error otherwise. */
export function chapter<T>(c: T | ChapterFailure): T {
  if (c !== null && typeof c === 'object' && 'status' in c && (c as { status: unknown }).status === 'failed') {
    throw new Error(`chapter failed: ${(c as ChapterFailure).error}`);
  }
  return c as T;
}
