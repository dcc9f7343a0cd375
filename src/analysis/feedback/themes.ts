/**
 * Theme matching. Chinese keywords match as substrings (Chinese has no spaces, and a keyword such
 * as 物流 is a word wherever it appears); English keywords match on word stems, so "shipped"
 * finds "ship" but "relationship" does not, and a word of six letters or more also matches with
 * one typo ("delivry"). Every comment is matched against both languages: mixed comments
 * ("客服说 refund 要 3-5 天") are common.
 *
 * One rule links two built-in themes: LABELLING.md counts damage in transit blamed on the packing
 * as packaging, not quality. So when the packing is blamed (crushed box, no padding, 压扁, 简陋) and
 * quality was found only through breakage words (broken, cracked, leaked, 碎了, 变形), quality is
 * dropped; a quality word of its own (flimsy, 做工) keeps it. Dictionaries without both ids skip it.
 *
 * A second rule keeps praise of the app out of features: LABELLING.md counts the app's ease of use,
 * looks and design as app ("小程序很好用，界面简洁", "the website is easy to navigate and search works
 * well"), while 好用 / 好看 / easy to use say features of a product. So when app matched, features is
 * kept only if it still matches with the sentences naming the app left out (a sentence ends at . ! ?
 * 。！？; or at a contrast: but, 但是, 不过 — "the app is fine but the blender is loud" keeps both).
 * Recommendations are features even when the app makes them (LABELLING.md), so they always keep it.
 * The same holds, clause by clause (a comma ends one too), for the packing: 礼盒好看, "the box is too
 * small" judge the packaging, not the product.
 *
 * A third rule follows the guide's "the pickup of a return is returns": when returns matched, delivery is
 * kept only if it still matches outside the sentences about sending the return back (寄回, 退货单号,
 * "sent the boots back… UPS shows they reached your warehouse").
 */
import type { ThemeDictionary } from './dictionary';
import { latinTokens, normalize, stem, withinOneEdit } from './normalize';

interface Keyword {
  stems: string[];
  raw: string[];
}

interface CompiledTheme {
  id: string;
  /** Chinese keywords (substrings) holding a Han character, and the rare ones that hold none. */
  zh: string[];
  zhOther: string[];
  /** English keywords by the stem and by the raw form of their first word: a token looks up only its candidates. */
  byFirst: Map<string, Keyword[]>;
  /**
   * Keywords whose first word is long enough for a typo, by that word and each of its one-letter
   * deletions: two words within one edit share one of these, so a token's own deletions find every
   * candidate (each then checked exactly), instead of comparing every token with every keyword.
   */
  byTypo: Map<string, Keyword[]>;
  patterns: RegExp[];
  /** `not` phrases holding a Han character, and the others: a text without Han skips the first lists. */
  not: string[];
  notOther: string[];
}

/** A text's English tokens, stems and (for long tokens) one-letter deletions, computed once per text. */
interface Tokens {
  /** Whether the text holds a Han character: without one, no Chinese keyword or phrase can occur. */
  han: boolean;
  words: string[];
  stems: string[];
  deletions: string[][];
}

export interface ThemeMatcher {
  ids: string[];
  match(text: string): string[];
}

const FUZZY_MIN = 6;

/** The packing is blamed for damage: what was inside broke in transit. */
const PACKING_BLAMED =
  /压扁|压坏|压变形|压烂|压瘪|瘪了|磕碰|简陋|没有?(泡沫|气泡膜|防护|缓冲|填充)|(连个?|一点)(泡沫|气泡膜|防护|缓冲|填充)|(泡沫|气泡膜|防护|缓冲|填充)(都|也)?没(有)?|包装(太|很|也太|真|非常|有点)?(随意|随便|敷衍|简单|差|烂)|(就|只)(套|装|用|包)?了?(一)?个塑料袋|外包装破|(箱子|盒子|纸箱)都?破|\b(crushed|dented|battered|squashed|caved in|split open)\b|\b(no|zero|without|hardly any) (padding|bubble wrap|protection)\b|\b(poorly|badly|carelessly) (packed|packaged|wrapped)\b/u;
/** Where one statement ends: sentence punctuation, or a contrast that turns to another subject. */
const STATEMENT_END = /[。.!?！？;；\n]|\bbut\b|\bhowever\b|\bwhereas\b|但是|不过|可是|然而|就是/u;
const STATEMENTS = new RegExp(STATEMENT_END.source, 'gu');
const CLAUSES = new RegExp(`[,，、]|${STATEMENT_END.source}`, 'gu');
/** Sending a return back: its courier and tracking number are the return's (LABELLING.md). */
const RETURN_SHIPMENT =
  /寄回|退回去|退货寄|退货单号|寄回单号|\b(sent|shipped|posted|mailed|dropped off|send|ship|post|mail)\b.{0,25}\bback\b|\breturn (label|parcel|package|shipment)\b|\bdropped (it|them|the \w+) (off )?at\b|\bprint(ed)? the (return )?label\b|\byour warehouse\b|\bwarehouse received\b/u;
/** The shop's or app's recommendations are features wherever they appear (LABELLING.md). */
const RECOMMENDS = /推荐|给我推|推送|猜你喜欢|\brecommend|\bsuggest/u;
/** Breakage a transit accident explains (the product itself is not judged). */
const BREAKAGE =
  /坏了|碎了|碎|变形|裂了|裂开|裂|破了|破洞|漏了|漏|断了|断|\b(broken|broke|break|cracked|crack|shattered|smashed|snapped|scratched|scratch|leaked|leaking|leaks|leak|dented|ripped|came off)\b/gu;

export function compileThemes(dict: ThemeDictionary): ThemeMatcher {
  const themes: CompiledTheme[] = Object.entries(dict).map(([id, rule]) => ({
    id,
    ...byHan('zh', 'zhOther', rule.zh.map(normalize).filter((k) => k.length > 0)),
    ...indexEnglish(rule.en),
    patterns: (rule.patterns ?? []).map(compilePattern),
    ...byHan('not', 'notOther', (rule.not ?? []).map(normalize)),
  }));
  const quality = themes.find((t) => t.id === 'quality');
  const hasPackaging = themes.some((t) => t.id === 'packaging');
  const features = themes.find((t) => t.id === 'features');
  const app = themes.find((t) => t.id === 'app');
  const packaging = themes.find((t) => t.id === 'packaging');
  const delivery = themes.find((t) => t.id === 'delivery');
  const returns = themes.find((t) => t.id === 'returns');
  return {
    ids: themes.map((t) => t.id),
    match(text: string) {
      const norm = normalize(text);
      const tokens = tokensOf(norm);
      let found: string[] = [];
      for (const t of themes) if (matchesTheme(t, norm, tokens)) found.push(t.id);
      const has = (t: CompiledTheme | undefined): t is CompiledTheme => t !== undefined && found.includes(t.id);
      /** Drops `t` when it matches only in the parts (split by `by`) that `about` claims. */
      const onlyWithin = (t: CompiledTheme, by: RegExp, about: (part: string) => boolean) => {
        const rest = norm.split(by).filter((part) => !about(part)).join(' | ');
        if (!matchesTheme(t, rest)) found = found.filter((id) => id !== t.id);
      };
      if (has(features) && !RECOMMENDS.test(norm)) {
        if (has(app)) onlyWithin(features, STATEMENTS, (part) => matchesTheme(app, part));
        if (has(features) && has(packaging)) onlyWithin(features, CLAUSES, (part) => matchesTheme(packaging, part));
      }
      if (has(delivery) && has(returns) && RETURN_SHIPMENT.test(norm)) onlyWithin(delivery, STATEMENTS, (part) => RETURN_SHIPMENT.test(part));
      if (quality && hasPackaging && found.includes('quality') && found.includes('packaging') && PACKING_BLAMED.test(norm)) {
        if (!matchesTheme(quality, norm.replace(BREAKAGE, ' | '))) return found.filter((id) => id !== 'quality');
      }
      return found;
    },
  };
}

/** A Han character: Chinese keywords and phrases are skipped on texts without one. */
const HAN = /\p{Script=Han}/u;

function byHan<A extends string, B extends string>(han: A, other: B, keys: string[]): Record<A | B, string[]> {
  return { [han]: keys.filter((k) => HAN.test(k)), [other]: keys.filter((k) => !HAN.test(k)) } as Record<A | B, string[]>;
}

/**
 * Patterns are tested case-insensitively on the normalised (already lowercased) text. V8 runs a
 * regex with the `i` and `u` flags together several times slower than with `u` alone, so `i` is
 * added only when the pattern holds an upper-case letter outside an escape (a `[A-Z]` class, a
 * user's "Wednesday"); on lowercased text the results are the same.
 */
function compilePattern(source: string): RegExp {
  const literal = source.replace(/\\[pP]\{[^}]*\}|\\./g, '');
  return new RegExp(source, /[A-Z]/.test(literal) ? 'iu' : 'u');
}

function indexEnglish(keys: string[]): Pick<CompiledTheme, 'byFirst' | 'byTypo'> {
  const byFirst = new Map<string, Keyword[]>();
  const byTypo = new Map<string, Keyword[]>();
  const add = (map: Map<string, Keyword[]>, key: string, k: Keyword) => {
    const list = map.get(key);
    if (!list) map.set(key, [k]);
    else if (!list.includes(k)) list.push(k);
  };
  for (const key of keys) {
    const raw = latinTokens(normalize(key)).map((t) => t.word);
    if (raw.length === 0) continue;
    const k: Keyword = { raw, stems: raw.map(stem) };
    add(byFirst, k.stems[0], k);
    add(byFirst, k.raw[0], k);
    if (k.raw[0].length >= FUZZY_MIN) for (const d of [k.raw[0], ...deletions(k.raw[0])]) add(byTypo, d, k);
  }
  return { byFirst, byTypo };
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function tokensOf(text: string): Tokens {
  const words = latinTokens(text).map((x) => x.word);
  return { han: HAN.test(text), words, stems: words.map(stem), deletions: words.map((w) => (w.length >= FUZZY_MIN ? [w, ...deletions(w)] : [])) };
}

function matchesTheme(t: CompiledTheme, norm: string, normTokens?: Tokens): boolean {
  const han = normTokens ? normTokens.han : HAN.test(norm);
  let text = norm;
  for (const phrase of t.notOther) if (text.includes(phrase)) text = text.split(phrase).join(' | ');
  if (han) for (const phrase of t.not) if (text.includes(phrase)) text = text.split(phrase).join(' | ');
  if (han && t.zh.some((k) => text.includes(k))) return true;
  if (t.zhOther.some((k) => text.includes(k))) return true;
  if (t.patterns.some((p) => p.test(text))) return true;
  const tk = normTokens && text === norm ? normTokens : tokensOf(text);
  for (let i = 0; i < tk.words.length; i++) {
    for (const k of t.byFirst.get(tk.stems[i]) ?? []) if (phraseFrom(k, tk, i)) return true;
    if (tk.words[i] !== tk.stems[i]) for (const k of t.byFirst.get(tk.words[i]) ?? []) if (phraseFrom(k, tk, i)) return true;
    for (const d of tk.deletions[i]) for (const k of t.byTypo.get(d) ?? []) if (phraseFrom(k, tk, i)) return true;
  }
  return false;
}

/** Whether keyword `k` (a word or a phrase) matches the tokens starting at `i`. */
function phraseFrom(k: Keyword, tk: Tokens, i: number): boolean {
  const n = k.stems.length;
  if (i + n > tk.words.length) return false;
  for (let j = 0; j < n; j++) if (!wordMatches(k.raw[j], k.stems[j], tk.words[i + j], tk.stems[i + j])) return false;
  return true;
}

function wordMatches(kwRaw: string, kwStem: string, token: string, tokenStem: string): boolean {
  if (tokenStem === kwStem || token === kwRaw) return true;
  return kwRaw.length >= FUZZY_MIN && token.length >= FUZZY_MIN && withinOneEdit(token, kwRaw);
}
