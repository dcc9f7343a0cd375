/**
 * Segment schemes and their stable ids. The Report carries ids only; SEGMENT_NAMES is a small
 * shared dictionary (en, zh) so every screen and export names a segment the same way.
 */

export type SchemeId = 'named' | 'eight-class' | 'tiers';

/** A named segment rule: inclusive score ranges on 1–5 scores. */
export interface NamedRule {
  id: string;
  r: [number, number];
  f: [number, number];
  m: [number, number];
}

/** The R `rfm` package's ten segments (its rfm_segment example; domain.md), in checking order. */
export const NAMED_RULES: NamedRule[] = [
  { id: 'champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { id: 'potential_loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { id: 'loyal_customers', r: [2, 4], f: [2, 4], m: [2, 4] },
  { id: 'promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { id: 'new_customers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { id: 'cant_lose_them', r: [1, 2], f: [3, 4], m: [4, 5] },
  { id: 'at_risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { id: 'need_attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { id: 'about_to_sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { id: 'lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];
export const OTHERS = 'others';

/** Eight classes: R, F, M each high (h) or low (l); high R = recent = few days. Order as in domain.md. */
export const EIGHT_CLASSES = [
  { id: 'important_value', r: 'h', f: 'h', m: 'h' },
  { id: 'important_develop', r: 'h', f: 'l', m: 'h' },
  { id: 'important_keep', r: 'l', f: 'h', m: 'h' },
  { id: 'important_win_back', r: 'l', f: 'l', m: 'h' },
  { id: 'general_value', r: 'h', f: 'h', m: 'l' },
  { id: 'general_develop', r: 'h', f: 'l', m: 'l' },
  { id: 'general_keep', r: 'l', f: 'h', m: 'l' },
  { id: 'general_win_back', r: 'l', f: 'l', m: 'l' },
] as const;

/** Template tiers on the fixed levels (3 = near/high, 2 = middle, 1 = far/low); no match = 'other'. */
export const TIERS = [
  { id: 'vip', r: 3, f: 3, m: 3 },
  { id: 'growth', r: 2, f: 2, m: 2 },
  { id: 'general', r: 2, f: 1, m: 1 },
  { id: 'churn_risk', r: 1, f: 1, m: 1 },
] as const;
export const OTHER_TIER = 'other';

export const SEGMENT_NAMES: Record<SchemeId, Record<string, { en: string; zh: string }>> = {
  named: {
    champions: { en: 'Champions', zh: '冠军客户' },
    potential_loyalist: { en: 'Potential Loyalist', zh: '潜在忠诚客户' },
    loyal_customers: { en: 'Loyal Customers', zh: '忠诚客户' },
    promising: { en: 'Promising', zh: '有潜力客户' },
    new_customers: { en: 'New Customers', zh: '新客户' },
    cant_lose_them: { en: "Can't Lose Them", zh: '不能失去的客户' },
    at_risk: { en: 'At Risk', zh: '有流失风险客户' },
    need_attention: { en: 'Need Attention', zh: '需要关注客户' },
    about_to_sleep: { en: 'About To Sleep', zh: '即将沉睡客户' },
    lost: { en: 'Lost', zh: '已流失客户' },
    others: { en: 'Others', zh: '其他' },
  },
  'eight-class': {
    important_value: { en: 'Important value', zh: '重要价值客户' },
    important_develop: { en: 'Important to develop', zh: '重要发展客户' },
    important_keep: { en: 'Important to keep', zh: '重要保持客户' },
    important_win_back: { en: 'Important to win back', zh: '重要挽留客户' },
    general_value: { en: 'General value', zh: '一般价值客户' },
    general_develop: { en: 'General to develop', zh: '一般发展客户' },
    general_keep: { en: 'General to keep', zh: '一般保持客户' },
    general_win_back: { en: 'General to win back', zh: '一般挽留客户' },
  },
  tiers: {
    vip: { en: 'VIP', zh: 'VIP 客户' },
    growth: { en: 'Growth', zh: '成长客户' },
    general: { en: 'General', zh: '一般客户' },
    churn_risk: { en: 'Churn risk', zh: '流失风险客户' },
    other: { en: 'Other', zh: '其他' },
  },
};
