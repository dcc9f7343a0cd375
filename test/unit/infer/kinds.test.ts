// Breaks when a table's kind (orders, customers, events, feedback, products) is misjudged from its
// roles, or when the file name starts overriding what the columns clearly say.
import { describe, expect, it } from 'vitest';
import { classifyTable } from '../../../src/analysis/infer/kinds';
import type { ColumnInference, FileKind, Role } from '../../../src/analysis/types';

const cols = (...roles: Role[]): ColumnInference[] =>
  roles.map((role, i) => ({ name: `c${i}`, role, format: { type: 'text' }, confidence: 1, sampled: 1, missing: 0, distinct: 1 }));

const CASES: Array<[string, string, Role[], FileKind]> = [
  ['Online Retail', 'online_retail.csv', ['order_id', 'product_id', 'product_name', 'quantity', 'order_time', 'unit_price', 'customer_id', 'country'], 'orders'],
  ['CDNOW', 'CDNOW_master.txt', ['customer_id', 'order_time', 'quantity', 'amount'], 'orders'],
  ['Tmall', 'tmall_order_report.csv', ['order_id', 'amount', 'paid_amount', 'region', 'order_time', 'paid_time', 'refund_amount'], 'orders'],
  ['Olist orders (no amount, has order time)', 'orders.csv', ['order_id', 'customer_id', 'status', 'order_time', 'paid_time', 'ignore'], 'orders'],
  ['Olist order items', 'order_items.csv', ['order_id', 'ignore', 'product_id', 'ignore', 'ignore', 'unit_price', 'ignore'], 'orders'],
  ['Olist customers', 'customers.csv', ['customer_id', 'person_id', 'ignore', 'city', 'region'], 'customers'],
  ['Olist products', 'products.csv', ['product_id', 'category', 'ignore', 'ignore'], 'products'],
  ['event log', 'UserBehavior.csv', ['customer_id', 'product_id', 'category', 'event_type', 'event_time'], 'events'],
  ['reviews', 'reviews.csv', ['order_id', 'rating', 'feedback_text'], 'feedback'],
  ['ratings without text', '评价.csv', ['customer_id', 'rating'], 'feedback'],
  ['customer profile, Chinese file name', '会员信息.xlsx', ['customer_id', 'gender', 'age', 'signup_time', 'membership_level'], 'customers'],
  ['orders with a comment column stay orders', 'sales.csv', ['order_id', 'order_time', 'amount', 'feedback_text'], 'orders'],
  ['nothing recognised', 'data.csv', ['ignore', 'ignore'], 'other'],
  ['a bare id list named after customers', 'customers.csv', ['customer_id'], 'customers'],
  ['a bare id list with a neutral name', 'export.csv', ['customer_id'], 'other'],
];

describe('classifyTable', () => {
  for (const [name, file, roles, kind] of CASES) {
    it(name, () => {
      const r = classifyTable(file, cols(...roles));
      expect(r.kind).toBe(kind);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(0.95);
    });
  }

  it('the file name nudges confidence but does not override structure', () => {
    const roles = cols('order_id', 'order_time', 'amount');
    expect(classifyTable('orders.csv', roles).confidence).toBeGreaterThan(classifyTable('x.csv', roles).confidence);
    expect(classifyTable('customers.csv', roles).kind).toBe('orders');
    expect(classifyTable('订单.csv', roles).kind).toBe('orders');
  });
});
