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
    zh: ['物流', '快递', '发货', '送货', '配送', '到货', '派送', '送达', '签收', '驿站', '小哥', '运输', '顺丰', '次日达', '隔天到', '当天到', '发错', '错发', '漏发', '少发', '补发', '丢件', '单号', '收货地址', '中通', '圆通', '韵达', '申通', '邮政', '京东快递', '寄错', '送错'],
    en: ['delivery', 'deliver', 'delivered', 'shipping', 'ship', 'shipment', 'dispatch', 'courier', 'driver', 'parcel', 'tracking', 'postman', 'royal mail', 'dpd', 'ups', 'fedex', 'evri', 'hermes', 'in transit', 'wrong item', 'wrong colour', 'wrong color', 'missing item', 'item missing', 'never showed up', 'never arrived', 'next day', 'on time', 'left it', 'left with'],
    patterns: [
      `${CN_NUM}(个)?(天|日|周|星期|礼拜|月)(才|就)?(到|送到|收到)`,
      `(才|就)(到|送到|收到)了?`,
      `(下单|买).{0,8}(才|就)(到|发)`,
      `arriv\\w*\\s+(\\w+\\s+){0,3}(early|late|quick|quickly|fast|soon|days?|weeks?|on time|yesterday|today)`,
      `(took|after|within|in)\\s+[\\w ]{0,15}(days?|weeks?|month)\\s+(to\\s+)?arriv`,
      `(took|take)\\s+(\\w+\\s+)?(days?|weeks?|a month|ages|forever) to (arrive|come|get here)`,
      `\\bhere by\\b`,
      `\\b(came|arrived|turned up|showed up|got here)\\b.{0,12}\\b(quick|quickly|fast|early|late|soon|promptly|faster|quicker|sooner|earlier|later)\\b`,
      // "turned up in 2 days": a duration right after the arrival verb (not "arrived in a crushed box").
      `\\b(came|arrived|turned up|showed up|got here)\\s+(in|within|after)\\s+(\\d+|an?|one|two|three|four|five|six|seven|a few|a couple of)\\s+(working |business )?(hours?|days?|weeks?)\\b`,
      `\\b(only )?took (a|\\d+) (month|weeks?)`,
      `\\bsent (me )?the wrong\\b`,
      // Fulfilment errors said without "wrong": what came against what was ordered.
      // ("I got the blue instead of the black" alone may be the writer's own choice, so "ordered" or "sent" must say it.)
      `\\b(sent|received)\\b.{0,30}\\binstead of\\b`,
      `\\binstead of\\b.{0,30}\\b(i|we) (ordered|asked for|chose|picked|paid for)\\b`,
      `(收到|发来|寄来|到手)的?(却|居然|竟然)?是.{0,15}(下单|买|拍|订|选|要)的(却|明明)?是`,
      `(下单|买|拍|订|选|要)的(明明)?是.{0,15}(收到|发来|寄来|到手|发)的?(却|居然|竟然)?是`,
      '发成了?(?!功)',
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
    zh: ['价格', '价位', '价钱', '性价比', '便宜', '贵', '划算', '实惠', '降价', '涨价', '优惠力度', '折扣', '打折', '活动价', '到手价', '价保', '值这个价', '不值', '物超所值', '浪费钱', '赠品', '满减', '省钱', '白菜价', '优惠', '超值', '很值', '太值', '挺值', '物有所值', '便宜了', '贵了', '这个价', '这价', '一分钱一分货', '便宜没好货'],
    en: ['price', 'pricey', 'overpriced', 'expensive', 'cheap', 'cheaper', 'value', 'value for money', 'worth the money', 'worth every penny', 'waste of money', 'cost', 'bargain', 'deal', 'discount', 'on sale', 'offer', 'pay for', 'affordable'],
    // costly as a pattern: as a keyword its one-typo tolerance also matched "mostly".
    patterns: ['[£$€¥]\\s?\\d', '\\d+\\s?% off', '\\d+\\s?(元|块)', '\\bcostly\\b'],
    // 优惠券 that fails at checkout is payment (LABELLING.md), not the price level.
    // "Looks cheap" is how it is made (quality, LABELLING.md), not its price.
    not: ['价值', '优惠券', 'looks cheap', 'feels cheap', 'cheap plastic', 'cheap looking', 'cheap-looking'],
  },
  quality: {
    zh: ['质量', '做工', '材质', '质感', '面料', '用料', '坏了', '开胶', '开线', '起球', '掉色', '褪色', '异味', '耐用', '结实', '假货', '正品', '山寨', '瑕疵', '次品', '线头', '坏点', '粗糙', '精细', '廉价感', '充不进电', '故障', '失灵', '质亮', '劣质', '耐穿', '缩水', '变形', '断了', '裂了', '裂开', '生锈', '掉漆', '脱落', '松动', '破洞', '厚实', '手感', '牢固', '稳定',
      // Defects said by what happened, not by a quality word: breaking, dying, rotting, stinking.
      '断裂', '折断', '开不了机', '开不开机', '无法开机', '不开机', '死机', '充不上电', '充不进', '罢工', '坏掉', '坏的', '鼓包', '是假的',
      '漏水', '漏气', '漏油', '漏液', '漏电', '渗漏', '刺鼻', '难闻', '臭味', '霉味', '怪味', '发霉', '霉变', '变质', '腐烂', '不新鲜', '过期', '馊',
      // A bare 垃圾 is "rubbish", which LABELLING.md counts as quality (the not list keeps 垃圾客服 etc. out).
      '垃圾'],
    en: ['quality', 'well made', 'badly made', 'poorly made', 'cheaply made', 'build', 'material', 'fabric', 'stitching', 'broke', 'broken', 'break', 'defect', 'defective', 'faulty', 'fake', 'genuine', 'authentic', 'counterfeit', 'durable', 'sturdy', 'solid', 'flimsy', 'smell', 'pill', 'pilling', 'rubbish', 'junk', 'dead pixel', 'came off', 'fell apart', 'stopped working', 'going strong', 'ripped', 'tear', 'looks cheap', 'feels cheap', 'thin', 'leak', 'snapped', 'snap off', 'peel', 'peeling', 'cracked', 'crack', 'shrank', 'shrunk', 'faded', 'rust', 'rusty', 'wore out', 'worn out', 'seam', 'well built', 'poorly built', 'plasticky', 'flaky',
      'destroyed', 'indestructible', 'fell to pieces', 'falling apart', 'came apart', 'coming apart', 'stain', 'stained',
      'scratch', 'scratched', 'scuffed', 'dirty', 'mould', 'mouldy', 'mold', 'moldy', 'stale', 'out of date', 'rotten',
      'spoiled', 'spoilt', 'gone off', 'smelly', 'stink', 'stinks', 'odour', 'odor', "won't turn on", "doesn't turn on",
      'dead on arrival', 'second hand', 'second-hand', 'leaky', 'cheap plastic'],
    patterns: [
      // 断 as breaking (口红断在管里, 断掉了), not 不断 / 判断 / 中断 / 断货.
      '(?<![不判诊中间截垄打切隔掐])断(了|掉|成|在)',
      // A smell the product gives off (一股烂味, 有点味道, 刺鼻的味儿); 味道 alone is taste (features).
      '(一股|有(一)?(点|些|股)|散不掉的?|刺鼻的?|难闻的?|怪|臭|馊|霉|烂|焦|糊|塑料|橡胶|油漆|甲醛|化学)味',
      // 烂 as rotting or falling apart (烂了, 稀烂), not 烂大街 (common) nor 太烂了, which can be aimed at anything.
      '(?<![太真好很超巨])烂(了|掉|透|成)|稀烂',
      // A battery that will not take a charge, not "won't charge me for shipping".
      "\\bwon't charge\\b(?! (me|us|you|my|for|the|a|extra))",
      // Expired goods, unless a link, code, offer or card is what expired.
      '^(?!.*\\b(link|code|session|voucher|coupon|offer|deal|promo|card|password|token|subscription|account)s?\\b).*\\bexpired\\b',
    ],
    // Sturdy and solid describe the box as often as the product: that is packaging.
    not: ['sturdy box', 'solid box', 'box was sturdy', 'box was solid', '箱子很结实', '盒子很结实', '纸箱很结实', '包装很结实',
      // 垃圾 aimed at the service, courier or app is about them.
      '垃圾客服', '客服垃圾', '垃圾物流', '物流垃圾', '垃圾快递', '快递垃圾', '垃圾服务', '服务垃圾', '垃圾app', '垃圾软件', '垃圾系统',
      '垃圾平台', '垃圾商家', '垃圾卖家', '垃圾店',
      // Coupons, links and memberships expire too: that is payment or app.
      '券过期', '积分过期', '红包过期', '链接过期', '码过期', '活动过期', '会员过期'],
  },
  features: {
    zh: ['功能', '款式', '颜色', '尺码', '尺寸', '码数', '大小', '效果', '推荐', '好用', '难用', '版型', '样式', '外观', '颜值', '描述', '图片', '实物', '色差', '续航', '电池', '音质', '声音', '拍照', '味道', '口感', '合身', '偏大', '偏小', '长度', '详情页', '适合', '磨脚', '好看', '噪音', '吸力', '说明书', '安装', '组装', '给我推', '乱推', '推送', '猜你喜欢', '甜', '咸', '辣',
      // Taste, comfort, effect and compatibility: what the product does, said without 功能.
      '好吃', '难吃', '爱吃', '肯吃', '适口', '口味', '挑嘴', '挑食', '坐感', '脚感', '体感', '上脚', '上身',
      '闷脚', '保暖', '吸水', '保湿', '控油', '降噪', '制冷', '制热', '清洁力', '去污', '管用', '见效',
      '兼容', '连接', '能连', '适配', '蓝牙', '重量', '轻便', '便携', '容量', '偏紧', '偏松', '宽松', '修身', '显瘦', '显胖', '太紧',
      '太松', '挤脚', '夹脚', '顶脚', '补水', '美白', '祛痘', '遮瑕', '持妆', '显色', '滋润', '显白', '百搭', '画质', '分辨率'],
    en: ['feature', 'function', 'functionality', 'size', 'sizing', 'fit', 'colour', 'color', 'style', 'as described', 'description', 'listing', 'photo', 'picture', 'battery', 'sound', 'bass', 'taste', 'flavour', 'flavor', 'camera', 'waterproof', 'comfortable', 'easy to use', 'set up', 'works a treat', 'does the job', 'recommend', 'recommendation', 'looks great', 'looks good', 'setup', 'instructions', 'install', 'installation', 'manual', 'connect', 'connection', 'bluetooth', 'wifi', 'too small', 'too big', 'too tight', 'too large', 'too short', 'too long', 'noise', 'noisy', 'bright', 'brightness', 'suggestion', 'you might like',
      'comfy', 'uncomfortable', 'blister', 'heavy', 'lightweight', 'weight', 'bulky', 'compact', 'shade',
      'come with', 'compatible', 'compatibility', 'works with', 'what it says', 'as advertised', 'as pictured', 'true to size',
      'runs small', 'runs large', 'runs big', 'narrow', 'too loose', 'delicious', 'tasty', 'bland', 'effective', 'salty', 'spicy',
      'sour', 'pinch', 'rubs', 'chafe', 'cushioning', 'easy to clean', 'easy to assemble', 'suction', 'loud', 'quiet'],
    // A pattern, not a keyword: "charger" is one typo away from "charged" (payment).
    patterns: ['\\bchargers?\\b'],
    not: ['不推荐', '推荐购买', '推荐给', '值得推荐', '强烈推荐', '推荐大家', "would recommend", 'highly recommend', "don't recommend", 'do not recommend', "wouldn't recommend", 'i recommend', 'recommend it', 'recommend this',
      // A size the writer chose wrongly is not the product's fit (LABELLING.md, 1114).
      'ordered the wrong size', 'picked the wrong size', 'chose the wrong size', 'wrong size myself',
      // A courier's proof-of-delivery photo is not the product photo.
      'sent a photo', 'sent me a photo', 'took a photo', 'delivery photo', 'photo of the parcel', 'photo of my parcel'],
  },
  returns: {
    zh: ['退货', '退款', '换货', '退换', '售后', '无理由', '运费险', '退回', '退钱', '寄回', '返厂', '保修', '给换', '给我换', '帮我换', '换一下', '换个码', '换码'],
    en: ['return', 'refund', 'exchange', 'exchanged', 'replacement', 'send it back', 'sent it back', 'money back', 'after-sales', 'after sales', 'warranty', 'restocking', 'swap', 'swapped', 'replace', 'replaced'],
    not: ['退差价', 'refund the difference',
      // Refunding a double charge is payment (LABELLING.md).
      'refund the duplicate', 'refund the double', 'refund the extra', 'refund the second charge'],
  },
  payment: {
    zh: ['支付', '付款', '扣款', '扣了', '扣钱', '优惠券', '积分', '分期', '花呗', '白条', '微信支付', '支付宝', '银行卡', '信用卡', '结算', '付不了', '付成功', '发票', '重复扣', '未支付', '付了钱', '付了', '付钱', '扣费', '多扣', '优惠码', '折扣码', '兑换码'],
    en: ['pay', 'paid', 'payment', 'cards', 'credit card', 'debit card', 'apple pay', 'google pay', 'paypal', 'klarna', 'instalment', 'installment', 'promo code', 'voucher', 'coupon', 'points', 'invoice', 'billing', 'declined', 'transaction', 'debited', 'deducted'],
    // A battery is charged too: only charging money counts.
    patterns: ['(?<!fully |half )\\b(over)?charged\\b(?! (up|fully|overnight))', '\\b(extra|delivery|hidden|card) charges?\\b', '\\bcharge (me|us|my card)\\b',
      // A code at checkout is a discount code (a verification code is named as such, and is app).
      '\\bcode\\b[^.?!]{0,30}\\bcheckout\\b', '\\bcheckout\\b[^.?!]{0,30}\\bcode\\b'],
    not: ['pay for', 'pay attention', 'paying attention',
      // "paid $89 for a blender" is the price; the money coming back to a card is the refund.
      'paid $', 'paid £', 'paid €', 'paid ¥', 'back on my card', 'back to my card', 'back onto my card', 'refunded to my card',
      // Asking whether an invoice can be had is a pre-sale question, not a payment problem.
      '开发票吗', '开票吗', '有发票吗', '带发票吗', '提供发票吗'],
  },
  packaging: {
    zh: ['包装', '包得', '盒子', '箱子', '纸箱', '泡沫', '气泡膜', '塑料袋', '密封', '封口', '礼盒', '压扁', '压坏', '磕碰', '严实', '打包'],
    en: ['packaging', 'packed', 'package', 'box', 'wrap', 'wrapped', 'wrapping', 'bubble wrap', 'padding', 'padded', 'seal', 'sealed', 'dented', 'battered'],
    not: ['original box', 'original packaging', 'search box', 'text box', 'code box', 'input box', 'tick box', 'check box',
      // The box or package as the parcel the courier handled (threw, left, soaked in the rain) is delivery.
      'subscription box', 'lunch box', 'storage box', 'threw the box', 'thrown the box', 'throw the box', 'dropped the box',
      'left the box', 'box was left', 'where is my package', 'my package is', 'my package has', 'my package hasn', 'my package still',
      'my package never', 'box got wet', 'box got soaked', 'box was wet', 'box was soaked', 'box was soaking', 'soaked box', 'wet box',
      'box was soggy', 'soggy box',
      '箱子全湿', '箱子湿', '箱子都湿', '盒子湿', '盒子都湿', '箱子被雨', '箱子淋', '箱子扔', '箱子被扔', '箱子丢', '盒子扔',
      '一箱子',
      // Packing as a warehouse status (已打包, 正在打包) is dispatch, not the packaging.
      '已打包', '已经打包', '打包中', '正在打包'],
  },
  app: {
    zh: ['小程序', '网站', '官网', '页面', '界面', '闪退', '卡顿', '卡死', '加载', '登录', '登陆', '验证码', '搜索', '系统', '下单流程', '入口', '注册', '网页', '客户端', '很卡', '报错', '白屏', '网络异常', '网络错误'],
    en: ['app', 'website', 'site', 'web', 'page', 'interface', 'ui', 'ux', 'navigate', 'navigation', 'search', 'log in', 'login', 'logged', 'sign in', 'password', 'verification code', 'crash', 'froze', 'frozen', 'glitch', 'bug', 'buggy', 'loading', 'account', 'error message', 'error code', 'an error'],
    patterns: ['\\bto load\\b', '\\b(since|after) the (latest )?update\\b', '更新(以|之)?后', '显示(异常|错误)|页面(异常|错误|空白|打不开)|打不开页面'],
    // A page named as where a fact was read (页面写着…, the page said…) is not a judgement of the app.
    // Status read off a page (页面显示已签收, 订单页面一直显示"处理中") is delivery or returns; 显示异常 stays app.
    not: ['页面写', '页面上写', '页面里写', '页面显示已', '页面显示有', '页面显示还', '页面显示在', '页面显示"', '页面一直显示', '页面上显示',
      '页面标', '页面上标', '页面说', '网页上写', '官网写',
      '官网上写', '网站上写', 'page said', 'page says', 'page stated', 'page states', 'page claims', 'page claimed', 'website said',
      'website says', 'website claims', 'site said', 'site says', 'than on the website', 'than on the site', 'than the website',
      'than on your website', 'than on your site', 'on page ', 'page shows', 'page showed', 'website shows', 'site shows',
      // The app as where a status was read ("the app says delivered", app上显示已签收) is about the status.
      'app says', 'app said', 'app shows', 'app showed', 'on the app it says', 'according to the app', 'app上显示', 'app显示',
      'app里显示', 'app上写'],
  },
};
