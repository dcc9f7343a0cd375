/** Options and results of the K-means segmentation chapter (聚类分析). Plain JSON. */

/** Customer-table columns that can join log1p(R), log1p(F), log1p(M) as features. */
export const EXTRA_FEATURES = ['aov', 'tenure_days'] as const;
export type ExtraFeature = (typeof EXTRA_FEATURES)[number];

/** Below this many customers a segmentation says nothing: the chapter is skipped. */
export const MIN_CUSTOMERS = 20;

export interface ClusterOptions {
  /** 'auto' = the k with the best mean silhouette in kMin..kMax. */
  k: number | 'auto';
  kMin: number;
  kMax: number;
  seed: number;
  restarts: number;
  /** Customers the silhouette is computed on (it is quadratic in this number). */
  sampleSize: number;
  extraFeatures: ExtraFeature[];
}

export const DEFAULT_CLUSTERS: ClusterOptions = {
  k: 'auto',
  kMin: 2,
  kMax: 8,
  seed: 20240601,
  restarts: 10,
  sampleSize: 10_000,
  extraFeatures: [],
};

/** How a centroid stands against the average customer on one feature: the UI turns these into words. */
export type Level = 'high' | 'mid' | 'low';

export interface ClusterSummary {
  cluster: number;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  /** In original units: medians of the cluster's customers. */
  medianRecencyDays: number;
  medianOrders: number;
  medianRevenue: number;
  medianAov: number;
  /** Standardised centroid, one value per feature (the profile chart). */
  centroid: number[];
  /** Recency level is about recentness: 'high' = bought recently (few days). */
  levels: { recency: Level; frequency: Level; monetary: Level };
}

export interface ClustersReport {
  options: ClusterOptions;
  /** Null when clustering could not run; reason says why. */
  skipped: null | 'no-customers' | 'too-few-customers';
  features: string[];
  customers: number;
  k: number | null;
  chosenBy: 'silhouette' | 'user' | null;
  /** The k the mean silhouette prefers; equals k unless the analyst fixed another one. */
  silhouetteK: number | null;
  /** Elbow and silhouette charts: one entry per k in kMin..kMax, also when the analyst fixed k. */
  scores: { k: number; inertia: number; silhouette: number | null }[];
  silhouetteSample: number;
  /** When k was chosen on a seeded sample of this many customers (then fitted on all); null = on all. */
  chosenOnSample: number | null;
  clusters: ClusterSummary[];
  /** Customers per cluster and RFM segment of the lead scheme (segment key -> count). */
  crossTab: { cluster: number; segment: string; customers: number }[];
  /** A deterministic sample of customers for the scatter of log frequency against log monetary value. */
  scatter: { logF: number; logM: number; cluster: number }[];
}
