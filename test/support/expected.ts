/**
 * What loading each real dataset must produce: rows, encoding, kind and the role of every
 * column. The numbers are the datasets' documented facts (test/data/README.md and
 * ../shared/data/README.md), counted independently of this code.
 */
import type { FileKind, Role } from '../../src/analysis/types';

export interface ExpectedDataset {
  /** Path relative to the dataset root (test/data or ../shared/data). */
  path: string;
  /** Name the dataset gets in the app. */
  name: string;
  shipped: boolean;
  rows: number;
  files: number;
  encoding: 'utf-8' | 'gb18030';
  kind: FileKind;
  roles: Record<string, Role>;
  dateOrder?: 'YMD' | 'DMY' | 'MDY';
}

const onlineRetailRoles: Record<string, Role> = {
  InvoiceNo: 'order_id',
  StockCode: 'product_id',
  Description: 'product_name',
  Quantity: 'quantity',
  InvoiceDate: 'order_time',
  UnitPrice: 'unit_price',
  CustomerID: 'customer_id',
  Country: 'country',
};

export const EXPECTED: ExpectedDataset[] = [
  {
    path: 'online_retail/online_retail.csv.gz',
    name: 'online_retail.csv.gz',
    shipped: true,
    rows: 541_909,
    files: 1,
    encoding: 'utf-8',
    kind: 'orders',
    roles: onlineRetailRoles,
    dateOrder: 'YMD',
  },
  {
    path: 'online_retail/by-day',
    name: 'by-day/',
    shipped: true,
    rows: 541_909,
    files: 305,
    encoding: 'utf-8',
    kind: 'orders',
    roles: onlineRetailRoles,
    dateOrder: 'YMD',
  },
  {
    path: 'cdnow/CDNOW_master.txt',
    name: 'CDNOW_master.txt',
    shipped: true,
    rows: 69_659,
    files: 1,
    encoding: 'utf-8',
    kind: 'orders',
    roles: { customer_id: 'customer_id', date: 'order_time', number_of_cds: 'quantity', dollar_value: 'amount' },
  },
  {
    path: 'tmall_order_report/tmall_order_report.gbk.csv',
    name: 'tmall_order_report.gbk.csv',
    shipped: false,
    rows: 28_010,
    files: 1,
    encoding: 'gb18030',
    kind: 'orders',
    roles: {
      订单编号: 'order_id',
      总金额: 'amount',
      买家实际支付金额: 'paid_amount',
      '收货地址 ': 'region',
      订单创建时间: 'order_time',
      '订单付款时间 ': 'paid_time',
      退款金额: 'refund_amount',
    },
  },
];

/** Olist's tables are loaded together; each has its own expectation. */
export const OLIST: ExpectedDataset[] = [
  {
    path: 'olist_subset_10k/orders.csv',
    name: 'orders.csv',
    shipped: false,
    rows: 10_000,
    files: 1,
    encoding: 'utf-8',
    kind: 'orders',
    roles: {
      order_id: 'order_id',
      customer_id: 'customer_id',
      order_status: 'status',
      order_purchase_timestamp: 'order_time',
      order_approved_at: 'paid_time',
      order_delivered_carrier_date: 'ignore',
      order_delivered_customer_date: 'ignore',
      order_estimated_delivery_date: 'ignore',
    },
  },
  {
    path: 'olist_subset_10k/customers.csv',
    name: 'customers.csv',
    shipped: false,
    rows: 10_000,
    files: 1,
    encoding: 'utf-8',
    kind: 'customers',
    roles: {
      customer_id: 'customer_id',
      customer_unique_id: 'person_id',
      customer_zip_code_prefix: 'ignore',
      customer_city: 'city',
      customer_state: 'region',
    },
  },
  {
    path: 'olist_subset_10k/order_items.csv',
    name: 'order_items.csv',
    shipped: false,
    rows: 11_252,
    files: 1,
    encoding: 'utf-8',
    kind: 'orders',
    roles: {
      order_id: 'order_id',
      order_item_id: 'ignore',
      product_id: 'product_id',
      seller_id: 'ignore',
      shipping_limit_date: 'ignore',
      price: 'unit_price',
      freight_value: 'ignore',
    },
  },
  {
    path: 'olist_subset_10k/products.csv',
    name: 'products.csv',
    shipped: false,
    rows: 6_123,
    files: 1,
    encoding: 'utf-8',
    kind: 'products',
    roles: { product_id: 'product_id', product_category_name: 'category' },
  },
];

export const OLIST_FILES = ['orders.csv', 'customers.csv', 'order_items.csv', 'products.csv', 'product_category_name_translation.csv'];
