/**
 * Who the customers are and when they arrive. Arrivals follow the demand calendar times a growth
 * trend (a shop that is growing, with festival spikes); each customer draws BG/NBD and
 * Gamma-Gamma traits, shifted by the channel that brought them, so channels differ in quality
 * the way real ones do rather than by a label.
 */
import type { Catalog } from './catalog';
import { DAY, timeOnDay, type Calendar } from './calendar';
import { PARAMS, type Gender, type SimCustomer } from './model';
import { beta, chance, cumulativeIndex, exponential, gamma, normal, uniform, weightedIndex, type Rng } from './random';

/** Ids sort by signup and keep leading zeros: 000123 (zh) and C000123 (en). */
export function customerId(locale: Catalog['locale'], no: number): string {
  const digits = String(no).padStart(6, '0');
  return locale === 'zh' ? digits : `C${digits}`;
}

/** Interest in each category from gender, age and a personal taste that concentrates on a few. */
function categoryWeights(rng: Rng, cat: Catalog, gender: Gender, age: number): number[] {
  return cat.categories.map((c) => {
    const sex = gender === 'f' ? c.female : gender === 'm' ? 1 / c.female : 1;
    const [lo, hi] = c.ages;
    const distance = age < lo ? lo - age : age > hi ? age - hi : 0;
    return c.weight * Math.sqrt(sex) * Math.exp(-distance / 12) * gamma(rng, 0.7);
  });
}

function signupLag(rng: Rng): number {
  const u = rng.next();
  if (u < 0.45) return uniform(rng, 60_000, 1_200_000); // registered in the same session
  if (u < 0.8) return exponential(rng, 1 / 10) * DAY; // a few days of browsing first
  return uniform(rng, 20, 400) * DAY; // an old account, possibly from before the window
}

export function simulateCustomers(rng: Rng, cat: Catalog, cal: Calendar, count: number): SimCustomer[] {
  const orphans = Math.round(count * PARAMS.orphanShare);
  const total = count + orphans;
  // Arrival intensity: demand x exponential growth over the period.
  const growth = Math.log(PARAMS.acquisitionGrowth) / cal.days;
  const arrivalCum = new Float64Array(cal.days);
  let acc = 0;
  for (let d = 0; d < cal.days; d++) arrivalCum[d] = acc += cal.demand[d] * Math.exp(growth * d);

  const tierSpend = [1, 1.15, 1.0, 0.92, 0.85];
  const cityWeights = cat.cities.map((c) => c.weight);
  const list: SimCustomer[] = [];
  for (let i = 0; i < total; i++) {
    const orphan = i >= count; // the last ones; ids are reassigned by signup below
    const buyer = orphan || !chance(rng, PARAMS.neverBoughtShare);
    const day = cumulativeIndex(rng, arrivalCum);
    const x = day / cal.days;
    const channel = weightedIndex(rng, cat.channels.map((c) => c.share * Math.pow(c.trend, x)));
    const ch = cat.channels[channel];
    const gender: Gender = chance(rng, 0.015) ? 'x' : chance(rng, ch.female) ? 'f' : 'm';
    const age = Math.round(Math.min(72, Math.max(16, normal(rng, ch.age, 9))));
    const city = weightedIndex(rng, cityWeights);

    const rate = gamma(rng, PARAMS.r, 1 / PARAMS.alpha) * ch.rate;
    const p = beta(rng, PARAMS.a, PARAMS.b);
    const dropout = p / (p + (1 - p) * ch.stay);
    const meanSpend = cat.orderValue * ch.spend * tierSpend[cat.cities[city].tier];
    const gammaRate = (meanSpend * (PARAMS.q - 1)) / PARAMS.p;
    const nu = gamma(rng, PARAMS.q, 1 / gammaRate);

    const young = age < 30;
    const payment = weightedIndex(rng, cat.payments.map((m) => m.weight * (young ? m.young : 1)));
    const first = timeOnDay(rng, cal, day);
    const signup = buyer ? Math.floor((first - signupLag(rng)) / 1000) * 1000 : first;
    list.push({
      no: 0,
      id: '',
      gender,
      age,
      city,
      channel,
      signup,
      firstOrder: buyer ? first : undefined,
      orphan,
      hidden: { gender: chance(rng, 0.04), age: chance(rng, 0.05), city: chance(rng, 0.015) },
      rate,
      dropout,
      nu,
      categoryWeights: categoryWeights(rng, cat, gender, age),
      payment,
      orders: [],
    });
  }
  list.sort((a, b) => a.signup - b.signup);
  list.forEach((c, i) => {
    c.no = i + 1;
    c.id = customerId(cat.locale, i + 1);
  });
  return list;
}
