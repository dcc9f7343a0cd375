/** Settings of the lifecycle chapter, normalised once at the entry point (runReport). */

export type CohortPeriod = 'month' | 'week';
export type CohortBasis = 'first-purchase' | 'signup';

export interface FunnelStepOption {
  /** Stable key of the step (view, cart, order, pay for the defaults). */
  key: string;
  /** Event names that mean this step; compared after lower-casing and trimming. */
  names: string[];
}

export interface LifecycleOptions {
  cohortPeriod: CohortPeriod;
  /**
   * first-purchase (default): a customer's cohort is the period of their first kept purchase, so
   * period 0 holds every member and curves of different data sets compare. signup: the period of
   * customers_clean.signup_time, for buyers that have one (others fall back to first purchase).
   */
  cohortBasis: CohortBasis;
  funnel: { steps: FunnelStepOption[]; windowDays: number };
  /** Channel verdicts need this many customers; smaller channels get "too-few". */
  minChannelCustomers: number;
}

export interface LifecycleSettings {
  cohortPeriod?: CohortPeriod;
  cohortBasis?: CohortBasis;
  funnel?: { steps?: FunnelStepOption[]; windowDays?: number };
  minChannelCustomers?: number;
}

export const DEFAULT_FUNNEL_STEPS: FunnelStepOption[] = [
  { key: 'view', names: ['view', 'pageview', 'page_view', 'browse', '浏览', '访问', '查看'] },
  { key: 'cart', names: ['cart', 'add_to_cart', 'addtocart', '加购', '加入购物车'] },
  { key: 'order', names: ['order', 'checkout', 'place_order', '下单', '提交订单'] },
  { key: 'pay', names: ['pay', 'payment', 'purchase', 'paid', '支付', '付款'] },
];

export const DEFAULT_LIFECYCLE: LifecycleOptions = {
  cohortPeriod: 'month',
  cohortBasis: 'first-purchase',
  funnel: { steps: DEFAULT_FUNNEL_STEPS, windowDays: 7 },
  minChannelCustomers: 20,
};

export function lifecycleOptions(s: LifecycleSettings = {}): LifecycleOptions {
  const steps = (s.funnel?.steps ?? DEFAULT_FUNNEL_STEPS)
    .map((st) => ({ key: st.key, names: [...new Set(st.names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ''))] }))
    .filter((st) => st.names.length > 0);
  const window = Number(s.funnel?.windowDays ?? DEFAULT_LIFECYCLE.funnel.windowDays);
  return {
    cohortPeriod: s.cohortPeriod === 'week' ? 'week' : 'month',
    cohortBasis: s.cohortBasis === 'signup' ? 'signup' : 'first-purchase',
    funnel: { steps, windowDays: Number.isFinite(window) && window > 0 ? window : DEFAULT_LIFECYCLE.funnel.windowDays },
    minChannelCustomers: Math.max(1, Math.floor(Number(s.minChannelCustomers ?? DEFAULT_LIFECYCLE.minChannelCustomers)) || 1),
  };
}
