// Breaks when ids are read as numbers (losing `00001` or keeping `17850.0`), when a role lands on
// two columns, when context rules (bare `date`, `created_at`, contained measures) stop applying,
// or when value-only evidence (gender, events, reviews, provinces) stops counting.
import { describe, expect, it } from 'vitest';
import { inferColumns } from '../../../src/analysis/infer/columns';
import { normalizeId } from '../../../src/analysis/infer/text';
import type { ColumnInference } from '../../../src/analysis/types';

const roles = (cols: ColumnInference[]) => Object.fromEntries(cols.map((c) => [c.name, c.role]));
const byName = (cols: ColumnInference[], name: string) => cols.find((c) => c.name === name)!;

function expectUniqueRoles(cols: ColumnInference[]) {
  const used = cols.map((c) => c.role).filter((r) => r !== 'ignore');
  expect(new Set(used).size).toBe(used.length);
}

describe('values decide when headers do not', () => {
  const col = (name: string, values: (string | null)[]) => ({ name, values });

  it('gender, event types, reviews and provinces from their values', () => {
    const cols = inferColumns([
      col('uid', ['u1', 'u2', 'u3', 'u4', 'u5', 'u6']),
      col('c1', ['M', 'F', 'F', 'M', 'F', 'M']),
      col('c2', ['男', '女', '女', '男', '未知', '女']),
      col('c3', ['pv', 'cart', 'fav', 'buy', 'pv', 'pv']),
      col('c4', [
        'Arrived quickly and works well, very happy with it.',
        'The color was not what I expected. Returned it.',
        'Great value for the price, would buy again!',
        'Packaging was damaged but the item itself is fine.',
        'Too small for my needs, otherwise decent quality.',
        'Customer service was helpful when I asked about sizes.',
      ]),
      col('c5', ['浙江省', '上海', '广东省', '北京市', '新疆维吾尔自治区', '四川省']),
    ]);
    expect(roles(cols)).toEqual({ uid: 'customer_id', c1: 'gender', c2: 'ignore', c3: 'event_type', c4: 'feedback_text', c5: 'region' });
    expect(byName(cols, 'c1').confidence).toBeLessThan(0.9);
    expect(byName(cols, 'uid').confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('Chinese reviews count as free text by ideographs', () => {
    const cols = inferColumns([
      col('备注', ['物流很快，包装完好，宝贝和描述的一样', '质量一般，有点失望，不会再买了', '客服态度很好，解决问题很及时，推荐', '颜色和图片有色差但是可以接受', '第二次购买了，一如既往的好用']),
    ]);
    expect(cols[0].role).toBe('feedback_text');
  });

  it('leaves unknown columns and plain integers alone', () => {
    const cols = inferColumns([
      col('foo', ['a', 'b', 'c']),
      col('n', ['40179', '40180', '43000']),
      col('blank', [null, '', '  ']),
    ]);
    expect(roles(cols)).toEqual({ foo: 'ignore', n: 'ignore', blank: 'ignore' });
    expect(byName(cols, 'n').format.type).toBe('integer');
    expect(byName(cols, 'blank').format).toEqual({ type: 'empty' });
  });
});

describe('ids and uniqueness', () => {
  const col = (name: string, values: (string | null)[]) => ({ name, values });

  it('customer ids are text: leading zeros kept, float-looking ids become ids', () => {
    const [padded] = inferColumns([col('会员编号', ['00001', '00002', '00120'])]);
    expect([padded.role, padded.format]).toEqual(['customer_id', { type: 'id' }]);
    const [floaty, qty] = inferColumns([col('CustomerID', ['17850.0', '13047.0', null]), col('Quantity', ['6', '8', '2'])]);
    expect([floaty.role, floaty.format]).toEqual(['customer_id', { type: 'id' }]);
    expect(normalizeId('17850.0')).toBe('17850');
    expect(normalizeId('00001')).toBe('00001');
    // Without an id role the same values are just numbers.
    expect(inferColumns([col('weight', ['17850.0', '13047.0'])])[0].format.type).toBe('number');
    expect(qty.format.type).toBe('integer');
  });

  it('two exact headers for one role: the first column keeps it', () => {
    const cols = inferColumns([col('客户ID', ['a1', 'a2']), col('customer_id', ['b1', 'b2'])]);
    expect(roles(cols)).toEqual({ 客户ID: 'customer_id', customer_id: 'ignore' });
  });

  it('zero-padded codes and 18-digit order numbers are ids even without a role', () => {
    const cols = inferColumns([col('zip', ['01310', '18682', '04571']), col('tid', ['202002210000012345', '202002210000012346'])]);
    expect(cols.map((c) => c.format.type)).toEqual(['id', 'id']);
  });

  it('order numbers that are also valid YYYYMMDD stay ids under an exact id header', () => {
    const numbers = ['20240201', '20240201', '20240202', '20240203', '20240208'];
    const cols = inferColumns([
      col('order_no', numbers),
      col('订单号', numbers),
      col('customer_id', ['C1', 'C1', 'C2', 'C3', 'C4']),
      col('order_date', numbers),
      col('amount', ['47.5', '84.5', '31.5', '68.5', '15.5']),
    ]);
    expect(roles(cols)).toMatchObject({ order_no: 'order_id', 订单号: 'ignore', order_date: 'order_time' });
    expect(byName(cols, 'order_no').format).toEqual({ type: 'id' });
    expect(byName(cols, '订单号').format.type).toBe('integer');
    expect(byName(cols, 'order_date').format).toEqual({ type: 'date', date: { style: 'compact' } });
    // Without an id header the digits are still read as dates, as before.
    expect(inferColumns([col('c7', numbers)])[0].format.type).toBe('date');
  });

  it('one column per role: the exact header wins, the other is ignored', () => {
    const cols = inferColumns([
      col('amount_usd', ['1.5', '2.5']),
      col('amount', ['1.5', '2.5']),
      col('order_id', ['a', 'b']),
      col('date', ['2020-01-01', '2020-01-02']),
      col('created_at', ['2020-01-01', '2020-01-02']),
    ]);
    expect(roles(cols)).toEqual({ amount_usd: 'ignore', amount: 'amount', order_id: 'order_id', date: 'order_time', created_at: 'ignore' });
    expectUniqueRoles(cols);
  });

  it('context: created_at is the signup time of a customer table, timestamp the event time of a log', () => {
    const customers = inferColumns([
      col('user_id', ['1', '2', '3']),
      col('gender', ['F', 'M', 'F']),
      col('created_at', ['2020-01-01 10:00:00', '2020-01-02 11:00:00', '2020-02-01 12:00:00']),
      col('city', ['Lyon', 'Paris', 'Nice']),
    ]);
    expect(roles(customers)).toEqual({ user_id: 'customer_id', gender: 'gender', created_at: 'signup_time', city: 'city' });
    const events = inferColumns([
      col('user_id', ['1', '2', '3']),
      col('timestamp', ['1511544070', '1511561733', '1511572885']),
      col('behavior_type', ['pv', 'cart', 'buy']),
    ]);
    expect(roles(events)).toEqual({ user_id: 'customer_id', timestamp: 'event_time', behavior_type: 'event_type' });
    expect(byName(events, 'timestamp').format).toEqual({ type: 'timestamp', date: { style: 'epoch-seconds' } });
  });

  it('context: a bare date beside only a customer key is a purchase log; beside a profile it is nothing', () => {
    const log = inferColumns([col('customer', ['a', 'b', 'a']), col('date', ['2020-01-01', '2020-01-02', '2020-03-01'])]);
    expect(roles(log)).toEqual({ customer: 'customer_id', date: 'order_time' });
    const profile = inferColumns([
      col('customer', ['a', 'b', 'c']),
      col('gender', ['F', 'M', 'F']),
      col('date', ['2020-01-01', '2020-01-02', '2020-03-01']),
    ]);
    expect(roles(profile)).toEqual({ customer: 'customer_id', gender: 'gender', date: 'ignore' });
    // a bare date with nothing to anchor it
    expect(inferColumns([col('date', ['2020-01-01'])])[0].role).toBe('ignore');
  });

  it('contained measures need an orders context (product_photos_qty is no quantity)', () => {
    const catalog = inferColumns([col('sku', ['a', 'b']), col('photos_qty', ['1', '2'])]);
    expect(roles(catalog)).toEqual({ sku: 'product_id', photos_qty: 'ignore' });
    const orders = inferColumns([col('order_id', ['1', '2']), col('item_qty', ['1', '2']), col('net_amount_cny', ['1.5', '2'])]);
    expect(roles(orders)).toEqual({ order_id: 'order_id', item_qty: 'quantity', net_amount_cny: 'amount' });
  });

  it('is deterministic', () => {
    const input = [col('date', ['2020-01-01']), col('qty', ['1']), col('sales', ['1.5']), col('total', ['2'])];
    expect(inferColumns(input)).toEqual(inferColumns(input));
  });
});
