/**
 * Chinese messages of chapter 3–5 (customer profile, purchase behaviour, RFM value tiers and revenue concentration) (the keys of en-value.ts); merged into the catalog in zh-CN.ts,
 * which the type system checks against en.ts.
 */
import type { Catalog } from './types';
import type { enValue } from './en-value';

export const zhCNValue = {
  'chapter.profile': '客户画像',
  'chapter.behaviour': '购买行为',
  'chapter.value': 'RFM 价值分层与收入集中度',
} as const satisfies Pick<Catalog, keyof typeof enValue>;
