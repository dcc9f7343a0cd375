// Breaks when a generated sentence of the customer profile or purchase behaviour chapters
// misstates a number of the Report (largest group, top three, spend per customer, repeat rate,
// median interval, leading category, payment method, peak weekday and hour, discount use), names
// "other" or "not recorded" as a real group, stops following its input, or reads wrongly in
// either language.
import { describe, expect, it } from 'vitest';
import type { Breakdown } from '../../../../src/analysis/value/types';
import {
  aovFinding,
  bySegmentFinding,
  categoriesFinding,
  discountFinding,
  gapsFinding,
  leaning,
  ordersFinding,
  paymentFinding,
  timingFinding,
  weekdayName,
} from '../../../../src/report/value/behaviour-findings';
import { bestSpender, coverageFinding, profileFinding } from '../../../../src/report/value/profile-findings';
import { clone, en, fixture, fmtFor, text, values, zh } from './fixtures';

const { v: sample, currency: gbp } = fixture('sample-en');
const { v: zhSample, currency: cny } = fixture('sample-zh');
const { v: retail } = fixture('retail');
const fen = fmtFor(en, gbp);
const fzh = fmtFor(zh, cny);
const p = sample.profile;
const b = sample.behaviour;
const part = (x: unknown) => x as Breakdown;

describe('customer profile', () => {
  it('age: the largest band and the band that spends most per customer', () => {
    const label = (k: string) => en.t(`value.age.${k}` as 'value.age.lt18');
    expect(text(profileFinding('age', part(p.ageBands), fen, en, label))).toBe(
      'Customers aged 35–44 are the largest group: 35% of customers, 35% of revenue. Spend per customer is highest for 45–54: £142.95, against £129.90 overall.',
    );
  });

  it('top three of a long list (regions), in both languages', () => {
    expect(text(profileFinding('regions', part(p.regions), fen, en))).toBe(
      'The three largest, London, Scotland, and North West, hold 45% of customers and 45% of revenue. Spend per customer is highest for East Midlands: £144.23, against £129.90 overall.',
    );
    expect(text(profileFinding('regions', part(zhSample.profile.regions), fzh, zh))).toBe(
      '排名前三的广东省、江苏省和浙江省合计占客户的 34%、收入的 32%。人均消费最高的是“北京市”，达 ¥1,016.06，整体为 ¥776.47。',
    );
  });

  it('channel and membership: who brings customers, who spends', () => {
    expect(text(profileFinding('channel', part(zhSample.profile.acquisitionChannel), fzh, zh))).toBe(
      '“自然搜索”带来的客户最多，占 22%，贡献 24% 的收入。人均消费最高的是“老客推荐”，达 ¥1,218.95，整体为 ¥776.47。',
    );
    expect(values(profileFinding('membership', part(p.membershipLevel), fen, en))).toEqual(['Bronze', '64%', '24%', 'Gold', '£606.68', '£129.90']);
  });

  it('no spend sentence when no group spends clearly more; "same group" wording when the largest does', () => {
    const flat = clone(part(p.gender));
    for (const g of flat.groups) g.revenue = g.count * 130;
    expect(text(profileFinding('gender', flat, fen, en))).toBe('Female is the largest group: 50% of customers, 46% of revenue.');
    const rich = clone(part(p.gender));
    rich.groups[0].revenue = rich.groups[0].count * 300;
    expect(text(profileFinding('gender', rich, fen, en))).toMatch(/They also spend the most per customer: £300\.00, against/);
  });

  it('never picks "other" or "not recorded", nor a group too small to count', () => {
    const regions = part(p.regions);
    expect(bestSpender(regions.groups)?.key).toBe('East Midlands');
    const tiny = clone(regions);
    tiny.groups.push({ key: 'Isle of Man', count: 3, share: 0.001, revenue: 9000, revenueShare: 0.03 });
    expect(bestSpender(tiny.groups)?.key).toBe('East Midlands');
  });

  it('coverage of the customer table', () => {
    expect(text(coverageFinding(p, sample.customers, fen, en))).toBe('2,391 of the 2,418 buying customers (99%) are found in the customer table; the others count as "not recorded" below.');
    expect(text(coverageFinding(retail.profile, retail.customers, fzh, zh))).toBe('没有客户表，只能用首单渠道来描述客户。');
    expect(text(coverageFinding({ ...p, matched: sample.customers }, sample.customers, fen, en))).toBe('All 2,418 buying customers are found in the customer table.');
  });
});

describe('purchase behaviour', () => {
  it('order value: the mean order and the most common customer average', () => {
    expect(text(aovFinding(sample, fen, en))).toBe('An order is worth £61.28 on average. The most common average per customer is £37.65–£52.98, for 25% of customers.');
    expect(text(aovFinding(retail, fzh, zh))).toBe('平均每单 ¥479.56。客户平均订单金额最集中的区间是 ¥104.84–¥206.22，占客户的 25%。');
  });

  it('one-time buyers, repeat rate and orders of returning customers', () => {
    expect(text(ordersFinding(retail, fen, en))).toBe('34% of customers (1,493) bought only once; the repeat-purchase rate is 66%. A customer who comes back places 6 orders on average.');
    const none = { ...clone(retail), orders: retail.customers, behaviour: { ...clone(retail.behaviour), repeatCustomers: 0, repeatRate: 0 } };
    expect(text(ordersFinding(none, fen, en))).toBe('100% of customers (4,338) bought only once; the repeat-purchase rate is 0%.');
  });

  it('time between purchases, with the reminder day rounded', () => {
    expect(text(gapsFinding(b.gaps, fen, en))).toBe(
      'Half of the repeat purchases come within 28.5 days of the previous one (mean 50.9 days, over 2,708 intervals of 1,019 customers): a reminder around day 29 reaches customers while they are still likely to come back.',
    );
    expect(text(gapsFinding({ ...b.gaps, medianDays: null, meanDays: null }, fzh, zh))).toBe('没有客户在两个不同的日期购买过，无法计算复购间隔。');
  });

  it('categories: the top two by revenue', () => {
    expect(text(categoriesFinding(part(b.categories), fen, en))).toBe('Apparel brings the most revenue (20%) and is in 22% of orders. Electronics follows with 20% of revenue.');
    expect(text(categoriesFinding(part(zhSample.behaviour.categories), fzh, zh))).toBe('“服饰”贡献的收入最多（20%），出现在 22% 的订单中。其次是“数码”，占收入的 18%。');
  });

  it('the segment that leans most towards a category, among segments and categories big enough', () => {
    const c = b.categoriesBySegment!;
    expect(leaning(c, part(b.categories), sample.revenue)).toMatchObject({ segment: 'new_customers', category: 'Sports & Outdoors' });
    expect(text(bySegmentFinding(c, part(b.categories), sample.revenue, fen, en))).toBe(
      'The New Customers segment leans towards Sports & Outdoors: 36% of its revenue, against 15% for all customers.',
    );
    // Every segment buying like all customers: no leaning worth a sentence.
    const even = clone(c);
    const overall = part(b.categories);
    for (const s of even.segments) s.shares = even.categories.map((k) => overall.groups.find((g) => g.key === k)!.revenueShare);
    expect(text(bySegmentFinding(even, overall, sample.revenue, fen, en))).toBe('The category mix is much the same in every segment: no segment leans clearly towards one category.');
  });

  it('payment methods: the top two by orders', () => {
    expect(text(paymentFinding(part(zhSample.behaviour.paymentMethods), fzh, zh))).toBe('“微信支付”支付了 39% 的订单。其次是“支付宝”，占 38%。');
  });

  it('timing: peak weekday and hour, or weekdays only for dates without times', () => {
    expect(text(timingFinding(retail.behaviour.weekdayHour, fen, en))).toBe('Orders peak on Thursday (22% of the week) and at 12:00–13:00 (17% of orders): the best time to reach customers.');
    expect(text(timingFinding({ ...retail.behaviour.weekdayHour, timeOfDay: false }, fzh, zh))).toBe('星期四的订单最多，占一周的 22%。');
    expect(weekdayName('en', 1)).toBe('Monday');
    expect(weekdayName('zh-CN', 7, 'short')).toBe('周日');
  });

  it('discounts: overall, and the segments that use them most and least', () => {
    expect(text(discountFinding(b.discount!, fen, en))).toBe(
      '31% of orders use a discount. They are most common in the About To Sleep segment (38% of its orders) and least common in Need Attention (19%).',
    );
    expect(text(discountFinding(zhSample.behaviour.discount!, fzh, zh))).toBe('34% 的订单使用了优惠。其中新客户使用优惠最多（占其订单的 42%），有潜力客户最少（23%）。');
  });
});
