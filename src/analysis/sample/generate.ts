/**
 * The built-in sample data set: four CSV files (orders, customers, events, feedback) from one
 * seeded simulation. Each part draws from its own forked random stream, so output is
 * byte-identical for the same options on any machine, and tweaking one part leaves the others be.
 */
import { getCatalog, type Catalog, type Locale } from './catalog';
import { addMonths, buildCalendar, DAY, formatDate, formatDateTime, parseDate, type Calendar } from './calendar';
import { buildProducts } from './basket';
import { csvText, money } from './csv';
import { simulateCustomers } from './customers';
import { simulateEvents, type EventRow } from './events';
import { simulateFeedback, type FeedbackRow } from './feedback';
import { SAMPLE_DEFAULTS, type SimCustomer, type SimOrder } from './model';
import { simulatePurchases } from './purchases';
import { Rng, intRange } from './random';

export interface SampleOptions {
  locale?: Locale;
  seed?: number;
  /** Rows of the customers file (registered customers, some of whom never buy). */
  customers?: number;
  /** First day of the window, YYYY-MM-DD; default: `months` before 2025-07-01. */
  start?: string;
  months?: number;
}

export type SampleFileKind = 'orders' | 'customers' | 'events' | 'feedback';

export interface SampleFile {
  name: string;
  kind: SampleFileKind;
  /** CSV, header first, "\n" line ends. */
  text: string;
}

/** Facts about the generated data, for the UI, tests and the benchmark. */
export interface SampleSummary {
  seed: number;
  /** First and last day of the window (inclusive). */
  start: string;
  end: string;
  /** First day covered by the events file. */
  eventsFrom: string;
  customers: number;
  buyers: number;
  neverBought: number;
  /** Buyers deliberately left out of the customers file (deleted accounts). */
  orphanCustomers: number;
  orphanOrders: number;
  orders: number;
  orderLines: number;
  oneTimeBuyers: number;
  repeatBuyers: number;
  /** Buyers that dropped out in the simulation (true state, unknown to the analyses). */
  churnedBuyers: number;
  events: number;
  feedback: number;
}

export interface SampleDataset {
  locale: Locale;
  files: SampleFile[];
  summary: SampleSummary;
}

// The benchmark imports the streaming generator from here.
export { generateTransactionsCsv, type TransactionsOptions } from './transactions';
export { SAMPLE_DEFAULTS };

export function generateSample(options: SampleOptions = {}): SampleDataset {
  const locale = options.locale ?? SAMPLE_DEFAULTS.locale;
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed;
  const count = Math.round(options.customers ?? SAMPLE_DEFAULTS.customers);
  const months = Math.round(options.months ?? SAMPLE_DEFAULTS.months);
  if (!(count >= 1 && count <= 1_000_000)) throw new Error('customers must be between 1 and 1,000,000');
  if (!(months >= 1 && months <= 120)) throw new Error('months must be between 1 and 120');
  const start = options.start ? parseDate(options.start) : addMonths(parseDate(SAMPLE_DEFAULTS.end), -months);
  const end = addMonths(start, months);

  const cat = getCatalog(locale);
  const cal = buildCalendar(locale, start, end);
  const root = new Rng(seed);
  const products = buildProducts(root.fork('products'), cat);
  const customers = simulateCustomers(root.fork('customers'), cat, cal, count);
  const orders = simulatePurchases(root.fork('purchases'), cat, cal, products, customers);
  // Orphans exist only in the orders file: their accounts, logs and reviews are gone.
  const kept = orders.filter((o) => !o.customer.orphan);
  const eventsFrom = Math.max(start, addMonths(end, -6));
  const events = simulateEvents(root.fork('events'), cat, cal, customers, kept, eventsFrom);
  const feedback = simulateFeedback(root.fork('feedback'), cat, cal, kept, Math.round(count / 2));

  const buyers = customers.filter((c) => c.orders.length > 0);
  const files: SampleFile[] = [
    { name: cat.files.orders, kind: 'orders', text: ordersCsv(cat, orders) },
    { name: cat.files.customers, kind: 'customers', text: customersCsv(root.fork('export'), cat, cal, customers) },
    { name: cat.files.events, kind: 'events', text: eventsCsv(cat, events) },
    { name: cat.files.feedback, kind: 'feedback', text: feedbackCsv(cat, feedback) },
  ];
  const summary: SampleSummary = {
    seed,
    start: formatDate(start),
    end: formatDate(end - DAY),
    eventsFrom: formatDate(eventsFrom),
    customers: customers.filter((c) => !c.orphan).length,
    buyers: buyers.length,
    neverBought: customers.length - buyers.length,
    orphanCustomers: customers.filter((c) => c.orphan).length,
    orphanOrders: orders.filter((o) => o.customer.orphan).length,
    orders: orders.length,
    orderLines: orders.reduce((s, o) => s + o.lines.length, 0),
    oneTimeBuyers: buyers.filter((c) => c.orders.length === 1).length,
    repeatBuyers: buyers.filter((c) => c.orders.length > 1).length,
    churnedBuyers: buyers.filter((c) => c.churnedAt !== undefined).length,
    events: events.length,
    feedback: feedback.length,
  };
  return { locale, files, summary };
}

function ordersCsv(cat: Catalog, orders: readonly SimOrder[]): string {
  const rows: (string | number)[][] = [];
  for (const o of orders) {
    const cancelled = o.status === 'cancelled';
    const time = formatDateTime(o.time);
    for (const l of o.lines) {
      rows.push([
        o.customer.id,
        o.id,
        time,
        l.product.sku,
        l.product.name,
        cat.categories[l.product.category].name,
        l.quantity,
        money(l.product.price),
        money(l.amount),
        money(cancelled ? 0 : l.amount - l.discount), // an unpaid, cancelled order paid nothing
        money(l.discount),
        cat.status[o.status],
        cancelled ? '' : cat.payments[o.payment].name,
        cat.channels[o.channel].name,
      ]);
    }
  }
  return csvText(cat.columns.orders, rows);
}

function membership(cat: Catalog, c: SimCustomer): string {
  let paid = 0;
  for (const o of c.orders) {
    if (o.status !== 'cancelled' && o.status !== 'refunded') for (const l of o.lines) paid += l.amount - l.discount;
  }
  let level = cat.membership[0].name;
  for (const m of cat.membership) if (paid >= m.minSpend * 100) level = m.name;
  return level;
}

/**
 * The churn flag a CRM export carries. Here it is the simulation's truth (the customer has
 * dropped out and will not buy again), so the churn-drivers analysis can be checked against what
 * the simulation did; real flags come from a rule or a closed account. Customers who never bought
 * cannot churn: blank.
 */
function churnLabel(cat: Catalog, c: SimCustomer): string {
  if (c.orders.length === 0) return '';
  return c.churnedAt !== undefined ? cat.yesNo.yes : cat.yesNo.no;
}

function customersCsv(rng: Rng, cat: Catalog, cal: Calendar, customers: readonly SimCustomer[]): string {
  const rows: (string | number)[][] = [];
  for (const c of customers) {
    if (c.orphan) continue;
    const g = cat.genders;
    // Hidden values: half left blank, half written as "unknown", as exports do both.
    const blank = rng.next() < 0.5;
    const gender = c.hidden.gender ? (blank ? '' : g.unknown) : c.gender === 'f' ? g.female : c.gender === 'm' ? g.male : g.other;
    const city = cat.cities[c.city];
    // en carries a birth date instead of an age: the age at the end of the window, pushed back a random day of the year.
    const birth = formatDate(addMonths(cal.end, -12 * c.age) - intRange(rng, 1, 364) * DAY);
    const age = c.hidden.age ? '' : cat.locale === 'zh' ? c.age : birth;
    const signup = cat.locale === 'zh' ? formatDateTime(c.signup) : formatDate(c.signup);
    rows.push([
      c.id,
      gender,
      age,
      c.hidden.city ? '' : city.city,
      c.hidden.city ? '' : city.region,
      signup,
      cat.channels[c.channel].name,
      membership(cat, c),
      churnLabel(cat, c),
    ]);
  }
  return csvText(cat.columns.customers, rows);
}

function eventsCsv(cat: Catalog, events: readonly EventRow[]): string {
  const names = cat.events;
  const label = { view: names.view, cart: names.cart, order: names.order, pay: names.pay };
  return csvText(
    cat.columns.events,
    events.map((e) => [e.customer.id, label[e.name], formatDateTime(e.time), cat.channels[e.channel].name]),
  );
}

function feedbackCsv(cat: Catalog, rows: readonly FeedbackRow[]): string {
  return csvText(
    cat.columns.feedback,
    rows.map((f) => [f.customer.id, formatDateTime(f.time), f.rating, f.text, cat.channels[f.customer.channel].name]),
  );
}
