// Breaks when a common English or Chinese header stops pointing to its role, when normalisation
// stops absorbing case/blanks/underscores/full-width forms, or when a broad word ('id', 'date',
// 'age') starts claiming columns by containment.
import { describe, expect, it } from 'vitest';
import { genericTime, isIdHeader, isTimeHeader, matchHeader, normalizeHeader } from '../../../src/analysis/infer/headers';
import type { Role } from '../../../src/analysis/types';

const best = (h: string) => matchHeader(h)[0] ?? null;

const EXACT: Array<[Role, string[]]> = [
  ['customer_id', ['customer_id', 'CustomerID', 'Customer ID', 'cust_id', 'client id', 'user_id', 'member_id', 'Buyer ID', '客户ID', '客户编号', '会员编号', '会员ID', '用户ID', '用户编号', '买家ID', '顾客ID', 'ＣｕｓｔｏｍｅｒＩＤ', '客户ＩＤ']],
  ['person_id', ['customer_unique_id', 'Unique Customer', 'person id']],
  ['order_id', ['order_id', 'Invoice', 'InvoiceNo', 'invoice_no', 'Transaction ID', '订单号', '订单编号', '订单ID', '单号', '交易号', '发票号']],
  ['order_time', ['order_date', 'order_purchase_timestamp', 'InvoiceDate', 'Purchase Date', 'transaction date', '下单时间', '订单创建时间', '交易时间', '购买时间', '订单日期']],
  ['paid_time', ['付款时间', '支付时间', '订单付款时间', '订单付款时间 ', 'paid_at', 'Payment Date', 'order_approved_at']],
  ['quantity', ['qty', 'Quantity', 'number_of_cds', 'units', '数量', '购买数量', '件数']],
  ['unit_price', ['price', 'UnitPrice', 'unit price', '单价', '价格', '商品单价']],
  ['amount', ['amount', 'Sales', 'revenue', 'total', 'line_total', 'dollar_value', 'sales_amount', '金额', '总金额', '订单金额', '销售额', '消费金额', '交易金额']],
  ['paid_amount', ['实付金额', '买家实际支付金额', '实际支付金额', '支付金额', 'Paid Amount', 'amount paid']],
  ['refund_amount', ['退款金额', 'refund']],
  ['discount', ['discount', 'coupon', '优惠', '优惠金额', '折扣', '优惠券']],
  ['product_id', ['StockCode', 'sku', 'SKU', 'product_id', 'item_id', '商品ID', '商品编号', '货号']],
  ['product_name', ['Description', 'product name', 'item name', '商品名称', '商品', '品名']],
  ['category', ['category', 'product_category_name', '类目', '商品类目', '品类', '分类']],
  ['channel', ['channel', 'source', 'utm_source', 'Acquisition Channel', '渠道', '来源', '获客渠道', '注册渠道']],
  ['country', ['Country', '国家']],
  ['region', ['state', 'province', 'region', 'customer_state', '省份', '省', '地区', '区域', '收货地址', '收货地址 ']],
  ['city', ['city', 'customer_city', '城市']],
  ['gender', ['gender', 'Sex', '性别']],
  ['age', ['age', '年龄']],
  ['birth_date', ['birthday', 'birth date', 'DOB', '出生日期', '生日']],
  ['signup_time', ['signup', 'register date', '注册时间', '注册日期', '开户时间']],
  ['payment_method', ['payment', 'payment_type', 'pay method', '支付方式', '付款方式']],
  ['membership_level', ['level', 'tier', 'VIP Level', '会员等级', '等级']],
  ['status', ['status', 'order_status', '订单状态', '状态']],
  ['event_type', ['event', 'event_type', 'action', 'behavior', '事件', '行为', '行为类型']],
  ['event_time', ['event_time', '事件时间', '行为时间']],
  ['feedback_text', ['comment', 'review', 'feedback', 'text', 'content', '评价', '评论', '反馈', '内容', '留言']],
  ['rating', ['rating', 'score', 'stars', 'review_score', '评分', '星级']],
  ['churn_label', ['churn', 'churned', 'is_churn', '是否流失']],
];

describe('matchHeader: exact synonyms', () => {
  for (const [role, headers] of EXACT) {
    it(role, () => {
      for (const h of headers) expect([h, best(h)]).toEqual([h, { role, score: 1, exact: true }]);
    });
  }
});

describe('matchHeader: containment is weaker and precise', () => {
  it('scores below exact and prefers the longer word', () => {
    const m = best('订单实付金额(元)')!;
    expect(m.role).toBe('paid_amount');
    expect(m.exact).toBe(false);
    expect(m.score).toBeLessThan(0.9);
    expect(best('Total Sales Amount USD')!.role).toBe('amount');
    expect(best('customer_id_hash')!.role).toBe('customer_id');
  });

  it('leaves broad words alone', () => {
    for (const h of ['id', 'ID', 'seller_id', 'order_item_id', 'freight_value', 'customer_zip_code_prefix', 'page', 'usage',
      'order_delivered_carrier_date', 'order_estimated_delivery_date', 'shipping_limit_date', '快递单号', '备注']) {
      const roles = matchHeader(h).map((m) => m.role);
      expect([h, roles.filter((r) => r !== 'ignore')]).toEqual([h, []]);
    }
  });
});

describe('normalisation and time headers', () => {
  it('folds case, blanks, underscores, hyphens and full-width forms', () => {
    expect(normalizeHeader(' Customer_ID ')).toBe('customerid');
    expect(normalizeHeader('customer-id')).toBe('customerid');
    expect(normalizeHeader('ＣＵＳＴＯＭＥＲ　ＩＤ')).toBe('customerid');
    expect(normalizeHeader('收货地址 ')).toBe('收货地址');
  });

  it('knows generic time headers and time-like names', () => {
    expect(genericTime('date')).toBe('date');
    expect(genericTime('Timestamp')).toBe('date');
    expect(genericTime('created_at')).toBe('created');
    expect(genericTime('创建时间')).toBe('created');
    expect(genericTime('order_date')).toBeNull();
    for (const h of ['date', 'InvoiceDate', 'created_at', 'ts', 'login_dt', '日期', '订单付款时间 ', 'birthday', 'event_time']) {
      expect([h, isTimeHeader(h)]).toEqual([h, true]);
    }
    for (const h of ['customer_id', 'amount', 'cat', 'format', 'Quantity', '单价']) expect([h, isTimeHeader(h)]).toEqual([h, false]);
  });

  it('knows headers that name a key exactly, and only exactly', () => {
    for (const h of ['order_no', 'Order ID', '订单号', 'customer_id', '会员编号', 'SKU', 'customer_unique_id']) expect([h, isIdHeader(h)]).toEqual([h, true]);
    for (const h of ['my_order_number_field', 'order_date', 'amount', 'date', 'id']) expect([h, isIdHeader(h)]).toEqual([h, false]);
  });
});
