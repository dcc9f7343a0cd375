/**
 * 240 simulated customers for the CLV tests that need a customer table with a churn label:
 * BG/NBD-like buying (exponential gaps at a personal rate, a dropout chance after each purchase),
 * channel in the customer table, category and another channel on the order lines, and a text
 * label ("yes" / "no", a few blank) that is the simulation's truth: "yes" when the customer
 * dropped out (rather than still buying when the data end). Store customers drop out less. So
 * the label is tied to recency without being a rule on it, as a CRM's churn flag would be.
 * Seeded: the same files every run (test/fixtures/clv/churn-*.csv were written from it).
 */
import { Rng } from '../../../src/analysis/sample/random';
import type { Role } from '../../../src/analysis/types';
import type { DatasetInfo, MappedDataset } from '../../../workers/protocol';

export const CHANNELS = ['web', 'app', 'store'];
export const CATEGORIES = ['Books', 'Toys', 'Food'];

/** Orders and customers, BG/NBD-like: exponential gaps at a personal rate, a dropout chance after each purchase. */
export function simulate(seed = 3) {
  const rng = new Rng(seed);
  const orders: string[] = ['customer,date,amount,category,order_channel'];
  const customers: string[] = ['customer,channel,churned,gender'];
  const day0 = Date.UTC(2023, 0, 1);
  const iso = (d: number) => new Date(day0 + d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 240; i++) {
    const id = `K${String(i).padStart(4, '0')}`;
    const channel = CHANNELS[i % 3];
    const meanGap = 15 + rng.next() * 60;
    const dropout = (channel === 'store' ? 0.05 : 0.15) + rng.next() * 0.2;
    let d = Math.floor(rng.next() * 300);
    let churned = false;
    while (d <= 545) {
      orders.push(`${id},${iso(d)},${(10 + rng.next() * 90).toFixed(2)},${CATEGORIES[Math.floor(rng.next() * 3)]},${CHANNELS[(i + 1) % 3]}`);
      if (rng.next() < dropout) {
        churned = true;
        break;
      }
      d += 1 + Math.floor(-Math.log(1 - rng.next()) * meanGap);
    }
    // Text labels, a few missing: the reader must map yes/no and leave blanks out.
    customers.push(`${id},${channel},${i % 17 === 0 ? '' : churned ? 'yes' : 'no'},${i % 2 ? 'f' : 'm'}`);
  }
  return { orders: orders.join('\n'), customers: customers.join('\n') };
}

export const ORDER_ROLES: Record<string, Role> = { customer: 'customer_id', date: 'order_time', amount: 'amount', category: 'category', order_channel: 'channel' };
export const CUSTOMER_ROLES: Record<string, Role> = { customer: 'customer_id', channel: 'channel', churned: 'churn_label', gender: 'gender' };

/** Orders and customers mapped by hand; the label is read as text, so the yes/no reader is exercised. */
export function churnMapping(datasets: DatasetInfo[]): MappedDataset[] {
  return datasets.map((d) => {
    const customerTable = d.name.startsWith('customers');
    const roles = customerTable ? CUSTOMER_ROLES : ORDER_ROLES;
    return {
      id: d.id,
      kind: customerTable ? 'customers' : 'orders',
      columns: d.columns.map((c) => ({ ...c, role: roles[c.name] ?? 'ignore', format: c.name === 'churned' ? { type: 'text' as const } : c.format })),
    };
  });
}
