/** Reading a chapter's slot of the Report: a failed computation carries its error message. */
import type { ChapterFailure } from '../analysis/report';

export function failureOf(part: unknown): string | null {
  if (part && typeof part === 'object' && 'status' in part && (part as ChapterFailure).status === 'failed') {
    return (part as ChapterFailure).error;
  }
  return null;
}
