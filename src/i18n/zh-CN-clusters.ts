/**
 * Chinese messages of the K-means clusters chapter (the keys of en-clusters.ts); merged into the catalog in zh-CN.ts,
 * which the type system checks against en.ts.
 */
import type { Catalog } from './types';
import type { enClusters } from './en-clusters';

export const zhCNClusters = {
  'chapter.clusters': 'K-means 聚类',
} as const satisfies Pick<Catalog, keyof typeof enClusters>;
