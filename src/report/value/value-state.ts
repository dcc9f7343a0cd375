/**
 * The value part of the Report as the three value chapters read it: computed, failed (its error
 * message), or unavailable with these files (one line saying which input would enable it).
 */
import type { ChapterFailure } from '../../analysis/report';
import type { ValueReport, ValueReportOk } from '../../analysis/value/types';
import type { I18n } from '../../i18n/i18n.svelte';
import { failureOf } from '../chapter-state';

export interface ValueState {
  value: ValueReportOk | null;
  failed: string | null;
  missing: string | null;
}

export function valueState(part: ValueReport | ChapterFailure, i18n: I18n): ValueState {
  const failed = failureOf(part);
  if (failed !== null) return { value: null, failed, missing: null };
  const v = part as ValueReport;
  if (v.status === 'unavailable') return { value: null, failed: null, missing: i18n.t(`value.unavailable.${v.reason}`) };
  return { value: v, failed: null, missing: null };
}
