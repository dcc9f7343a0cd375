/**
 * English messages of the K-means clusters chapter; merged into the reference catalog in en.ts.
 */
export const enClusters = {
  'chapter.clusters': 'K-means clusters',
} as const satisfies Record<string, string>;
