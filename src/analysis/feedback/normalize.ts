/**
 * Text normalisation shared by every matcher: NFKC folds full-width letters, digits and
 * punctuation to half-width (ＡＰＰ → APP, ！ → !), then lowercase. Chinese characters are
 * untouched by both.
 */
import type { Lang } from './types';

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[a-z]{2,}/g;

/** zh when Han characters outnumber Latin words (one Han character ~ one English word). */
export function detectLang(normalized: string): Lang {
  const han = normalized.match(HAN)?.length ?? 0;
  const words = normalized.match(LATIN_WORD)?.length ?? 0;
  if (han === 0 && words === 0) return 'other';
  return han >= words ? 'zh' : 'en';
}

/** English word tokens with their character offsets (apostrophes kept: don't, n't). */
export function latinTokens(normalized: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of normalized.matchAll(/[a-z][a-z'’]*/g)) {
    const word = m[0].replace(/’/g, "'").replace(/'+$/, '');
    out.push({ word, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * A light English stemmer: enough to make ship/shipped/shipping, arrive/arrives/arrived and
 * charge/charged meet, not a Porter stemmer (no dictionary, predictable).
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Damerau–Levenshtein distance at most 1 (typo tolerance for long English words). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < Math.min(la, lb) && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
