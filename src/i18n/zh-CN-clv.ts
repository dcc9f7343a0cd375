/**
 * Chinese messages of the lifetime value and churn chapter (BG/NBD + Gamma-Gamma) (the keys of en-clv.ts); merged into the catalog in zh-CN.ts,
 * which the type system checks against en.ts.
 */
import type { Catalog } from './types';
import type { enClv } from './en-clv';

export const zhCNClv = {
  'chapter.clv': '客户生命周期价值与流失风险',
} as const satisfies Pick<Catalog, keyof typeof enClv>;
