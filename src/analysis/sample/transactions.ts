/**
 * A big transactions-only CSV for the benchmark, streamed in chunks: exactly `rows` data lines
 * with the en orders columns. Memory holds only per-customer numbers (typed arrays), never rows,
 * so 20 million lines stream through. Orders run forward in time (growing volume); each is either
 * a new customer's first order or a repeat by an earlier customer picked in proportion to a
 * Gamma-distributed purchase propensity, giving a realistic mix of one-time and heavy buyers.
 */
import { buildProducts } from './basket';
import { ORDER_COLUMNS_EN } from './catalog';
import { CATALOG_EN } from './catalog-en';
import { DAY, formatDate, parseDate } from './calendar';
import { csvField, csvRow, money } from './csv';
import { SAMPLE_DEFAULTS } from './model';
import { cumulativeIndex, gamma, intRange, Rng, weightedIndex } from './random';

export interface TransactionsOptions {
  /** Number of data lines (order lines), exactly. */
  rows: number;
  seed?: number;
  /** Distinct customers; default about one per three orders, at most 1,000,000. */
  customers?: number;
  /** Lines per yielded chunk (the header is its own first chunk). */
  chunkRows?: number;
}

const MEAN_LINES = 1.6;
const LINE_WEIGHTS = [0.6, 0.25, 0.1, 0.05];
const START = parseDate('2024-01-01');
const END = parseDate(SAMPLE_DEFAULTS.end);
const SPAN_S = (END - START) / 1000;
const GROWTH = Math.log(2.2);
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? '0' : '') + i);

export function* generateTransactionsCsv(options: TransactionsOptions): Generator<string> {
  const rows = Math.floor(options.rows);
  if (!(rows >= 0)) throw new Error('rows must be a non-negative number');
  const chunkRows = Math.max(1, Math.floor(options.chunkRows ?? 10_000));
  const customerCount = Math.max(1, Math.floor(options.customers ?? Math.min(1_000_000, rows / MEAN_LINES / 3)));
  const cat = CATALOG_EN;
  const root = new Rng(options.seed ?? SAMPLE_DEFAULTS.seed).fork('transactions');
  const rng = root.fork('orders');

  // Products with their CSV text prepared once: the per-line work is then string concatenation.
  const byCategory = buildProducts(root.fork('products'), cat);
  const products = byCategory.flat();
  const productText = products.map((p) => `${p.sku},${csvField(p.name)},${csvField(cat.categories[p.category].name)}`);
  const priceText = products.map((p) => money(p.price));
  const categoryStart = byCategory.map((_, i) => byCategory.slice(0, i).reduce((s, c) => s + c.length, 0));
  let acc = 0;
  const popularity = products.map((p) => (acc += cat.categories[p.category].weight / Math.sqrt(p.price)));
  const channelNames = cat.channels.map((c) => c.name);
  const channelWeights = cat.channels.map((c) => c.share);
  const paymentNames = cat.payments.map((m) => m.name);
  const paymentWeights = cat.payments.map((m) => m.weight);

  // Per-customer state, filled as customers arrive (in id order).
  const cumulative = new Float64Array(customerCount);
  const channel = new Uint8Array(customerCount);
  const payment = new Uint8Array(customerCount);
  const favourite = new Uint8Array(customerCount);
  let arrived = 0;

  yield csvRow(ORDER_COLUMNS_EN) + '\n';
  let emitted = 0;
  let orderNo = 0;
  let buffer: string[] = [];
  let cachedDay = -1;
  let cachedDate = '';
  while (emitted < rows) {
    // Time advances with output, faster early on: volume grows by GROWTH over the period it covers.
    const u = emitted / rows;
    const seconds = Math.floor((Math.log(1 + u * (Math.exp(GROWTH) - 1)) / GROWTH) * SPAN_S);
    const day = Math.floor(seconds / 86_400);
    if (day !== cachedDay) {
      cachedDay = day;
      cachedDate = formatDate(START + day * DAY);
    }
    const s = seconds % 86_400;
    const time = `${cachedDate} ${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}:${TWO[s % 60]}`;

    // New customer or a repeat: spread the arrivals evenly over the remaining orders.
    const remainingOrders = Math.max(1, (rows - emitted) / MEAN_LINES);
    let c: number;
    if (arrived === 0 || (arrived < customerCount && rng.next() < (customerCount - arrived) / remainingOrders)) {
      c = arrived++;
      cumulative[c] = (c > 0 ? cumulative[c - 1] : 0) + gamma(rng, 0.6);
      channel[c] = weightedIndex(rng, channelWeights);
      payment[c] = weightedIndex(rng, paymentWeights);
      favourite[c] = weightedIndex(rng, cat.categories.map((x) => x.weight));
    } else {
      c = searchCumulative(cumulative, arrived, rng.next() * cumulative[arrived - 1]);
    }
    orderNo++;
    const customerId = `C${String(c + 1).padStart(7, '0')}`;
    const orderId = `ORD-${String(orderNo).padStart(8, '0')}`;
    const age = (END / 1000 - START / 1000 - seconds) / 86_400;
    const r = rng.next();
    const status =
      age < 2 ? 'paid' : age < 6 ? 'shipped' : r < 0.03 ? 'cancelled' : r < 0.055 ? 'refunded' : 'completed';
    const pay = status === 'cancelled' ? '' : paymentNames[rng.next() < 0.8 ? payment[c] : weightedIndex(rng, paymentWeights)];
    const tail = `,${status},${pay},${channelNames[channel[c]]}`;
    const head = `${customerId},${orderId},${time},`;

    const lineCount = Math.min(weightedIndex(rng, LINE_WEIGHTS) + 1, rows - emitted);
    const discounted = rng.next() < 0.2;
    for (let i = 0; i < lineCount; i++) {
      const fav = byCategory[favourite[c]];
      const p =
        rng.next() < 0.6 ? categoryStart[favourite[c]] + intRange(rng, 0, fav.length - 1) : cumulativeIndex(rng, popularity);
      const price = products[p].price;
      const quantity = rng.next() < 0.88 ? 1 : intRange(rng, 2, 4);
      let money4: string; // unit_price,amount,paid_amount,discount
      if (quantity === 1 && !discounted && status !== 'cancelled') {
        money4 = `${priceText[p]},${priceText[p]},${priceText[p]},0.00`; // the common case, no arithmetic
      } else {
        const amount = price * quantity;
        const discount = discounted ? Math.round(amount * 0.1) : 0;
        const paid = status === 'cancelled' ? 0 : amount - discount;
        money4 = `${priceText[p]},${money(amount)},${money(paid)},${money(discount)}`;
      }
      buffer.push(`${head}${productText[p]},${quantity},${money4}${tail}`);
    }
    emitted += lineCount;
    if (buffer.length >= chunkRows || emitted >= rows) {
      yield buffer.join('\n') + '\n';
      buffer = [];
    }
  }
}

/** First customer whose cumulative propensity exceeds x, among the first n. */
function searchCumulative(cumulative: Float64Array, n: number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
