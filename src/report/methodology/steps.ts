/**
 * The methodology appendix groups the run's SQL statements by what they do. A step's label is
 * "<step>" or "<step>:<detail>" (profile:d1, missing:d1:age); typed tables and duplicate lists
 * are named after their table (typed_d1, dups_d1). Groups keep the order of their first statement.
 */
import type { SqlStep } from '../../analysis/report';

export interface StepGroup {
  /** typed, profile, duplicates, flags, ... or the label itself for a step this file does not know. */
  key: string;
  steps: SqlStep[];
}

/** Groups with a description in the catalogs (methodology.group.<key>). */
export const KNOWN_GROUPS = [
  'typed',
  'profile',
  'transactions',
  'duplicates',
  'cancellation-prefix-share',
  'flags',
  'variants',
  'merge-variants',
  'outlier-orders',
  'flagged',
  'missing',
  'clean-views',
  'customers-clean',
  'accounting',
  'rule-matches',
  'zombies',
  'outlier-summary',
  'clean-lines',
  'overview',
] as const;
export type KnownGroup = (typeof KNOWN_GROUPS)[number];

export function isKnownGroup(key: string): key is KnownGroup {
  return (KNOWN_GROUPS as readonly string[]).includes(key);
}

export function groupKey(label: string): string {
  const head = label.split(':')[0];
  if (/^typed_/.test(head)) return 'typed';
  if (/^dups_/.test(head)) return 'duplicates';
  return head;
}

export function groupSteps(steps: readonly SqlStep[]): StepGroup[] {
  const groups = new Map<string, SqlStep[]>();
  for (const s of steps) {
    const key = groupKey(s.label);
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  return [...groups].map(([key, steps]) => ({ key, steps }));
}
