/**
 * Shape of the per-locale vocabulary (catalog-zh.ts, catalog-en.ts). The simulation works on
 * indices and numeric traits; only the CSV writer turns them into these words, so both locales
 * share one model of customer behaviour and differ only in names, prices and calendar.
 */
import { CATALOG_EN } from './catalog-en';
import { CATALOG_ZH } from './catalog-zh';

export type Locale = 'zh' | 'en';

/** [product name, lowest list price, highest list price] in the locale's currency. */
export type ProductDef = readonly [name: string, min: number, max: number];

export interface CategoryDef {
  /** Short code used to build SKUs. */
  code: string;
  name: string;
  /** Relative popularity of the category overall. */
  weight: number;
  /** How much more women than men buy it (1 = neutral, 3 = strongly female, 0.5 = male-leaning). */
  female: number;
  /** Age band where the category sells best; interest fades outside it. */
  ages: readonly [number, number];
  products: readonly ProductDef[];
}

export interface CityDef {
  city: string;
  /** Province (zh) or region / nation (en). */
  region: string;
  /** 1 = largest cities; higher tiers spend a little less per order. */
  tier: 1 | 2 | 3 | 4;
  weight: number;
}

/** An acquisition channel and how the customers it brings behave. */
export interface ChannelDef {
  name: string;
  /** Share of new customers at the start of the period. */
  share: number;
  /** Factor on that share by the end of the window (growing channels > 1). */
  trend: number;
  /** Factor on the purchase rate. */
  rate: number;
  /** Factor on the odds of staying after each purchase (> 1 = loyal, < 1 = churns fast). */
  stay: number;
  /** Factor on the mean order value. */
  spend: number;
  /** Factor on the chance of a bad experience (late parcel, wrong size ...). */
  trouble: number;
  /** Share of women among its customers, and their mean age. */
  female: number;
  age: number;
  /** Offline orders leave no web events. */
  online: boolean;
}

export interface PaymentDef {
  name: string;
  weight: number;
  /** Factor on the weight for customers under 30 (buy-now-pay-later skews young). */
  young: number;
}

export interface Catalog {
  locale: Locale;
  currency: string;
  /** Typical order value in the currency, the scale of the spend model. */
  orderValue: number;
  categories: readonly CategoryDef[];
  cities: readonly CityDef[];
  channels: readonly ChannelDef[];
  payments: readonly PaymentDef[];
  /** Membership levels by cumulative paid spend, lowest first. */
  membership: readonly { name: string; minSpend: number }[];
  genders: { female: string; male: string; other: string; unknown: string };
  /** How the export writes a yes/no flag (the churn label). */
  yesNo: { yes: string; no: string };
  status: { completed: string; shipped: string; paid: string; cancelled: string; refunded: string };
  events: { view: string; cart: string; order: string; pay: string };
  files: { orders: string; customers: string; events: string; feedback: string };
  columns: {
    orders: readonly string[];
    customers: readonly string[];
    events: readonly string[];
    feedback: readonly string[];
  };
  /** Turns a raw price into a shelf price in integer cents (fen / pence): 129, 12.99 ... */
  shelfPrice(raw: number): number;
  /** Coupon in cents for an order total in cents; `promo` on sale days. */
  coupon(totalCents: number, promo: boolean, u: number): number;
}

export function getCatalog(locale: Locale): Catalog {
  return locale === 'zh' ? CATALOG_ZH : CATALOG_EN;
}

/** Column order shared by the en orders file and the streamed benchmark transactions. */
export { ORDER_COLUMNS_EN } from './catalog-en';
