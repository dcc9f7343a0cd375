/**
 * What goes into an order. The spend model gives a target order value; the basket turns it into
 * 1-4 real lines from the customer's favourite categories, picking products whose price fits the
 * budget, so line amounts are shelf prices x quantities and still follow the Gamma-Gamma spend.
 */
import type { Catalog } from './catalog';
import type { Product, SimCustomer, SimLine } from './model';
import { chance, intRange, uniform, weightedIndex, type Rng } from './random';

/** Products with shelf prices drawn once per data set from each product's price range. */
export function buildProducts(rng: Rng, cat: Catalog): Product[][] {
  return cat.categories.map((c, ci) =>
    c.products.map(([name, min, max], j) => ({
      sku: cat.locale === 'zh' ? `${c.code}${String(j + 1).padStart(4, '0')}` : `${c.code}-${1001 + j}`,
      name,
      category: ci,
      price: cat.shelfPrice(uniform(rng, min, max)),
    })),
  );
}

// Bigger budgets spread over more lines.
const LINE_WEIGHTS_SMALL = [0.62, 0.25, 0.09, 0.04];
const LINE_WEIGHTS_LARGE = [0.4, 0.32, 0.18, 0.1];

export function makeLines(
  rng: Rng,
  cat: Catalog,
  products: Product[][],
  customer: SimCustomer,
  target: number,
  bulk: boolean,
): SimLine[] {
  const budgetCents = target * 100;
  const count = weightedIndex(rng, target > cat.orderValue * 1.5 ? LINE_WEIGHTS_LARGE : LINE_WEIGHTS_SMALL) + 1;
  const lines: SimLine[] = [];
  const used = new Set<string>();
  let category = weightedIndex(rng, customer.categoryWeights);
  for (let i = 0; i < count; i++) {
    if (i > 0 && !chance(rng, 0.55)) category = weightedIndex(rng, customer.categoryWeights);
    const budget = (budgetCents / count) * uniform(rng, 0.6, 1.4);
    const choices = products[category].filter((p) => !used.has(p.sku));
    if (choices.length === 0) continue;
    // Prefer products priced near the budget; cheap ones are bought in multiples.
    const product = choices[weightedIndex(rng, choices.map((p) => Math.exp(-1.6 * Math.abs(Math.log(p.price / budget)))))];
    used.add(product.sku);
    let quantity = 1;
    if (product.price * 1.8 < budget && chance(rng, 0.6)) quantity = Math.min(6, Math.round(budget / product.price));
    if (bulk && i === 0) quantity = intRange(rng, 20, 60);
    lines.push({ product, quantity, amount: product.price * quantity, discount: 0 });
  }
  return lines;
}

/** Spreads an order's coupon over its lines in proportion to amount; the last line takes the rounding. */
export function allocateDiscount(lines: SimLine[], total: number): void {
  const gross = lines.reduce((s, l) => s + l.amount, 0);
  let left = total;
  lines.forEach((line, i) => {
    const share = i === lines.length - 1 ? left : Math.floor((total * line.amount) / gross);
    line.discount = share;
    left -= share;
  });
}
