/**
 * One palette for segments, tiers, clusters and risk bands across every chart and table, so a
 * segment has the same colour wherever it appears. Fixed hex values rather than CSS variables:
 * an exported SVG or PNG carries no stylesheet, and these mid-tone colours read on the light and
 * the dark theme alike.
 */
import type { SchemeId } from '../analysis/value/names';

/** Ten categorical colours (Tableau 10 order), for groups without a meaning of their own. */
export const CATEGORICAL = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;

/** The colour of "other / no group": neutral grey. */
export const NEUTRAL = '#a0a7ae';

const GOOD = '#2e8b57';
const GROWING = '#4e79a7';
const WATCH = '#edc948';
const RISK = '#e15759';

/**
 * Segment colours by meaning: best customers green, developing ones blue, those to keep amber,
 * those slipping away red, the rest grey. Each scheme's ids are those of analysis/value/names.ts.
 */
export const SEGMENT_COLORS: Record<SchemeId, Record<string, string>> = {
  named: {
    champions: GOOD,
    loyal_customers: '#59a14f',
    potential_loyalist: '#76b7b2',
    new_customers: GROWING,
    promising: '#9ab8d8',
    need_attention: WATCH,
    about_to_sleep: '#f28e2b',
    cant_lose_them: '#b07aa1',
    at_risk: RISK,
    lost: '#9c755f',
    others: NEUTRAL,
  },
  'eight-class': {
    important_value: GOOD,
    important_develop: GROWING,
    important_keep: WATCH,
    important_win_back: RISK,
    general_value: '#8cc5a0',
    general_develop: '#9ab8d8',
    general_keep: '#f5dc8c',
    general_win_back: '#f0a3a4',
  },
  tiers: {
    vip: GOOD,
    growth: GROWING,
    general: WATCH,
    churn_risk: RISK,
    other: NEUTRAL,
  },
};

export function segmentColor(scheme: SchemeId, id: string): string {
  return SEGMENT_COLORS[scheme][id] ?? NEUTRAL;
}

/** Churn-risk bands of the CLV chapter. */
export const RISK_COLORS: Record<'high' | 'medium' | 'low', string> = { high: RISK, medium: WATCH, low: GOOD };

/** Sentiment of the feedback chapter. */
export const SENTIMENT_COLORS: Record<'positive' | 'neutral' | 'negative', string> = { positive: GOOD, neutral: NEUTRAL, negative: RISK };

/** Cluster k (0-based) gets the k-th categorical colour. */
export function clusterColor(k: number): string {
  return CATEGORICAL[k % CATEGORICAL.length];
}

/** Sequential scheme for heatmaps (cohort retention, R x F): Plot's named scheme, same in every chart. */
export const HEAT_SCHEME = 'blues' as const;
