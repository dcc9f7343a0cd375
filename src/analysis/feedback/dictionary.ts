/**
 * The built-in theme dictionary: theme id -> Chinese keywords (matched as substrings), English
 * keywords (matched word by word on light stems, multi-word ones as phrases), regular
 * expressions for what keywords cannot say ("半个月才到", "here by wednesday"), and `not`
 * phrases that mention a keyword without being about the theme ("不推荐购买" is a verdict, not
 * the shop's recommendations; "上门取件" is the pickup of a return). Users edit a copy through
 * FeedbackOptions.themes; ids are free, the nine below are the defaults.
 *
 * Written from the labelling guide (test/fixtures/feedback/LABELLING.md), whose table says what
 * each theme covers.
 */

export interface ThemeRule {
  zh: string[];
  en: string[];
  /** Regular-expression sources, tested case-insensitively on the normalised text. */
  patterns?: string[];
  /** Phrases (any language, substring) removed from the text before this theme is matched. */
  not?: string[];
}

export type ThemeDictionary = Record<string, ThemeRule>;

const CN_NUM = '[0-9一二两三四五六七八九十半几]+';

export const DEFAULT_THEMES: ThemeDictionary = {
  delivery: {
    zh: ['物流', '快递', '发货', '送货', '配送', '到货', '派送', '送达', '签收', '驿站', '小哥', '运输', '顺丰', '次日达', '隔天到', '当天到', '发错', '错发', '漏发', '少发', '补发', '丢件', '单号', '收货地址', '中通', '圆通', '韵达', '申通', '邮政', '京东快递'],
    en: ['delivery', 'deliver', 'delivered', 'shipping', 'ship', 'shipment', 'dispatch', 'courier', 'driver', 'parcel', 'tracking', 'postman', 'royal mail', 'dpd', 'ups', 'fedex', 'evri', 'hermes', 'in transit', 'wrong item', 'wrong colour', 'wrong color', 'missing item', 'item missing', 'never showed up', 'never arrived', 'next day', 'on time', 'left it', 'left with'],
    patterns: [
      `${CN_NUM}(个)?(天|日|周|星期|礼拜|月)(才|就)?(到|送到|收到)`,
      `(才|就)(到|送到|收到)了?`,
      `(下单|买).{0,8}(才|就)(到|发)`,
      `arriv\\w*\\s+(\\w+\\s+){0,3}(early|late|quick|quickly|fast|soon|days?|weeks?|on time|yesterday|today)`,
      `(took|after|within|in)\\s+[\\w ]{0,15}(days?|weeks?|month)\\s+(to\\s+)?arriv`,
      `(took|take)\\s+(\\w+\\s+)?(days?|weeks?|a month|ages|forever) to (arrive|come|get here)`,
      `\\bhere by\\b`,
      `\\b(came|arrived|turned up|showed up|got here)\\b.{0,12}\\b(quick|quickly|fast|early|late|soon|promptly)\\b`,
      `\\b(only )?took (a|\\d+) (month|weeks?)`,
      `\\bsent (me )?the wrong\\b`,
      `\\bfrom the order\\b`,
      `\\b(sat|stuck)\\b.{0,5}\\bprocessing\\b`,
    ],
    not: ['快递上门取件', '上门取件', '退货运费', 'return shipping', 'refund in', '客服小哥'],
  },
  service: {
    zh: ['客服', '人工', '售前', '服务', '在线咨询', '咨询', '联系不上', '联系了', '联系卖家', '联系商家', '机器人', '店家回复', '卖家回复', '商家回复', '回复', '没人理', '不理人', '没人回', '没人接', '踢皮球', '敷衍', '态度好', '小姐姐', '投诉'],
    en: ['customer service', 'customer care', 'customer support', 'support', 'agent', 'staff', 'chat', 'live chat', 'chatbot', 'bot', 'helpdesk', 'hotline', 'on the phone', 'over the phone', 'by phone', 'phone line', 'phone call', 'answer the phone', 'on hold', 'rep', 'representative', 'reply', 'replied', 'respond', 'response', 'human', 'team', 'my emails', 'my email', 'ignored me', 'look into it', 'passing me around'],
    patterns: ['\\b(i|i\'ve|we|have) emailed\\b'],
    not: ['快递小哥服务'],
  },
  price: {
    zh: ['价格', '价位', '价钱', '性价比', '便宜', '贵', '划算', '实惠', '降价', '涨价', '优惠力度', '折扣', '打折', '活动价', '到手价', '价保', '值这个价', '不值', '物超所值', '浪费钱', '赠品', '满减', '省钱', '白菜价', '优惠', '超值', '很值', '太值', '挺值', '物有所值', '便宜了', '贵了'],
    en: ['price', 'pricey', 'overpriced', 'expensive', 'cheap', 'cheaper', 'value', 'value for money', 'worth the money', 'worth every penny', 'waste of money', 'cost', 'costly', 'bargain', 'deal', 'discount', 'on sale', 'offer', 'pay for', 'affordable'],
    patterns: ['[£$€¥]\\s?\\d', '\\d+\\s?% off', '\\d+\\s?(元|块)'],
    // 优惠券 that fails at checkout is payment (LABELLING.md), not the price level.
    not: ['价值', '优惠券'],
  },
  quality: {
    zh: ['质量', '做工', '材质', '质感', '面料', '用料', '坏了', '开胶', '开线', '起球', '掉色', '褪色', '异味', '耐用', '结实', '假货', '正品', '山寨', '瑕疵', '次品', '线头', '坏点', '粗糙', '精细', '廉价感', '充不进电', '故障', '失灵', '质亮', '劣质', '耐穿', '缩水', '变形', '断了', '裂了', '裂开', '生锈', '掉漆', '脱落', '松动', '破洞', '厚实', '手感', '牢固', '稳定'],
    en: ['quality', 'well made', 'badly made', 'poorly made', 'cheaply made', 'build', 'material', 'fabric', 'stitching', 'broke', 'broken', 'break', 'defect', 'defective', 'faulty', 'fake', 'genuine', 'authentic', 'counterfeit', 'durable', 'sturdy', 'solid', 'flimsy', 'smell', 'pill', 'pilling', 'rubbish', 'junk', 'dead pixel', 'came off', 'fell apart', 'stopped working', 'going strong', 'ripped', 'tear', 'looks cheap', 'feels cheap', 'thin', 'leak', 'snapped', 'snap off', 'peel', 'peeling', 'cracked', 'crack', 'shrank', 'shrunk', 'faded', 'rust', 'rusty', 'wore out', 'worn out', 'seam', 'well built', 'poorly built', 'plasticky', 'flaky'],
    // Sturdy and solid describe the box as often as the product: that is packaging.
    not: ['sturdy box', 'solid box', 'box was sturdy', 'box was solid', '箱子很结实', '盒子很结实', '纸箱很结实', '包装很结实'],
  },
  features: {
    zh: ['功能', '款式', '颜色', '尺码', '尺寸', '码数', '大小', '效果', '推荐', '好用', '难用', '版型', '样式', '外观', '颜值', '描述', '图片', '实物', '色差', '续航', '电池', '音质', '声音', '拍照', '味道', '口感', '合身', '偏大', '偏小', '长度', '详情页', '适合', '磨脚', '好看', '噪音', '吸力', '说明书', '安装', '组装', '给我推', '乱推', '推送', '猜你喜欢', '甜', '咸', '辣'],
    en: ['feature', 'function', 'functionality', 'size', 'sizing', 'fit', 'colour', 'color', 'style', 'as described', 'description', 'listing', 'photo', 'picture', 'battery', 'sound', 'bass', 'taste', 'flavour', 'flavor', 'camera', 'waterproof', 'comfortable', 'easy to use', 'set up', 'works a treat', 'does the job', 'recommend', 'recommendation', 'looks great', 'looks good', 'setup', 'instructions', 'install', 'installation', 'manual', 'connect', 'connection', 'bluetooth', 'wifi', 'too small', 'too big', 'too tight', 'too large', 'too short', 'too long', 'noise', 'noisy', 'bright', 'brightness', 'suggestion', 'you might like'],
    not: ['不推荐', '推荐购买', '推荐给', '值得推荐', '强烈推荐', '推荐大家', "would recommend", 'highly recommend', "don't recommend", 'do not recommend', "wouldn't recommend", 'i recommend', 'recommend it', 'recommend this'],
  },
  returns: {
    zh: ['退货', '退款', '换货', '退换', '售后', '无理由', '运费险', '退回', '退钱', '寄回', '返厂', '保修'],
    en: ['return', 'refund', 'exchange', 'exchanged', 'replacement', 'send it back', 'sent it back', 'money back', 'after-sales', 'after sales', 'warranty', 'restocking', 'swap', 'swapped', 'replace', 'replaced'],
    not: ['退差价', 'refund the difference'],
  },
  payment: {
    zh: ['支付', '付款', '扣款', '扣了', '扣钱', '优惠券', '积分', '分期', '花呗', '白条', '微信支付', '支付宝', '银行卡', '信用卡', '结算', '付不了', '付成功', '发票', '重复扣', '未支付', '付了钱', '付了', '付钱', '扣费', '多扣'],
    en: ['pay', 'paid', 'payment', 'cards', 'credit card', 'debit card', 'apple pay', 'google pay', 'paypal', 'klarna', 'instalment', 'installment', 'promo code', 'voucher', 'coupon', 'points', 'invoice', 'billing', 'declined', 'transaction', 'debited', 'deducted'],
    // A battery is charged too: only charging money counts.
    patterns: ['(?<!fully |half )\\b(over)?charged\\b(?! (up|fully|overnight))', '\\b(extra|delivery|hidden|card) charges?\\b', '\\bcharge (me|us|my card)\\b'],
    not: ['pay for'],
  },
  packaging: {
    zh: ['包装', '包得', '盒子', '箱子', '纸箱', '泡沫', '气泡膜', '塑料袋', '密封', '封口', '礼盒', '压扁', '压坏', '磕碰'],
    en: ['packaging', 'packed', 'package', 'box', 'wrap', 'wrapped', 'wrapping', 'bubble wrap', 'padding', 'padded', 'seal', 'sealed', 'dented', 'battered'],
    not: ['original box', 'original packaging', 'search box', 'text box', 'code box', 'input box', 'tick box', 'check box'],
  },
  app: {
    zh: ['小程序', '网站', '官网', '页面', '界面', '闪退', '卡顿', '卡死', '加载', '登录', '登陆', '验证码', '搜索', '系统', '下单流程', '入口', '注册', '网页', '客户端', '很卡', '报错', '白屏', '网络异常', '网络错误'],
    en: ['app', 'website', 'site', 'web', 'page', 'interface', 'ui', 'ux', 'navigate', 'navigation', 'search', 'log in', 'login', 'logged', 'sign in', 'password', 'verification code', 'crash', 'froze', 'frozen', 'glitch', 'bug', 'buggy', 'loading', 'account'],
    patterns: ['\\bto load\\b', '\\b(since|after) the (latest )?update\\b', '更新(以|之)?后'],
  },
};
