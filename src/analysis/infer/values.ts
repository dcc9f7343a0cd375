/**
 * What the values alone say about a column's role, for headers nobody recognises (`col3`, `类型`)
 * and to confirm the ones we do. Only closed vocabularies (gender, event names, order statuses,
 * payment methods, Chinese provinces) and unmistakable free text qualify; open-ended values like
 * names or cities are left to the header.
 */
import type { Role } from '../types';
import { cjkCount } from './text';

export interface ValueHint {
  role: Role;
  score: number;
}

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

const GENDER = lower(['m', 'f', 'male', 'female', 'man', 'woman', 'men', 'women', '男', '女', '男性', '女性', 'unknown', '未知', 'other', 'u']);
const GENDER_CORE = lower(['m', 'f', 'male', 'female', '男', '女', '男性', '女性', 'man', 'woman']);

const EVENTS = lower([
  'view', 'pv', 'page_view', 'pageview', 'click', 'cart', 'add_to_cart', 'addtocart', 'remove_from_cart', 'fav', 'favorite',
  'favourite', 'collect', 'purchase', 'buy', 'checkout', 'order', 'pay', 'payment', 'login', 'search', 'signup', 'visit',
  '浏览', '点击', '加购', '加入购物车', '收藏', '下单', '支付', '付款', '购买', '搜索', '登录', '访问',
]);

const STATUSES = lower([
  'delivered', 'shipped', 'canceled', 'cancelled', 'paid', 'unpaid', 'pending', 'processing', 'invoiced', 'created',
  'completed', 'complete', 'refunded', 'returned', 'unavailable', 'approved', 'failed', 'closed', 'open',
  '已付款', '待付款', '未付款', '已发货', '待发货', '已完成', '交易成功', '交易关闭', '已取消', '已退款', '已签收', '退款中', '已关闭',
]);

const PAYMENTS = lower([
  'credit_card', 'credit card', 'debit_card', 'debit card', 'boleto', 'voucher', 'not_defined', 'cash', 'paypal', 'alipay',
  'wechat', 'wechat pay', 'apple pay', 'bank transfer', 'cod', '支付宝', '微信', '微信支付', '银行卡', '信用卡', '货到付款',
  '花呗', '现金', '余额', '云闪付',
]);

const PROVINCES = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门',
];
const PROVINCE = new RegExp(`^(${PROVINCES.join('|')})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?$`);

/** Share of values inside a vocabulary (lower-cased). */
function shareIn(values: string[], vocab: Set<string>): number {
  return values.filter((v) => vocab.has(v.toLowerCase())).length / values.length;
}

/** Role hints from a sample of trimmed, non-empty values and their distinct set. */
export function valueHints(values: string[], distinct: string[]): ValueHint[] {
  if (values.length === 0) return [];
  const out: ValueHint[] = [];
  // Closed vocabularies: nearly all values known, and few distinct values (a category, not ids).
  if (distinct.length <= 6 && shareIn(values, GENDER) >= 0.95 && distinct.some((d) => GENDER_CORE.has(d.toLowerCase()))) {
    out.push({ role: 'gender', score: 0.75 });
  }
  if (distinct.length <= 40 && shareIn(values, EVENTS) >= 0.9 && distinct.length >= 2) out.push({ role: 'event_type', score: 0.7 });
  if (distinct.length <= 40 && shareIn(values, STATUSES) >= 0.9) out.push({ role: 'status', score: 0.65 });
  if (distinct.length <= 40 && shareIn(values, PAYMENTS) >= 0.9) out.push({ role: 'payment_method', score: 0.65 });
  if (values.filter((v) => PROVINCE.test(v)).length / values.length >= 0.9) out.push({ role: 'region', score: 0.6 });
  if (isFreeText(values, distinct)) out.push({ role: 'feedback_text', score: 0.6 });
  return out;
}

/**
 * Reviews and comments: long, varied, sentence-like. Product names are long too, so English needs
 * several words and some sentence punctuation, Chinese many ideographs.
 */
function isFreeText(values: string[], distinct: string[]): boolean {
  if (distinct.length < Math.min(values.length, 20) * 0.6) return false;
  const avg = (f: (v: string) => number) => values.reduce((s, v) => s + f(v), 0) / values.length;
  const words = avg((v) => v.split(/\s+/).filter(Boolean).length);
  const cjk = avg(cjkCount);
  const punct = values.filter((v) => /[.!?,;。！？，；~…]/.test(v)).length / values.length;
  const lowerCase = values.filter((v) => /[a-z]/.test(v)).length / values.length;
  if (cjk >= 10) return true;
  return words >= 6 && (punct >= 0.3 || lowerCase >= 0.5);
}
