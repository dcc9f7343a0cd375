/**
 * Which orders get a review, with what rating. People who had a bad experience review far more
 * often and rate low; customers who went on to churn rate lower even when nothing visibly went
 * wrong. Since bad experiences also raise dropout (purchases.ts), churners complain more.
 */
import type { Catalog } from './catalog';
import { DAY, type Calendar } from './calendar';
import { composeComment } from './feedback-texts';
import type { SimCustomer, SimOrder, Theme } from './model';
import { chance, pick, uniform, weightedIndex, type Rng } from './random';

export interface FeedbackRow {
  customer: SimCustomer;
  order: SimOrder;
  time: number;
  rating: number;
  text: string;
  /** The themes the text mentions (true labels, for tests and the design note). */
  themes: Theme[];
}

// P(rating = 1..5) by situation.
const RATINGS = {
  trouble: [0.45, 0.3, 0.17, 0.06, 0.02],
  refunded: [0.2, 0.25, 0.3, 0.15, 0.1],
  churned: [0.05, 0.08, 0.2, 0.3, 0.37],
  happy: [0.015, 0.025, 0.09, 0.3, 0.57],
};

export function simulateFeedback(
  rng: Rng,
  cat: Catalog,
  cal: Calendar,
  orders: readonly SimOrder[],
  target: number,
): FeedbackRow[] {
  // A review comes 1-14 days after the order; orders too recent for that have none yet.
  const candidates: { order: SimOrder; time: number; weight: number }[] = [];
  for (const order of orders) {
    if (order.status === 'cancelled') continue;
    const time = Math.floor((order.time + uniform(rng, 1, 14) * DAY) / 1000) * 1000;
    if (time >= cal.end) continue;
    const c = order.customer;
    const lastBeforeChurn = c.churnedAt === order.time;
    const weight = (order.trouble ? 2.2 : 1) * (order.status === 'refunded' ? 1.5 : 1) * (lastBeforeChurn ? 1.5 : 1);
    candidates.push({ order, time, weight });
  }
  const total = candidates.reduce((s, x) => s + x.weight, 0);
  const scale = total > 0 ? target / total : 0;
  const rows: FeedbackRow[] = [];
  for (const { order, time, weight } of candidates) {
    if (!chance(rng, Math.min(1, weight * scale))) continue;
    const refunded = order.status === 'refunded';
    const churned = order.customer.churnedAt !== undefined;
    const probs = order.trouble ? RATINGS.trouble : refunded ? RATINGS.refunded : churned ? RATINGS.churned : RATINGS.happy;
    const rating = weightedIndex(rng, probs) + 1;
    const product = pick(rng, order.lines).product.name;
    const { text, themes } = composeComment(rng, cat.locale, { rating, trouble: order.trouble, refunded, product });
    rows.push({ customer: order.customer, order, time, rating, text, themes });
  }
  return rows.sort((a, b) => a.time - b.time || a.customer.no - b.customer.no);
}
