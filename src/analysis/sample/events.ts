/**
 * Web/app behaviour log for the last months of the window (logs are kept for a short time in
 * practice, and it keeps the file at tens of thousands of rows). Every online order comes from a
 * converting session (view -> add to cart -> order -> pay); many more sessions only browse.
 * Real logs are messy, so a few events are logged twice, some arrive late (out of file order),
 * and a few carry skewed clocks (pay a few seconds before order).
 */
import type { Catalog } from './catalog';
import { DAY, dayOf, timeOnDay, type Calendar } from './calendar';
import type { SimCustomer, SimOrder } from './model';
import { chance, geometric, intRange, poisson, uniform, weightedIndex, type Rng } from './random';

export type EventName = 'view' | 'cart' | 'order' | 'pay';

export interface EventRow {
  customer: SimCustomer;
  name: EventName;
  time: number;
  channel: number;
  /** When the row reached the log; the file is sorted by this, not by `time`. */
  logged: number;
}

const MIN = 60_000;

function onlineChannel(rng: Rng, cat: Catalog, preferred: number): number {
  if (cat.channels[preferred].online && chance(rng, 0.7)) return preferred;
  return weightedIndex(rng, cat.channels.map((c) => (c.online ? c.share : 0)));
}

/** Views spread over the minutes before `until`, then maybe an add-to-cart. */
function browse(rng: Rng, push: (name: EventName, time: number) => void, start: number, until: number, cartP: number): number {
  const views = geometric(rng, 0.45);
  const span = Math.max(MIN, until - start);
  const times: number[] = [];
  for (let i = 0; i < views; i++) times.push(start + Math.floor(rng.next() * span * 0.8));
  times.sort((a, b) => a - b);
  for (const t of times) push('view', t);
  let last = times[times.length - 1];
  if (chance(rng, cartP)) {
    const carts = chance(rng, 0.2) ? 2 : 1;
    for (let i = 0; i < carts; i++) {
      last += intRange(rng, 5, 120) * 1000;
      push('cart', Math.min(last, until - 1000));
    }
  }
  return last;
}

export function simulateEvents(
  rng: Rng,
  cat: Catalog,
  cal: Calendar,
  customers: readonly SimCustomer[],
  orders: readonly SimOrder[],
  from: number,
): EventRow[] {
  const rows: EventRow[] = [];
  const session = (c: SimCustomer, channel: number) => (name: EventName, time: number) =>
    rows.push({ customer: c, name, time: Math.floor(time / 1000) * 1000, channel, logged: 0 });

  for (const o of orders) {
    if (o.time < from || !cat.channels[o.channel].online) continue;
    const push = session(o.customer, o.channel);
    const start = o.time - uniform(rng, 2, 40) * MIN;
    // 5% use "buy now" and skip the cart.
    browse(rng, push, start, o.time, 0.95);
    push('order', o.time);
    if (o.status === 'cancelled') continue; // ordered but never paid, later auto-cancelled
    const skew = chance(rng, 0.012); // clock skew: pay logged just before order
    push('pay', o.time + (skew ? -intRange(rng, 1, 20) : intRange(rng, 10, 300)) * 1000);
  }

  const fromDay = dayOf(cal, from);
  for (const c of customers) {
    if (c.orphan) continue;
    // Active from signup until some weeks after dropping out; never-buyers browse a little.
    const first = Math.max(fromDay, dayOf(cal, c.signup));
    const lastTime = c.churnedAt !== undefined ? c.churnedAt + 45 * DAY : cal.end;
    const last = Math.min(cal.days - 1, dayOf(cal, lastTime));
    if (c.signup >= cal.end || last < first) continue;
    const perDay = c.firstOrder === undefined ? 0.012 : 0.008 + 2.5 * c.rate;
    const sessions = poisson(rng, perDay * (last - first + 1));
    for (let s = 0; s < sessions; s++) {
      const start = timeOnDay(rng, cal, intRange(rng, first, last));
      if (start < c.signup) continue;
      browse(rng, session(c, onlineChannel(rng, cat, c.channel)), start, start + uniform(rng, 1, 25) * MIN, 0.22);
    }
  }

  const out: EventRow[] = [];
  for (const e of rows) {
    if (e.time >= cal.end) continue; // the export stops at the end of the window
    // Late-arriving rows from offline phones land hours later in the log.
    e.logged = e.time + (chance(rng, 0.01) ? uniform(rng, 1, 6) * 3_600_000 : 0);
    out.push(e);
    if (chance(rng, 0.015)) out.push({ ...e }); // logged twice
  }
  return out.sort((a, b) => a.logged - b.logged || a.customer.no - b.customer.no);
}
