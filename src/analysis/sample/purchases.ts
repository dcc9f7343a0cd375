/**
 * The purchase process, BG/NBD style: while alive a customer buys at their own Poisson rate
 * (modulated by the demand calendar, so festivals lift repeat orders too), and after every
 * purchase drops out with their own probability. A bad experience makes dropping out much likelier,
 * which is how churners end up complaining more. Order value follows Gamma-Gamma.
 */
import { allocateDiscount, makeLines } from './basket';
import type { Catalog } from './catalog';
import { DAY, dayOf, timeOnDay, type Calendar } from './calendar';
import { PARAMS, type OrderStatus, type Product, type SimCustomer, type SimOrder, type Theme } from './model';
import { chance, exponential, gamma, weightedIndex, type Rng } from './random';

// What goes wrong, by how often it is the cause (returns are a consequence, handled below).
const TROUBLE_THEMES: Theme[] = ['delivery', 'quality', 'service', 'packaging', 'features', 'price', 'app', 'payment'];
const TROUBLE_WEIGHTS = [0.3, 0.25, 0.12, 0.08, 0.09, 0.06, 0.06, 0.04];

function status(rng: Rng, cal: Calendar, time: number, trouble: Theme | null): OrderStatus {
  if (chance(rng, trouble === 'payment' ? 0.3 : 0.035)) return 'cancelled';
  if (chance(rng, trouble === 'quality' || trouble === 'features' ? 0.45 : trouble ? 0.2 : 0.015)) return 'refunded';
  const age = (cal.end - time) / DAY;
  return age < 2 ? 'paid' : age < 6 ? 'shipped' : 'completed';
}

function makeOrder(rng: Rng, cat: Catalog, cal: Calendar, products: Product[][], c: SimCustomer, time: number): SimOrder {
  const day = dayOf(cal, time);
  const promo = cal.promo[day] === 1;
  // Gamma-Gamma order value; festival baskets are a little larger (stocking up).
  const target = gamma(rng, PARAMS.p, 1 / c.nu) * (promo ? 1.2 : 1);
  const lines = makeLines(rng, cat, products, c, target, chance(rng, PARAMS.bulkShare));
  const gross = lines.reduce((s, l) => s + l.amount, 0);
  if (chance(rng, promo ? 0.7 : 0.25)) allocateDiscount(lines, cat.coupon(gross, promo, rng.next()));
  const ch = cat.channels[c.channel];
  const trouble = chance(rng, PARAMS.trouble * ch.trouble) ? TROUBLE_THEMES[weightedIndex(rng, TROUBLE_WEIGHTS)] : null;
  // Most repeat orders come through the acquisition channel; some through another online one.
  let channel = c.channel;
  if (c.orders.length > 0 && chance(rng, 0.2)) channel = weightedIndex(rng, cat.channels.map((x) => (x.online ? x.share : 0)));
  const payment = chance(rng, 0.8) ? c.payment : weightedIndex(rng, cat.payments.map((m) => m.weight));
  return { id: '', customer: c, time, channel, payment, lines, status: status(rng, cal, time, trouble), trouble };
}

/** Simulates every buyer's orders, then numbers all orders in time order. */
export function simulatePurchases(
  rng: Rng,
  cat: Catalog,
  cal: Calendar,
  products: Product[][],
  customers: SimCustomer[],
): SimOrder[] {
  const all: SimOrder[] = [];
  for (const c of customers) {
    if (c.firstOrder === undefined) continue;
    let t = c.firstOrder;
    for (;;) {
      const order = makeOrder(rng, cat, cal, products, c, t);
      c.orders.push(order);
      all.push(order);
      const stay = order.trouble ? PARAMS.troubleStay : 1;
      const p = c.dropout / (c.dropout + (1 - c.dropout) * stay);
      if (chance(rng, p)) {
        c.churnedAt = t;
        break;
      }
      // Next purchase by thinning: candidates at the peak rate, kept in proportion to demand.
      let next = Math.floor((t - cal.start) / DAY) + 1; // at most one order a day
      let day = -1;
      while (next < cal.days) {
        next += exponential(rng, c.rate * cal.maxDemand);
        if (next >= cal.days) break;
        if (chance(rng, cal.demand[Math.floor(next)] / cal.maxDemand)) {
          day = Math.floor(next);
          break;
        }
      }
      if (day < 0) break;
      t = timeOnDay(rng, cal, day);
    }
  }
  all.sort((a, b) => a.time - b.time || a.customer.no - b.customer.no);
  all.forEach((o, i) => (o.id = orderId(cat.locale, o.time, i + 1, rng)));
  return all;
}

/**
 * zh: 19-digit platform order numbers (date + sequence + random), longer than a double can hold
 * exactly, so they must stay text. en: ORD-0001234.
 */
function orderId(locale: Catalog['locale'], time: number, seq: number, rng: Rng): string {
  if (locale === 'en') return `ORD-${String(seq).padStart(7, '0')}`;
  const d = new Date(time);
  const date = `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  return `${date}${String(seq).padStart(6, '0')}${String(Math.floor(rng.next() * 100000)).padStart(5, '0')}`;
}
