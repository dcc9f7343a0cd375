/**
 * What kind of table a file is, from the roles its columns got. Structure decides; the file name
 * only nudges (`order_items.csv` says both "order" and "item", and users name files anything),
 * or settles a table whose only recognised column is the kind's key.
 */
import type { ColumnInference, FileKind, Role } from '../types';
import { PROFILE_ROLES } from './roles';

const MEASURES: readonly Role[] = ['amount', 'unit_price', 'quantity', 'paid_amount', 'refund_amount'];

const NAME_HINTS: ReadonlyArray<[FileKind, RegExp]> = [
  ['orders', /order|invoice|transaction|sales|purchase|订单|交易|销售|购买/i],
  ['customers', /customer|client|user|member|客户|用户|会员|顾客/i],
  ['events', /event|behaviou?r|click|log|行为|日志|埋点/i],
  ['feedback', /review|feedback|comment|rating|评价|评论|反馈/i],
  ['products', /product|item|sku|catalog|goods|商品|产品/i],
];

/** The key role without which a name hint alone cannot make a table that kind. */
const KEY: Record<Exclude<FileKind, 'other'>, Role[]> = {
  orders: ['order_id', 'order_time'],
  customers: ['customer_id', 'person_id'],
  events: ['event_type'],
  feedback: ['feedback_text', 'rating'],
  products: ['product_id'],
};

export function classifyTable(fileName: string, columns: ColumnInference[]): { kind: FileKind; confidence: number } {
  const roles = new Set(columns.map((c) => c.role));
  const has = (r: Role) => roles.has(r);
  const any = (rs: readonly Role[]) => rs.some(has);
  const customer = has('customer_id') || has('person_id');
  const time = has('order_time') || has('event_time');
  // person_id beside customer_id (Olist) says the table is about people, like a profile column.
  const profiles = PROFILE_ROLES.filter(has).length + (has('person_id') && has('customer_id') ? 1 : 0);

  const score: Record<FileKind, number> = { orders: 0, customers: 0, events: 0, feedback: 0, products: 0, other: 0 };
  if (has('event_type') && time) score.events = customer ? 0.9 : 0.7;
  if (has('order_time') || (has('order_id') && any(MEASURES))) {
    score.orders = 0.55 + (has('order_time') ? 0.15 : 0) + (has('order_id') ? 0.1 : 0) + (any(MEASURES) ? 0.1 : 0);
  }
  if (has('feedback_text')) score.feedback = 0.75 + (has('rating') ? 0.1 : 0) - (any(MEASURES) ? 0.3 : 0);
  else if (has('rating') && (customer || has('order_id') || has('product_id')) && !any(MEASURES)) score.feedback = 0.6;
  if (customer && profiles > 0 && !has('order_time') && !has('event_type')) score.customers = Math.min(0.9, 0.55 + 0.1 * profiles);
  if (has('product_id') && (has('category') || has('product_name')) && !customer && !has('order_id')) score.products = 0.8;

  for (const [kind, re] of NAME_HINTS) {
    if (kind === 'other' || !re.test(fileName)) continue;
    if (score[kind] > 0) score[kind] += 0.1;
    else if (KEY[kind].some(has)) score[kind] = 0.4;
  }

  let best: FileKind = 'other';
  for (const kind of ['events', 'orders', 'feedback', 'customers', 'products'] as const) {
    if (score[kind] > score[best]) best = kind;
  }
  return { kind: best, confidence: best === 'other' ? 0.3 : Math.min(0.95, Math.round(score[best] * 100) / 100) };
}
