/**
 * Editing the theme dictionary: pure functions on a ThemeDictionary that return a new one (the
 * report's copy is never mutated). A keyword with a Chinese character goes to the theme's
 * Chinese list (matched as a substring), any other to the English list (matched word by word on
 * stems); the matcher normalises case and width, so duplicates are compared the same way.
 * Patterns and `not` phrases are kept as they are: the editor changes keywords only.
 */
import type { ThemeDictionary, ThemeRule } from '../../analysis/feedback/dictionary';

export type KeywordLang = 'zh' | 'en';

const HAN = /\p{Script=Han}/u;
const fold = (k: string) => k.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');

export function keywordLang(keyword: string): KeywordLang {
  return HAN.test(keyword) ? 'zh' : 'en';
}

/** A keyword as it will be stored, or null when it is empty or holds no letter or character. */
export function cleanKeyword(raw: string): string | null {
  const k = raw.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return /[\p{L}\p{N}]/u.test(k) ? k : null;
}

export function hasKeyword(rule: ThemeRule, keyword: string): boolean {
  const k = fold(keyword);
  return [...rule.zh, ...rule.en].some((x) => fold(x) === k);
}

function withRule(dict: ThemeDictionary, theme: string, rule: ThemeRule): ThemeDictionary {
  return Object.fromEntries(Object.entries(dict).map(([id, r]) => [id, id === theme ? rule : r]));
}

/** Adds a keyword to a theme; unchanged (same object) when it is blank, a duplicate or the theme is unknown. */
export function addKeyword(dict: ThemeDictionary, theme: string, raw: string): ThemeDictionary {
  const rule = dict[theme];
  const k = cleanKeyword(raw);
  if (!rule || k === null || hasKeyword(rule, k)) return dict;
  const lang = keywordLang(k);
  return withRule(dict, theme, { ...rule, [lang]: [...rule[lang], k] });
}

export function removeKeyword(dict: ThemeDictionary, theme: string, lang: KeywordLang, keyword: string): ThemeDictionary {
  const rule = dict[theme];
  if (!rule || !rule[lang].includes(keyword)) return dict;
  return withRule(dict, theme, { ...rule, [lang]: rule[lang].filter((k) => k !== keyword) });
}

/** Keywords added and removed between two dictionaries, over all themes. */
export function keywordChanges(from: ThemeDictionary, to: ThemeDictionary): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const id of new Set([...Object.keys(from), ...Object.keys(to)])) {
    for (const lang of ['zh', 'en'] as const) {
      const a = new Set(from[id]?.[lang] ?? []);
      const b = new Set(to[id]?.[lang] ?? []);
      for (const k of b) if (!a.has(k)) added++;
      for (const k of a) if (!b.has(k)) removed++;
    }
  }
  return { added, removed };
}

export function sameKeywords(a: ThemeDictionary, b: ThemeDictionary): boolean {
  const c = keywordChanges(a, b);
  return c.added === 0 && c.removed === 0;
}

export function keywordCount(dict: ThemeDictionary): number {
  return Object.values(dict).reduce((n, r) => n + r.zh.length + r.en.length, 0);
}
