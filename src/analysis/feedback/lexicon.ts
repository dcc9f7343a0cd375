/**
 * Sentiment lexicons: word -> polarity (-2..2), negators and degree words, for Chinese and
 * English. Small on purpose: the point is the handful of words reviews actually use, with
 * negation and degree handled, not a general-purpose dictionary. Chinese entries that start with
 * a negator (不错, 不行…) are words of their own and are matched before the negator is. Emoji live
 * in the Chinese table, whose character scan runs over every comment.
 */

export interface Lexicon {
  words: Record<string, number>;
  negators: string[];
  degrees: Record<string, number>;
  /** Words that weigh what follows them more (but, 但是) — the writer's conclusion. */
  contrast: string[];
  /**
   * Resigned or indifferent verdicts (也就这样, 没有惊喜, you get what you pay for): LABELLING.md
   * counts them neutral, so a comment holding one has its other words damped.
   */
  resigned: string[];
}

export const ZH_LEXICON: Lexicon = {
  words: {
    好: 1, 不错: 1, 满意: 1.5, 喜欢: 1.2, 快: 0.8, 方便: 1, 耐心: 1, 专业: 1, 实惠: 1, 划算: 1, 便宜: 0.6,
    精细: 1, 舒服: 1, 好看: 1, 好用: 1.2, 给力: 1.5, 点赞: 1.5, 赞: 1, 棒: 1.5, 完美: 2, 放心: 1, 流畅: 1, 简洁: 0.8,
    顺利: 1, 顺: 0.6, 及时: 1, 准时: 1, 耐用: 1, 正品: 1, 值: 0.8, 值得: 1, 超值: 1.5, 物超所值: 2, 贴心: 1.2, 用心: 1.2,
    精美: 1.2, 严实: 1, 结实: 1, 清晰: 0.8, 强大: 1, 齐全: 1, 惊喜: 1.5, 好评: 1.5, 五星: 1.5, 靠谱: 1.2, 优秀: 1.5,
    完好: 1, 绝了: 1.5, 合适: 1, 标准: 0.5, 很正: 1, 准: 0.6, 友好: 1, 有面子: 1, 专业性: 0.5, 一如既往: 1,
    可以: 0.4, 还行: 0.1, 一般: -0.2, 一般般: -0.2, 挺好: 1, 省心: 1, 感谢: 0.8, 快乐: 1, 开心: 1.2,
    差: -1.5, 太差: -2, 慢: -1, 坏: -1.2, 坏了: -1.5, 失望: -1.5, 垃圾: -2, 坑: -1.5, 骗: -1.5, 被骗: -1.8, 假: -1,
    假货: -2, 贵: -0.8, 难用: -1.2, 闪退: -1.5, 卡: -0.6, 卡顿: -1.2, 卡住: -1.2, 破: -1, 破损: -1.2, 漏: -1,
    差评: -2, 敷衍: -1.5, 不耐烦: -1.2, 投诉: -1.2, 无语: -1.5, 恶心: -1.8, 麻烦: -1, 复杂: -0.8, 烂: -1.5, 丑: -1.5,
    乱: -0.8, 不符: -1.2, 色差: -1, 起球: -0.8, 开胶: -1.5, 开线: -1.5, 线头: -0.6, 异味: -1, 失败: -1.2, 重复: -0.6,
    驳回: -1.2, 没用: -1, 没人理: -1.5, 不理人: -1.5, 没人接: -1.5, 不通知: -1, 变形: -1.2, 压扁: -1.2, 简陋: -1.2,
    暴力: -1.5, 错: -1, 发错: -1.5, 少了: -1, 不行: -1.2, 问题: -0.6, 磨脚: -1, 迟迟: -1.2, 半天: -0.8, 呵呵: -1.2,
    服了: -1.2, 才到: -0.8, 才发: -1, 套路: -1.5, 踢皮球: -1.8, 浪费: -1.5, 无关: -0.6, 收不到: -1.2,
    找不到: -1, 出不来: -1, 瑕疵: -1.2, 次品: -1.8, 薄: -0.5, 透光: -0.6, 别买: -2, 不推荐: -1.5, 劣质: -2,
    坑人: -1.8, 慢死了: -2, 退货: -0.3, 丢件: -1.5, 催: -0.8, 没下文: -1.5, 未支付: -0.8, 扣了: -0.6, 坏点: -1.2,
    不值: -1.2, 抵扣: 0.3, 简单: 0.3, 破了: -1.2, 谢了: -0.6, 后悔: -1.5, 智商税: -1.8, 粗糙: -1.2, 粘: 0,
    // Quantities and hedges that start with 好 but praise nothing (好几次 = several times).
    好几: 0, 好多: 0, 好像: 0, 好久: -0.6,
    // Pending and failing states, the usual content of a ticket.
    没人: -1, 一直没: -1, 还没收到: -1.2, 还没到: -1, 到现在还: -1, 没反应: -1.2, 无法: -0.8, 不了: -0.8, 不上: -0.8,
    错误: -1, 拖: -0.8, 尽快: -0.6, 疼: -1, 痛: -1, 普通: -0.3, 优势: 1,
    // Questions built on a negator (是不是丢件了) ask; they negate nothing. 说好(的) is "as promised".
    是不是: 0, 有没有: 0, 能不能: 0, 会不会: 0, 要不要: 0, 可不可以: 0, 是否: 0, 说好: 0,
    // Outcomes and defects said without 好 / 差: a failed attempt (没转成功), a dud, spoilage and smell.
    成功: 0.6, 踩雷: -1.2, 踩坑: -1.2, 寂寞: -1, 离谱: -1.8, 扯皮: -1.5, 刺鼻: -1.5, 难闻: -1.5, 臭: -1.2, 发霉: -1.8,
    变质: -1.8, 过期: -1.2, 新鲜: 1, 难吃: -1.5, 爱吃: 1, 回购: 1, 利索: 1, 麻利: 1, 绝绝子: 2,
    死机: -1.5, 开不了机: -1.5, 罢工: -1.2, 鼓包: -1.2, 拒绝: -1.2, 被拒: -1.2, 翻车: -1.5, 心累: -1.5, 凉了: -1.2, 才收到: -0.8, 迟到: -1, 凶: -1.2, 洒了: -1, 泡了: -1, 湿了: -0.8,
    缩水: -1.2, 掉色: -1.2, 过敏: -1.5, 不怎么样: -1.2, 不会再买: -1.5, 再也不买: -1.5, 答非所问: -1.5, 不给退: -1.5, 不出来: -0.8,
    没有一个人: -1.2, 生效: 0.8, 挑剔: -0.8, 负责: 1, 辛苦了: 0.8,
    // "No problem" said at length: 一直没 (a pending state) must not swallow 一直没出问题.
    没出问题: 1, 没出过问题: 1, 一直没出问题: 1.2, 没什么问题: 0.6, 没遇到什么问题: 1,
    扣了两次: -1.5, 扣两次: -1.5, 重复扣款: -1.5, 多扣: -1.2,
    // 卡 is also a card or a cartoon, not only lag (信用卡 is no complaint).
    信用卡: 0, 银行卡: 0, 储蓄卡: 0, 会员卡: 0, 礼品卡: 0, 购物卡: 0, 卡片: 0, 卡包: 0, 卡通: 0, 卡其: 0,
    // Nouns and adverbs that hold a sentiment character without its sense: 快递 is not 快, 顺丰 not 顺,
    // 差价 not 差, 假期 not 假, 慢慢 (bit by bit) not 慢.
    快递: 0, 快件: 0, 快运: 0, 顺丰: 0, 准备: 0, 差价: 0, 差不多: 0, 假期: 0, 放假: 0, 请假: 0, 慢慢: 0, 好友: 0, 爱好: 0,
    // Not used yet (还没用, 用了再追评) is a note, not "useless" (没用).
    还没用: 0, 没用过: 0, 还没试: 0, 追评: 0,
    // Broadened with the slang and defect words of e-commerce reviews (the theme dictionary's vocabulary, judged).
    避雷: -1.5, 货不对板: -1.5, 割韭菜: -1.5, 龟速: -1.2, 已读不回: -1.5, 爱答不理: -1.5, 甩锅: -1.5, 推诿: -1.5, 糊弄: -1.5,
    虚假宣传: -1.8, 血亏: -1.5, 鸡肋: -1, 难受: -1, 开裂: -1.2, 掉漆: -1, 生锈: -1.2, 异响: -1.2, 黑屏: -1.2, 划痕: -1, 受潮: -1,
    残次: -1.5, 山寨: -1.5, 高仿: -1.5, 盗版: -1.5, 翻新: -1.2, 褪色: -1.2, 生虫: -1.8, 虫子: -1.5, 异物: -1.5, 掉毛: -0.8,
    真香: 1.5, 惊艳: 1.5, 爱了: 1.5, 宝藏: 1.2, 物美价廉: 2, 耐造: 1, 牢固: 1, 扎实: 1, 细腻: 1, 秒回: 1.2, 神速: 1.5, 火速: 1.2,
    '👍': 1.5, '😍': 1.5, '❤': 1.2, '😊': 1, '🙄': -1.5, '🙃': -1, '😡': -2, '😤': -1.5, '👎': -1.5, '😭': -1,
  },
  negators: ['不', '没', '没有', '别', '未', '无', '不是', '并不', '一点都不', '一点也不', '毫不', '从不', '从来没'],
  degrees: {
    非常: 2, 很: 1.5, 太: 2, 特别: 2, 超: 1.8, 超级: 2, 十分: 2, 极: 2, 极其: 2, 真: 1.5, 真的: 1.5, 挺: 1.2, 比较: 1.1,
    相当: 1.5, 最: 2, 有点: 0.6, 有点儿: 0.6, 稍微: 0.5, 稍: 0.5, 有些: 0.6, 略: 0.6, 略微: 0.5, 还: 0.8, 还算: 0.8,
    小: 0.7,
  },
  contrast: ['但是', '但', '可是', '不过', '就是', '只是', '然而', '结果'],
  resigned: ['还行吧', '也就这样', '就这样吧', '也就那样', '就那样吧', '凑合', '将就', '一分钱一分货', '没有惊喜', '没什么惊喜', '没啥惊喜',
    '没踩雷', '不踩雷', '中规中矩', '马马虎虎', '过得去', '无功无过', '不好不坏', '一般般'],
};

export const EN_LEXICON: Lexicon = {
  words: {
    good: 1, great: 1.5, excellent: 2, amazing: 2, awesome: 2, love: 1.8, loved: 1.8, lovely: 1.5, perfect: 2, perfectly: 1.5,
    happy: 1.5, pleased: 1.5, satisfied: 1.5, fast: 1, quick: 1, quickly: 1, easy: 1, helpful: 1.5, friendly: 1.2, nice: 1.2,
    brilliant: 2, fantastic: 2, best: 1.8, well: 0.6, solid: 0.8, sturdy: 1, comfortable: 1, recommend: 1, worth: 1, fine: 0.4,
    crisp: 1, smooth: 1, slick: 1.2, reliable: 1.2, genuine: 1, glad: 1.2, thanks: 0.6, thank: 0.6, cheerful: 1, bargain: 1.2,
    fair: 0.8, early: 0.8, beautiful: 1.5, gorgeous: 1.5, durable: 1, strong: 0.8, ok: 0.1, okay: 0.1, better: 0.8, useful: 1.2,
    'spot on': 1.5, 'no-brainer': 1.5, 'no brainer': 1.5, 'on time': 1, 'works a treat': 1.5, 'going strong': 1.5, superb: 2,
    'as described': 0.8, 'as promised': 0.8, wonderful: 1.5, fabulous: 2, 'value for money': 1.2, 'zero hassle': 1.5,
    bad: -1.5, poor: -1.5, terrible: -2, awful: -2, horrible: -2, worst: -2, useless: -1.8, rude: -1.8, slow: -1.2, late: -1,
    broken: -1.5, broke: -1.5, damaged: -1.5, crushed: -1.2, scratched: -1, leaked: -1.2, leak: -1, leaks: -1, fake: -2, rubbish: -2,
    junk: -2, expensive: -0.8, overpriced: -1.5, pricey: -0.4, disappointed: -1.8, disappointing: -1.8, disappointment: -1.8,
    nightmare: -2, hassle: -1, problem: -1, problems: -1, issue: -0.8, complaint: -1, complaints: -1, wrong: -1.2, missing: -1,
    lost: -1.2, failing: -1.5, failed: -1.5, fail: -1.5, fails: -1.5, crash: -1.5, crashing: -1.5, crashes: -1.5, froze: -1.5,
    frozen: -1.2, stuck: -1.2, waiting: -0.8, waited: -0.8, ignored: -1.5, refused: -1.5, wonky: -1, shocking: -2, flimsy: -1.5,
    thin: -0.5, dented: -0.6, dead: -1.2, meh: -0.3, unhelpful: -1.5, annoying: -1.2, ugly: -1.5, mess: -1.2, scam: -2,
    forever: -1, ages: -0.8, 'cut off': -1, 'nothing like': -1.5, barely: -1, 'never again': -2, 'nothing happens': -1.5,
    'never showed up': -1.8, 'never arrived': -1.8, 'not what i expected': -1.2, 'waste of money': -2, 'ripped off': -2,
    cheap: -0.3, 'looks cheap': -1.2, 'feels cheap': -1.2, unfortunately: -1, sadly: -1, avoid: -1.5, "don't buy": -2,
    'do not buy': -2, 'all over the place': -1.2, battered: -0.8, defective: -2, faulty: -2,
    // Pending and failing states, the usual content of a ticket.
    "doesn't work": -1.5, "don't work": -1.5, 'not working': -1.5, 'stopped working': -1.5, 'still waiting': -1.2,
    "still hasn't": -1, "still haven't": -1, 'still not': -1, 'still no': -1, 'no reply': -1.2, 'no response': -1.2,
    'no answer': -1.2, 'not a single': -1, 'later than': -1, fuss: -1, pinch: -1, pinches: -1, hurt: -1.2, hurts: -1.2,
    painful: -1.2, sore: -1,
    ridiculous: -1.8, joke: -1.5, 'passed around': -1.2, 'passing me around': -1.2, nobody: -0.8, declined: -1.2,
    'still got charged': -1.2, 'still got billed': -1.2, 'still charged': -1.2, 'still billed': -1.2, 'still being charged': -1.2,
    'than pictured': -1.2, 'than advertised': -1.2, 'than described': -1.2, 'than the photos': -1.2, 'than the pictures': -1.2,
    'than on the website': -1.2, 'than the website': -1.2, gross: -1.5, disgusting: -2, stinks: -1.5, smelly: -1.2, stale: -1.2,
    rotten: -1.8, mouldy: -1.8, moldy: -1.8, expired: -1.2, 'will update': 0,
    // A double charge is a complaint without an opinion word.
    'charged twice': -1.5, 'billed twice': -1.5, 'charged me twice': -1.5, 'double charged': -1.5, 'duplicate charge': -1.2,
    'came apart': -1.5, 'fell apart': -1.5, 'falling apart': -1.5, destroyed: -1.5, stain: -1, stained: -1, burnt: -0.8, smh: -1,
    filler: -0.8, 'buy again': 1.2, 'order again': 1.2, 'true to size': 0.8, 'exactly like': 1, 'exactly as': 1, beautifully: 1.5,
    win: 0.8, clunky: -1.2, impressed: 1.2, impressive: 1.5, 'a pain': -1.5, 'no sense': -1.2, patient: 1.2, fixed: 0.8,
    sorted: 0.8, 'got back to me': 0.8, 'copy pasted': -1.2, 'over and over': -1, 'snapped off': -1.5, snapped: -1.5,
    chemical: -0.8, chemicals: -0.8, 'sort this out': -0.8, 'sort it out': -0.8, 'logged me out': -1, 'logging me out': -1,
    'logs me out': -1, affordable: 1, reasonably: 0.8, alright: 0.3,
    comfy: 1.2, legend: 1.5, thoughtful: 1.2, faster: 0.8, quicker: 0.8, premium: 1, neat: 0.8, painless: 1.2, delicious: 1.5,
    tasty: 1.2, 'no questions asked': 1.2,
    // Broadened with the slang and defect words of e-commerce reviews (the theme dictionary's vocabulary, judged).
    'dead on arrival': -2, doa: -2, 'rip off': -2, ripoff: -2, 'falls apart': -1.5, peeling: -1, peeled: -1, frayed: -1, wobbly: -1,
    'stopped charging': -1.5, 'never received': -1.5, ghosted: -1.8, cracked: -1.2, torn: -1.2, shrank: -1, shrunk: -1, faded: -1,
    pilling: -1, bobbling: -1, overheats: -1.5, overheating: -1.5, laggy: -1.2, glitchy: -1.2, buggy: -1.2, knockoff: -1.5,
    counterfeit: -2, misleading: -1.5, 'false advertising': -1.8, unusable: -1.8, 'waste of time': -1.5, "don't bother": -1.5,
    itchy: -1, uncomfortable: -1.2, bland: -1, soggy: -1.2, mushy: -1, wilted: -1.2, 'dead pixel': -1.5, yyds: 2,
    'well made': 1.5, 'well built': 1.5, 'holding up': 1, cozy: 1.2, cosy: 1.2, yummy: 1.5, 'did the trick': 1.2, 'does the trick': 1.2,
    speedy: 1.2, prompt: 1.2, promptly: 1.2, 'above and beyond': 1.8, 'a steal': 1.5, 'bang for the buck': 1.5, 'bang for your buck': 1.5,
    // Idioms whose negator praises.
    "can't complain": 0.8, "can't fault": 1.5, "can't wait": 1, 'no complaints': 1.2,
  },
  // The apostrophe is often left out in tickets typed on a phone (hasnt, doesnt).
  negators: ['not', 'no', 'never', "n't", 'cannot', 'without', 'nor', 'hardly', 'unable', 'dont', 'doesnt', 'didnt', 'cant', 'wont',
    'wouldnt', 'couldnt', 'isnt', 'wasnt', 'hasnt', 'havent', 'arent'],
  degrees: {
    very: 1.5, really: 1.5, so: 1.5, sooo: 1.8, too: 1.5, super: 1.8, extremely: 2, absolutely: 1.8, totally: 1.5, quite: 1.2,
    pretty: 1.2, incredibly: 2, way: 1.5, 'a bit': 0.6, slightly: 0.5, 'a little': 0.6, somewhat: 0.7, 'kind of': 0.7,
    'sort of': 0.7, fairly: 0.9, most: 1.5, highly: 1.5,
  },
  contrast: ['but', 'though', 'although', 'however', 'yet', 'except'],
  // At most four words: the scan looks no further (what you pay for = you get what you pay for).
  resigned: ['what you pay for', 'is what it is', 'nothing special', 'i guess', 'not bad not great', 'write home about', 'average',
    'so so'],
};
