/**
 * Chinese vocabulary: a mid-size e-commerce shop selling across categories in CNY, real cities
 * with their provinces in four tiers, the acquisition channels Chinese teams report on, and
 * headers as a Chinese back-office export writes them.
 */
import type { Catalog, CategoryDef, ChannelDef, CityDef } from './catalog';

const categories: CategoryDef[] = [
  { code: '01', name: '服饰', weight: 1.4, female: 1.6, ages: [20, 40], products: [
    ['纯棉短袖T恤,男女同款', 49, 99], ['修身牛仔裤', 129, 259], ['法式碎花连衣裙', 159, 399], ['轻薄羽绒服', 399, 999],
    ['针织开衫', 139, 269], ['休闲运动鞋', 199, 459], ['冰丝防晒衣', 89, 169], ['真丝围巾', 159, 329],
  ] },
  { code: '02', name: '美妆', weight: 1.2, female: 3.2, ages: [18, 35], products: [
    ['玻尿酸保湿精华液', 199, 499], ['丝绒哑光口红', 129, 329], ['持妆气垫粉底', 169, 349], ['温和卸妆油', 89, 179],
    ['清爽防晒霜SPF50', 79, 169], ['补水面膜（10片装）', 59, 129], ['男士控油洁面乳', 39, 89], ['淡香水50ml', 399, 899],
  ] },
  { code: '03', name: '数码', weight: 1.0, female: 0.45, ages: [18, 45], products: [
    ['降噪蓝牙耳机', 199, 899], ['充电宝20000mAh', 99, 199], ['智能手表', 599, 1999], ['机械键盘', 299, 699],
    ['11英寸平板电脑', 1999, 4999], ['磨砂手机壳', 29, 69], ['快充数据线', 19, 49], ['扫地机器人', 1499, 3299],
  ] },
  { code: '04', name: '家居', weight: 1.0, female: 1.2, ages: [28, 55], products: [
    ['泰国乳胶枕', 129, 299], ['全棉四件套', 199, 599], ['折叠收纳箱', 39, 89], ['麦饭石不粘锅', 129, 299],
    ['香薰蜡烛', 49, 129], ['空气净化器', 699, 1899], ['声波电动牙刷', 149, 399], ['316不锈钢保温杯', 79, 199],
  ] },
  { code: '05', name: '食品', weight: 1.1, female: 1.0, ages: [22, 60], products: [
    ['每日坚果礼盒', 89, 199], ['挂耳咖啡（30包）', 49, 99], ['五常有机大米5kg', 59, 119], ['明前西湖龙井', 159, 499],
    ['手撕牛肉干', 39, 79], ['进口全脂牛奶整箱', 69, 129], ['柳州螺蛳粉（5袋）', 29, 59], ['流心月饼礼盒', 129, 299],
  ] },
  { code: '06', name: '母婴', weight: 0.7, female: 2.0, ages: [25, 38], products: [
    ['婴儿纸尿裤L码', 99, 199], ['婴幼儿配方奶粉3段', 229, 429], ['婴儿手口湿巾（80抽×6包）', 29, 59], ['儿童绘本套装', 59, 159],
    ['宝宝高铁米粉', 49, 99], ['轻便婴儿推车', 599, 1999], ['儿童吸管保温杯', 69, 139], ['U型孕妇枕', 129, 259],
  ] },
  { code: '07', name: '运动户外', weight: 0.8, female: 0.8, ages: [20, 45], products: [
    ['加厚瑜伽垫', 59, 159], ['缓震跑步鞋', 299, 899], ['速干运动T恤', 69, 149], ['户外登山包40L', 199, 499],
    ['自动速开帐篷', 299, 999], ['可调节哑铃套装', 159, 399], ['骑行头盔', 199, 459], ['大容量运动水壶', 39, 89],
  ] },
];

const city = (name: string, region: string, tier: CityDef['tier'], weight: number): CityDef => ({
  city: name, region, tier, weight,
});

const cities: CityDef[] = [
  city('上海', '上海市', 1, 8), city('北京', '北京市', 1, 8), city('深圳', '广东省', 1, 7), city('广州', '广东省', 1, 7),
  city('成都', '四川省', 2, 5), city('杭州', '浙江省', 2, 5), city('重庆', '重庆市', 2, 5), city('武汉', '湖北省', 2, 4.5),
  city('西安', '陕西省', 2, 4), city('苏州', '江苏省', 2, 4), city('南京', '江苏省', 2, 4), city('天津', '天津市', 2, 3.5),
  city('长沙', '湖南省', 2, 3.5), city('郑州', '河南省', 2, 3.5), city('东莞', '广东省', 2, 3), city('青岛', '山东省', 2, 3),
  city('宁波', '浙江省', 2, 3), city('合肥', '安徽省', 2, 3), city('沈阳', '辽宁省', 2, 2.5), city('昆明', '云南省', 2, 2.5),
  city('厦门', '福建省', 3, 2), city('福州', '福建省', 3, 2), city('济南', '山东省', 3, 2), city('无锡', '江苏省', 3, 2),
  city('佛山', '广东省', 3, 2), city('大连', '辽宁省', 3, 1.8), city('哈尔滨', '黑龙江省', 3, 1.8), city('温州', '浙江省', 3, 1.5),
  city('长春', '吉林省', 3, 1.5), city('石家庄', '河北省', 3, 1.5), city('南宁', '广西壮族自治区', 3, 1.5), city('南昌', '江西省', 3, 1.5),
  city('贵阳', '贵州省', 3, 1.3), city('太原', '山西省', 3, 1.3), city('泉州', '福建省', 3, 1.3), city('兰州', '甘肃省', 3, 0.9),
  city('洛阳', '河南省', 4, 0.8), city('绵阳', '四川省', 4, 0.7), city('赣州', '江西省', 4, 0.7), city('潍坊', '山东省', 4, 0.7),
  city('扬州', '江苏省', 4, 0.7), city('桂林', '广西壮族自治区', 4, 0.6), city('襄阳', '湖北省', 4, 0.6), city('宜昌', '湖北省', 4, 0.6),
  city('乌鲁木齐', '新疆维吾尔自治区', 4, 0.6), city('呼和浩特', '内蒙古自治区', 4, 0.6), city('海口', '海南省', 4, 0.6),
  city('遵义', '贵州省', 4, 0.5), city('银川', '宁夏回族自治区', 4, 0.4), city('西宁', '青海省', 4, 0.4), city('拉萨', '西藏自治区', 4, 0.2),
];

const channel = (name: string, t: Omit<ChannelDef, 'name'>): ChannelDef => ({ name, ...t });

// Referral and store customers are the loyal ones; feed ads and live-stream impulse buys bring
// volume that rarely comes back. Live streaming grows fastest over the period.
const channels: ChannelDef[] = [
  channel('自然搜索', { share: 0.28, trend: 0.8, rate: 1.0, stay: 1.0, spend: 1.0, trouble: 1.0, female: 0.55, age: 33, online: true }),
  channel('信息流广告', { share: 0.22, trend: 1.0, rate: 0.8, stay: 0.5, spend: 0.85, trouble: 1.3, female: 0.55, age: 31, online: true }),
  channel('社交媒体', { share: 0.15, trend: 1.2, rate: 0.95, stay: 0.85, spend: 0.95, trouble: 1.0, female: 0.7, age: 27, online: true }),
  channel('直播带货', { share: 0.1, trend: 2.4, rate: 1.1, stay: 0.55, spend: 0.8, trouble: 1.5, female: 0.72, age: 30, online: true }),
  channel('老客推荐', { share: 0.1, trend: 1.1, rate: 1.3, stay: 2.2, spend: 1.3, trouble: 0.7, female: 0.58, age: 34, online: true }),
  channel('线下门店', { share: 0.15, trend: 0.7, rate: 0.9, stay: 1.6, spend: 1.15, trouble: 0.8, female: 0.5, age: 42, online: false }),
];

export const CATALOG_ZH: Catalog = {
  locale: 'zh',
  currency: 'CNY',
  orderValue: 260,
  categories,
  cities,
  channels,
  payments: [
    { name: '支付宝', weight: 0.42, young: 1.0 },
    { name: '微信支付', weight: 0.38, young: 1.1 },
    { name: '银行卡', weight: 0.1, young: 0.5 },
    { name: '花呗', weight: 0.1, young: 2.4 },
  ],
  membership: [
    { name: '普通会员', minSpend: 0 },
    { name: '银卡会员', minSpend: 500 },
    { name: '金卡会员', minSpend: 2000 },
    { name: '钻石会员', minSpend: 6000 },
  ],
  yesNo: { yes: '是', no: '否' },
  genders: { female: '女', male: '男', other: '其他', unknown: '未知' },
  status: { completed: '已完成', shipped: '已发货', paid: '已付款', cancelled: '已取消', refunded: '已退款' },
  events: { view: '浏览', cart: '加购', order: '下单', pay: '支付' },
  files: { orders: '订单明细.csv', customers: '客户信息.csv', events: '用户行为.csv', feedback: '客户评价.csv' },
  columns: {
    orders: ['客户ID', '订单号', '下单时间', '商品编号', '商品名称', '商品类目', '数量', '单价', '金额', '实付金额', '优惠金额', '订单状态', '支付方式', '渠道'],
    customers: ['客户ID', '性别', '年龄', '城市', '省份', '注册时间', '注册渠道', '会员等级', '是否流失'],
    events: ['客户ID', '事件', '事件时间', '渠道'],
    feedback: ['客户ID', '评价时间', '评分', '评价内容', '渠道'],
  },
  // Charm pricing: 129, 199, 19.9.
  shelfPrice(raw) {
    if (raw < 20) return Math.max(1, Math.round(raw)) * 100 - 10;
    return (Math.round(raw / 10) * 10 - 1) * 100;
  },
  // 满减 coupons: a fixed amount off above thresholds; on 双11 / 618 "every 300 off 50".
  coupon(total, promo, u) {
    const yuan = total / 100;
    let off: number;
    if (promo && u < 0.7) off = Math.floor(yuan / 300) * 50 || (yuan >= 100 ? 15 : 5);
    else off = yuan >= 300 ? 30 : yuan >= 200 ? 20 : yuan >= 100 ? 10 : 5;
    return Math.min(off * 100, Math.floor(total / 2));
  },
};
