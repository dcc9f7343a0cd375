import type { DatasetInput } from '../report';
import { has, headerFor, personTable, revenueBasis, transactionTables, typedName } from '../model';
import { ident } from './ident';

/** Columns of the `transactions` view, one row per order line (or per order when lines are orders). */
export const TX_COLUMNS = [
  'customer_id',
  'order_id',
  'order_time',
  'revenue',
  'quantity',
  'unit_price',
  'product_id',
  'product_name',
  'category',
  'status',
  'channel',
  'payment_method',
  // Where the order went: the customer profile falls back to it without a customer table.
  'country',
  'region',
  'city',
  'discount',
  'source',
  '_row',
] as const;

/**
 * The transactions view: every order table with money, completed with customer and time from an
 * order-header table through the order id when its rows lack them (Olist's items carry only the
 * order), and with the person key of a customer table when there is one (Olist's
 * customer_unique_id: one person can have many per-order customer ids).
 */
export function transactionsViewSql(datasets: DatasetInput[]): string {
  const parts = transactionTables(datasets).map((d) => lineSelect(d, datasets));
  if (parts.length === 0) return `CREATE OR REPLACE VIEW transactions AS SELECT ${emptyColumns()} WHERE false`;
  return `CREATE OR REPLACE VIEW transactions AS ${parts.join(' UNION ALL ')}`;
}

function lineSelect(d: DatasetInput, datasets: DatasetInput[]): string {
  const header = headerFor(d, datasets);
  const people = personTable(datasets);
  const l = 'l';
  const h = 'h';
  const fromLine = (role: string) => `${l}.${ident(role)}`;
  const pick = (role: Parameters<typeof has>[1]): string => {
    if (has(d, role)) return fromLine(role);
    if (header && has(header, role)) return `${h}.${ident(role)}`;
    return 'NULL';
  };
  const customer = pick('customer_id');
  const key = people && customer !== 'NULL' ? `coalesce(p.person_id, ${customer})` : customer;
  const select = [
    `CAST(${key} AS VARCHAR) AS customer_id`,
    `CAST(${pick('order_id')} AS VARCHAR) AS order_id`,
    `CAST(${pick('order_time')} AS TIMESTAMP) AS order_time`,
    `CAST(${revenueExpr(d, l)} AS DOUBLE) AS revenue`,
    `CAST(${pick('quantity')} AS DOUBLE) AS quantity`,
    `CAST(${pick('unit_price')} AS DOUBLE) AS unit_price`,
    `CAST(${pick('product_id')} AS VARCHAR) AS product_id`,
    `CAST(${pick('product_name')} AS VARCHAR) AS product_name`,
    `CAST(${pick('category')} AS VARCHAR) AS category`,
    `CAST(${pick('status')} AS VARCHAR) AS status`,
    `CAST(${pick('channel')} AS VARCHAR) AS channel`,
    `CAST(${pick('payment_method')} AS VARCHAR) AS payment_method`,
    `CAST(${pick('country')} AS VARCHAR) AS country`,
    `CAST(${pick('region')} AS VARCHAR) AS region`,
    `CAST(${pick('city')} AS VARCHAR) AS city`,
    `CAST(${pick('discount')} AS DOUBLE) AS discount`,
    `'${d.id}' AS source`,
    // The row of the raw table this line came from: cleaning reasons and downloads point back to it.
    `${l}._row AS _row`,
  ];
  let from = `${ident(typedName(d))} AS ${l}`;
  if (header) {
    const cols = ['customer_id', 'order_time', 'status', 'channel', 'payment_method', 'country', 'region', 'city'].filter((r) => has(header, r as never));
    // One row per order id, so a header table with repeated ids cannot multiply the lines.
    const agg = cols.map((r) => `${r === 'order_time' ? 'min' : 'any_value'}(${ident(r)}) AS ${ident(r)}`);
    from += ` LEFT JOIN (SELECT order_id, ${agg.join(', ')} FROM ${ident(typedName(header))} GROUP BY order_id) AS ${h} ON ${h}.order_id = ${l}.order_id`;
  }
  if (people && customer !== 'NULL') {
    from += ` LEFT JOIN (SELECT customer_id, any_value(person_id) AS person_id FROM ${ident(typedName(people))} GROUP BY customer_id) AS p ON p.customer_id = ${customer}`;
  }
  return `SELECT ${select.join(', ')} FROM ${from}`;
}

/** Revenue of a row by the most direct money column the table has. */
export function revenueExpr(d: DatasetInput, alias: string): string {
  const c = (role: string) => `${alias}.${ident(role)}`;
  switch (revenueBasis(d)) {
    case 'paid_amount':
      return c('paid_amount');
    case 'amount':
      return c('amount');
    case 'quantity_x_unit_price':
      return `${c('quantity')} * ${c('unit_price')}`;
    case 'unit_price':
      return c('unit_price');
    default:
      return 'NULL';
  }
}

/** The same columns with their types and no rows, when no table holds transactions. */
function emptyColumns(): string {
  const types: Record<(typeof TX_COLUMNS)[number], string> = {
    customer_id: 'VARCHAR',
    order_id: 'VARCHAR',
    order_time: 'TIMESTAMP',
    revenue: 'DOUBLE',
    quantity: 'DOUBLE',
    unit_price: 'DOUBLE',
    product_id: 'VARCHAR',
    product_name: 'VARCHAR',
    category: 'VARCHAR',
    status: 'VARCHAR',
    channel: 'VARCHAR',
    payment_method: 'VARCHAR',
    country: 'VARCHAR',
    region: 'VARCHAR',
    city: 'VARCHAR',
    discount: 'DOUBLE',
    source: 'VARCHAR',
    _row: 'BIGINT',
  };
  return TX_COLUMNS.map((c) => `CAST(NULL AS ${types[c]}) AS ${c}`).join(', ');
}

