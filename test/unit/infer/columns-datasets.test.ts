// Breaks when a well-known export (Online Retail, CDNOW, Tmall, Olist, the rfm package) is no
// longer mapped to the right roles and types from a small inline sample of its real rows.
import { describe, expect, it } from 'vitest';
import { inferColumns } from '../../../src/analysis/infer/columns';
import type { ColumnInference } from '../../../src/analysis/types';

/** Columns from a header and comma-separated rows (samples here have no quoted commas). */
function table(header: string[], rows: string[]): { name: string; values: (string | null)[] }[] {
  const cells = rows.map((r) => r.split(','));
  return header.map((name, i) => ({ name, values: cells.map((c) => (c[i] === undefined || c[i] === '' ? null : c[i])) }));
}

const roles = (cols: ColumnInference[]) => Object.fromEntries(cols.map((c) => [c.name, c.role]));
const byName = (cols: ColumnInference[], name: string) => cols.find((c) => c.name === name)!;

describe('realistic header sets', () => {
  it('Online Retail (UCI)', () => {
    const cols = inferColumns(
      table(
        ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
        [
          '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom',
          '536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom',
          '536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France',
          'C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom',
          '536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom',
          '536551,79144B,PAINTED LIGHTBULB STAR+ MOON,2,2010-12-01 14:34:00,0.42,17346.0,United Kingdom',
          '536551,22900, SET 2 TEA TOWELS I LOVE LONDON ,1,2010-12-01 14:34:00,2.95,17346.0,United Kingdom',
        ],
      ),
    );
    expect(roles(cols)).toEqual({
      InvoiceNo: 'order_id',
      StockCode: 'product_id',
      Description: 'product_name',
      Quantity: 'quantity',
      InvoiceDate: 'order_time',
      UnitPrice: 'unit_price',
      CustomerID: 'customer_id',
      Country: 'country',
    });
    expect(byName(cols, 'CustomerID').format).toEqual({ type: 'id' });
    expect(byName(cols, 'InvoiceNo').format).toEqual({ type: 'id' });
    expect(byName(cols, 'Quantity').format.type).toBe('integer');
    expect(byName(cols, 'UnitPrice').format.type).toBe('number');
    expect(byName(cols, 'InvoiceDate').format).toEqual({
      type: 'timestamp',
      date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d'], ambiguous: false },
    });
    expect(byName(cols, 'CustomerID')).toMatchObject({ sampled: 7, missing: 1, distinct: 4 });
  });

  it('CDNOW master (zero-padded ids, YYYYMMDD)', () => {
    const cols = inferColumns(
      table(
        ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
        ['00001,19970101,1,11.77', '00002,19970112,1,12.00', '00002,19970112,5,77.00', '00003,19970102,2,20.76', '00003,19970330,2,20.76', '00004,19970101,2,29.33'],
      ),
    );
    expect(roles(cols)).toEqual({ customer_id: 'customer_id', date: 'order_time', number_of_cds: 'quantity', dollar_value: 'amount' });
    expect(byName(cols, 'customer_id').format).toEqual({ type: 'id' });
    expect(byName(cols, 'date').format).toEqual({ type: 'date', date: { style: 'compact' } });
    expect(byName(cols, 'number_of_cds').format.type).toBe('integer');
    expect(byName(cols, 'dollar_value').format.type).toBe('number');
  });

  it('Tmall order report (Chinese headers, trailing blanks, empty paid times)', () => {
    const cols = inferColumns(
      table(
        ['订单编号', '总金额', '买家实际支付金额', '收货地址 ', '订单创建时间', '订单付款时间 ', '退款金额'],
        [
          '1,178.8,0.0,上海,2020-02-21 00:00:00,,0.0',
          '2,21.0,21.0,内蒙古自治区,2020-02-20 23:59:54,2020-02-21 00:00:02,0.0',
          '3,37.0,0.0,安徽省,2020-02-20 23:59:35,,0.0',
          '4,157.0,157.0,湖南省,2020-02-20 23:58:34,2020-02-20 23:58:44,0.0',
          '5,64.8,0.0,江苏省,2020-02-20 23:57:04,2020-02-20 23:57:11,64.8',
          '10,421.0,421.0,北京,2020-02-20 23:54:28,2020-02-20 23:54:33,0.0',
        ],
      ),
    );
    expect(roles(cols)).toEqual({
      订单编号: 'order_id',
      总金额: 'amount',
      买家实际支付金额: 'paid_amount',
      '收货地址 ': 'region',
      订单创建时间: 'order_time',
      '订单付款时间 ': 'paid_time',
      退款金额: 'refund_amount',
    });
    expect(byName(cols, '订单编号').format).toEqual({ type: 'id' });
    expect(byName(cols, '收货地址 ').format).toEqual({ type: 'text' });
    expect(byName(cols, '订单付款时间 ')).toMatchObject({ missing: 2, format: { type: 'timestamp' } });
  });

  it('Olist orders', () => {
    const cols = inferColumns(
      table(
        ['order_id', 'customer_id', 'order_status', 'order_purchase_timestamp', 'order_approved_at', 'order_delivered_carrier_date', 'order_delivered_customer_date', 'order_estimated_delivery_date'],
        [
          'e481f51cbdc54678b7cc49136f2d6af7,9ef432eb6251297304e76186b10a928d,delivered,2017-10-02 10:56:33,2017-10-02 11:07:15,2017-10-04 19:55:00,2017-10-10 21:25:13,2017-10-18 00:00:00',
          '949d5b44dbf5de918fe9c16f97b45f8a,f88197465ea7920adcdbec7375364d82,delivered,2017-11-18 19:28:06,2017-11-18 19:45:59,2017-11-22 13:39:59,2017-12-02 00:28:42,2017-12-15 00:00:00',
          '136cce7faa42fdb2cefd53fdc79a6098,ed0271e0b7da060a393796590e7b737a,invoiced,2017-04-11 12:22:08,2017-04-13 13:25:17,,,2017-05-09 00:00:00',
          'a4591c265e18cb1dcee52889e2d8acc3,503740e9ca751ccdda7ba28e9ab8f608,canceled,2017-07-09 21:57:05,,,,2017-08-01 00:00:00',
        ],
      ),
    );
    expect(roles(cols)).toEqual({
      order_id: 'order_id',
      customer_id: 'customer_id',
      order_status: 'status',
      order_purchase_timestamp: 'order_time',
      order_approved_at: 'paid_time',
      order_delivered_carrier_date: 'ignore',
      order_delivered_customer_date: 'ignore',
      order_estimated_delivery_date: 'ignore',
    });
    expect(byName(cols, 'order_status').format).toEqual({ type: 'text' });
    expect(byName(cols, 'order_delivered_carrier_date').format.type).toBe('timestamp');
  });

  it('Olist customers', () => {
    const cols = inferColumns(
      table(
        ['customer_id', 'customer_unique_id', 'customer_zip_code_prefix', 'customer_city', 'customer_state'],
        [
          'b2d1536598b73a9abd18e0d75d92f0a3,918dc87cd72cd9f6ed4bd442ed785235,18682,lencois paulista,SP',
          '6e359a57a91f84095cc64e1b351aef8c,2e6a42a9b5cbb0da62988694f18ee295,4571,sao paulo,SP',
          'b2bed119388167a954382cca36c4777f,e079b18794454de9d2be5c12b4392294,27525,resende,RJ',
          'c168abb9077b7821adae01dc1f0886c5,5ad58a4e6a1a656b6bed070cadbaa003,35960,santa barbara,MG',
        ],
      ),
    );
    expect(roles(cols)).toEqual({
      customer_id: 'customer_id',
      customer_unique_id: 'person_id',
      customer_zip_code_prefix: 'ignore',
      customer_city: 'city',
      customer_state: 'region',
    });
    expect(byName(cols, 'customer_unique_id').format).toEqual({ type: 'id' });
  });

  it('Olist order items', () => {
    const cols = inferColumns(
      table(
        ['order_id', 'order_item_id', 'product_id', 'seller_id', 'shipping_limit_date', 'price', 'freight_value'],
        [
          '00042b26cf59d7ce69dfabb4e55b4fd9,1,ac6c3623068f30de03045865e4e10089,df560393f3a51e74553ab94004ba5c87,2017-02-13 13:57:51,199.9,18.14',
          '0010b2e5201cc5f1ae7e9c6cc8f5bd00,1,5a419dbf24a8c9718fe522b81c69f61a,3504c0cb71d7fa48d967e0e4c94d59d9,2017-09-15 18:04:37,48.9,16.6',
          '00119ff934e539cf26f92b9ef0cdfed8,2,21b1c2f67a9aafb5af0eb06c13b9dbda,c864036feaab8c1659f65ea4faebe1da,2017-08-11 00:35:12,219.9,16.98',
        ],
      ),
    );
    expect(roles(cols)).toEqual({
      order_id: 'order_id',
      order_item_id: 'ignore',
      product_id: 'product_id',
      seller_id: 'ignore',
      shipping_limit_date: 'ignore',
      price: 'unit_price',
      freight_value: 'ignore',
    });
  });

  it('Olist products', () => {
    const cols = inferColumns(
      table(
        ['product_id', 'product_category_name', 'product_name_lenght', 'product_description_lenght', 'product_photos_qty', 'product_weight_g', 'product_length_cm', 'product_height_cm', 'product_width_cm'],
        [
          '7bb6f29c2be57716194f96496660c7c2,moveis_decoracao,51.0,2083.0,2.0,600.0,68.0,11.0,13.0',
          '6a2fb4dd53d2cdb88e0432f1284a004c,perfumaria,39.0,346.0,2.0,400.0,27.0,5.0,20.0',
          '12827caf723c4ff8030d64dcffe3cdab,beleza_saude,59.0,3939.0,6.0,150.0,28.0,13.0,12.0',
        ],
      ),
    );
    const r = roles(cols);
    expect(r.product_id).toBe('product_id');
    expect(r.product_category_name).toBe('category');
    for (const [name, role] of Object.entries(r)) if (name !== 'product_id' && name !== 'product_category_name') expect([name, role]).toEqual([name, 'ignore']);
  });

  it('rfm package orders (names as ids)', () => {
    const cols = inferColumns(
      table(['customer_id', 'order_date', 'revenue'], ['Brion Stark,2004-12-20,32', "Ethyl Botsford,2005-05-02,36", 'Hosteen Jacobi,2004-03-06,116', "D'Angelo Kuhn,2006-03-15,99"]),
    );
    expect(roles(cols)).toEqual({ customer_id: 'customer_id', order_date: 'order_time', revenue: 'amount' });
    expect(byName(cols, 'order_date').format.type).toBe('date');
  });
});
