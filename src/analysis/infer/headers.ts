/**
 * What a column header says about its role, in English and Chinese. Headers are compared after
 * normalisation (full-width to half-width, case, blanks, underscores, punctuation), so
 * `Customer ID`, `customer_id`, `CustomerID` and `客户ID ` all meet the same entry.
 * An exact entry is strong evidence; a "contains" entry is weaker and only for words that cannot
 * mean much else (`金额`, `quantity`), never for short generic ones (`id`, `date`, `age`).
 */
import type { Role } from '../types';
import { ID_ROLES } from './roles';

export function normalizeHeader(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Entry {
  exact: string[];
  contains?: string[];
  /** Headers containing one of these never match by containment (`order_item_id` is no product). */
  not?: string[];
}

// prettier-ignore
const DICTIONARY: Partial<Record<Role, Entry>> = {
  customer_id: {
    exact: ['customer_id', 'cust_id', 'customer', 'customer no', 'customer number', 'customer code', 'client id', 'client', 'user_id', 'user', 'username', 'member_id', 'member', 'buyer id', 'buyer', 'uid', '客户ID', '客户编号', '客户号', '客户', '会员编号', '会员ID', '会员号', '会员名', '用户ID', '用户编号', '用户名', '用户', '买家ID', '买家', '买家会员名', '买家昵称', '顾客ID', '顾客编号', '顾客'],
    contains: ['customerid', 'custid', 'customerno', 'clientid', 'userid', 'memberid', 'buyerid', '客户id', '客户编号', '会员id', '会员编号', '用户id', '用户编号', '买家id', '顾客id'],
  },
  person_id: {
    exact: ['customer_unique_id', 'unique_customer_id', 'unique customer', 'person id', 'person', 'household id', '自然人ID', '唯一客户ID'],
    contains: ['customerunique', 'uniquecustomer', 'personid'],
  },
  order_id: {
    exact: ['order_id', 'order no', 'order number', 'order', 'invoice', 'invoiceno', 'invoice number', 'invoice id', 'transaction id', 'transaction no', 'txn id', 'trade id', 'trade no', 'receipt no', '订单号', '订单编号', '订单ID', '订单', '单号', '交易号', '交易编号', '交易单号', '发票号', '流水号'],
    contains: ['orderid', 'orderno', 'ordernumber', 'invoiceno', 'invoiceid', 'invoicenumber', 'transactionid', '订单号', '订单编号', '订单id', '交易号', '发票号', '单号'],
    not: ['快递', '物流', '运单', 'tracking'],
  },
  order_time: {
    exact: ['order_date', 'order_time', 'order_datetime', 'order_timestamp', 'order_purchase_timestamp', 'purchase_timestamp', 'invoicedate', 'invoice time', 'purchase date', 'purchase time', 'purchased_at', 'ordered_at', 'order_created_at', 'transaction date', 'transaction time', 'txn date', 'sale date', 'sales date', '下单时间', '下单日期', '订单创建时间', '订单时间', '订单日期', '交易时间', '交易日期', '购买时间', '购买日期', '成交时间'],
    contains: ['orderdate', 'ordertime', 'purchasedate', 'purchasetime', 'purchasetimestamp', 'invoicedate', 'transactiondate', 'transactiontime', '下单时间', '下单日期', '订单创建', '交易时间', '购买时间', '成交时间', '订单日期', '订单时间'],
  },
  paid_time: {
    exact: ['付款时间', '支付时间', '订单付款时间', '付款日期', '支付日期', 'paid_at', 'paid_time', 'payment date', 'payment time', 'pay time', 'pay date', 'order_approved_at', 'approved_at'],
    contains: ['付款时间', '支付时间', 'paidat', 'paidtime', 'paymentdate', 'paymenttime', 'paytime', 'paydate', 'approvedat'],
  },
  quantity: {
    exact: ['qty', 'quantity', 'number_of_cds', 'units', 'item_count', 'num_items', 'pieces', '数量', '购买数量', '件数', '商品数量', '购买件数', '销量'],
    contains: ['quantity', 'qty', '数量', '件数'],
  },
  unit_price: {
    exact: ['price', 'unitprice', 'item price', 'sale price', 'list price', '单价', '价格', '商品单价', '售价', '商品价格', '成交单价'],
    contains: ['unitprice', '单价', 'price', '价格'],
  },
  amount: {
    exact: ['amount', 'sales', 'sale', 'revenue', 'total', 'line_total', 'dollar_value', 'sales_amount', 'order_amount', 'total_amount', 'total_price', 'order_total', 'order value', 'gmv', 'value', 'monetary', 'spend', 'payment_value', 'purchase_amount', '金额', '总金额', '订单金额', '销售额', '消费金额', '交易金额', '总价', '成交金额', '商品总价', '订单总金额', '应付金额', '销售金额'],
    contains: ['amount', 'revenue', 'sales', 'gmv', 'dollarvalue', '金额', '销售额'],
  },
  paid_amount: {
    exact: ['实付金额', '买家实际支付金额', '实际支付金额', '支付金额', '付款金额', '实付款', '实收金额', 'paid amount', 'amount paid', 'paid', 'payment amount', 'actual payment'],
    contains: ['实付金额', '实付', '实际支付', '支付金额', '付款金额', 'paidamount', 'amountpaid'],
  },
  refund_amount: {
    exact: ['退款金额', '退款', '退货金额', 'refund', 'refund_amount', 'refunded amount', 'refunds'],
    contains: ['refund', '退款', '退货金额'],
  },
  discount: {
    exact: ['discount', 'coupon', 'coupon amount', 'discount amount', 'promo', '优惠', '优惠金额', '折扣', '优惠券', '折扣金额', '优惠券金额'],
    contains: ['discount', 'coupon', '优惠', '折扣'],
  },
  product_id: {
    exact: ['stockcode', 'sku', 'product_id', 'item_id', 'product code', 'item code', 'goods id', '商品ID', '商品编号', '商品编码', '货号', '产品ID', '产品编号', 'SKU编码', '宝贝ID'],
    contains: ['productid', 'itemid', 'sku', 'stockcode', 'productcode', 'itemcode', '商品id', '商品编号', '商品编码', '货号', '产品id', '产品编号'],
    not: ['orderitem'],
  },
  product_name: {
    exact: ['description', 'product name', 'product', 'item name', 'item', 'item description', 'product title', 'goods name', '商品名称', '商品', '品名', '商品名', '产品名称', '产品', '宝贝标题', '商品标题'],
    contains: ['productname', 'itemname', '商品名称', '品名', '产品名称', '商品标题'],
  },
  category: {
    exact: ['category', 'product_category_name', 'product_category', 'category_name', 'department', 'product type', '类目', '商品类目', '品类', '分类', '类别', '商品分类', '一级类目', '产品类别'],
    contains: ['category', '类目', '品类', '分类', '类别'],
  },
  channel: {
    exact: ['channel', 'source', 'utm_source', 'acquisition channel', 'acquisition source', 'traffic source', 'referrer', 'medium', '渠道', '来源', '获客渠道', '注册渠道', '来源渠道', '流量来源', '订单来源'],
    contains: ['channel', 'utmsource', '渠道', '来源'],
  },
  country: { exact: ['country', 'country code', 'nation', '国家', '国家地区'], contains: ['country', '国家'] },
  region: {
    exact: ['state', 'province', 'region', 'customer_state', 'area', '省份', '省', '地区', '区域', '收货地址', '收货省份', '所在地区', '省市', '州'],
    contains: ['province', 'region', 'state', '省份', '地区', '区域'],
  },
  city: { exact: ['city', 'customer_city', 'town', '城市', '市', '所在城市', '收货城市'], contains: ['city', '城市'] },
  gender: { exact: ['gender', 'sex', '性别'], contains: ['gender', '性别'] },
  age: { exact: ['age', 'customer_age', 'age_years', '年龄'], contains: ['年龄'] },
  birth_date: {
    exact: ['birthday', 'birth date', 'date_of_birth', 'dob', 'birth', '出生日期', '生日', '出生年月'],
    contains: ['birth', '生日', '出生'],
  },
  signup_time: {
    exact: ['signup', 'signup_date', 'signup_time', 'sign_up_date', 'register date', 'register time', 'registration date', 'registered_at', 'reg_date', 'join date', 'joined_at', 'member_since', 'customer_since', '注册时间', '注册日期', '开户时间', '开户日期', '入会时间', '加入时间', '注册'],
    contains: ['signup', 'register', 'registration', 'joindate', 'joinedat', '注册', '开户', '入会'],
  },
  payment_method: {
    exact: ['payment', 'payment_type', 'payment method', 'pay method', 'pay type', '支付方式', '付款方式', '支付渠道', '支付类型'],
    contains: ['paymenttype', 'paymentmethod', 'paymethod', 'paytype', '支付方式', '付款方式', '支付类型'],
  },
  membership_level: {
    exact: ['level', 'tier', 'vip level', 'vip', 'member level', 'membership', 'membership_level', 'loyalty tier', 'customer tier', '会员等级', '等级', '会员级别', 'VIP等级'],
    contains: ['tier', 'viplevel', 'memberlevel', 'membershiplevel', '会员等级', '会员级别'],
  },
  status: {
    exact: ['status', 'order_status', 'order state', '订单状态', '状态', '交易状态'],
    contains: ['status', '状态'],
  },
  event_type: {
    exact: ['event', 'event_type', 'event_name', 'action', 'action_type', 'behavior', 'behaviour', 'behavior_type', 'behaviour_type', '事件', '行为', '行为类型', '事件类型', '操作', '操作类型'],
    contains: ['eventtype', 'eventname', 'behavior', 'behaviour', '行为类型', '事件类型'],
  },
  event_time: {
    exact: ['event_time', 'event_date', 'event_timestamp', '事件时间', '行为时间', '操作时间', '访问时间'],
    contains: ['eventtime', 'eventdate', '事件时间', '行为时间'],
  },
  feedback_text: {
    exact: ['comment', 'comments', 'review', 'review text', 'review_comment_message', 'feedback', 'text', 'content', '评价', '评论', '反馈', '内容', '留言', '评价内容', '评论内容', '买家评价'],
    contains: ['comment', 'review', 'feedback', '评价', '评论', '反馈', '留言'],
  },
  feedback_time: {
    exact: ['feedback_time', 'feedback_date', 'review_time', 'review_date', 'review_creation_date', 'comment_time', 'comment_date', '评价时间', '评论时间', '反馈时间', '留言时间', '评价日期'],
    contains: ['reviewtime', 'reviewdate', 'feedbacktime', 'commenttime', '评价时间', '评论时间', '反馈时间'],
  },
  rating: {
    exact: ['rating', 'score', 'stars', 'star', 'review_score', '评分', '星级', '打分', '分数', '满意度'],
    contains: ['rating', 'score', '评分', '星级'],
  },
  churn_label: {
    exact: ['churn', 'churned', 'is_churn', 'churn_flag', 'exited', 'attrition', '是否流失', '流失', '流失标签'],
    contains: ['churn', '流失'],
  },
};

/**
 * Headers that name a time without saying whose: `date` is the order date in an orders table,
 * the event time in an event log, and nothing in particular elsewhere. columns.ts decides from
 * the other columns. `created` is also the signup time of a customer table.
 */
const GENERIC_TIME: Record<string, 'date' | 'created'> = {};
for (const h of ['date', 'time', 'datetime', 'timestamp', 'ts', 'dt', '日期', '时间', '时间戳']) GENERIC_TIME[normalizeHeader(h)] = 'date';
for (const h of ['created_at', 'create_time', 'created', 'creation_date', 'created_date', 'create_date', 'created_time', '创建时间', '创建日期'])
  GENERIC_TIME[normalizeHeader(h)] = 'created';

export function genericTime(name: string): 'date' | 'created' | null {
  return GENERIC_TIME[normalizeHeader(name)] ?? null;
}

export interface HeaderMatch {
  role: Role;
  score: number;
  exact: boolean;
}

const NORMALIZED = Object.entries(DICTIONARY).map(([role, e]) => ({
  role: role as Role,
  exact: new Set(e.exact.map(normalizeHeader)),
  contains: (e.contains ?? []).map(normalizeHeader),
  not: (e.not ?? []).map(normalizeHeader),
}));

/** Roles the header points to, best first. Exact: 1. Contains: 0.55..0.9 by how much it covers. */
export function matchHeader(name: string): HeaderMatch[] {
  const h = normalizeHeader(name);
  if (h === '') return [];
  const out: HeaderMatch[] = [];
  for (const e of NORMALIZED) {
    if (e.exact.has(h)) {
      out.push({ role: e.role, score: 1, exact: true });
      continue;
    }
    if (e.not.some((n) => h.includes(n))) continue;
    const longest = Math.max(0, ...e.contains.filter((c) => h.includes(c)).map((c) => c.length));
    if (longest > 0) out.push({ role: e.role, score: 0.55 + (0.35 * longest) / h.length, exact: false });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** True when the header names a key exactly (`order_no`, `客户编号`): its values are codes. */
export function isIdHeader(name: string): boolean {
  return matchHeader(name).some((m) => m.exact && ID_ROLES.includes(m.role));
}

const TIME_WORDS = /date|time|stamp|日期|时间|年月/;

/** True when the header talks about a point in time; lets numeric encodings count as dates. */
export function isTimeHeader(name: string): boolean {
  if (genericTime(name) !== null || TIME_WORDS.test(normalizeHeader(name))) return true;
  if (/(^|[^a-z])(at|dt|ts)$/.test(name.trim().toLowerCase())) return true;
  const timeRoles: Role[] = ['order_time', 'paid_time', 'signup_time', 'event_time', 'feedback_time', 'birth_date'];
  return matchHeader(name).some((m) => timeRoles.includes(m.role));
}
