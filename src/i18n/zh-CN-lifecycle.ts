/**
 * Chinese messages of the lifecycle chapters (cohort retention, channel effectiveness, conversion funnel, activity) (the keys of en-lifecycle.ts); merged into the catalog in zh-CN.ts,
 * which the type system checks against en.ts.
 */
import type { Catalog } from './types';
import type { enLifecycle } from './en-lifecycle';

export const zhCNLifecycle = {
  'chapter.cohorts': '同期群留存',
  'chapter.channels': '获客渠道效果',
  'chapter.funnel': '转化漏斗与活跃度',
} as const satisfies Pick<Catalog, keyof typeof enLifecycle>;
