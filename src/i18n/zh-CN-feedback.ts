/**
 * Chinese messages of the feedback themes chapter (the keys of en-feedback.ts); merged into the catalog in zh-CN.ts,
 * which the type system checks against en.ts.
 */
import type { Catalog } from './types';
import type { enFeedback } from './en-feedback';

export const zhCNFeedback = {
  'chapter.feedback': '反馈主题',
} as const satisfies Pick<Catalog, keyof typeof enFeedback>;
