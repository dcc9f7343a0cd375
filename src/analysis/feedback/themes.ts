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
 */
import type { ThemeDictionary } from './dictionary';
import { latinTokens, normalize, stem, withinOneEdit } from './normalize';

interface CompiledTheme {
  id: string;
  zh: string[];
  en: { stems: string[]; raw: string[] }[];
  patterns: RegExp[];
  not: string[];
}

export interface ThemeMatcher {
  ids: string[];
  match(text: string): string[];
}

const FUZZY_MIN = 6;

/** The packing is blamed for damage: what was inside broke in transit. */
const PACKING_BLAMED =
  /压扁|压坏|压变形|压烂|压瘪|瘪了|磕碰|简陋|没有?(泡沫|气泡膜|防护|缓冲|填充)|就一个塑料袋|外包装破|(箱子|盒子|纸箱)都?破|\b(crushed|dented|battered|squashed|caved in|split open)\b|\b(no|zero|without|hardly any) (padding|bubble wrap|protection)\b|\b(poorly|badly|carelessly) (packed|packaged|wrapped)\b/u;
/** Breakage a transit accident explains (the product itself is not judged). */
const BREAKAGE =
  /坏了|碎了|碎|变形|裂了|裂开|裂|破了|破洞|漏了|漏|断了|断|\b(broken|broke|break|cracked|crack|shattered|smashed|snapped|scratched|scratch|leaked|leaking|leaks|leak|dented|ripped|came off)\b/gu;

export function compileThemes(dict: ThemeDictionary): ThemeMatcher {
  const themes: CompiledTheme[] = Object.entries(dict).map(([id, rule]) => ({
    id,
    zh: rule.zh.map(normalize).filter((k) => k.length > 0),
    en: rule.en.map((k) => {
      const raw = latinTokens(normalize(k)).map((t) => t.word);
      return { raw, stems: raw.map(stem) };
    }),
    patterns: (rule.patterns ?? []).map((p) => new RegExp(p, 'iu')),
    not: (rule.not ?? []).map(normalize),
  }));
  const quality = themes.find((t) => t.id === 'quality');
  const hasPackaging = themes.some((t) => t.id === 'packaging');
  return {
    ids: themes.map((t) => t.id),
    match(text: string) {
      const norm = normalize(text);
      const found: string[] = [];
      for (const t of themes) if (matchesTheme(t, norm)) found.push(t.id);
      if (quality && hasPackaging && found.includes('quality') && found.includes('packaging') && PACKING_BLAMED.test(norm)) {
        if (!matchesTheme(quality, norm.replace(BREAKAGE, ' | '))) return found.filter((id) => id !== 'quality');
      }
      return found;
    },
  };
}

function matchesTheme(t: CompiledTheme, norm: string): boolean {
  let text = norm;
  for (const phrase of t.not) if (text.includes(phrase)) text = text.split(phrase).join(' | ');
  if (t.zh.some((k) => text.includes(k))) return true;
  if (t.patterns.some((p) => p.test(text))) return true;
  const tokens = latinTokens(text).map((x) => x.word);
  if (tokens.length === 0) return false;
  const stems = tokens.map(stem);
  return t.en.some((k) => k.stems.length > 0 && phraseAt(k, tokens, stems));
}

function phraseAt(k: { stems: string[]; raw: string[] }, tokens: string[], stems: string[]): boolean {
  const n = k.stems.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = wordMatches(k.raw[j], k.stems[j], tokens[i + j], stems[i + j]);
    if (ok) return true;
  }
  return false;
}

function wordMatches(kwRaw: string, kwStem: string, token: string, tokenStem: string): boolean {
  if (tokenStem === kwStem || token === kwRaw) return true;
  return kwRaw.length >= FUZZY_MIN && token.length >= FUZZY_MIN && withinOneEdit(token, kwRaw);
}
