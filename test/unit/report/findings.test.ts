// Breaks when chapter 2's finding misstates a number (kept share, the largest reasons, lines
// without a customer, zombies), names a reason that set nothing aside, loses a placeholder, or
// reads wrongly in either language.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/i18n/i18n.svelte';
import { findingParts } from '../../../src/report/cleaning/findings';
import { cleaningReport, report, RETAIL, SAMPLE } from './fixtures';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const text = (i18n: I18n, r = RETAIL) => findingParts(r, i18n).map((p) => p.text).join('');
const values = (i18n: I18n, r = RETAIL) => findingParts(r, i18n).filter((p) => p.value).map((p) => p.text);

describe('cleaning finding', () => {
  it('Online Retail, English', () => {
    expect(text(en)).toBe(
      'Of 541,909 order lines, 392,692 (72.5%) are kept for customer analyses; set aside: cancellations and returns (2.0%), duplicate rows (1.0%), and zero or negative prices (0.2%). 24.4% of the order lines have no customer ID and count only towards order totals.',
    );
  });

  it('Online Retail, Chinese', () => {
    expect(text(zh)).toBe(
      '541,909 条订单明细中，保留 392,692 条（72.5%）用于客户分析；剔除的主要是取消/退货订单（2.0%）、重复行（1.0%）和价格为零或负数（0.2%）。24.4% 的订单明细缺少客户ID，仅计入订单总额。',
    );
  });

  it('emphasises the numbers, not the words', () => {
    expect(values(en)).toEqual(['541,909', '392,692', '72.5%', '2.0%', '1.0%', '0.2%', '24.4%']);
  });

  it('sample data: other tables’ duplicates and zombie accounts', () => {
    expect(text(en, SAMPLE)).toBe(
      'Of 9,011 order lines, 8,285 (91.9%) are kept for customer analyses; set aside: cancellations and returns (7.1%) and test or adjustment rows (1.0%). 591 duplicate rows were removed from the other tables; 609 of 3,000 registered customers (20.3%) never bought.',
    );
    expect(text(zh, SAMPLE)).toBe(
      '9,011 条订单明细中，保留 8,285 条（91.9%）用于客户分析；剔除的主要是取消/退货订单（7.1%）和测试或调整行（1.0%）。其他表中删除了 591 条重复行；3,000 位注册客户中有 609 位（20.3%）从未购买。',
    );
  });

  it.each([
    [
      'nothing set aside',
      report(cleaningReport([{ id: 'a', rowsIn: 10, kept: 10, setAside: {}, matches: {}, cancellations: null, keptForOrders: 10 }]), []),
      'All 10 order lines are kept for customer analyses.',
    ],
    [
      'only lines without a customer',
      report(cleaningReport([{ id: 'a', rowsIn: 10, kept: 6, setAside: { 'missing-customer': 4 }, matches: {}, cancellations: null, keptForOrders: 10 }]), []),
      'Of 10 order lines, 6 (60.0%) are kept for customer analyses. 40.0% of the order lines have no customer ID and count only towards order totals.',
    ],
    [
      'no order table',
      report(cleaningReport([{ id: 'a', rowsIn: 10, kept: 9, setAside: { duplicate: 1 }, matches: null, cancellations: null, keptForOrders: null }]), []),
      'No table is marked as orders, so only duplicates and customer IDs are checked. 1 duplicate row was removed from the other tables.',
    ],
  ])('%s', (_, r, expected) => {
    expect(text(en, r)).toBe(expected);
  });

  it('never leaves a placeholder unfilled', () => {
    for (const i18n of [en, zh]) for (const r of [RETAIL, SAMPLE]) expect(text(i18n, r)).not.toMatch(/\{\w+\}/);
  });
});
