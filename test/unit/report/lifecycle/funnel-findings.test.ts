// Breaks when the funnel's finding misstates the end-to-end conversion, picks the wrong step as the
// largest loss or the slowest, ranks channels with a handful of starters, or reads wrongly in either
// language; and when the order-status finding misstates paid or delivered orders.
import { describe, expect, it } from 'vitest';
import type { FunnelStep } from '../../../../src/analysis/lifecycle/types';
import { breakdownRange, funnelFindingParts, largestDrop, MIN_BREAKDOWN_PEOPLE, slowestStep, statusFindingParts, type StatusFunnel } from '../../../../src/report/lifecycle/funnel-findings';
import { copy, en, SAMPLE_FUNNEL, text, values, zh } from './fixtures';

function step(key: string, people: number, previous: number | null, start: number, medianSeconds: number | null = null): FunnelStep {
  return {
    key,
    people,
    fromPrevious: previous === null ? 1 : previous > 0 ? people / previous : null,
    fromStart: start > 0 ? people / start : null,
    dropOff: previous === null ? 0 : previous - people,
    medianSeconds,
  };
}

describe('event funnel finding on the sample data', () => {
  it('English', () => {
    expect(text(funnelFindingParts(SAMPLE_FUNNEL, en))).toBe(
      'Of 2,195 people who reached “View”, 1,214 (55.3%) reached “Pay” within 7 days. ' +
        'The largest loss is from “Add to cart” to “Order”: 428 people (25.5%) did not continue. ' +
        'The slowest step is “Add to cart” → “Order”, with a median of 8.1 min. ' +
        'By channel, 53.4% (Referral) to 56.3% (Email) of those who start reach “Pay”.',
    );
  });

  it('Chinese', () => {
    expect(text(funnelFindingParts(SAMPLE_FUNNEL, zh))).toBe(
      '在 7 天转化窗口内，2,195 位到达“浏览”的用户中有 1,214 位（55.3%）完成“支付”。' +
        '流失最多的环节是从“加购”到“下单”：428 人（25.5%）没有继续。' +
        '耗时最长的环节是“加购”→“下单”，中位数为 8.1 分钟。' +
        '分渠道看，起步用户最终完成“支付”的比例从 53.4%（Referral）到 56.3%（Email）不等。',
    );
  });

  it('emphasises the numbers, not the steps or channels', () => {
    expect(values(funnelFindingParts(SAMPLE_FUNNEL, en))).toEqual(['2,195', '1,214', '55.3%', '7', '428', '25.5%', '8.1 min', '53.4%', '56.3%']);
  });
});

describe('picking the step', () => {
  const steps = [step('view', 1000, null, 1000), step('cart', 400, 1000, 1000, 90), step('order', 300, 400, 1000, 7200), step('pay', 290, 300, 1000, 30)];

  it('largest loss by share of the previous step, slowest by median time', () => {
    expect(largestDrop(steps)?.to.key).toBe('cart');
    expect(slowestStep(steps)?.to.key).toBe('order');
  });

  it('a step the user named keeps its key; the window and times follow the numbers', () => {
    const f = { ...copy(SAMPLE_FUNNEL), windowDays: 14, steps: [step('signup', 50, null, 50), step('trial', 20, 50, 50, 3 * 86400)], breakdown: [] };
    expect(text(funnelFindingParts(f, en))).toBe(
      'Of 50 people who reached “signup”, 20 (40.0%) reached “trial” within 14 days. The largest loss is from “signup” to “trial”: 30 people (60.0%) did not continue. The slowest step is “signup” → “trial”, with a median of 3 days.',
    );
  });

  it('nobody started: says so instead of dividing by zero', () => {
    const f = { ...copy(SAMPLE_FUNNEL), steps: [step('view', 0, null, 0), step('pay', 0, 0, 0)] };
    expect(text(funnelFindingParts(f, en))).toBe('Nobody reached “View”, so there is no conversion to measure.');
  });

  it(`channels with fewer than ${MIN_BREAKDOWN_PEOPLE} starters are not ranked`, () => {
    const f = copy(SAMPLE_FUNNEL);
    f.breakdown.push({ channel: 'Tiny', steps: [step('view', 5, null, 5), step('cart', 5, 5, 5), step('order', 5, 5, 5), step('pay', 5, 5, 5)] });
    const range = breakdownRange(f.breakdown)!;
    expect([range.lo.channel, range.hi.channel]).toEqual(['Referral', 'Email']);
  });
});

describe('order-status funnel finding', () => {
  const f: StatusFunnel = {
    status: 'ok',
    kind: 'order-status',
    steps: [step('order', 5000, null, 5000), step('paid', 4600, 5000, 5000), step('delivered', 4100, 4600, 5000)],
    statuses: [],
  };

  it('paid and delivered, in both languages', () => {
    expect(text(statusFindingParts(f, en))).toBe('Of 5,000 orders with a status, 4,600 (92.0%) were paid and 4,100 (82.0%) delivered.');
    expect(text(statusFindingParts(f, zh))).toBe('5,000 笔有状态的订单中，4,600 笔（92.0%）已支付，4,100 笔（82.0%）已送达。');
  });

  it('without a delivered stage, only paid', () => {
    expect(text(statusFindingParts({ ...f, steps: f.steps.slice(0, 2) }, en))).toBe('Of 5,000 orders with a status, 4,600 (92.0%) were paid.');
  });
});
