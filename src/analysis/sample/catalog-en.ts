/**
 * English vocabulary: a UK online shop in GBP, UK cities with their regions and nations, the
 * channels a UK growth team reports on, and snake_case headers. Some product names carry commas
 * and double quotes on purpose, so the CSV quoting is exercised on every load.
 */
import type { Catalog, CategoryDef, ChannelDef, CityDef } from './catalog';

export const ORDER_COLUMNS_EN = [
  'customer_id', 'order_id', 'order_time', 'sku', 'product_name', 'category', 'quantity',
  'unit_price', 'amount', 'paid_amount', 'discount', 'status', 'payment_method', 'channel',
] as const;

const categories: CategoryDef[] = [
  { code: 'AP', name: 'Apparel', weight: 1.4, female: 1.5, ages: [20, 40], products: [
    ['Cotton crew-neck T-shirt', 9.99, 19.99], ['Slim-fit jeans', 29.99, 59.99], ['Merino wool jumper', 39.99, 89.99],
    ['Waterproof rain jacket', 49.99, 119.99], ['Canvas trainers', 44.99, 99.99], ['Socks, 5-pack', 7.99, 14.99],
    ['Floral summer dress', 24.99, 59.99], ['Leather belt', 14.99, 34.99],
  ] },
  { code: 'BE', name: 'Beauty', weight: 1.1, female: 3.0, ages: [18, 35], products: [
    ['Hyaluronic hydrating serum', 14.99, 39.99], ['Matte lipstick', 8.99, 24.99], ['SPF 50 sunscreen', 9.99, 19.99],
    ['Shampoo & conditioner set', 11.99, 24.99], ['Eau de parfum 50ml', 39.99, 89.99], ['Sheet masks, 10-pack', 9.99, 19.99],
    ["Men's face wash", 5.99, 12.99], ['Makeup brush set', 14.99, 34.99],
  ] },
  { code: 'EL', name: 'Electronics', weight: 1.0, female: 0.45, ages: [18, 45], products: [
    ['Noise-cancelling wireless earbuds', 29.99, 149.99], ['Power bank 20000mAh', 19.99, 44.99], ['Smartwatch', 99.99, 299.99],
    ['Mechanical keyboard', 49.99, 129.99], ['Tablet 10.9"', 149.99, 449.99], ['USB-C cable, 2m', 6.99, 14.99],
    ['Phone case', 9.99, 24.99], ['Robot vacuum', 199.99, 499.99],
  ] },
  { code: 'HO', name: 'Home', weight: 1.0, female: 1.2, ages: [28, 55], products: [
    ['Memory foam pillow', 19.99, 49.99], ['Duvet cover set, double', 24.99, 69.99], ['Non-stick frying pan', 19.99, 49.99],
    ['Scented candle', 9.99, 29.99], ['Air purifier', 89.99, 249.99], ['Electric toothbrush', 29.99, 99.99],
    ['Storage boxes, 3-pack', 14.99, 29.99], ['Cast iron skillet 12"', 29.99, 54.99],
  ] },
  { code: 'GR', name: 'Grocery', weight: 1.1, female: 1.0, ages: [22, 60], products: [
    ['Ground coffee 1kg', 11.99, 24.99], ['Mixed nuts gift box', 12.99, 29.99], ['Loose-leaf green tea', 6.99, 19.99],
    ['Extra virgin olive oil 1L', 8.99, 16.99], ['Dark chocolate, 6 bars', 9.99, 17.99], ['Protein bars, box of 12', 14.99, 24.99],
    ['Basmati rice 5kg', 9.99, 17.99], ['Oat milk, 6 x 1L', 8.99, 13.99],
  ] },
  { code: 'BA', name: 'Baby', weight: 0.7, female: 2.0, ages: [25, 38], products: [
    ['Nappies size 3, 80 pack', 12.99, 24.99], ['Baby wipes, 12-pack', 9.99, 17.99], ['First infant milk 800g', 11.99, 19.99],
    ['Picture book set', 12.99, 29.99], ['Lightweight pushchair', 199.99, 499.99], ['Video baby monitor', 39.99, 129.99],
    ['Sippy cup', 5.99, 12.99], ['Baby sleeping bag', 19.99, 39.99],
  ] },
  { code: 'SP', name: 'Sports & Outdoors', weight: 0.8, female: 0.8, ages: [20, 45], products: [
    ['Yoga mat', 14.99, 39.99], ['Cushioned running shoes', 49.99, 139.99], ['Hiking backpack 30L', 34.99, 89.99],
    ['Camping tent, 2-person', 59.99, 179.99], ['Adjustable dumbbell set', 29.99, 89.99], ['Cycling helmet', 29.99, 79.99],
    ['Insulated water bottle', 9.99, 24.99], ['Fitness tracker', 29.99, 99.99],
  ] },
];

const city = (name: string, region: string, tier: CityDef['tier'], weight: number): CityDef => ({
  city: name, region, tier, weight,
});

const cities: CityDef[] = [
  city('London', 'London', 1, 14), city('Birmingham', 'West Midlands', 2, 4), city('Manchester', 'North West', 2, 4),
  city('Leeds', 'Yorkshire and the Humber', 2, 3), city('Glasgow', 'Scotland', 2, 3), city('Liverpool', 'North West', 2, 2.5),
  city('Bristol', 'South West', 2, 2.5), city('Edinburgh', 'Scotland', 2, 2.5), city('Sheffield', 'Yorkshire and the Humber', 3, 2),
  city('Cardiff', 'Wales', 3, 1.8), city('Newcastle upon Tyne', 'North East', 3, 1.8), city('Nottingham', 'East Midlands', 3, 1.8),
  city('Leicester', 'East Midlands', 3, 1.6), city('Belfast', 'Northern Ireland', 3, 1.6), city('Southampton', 'South East', 3, 1.4),
  city('Brighton and Hove', 'South East', 3, 1.4), city('Reading', 'South East', 3, 1.3), city('Cambridge', 'East of England', 3, 1.2),
  city('Oxford', 'South East', 3, 1.2), city('Coventry', 'West Midlands', 3, 1.2), city('Norwich', 'East of England', 4, 0.9),
  city('Aberdeen', 'Scotland', 4, 0.9), city('Swansea', 'Wales', 4, 0.8), city('Plymouth', 'South West', 4, 0.8),
  city('York', 'Yorkshire and the Humber', 4, 0.7), city('Exeter', 'South West', 4, 0.6), city('Dundee', 'Scotland', 4, 0.6),
  city('Derry', 'Northern Ireland', 4, 0.4), city('Inverness', 'Scotland', 4, 0.3),
];

const channel = (name: string, t: Omit<ChannelDef, 'name'>): ChannelDef => ({ name, ...t });

// Referral and store customers stay longest; paid social brings many one-time buyers;
// email sign-ups are engaged newsletter readers; marketplace buyers are loyal to the marketplace.
const channels: ChannelDef[] = [
  channel('Organic search', { share: 0.27, trend: 0.9, rate: 1.0, stay: 1.0, spend: 1.0, trouble: 1.0, female: 0.53, age: 36, online: true }),
  channel('Paid social', { share: 0.2, trend: 1.5, rate: 0.75, stay: 0.45, spend: 0.85, trouble: 1.4, female: 0.6, age: 31, online: true }),
  channel('Email', { share: 0.1, trend: 0.9, rate: 1.25, stay: 1.3, spend: 1.0, trouble: 0.9, female: 0.56, age: 41, online: true }),
  channel('Referral', { share: 0.1, trend: 1.1, rate: 1.3, stay: 2.2, spend: 1.3, trouble: 0.7, female: 0.55, age: 35, online: true }),
  channel('Marketplace', { share: 0.19, trend: 1.1, rate: 0.9, stay: 0.7, spend: 0.9, trouble: 1.1, female: 0.5, age: 39, online: true }),
  channel('Offline store', { share: 0.14, trend: 0.75, rate: 0.9, stay: 1.6, spend: 1.1, trouble: 0.8, female: 0.52, age: 45, online: false }),
];

export const CATALOG_EN: Catalog = {
  locale: 'en',
  currency: 'GBP',
  orderValue: 48,
  categories,
  cities,
  channels,
  payments: [
    { name: 'Credit card', weight: 0.38, young: 0.8 },
    { name: 'PayPal', weight: 0.3, young: 1.3 },
    { name: 'Debit card', weight: 0.26, young: 1.1 },
    { name: 'Gift card', weight: 0.06, young: 1.0 },
  ],
  membership: [
    { name: 'Bronze', minSpend: 0 },
    { name: 'Silver', minSpend: 100 },
    { name: 'Gold', minSpend: 400 },
    { name: 'Platinum', minSpend: 1200 },
  ],
  yesNo: { yes: 'yes', no: 'no' },
  genders: { female: 'Female', male: 'Male', other: 'Non-binary', unknown: 'Prefer not to say' },
  status: { completed: 'completed', shipped: 'shipped', paid: 'paid', cancelled: 'cancelled', refunded: 'refunded' },
  events: { view: 'view', cart: 'add_to_cart', order: 'order', pay: 'pay' },
  files: { orders: 'orders.csv', customers: 'customers.csv', events: 'events.csv', feedback: 'feedback.csv' },
  columns: {
    orders: ORDER_COLUMNS_EN,
    customers: ['customer_id', 'gender', 'birth_date', 'city', 'region', 'signup_date', 'signup_channel', 'membership_level', 'churned'],
    events: ['customer_id', 'event', 'event_time', 'channel'],
    feedback: ['customer_id', 'feedback_time', 'rating', 'comment', 'channel'],
  },
  // Charm pricing: 12.99 below £100, 149.99 above.
  shelfPrice(raw) {
    if (raw >= 100) return Math.round(raw / 5) * 500 - 1;
    return Math.max(1, Math.floor(raw)) * 100 + 99;
  },
  // Discount codes: 10% off, or £5 off over £40; 20-25% off around Black Friday.
  coupon(total, promo, u) {
    let off: number;
    if (promo) off = Math.round(total * (u < 0.6 ? 0.2 : 0.25));
    else if (u < 0.5) off = Math.round(total * 0.1);
    else off = total >= 4000 ? 500 : 300;
    return Math.min(off, Math.floor(total / 2));
  },
};
