// Breaks when editing the theme dictionary mutates the report's copy, files a keyword under the
// wrong language, accepts a duplicate (in another case or width) or a blank, loses a theme's
// patterns, or miscounts the changes the apply button announces.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES, type ThemeDictionary } from '../../../../src/analysis/feedback/dictionary';
import { compileThemes } from '../../../../src/analysis/feedback/themes';
import {
  addKeyword,
  cleanKeyword,
  keywordChanges,
  keywordCount,
  keywordLang,
  removeKeyword,
  sameKeywords,
} from '../../../../src/report/feedback/dictionary-edit';

const DICT: ThemeDictionary = Object.freeze({
  delivery: Object.freeze({ zh: ['物流'], en: ['delivery'], patterns: ['here by'] }),
  app: Object.freeze({ zh: ['闪退'], en: ['app'] }),
}) as ThemeDictionary;

describe('keywords', () => {
  it.each([
    ['快递', 'zh'],
    ['ship', 'en'],
    ['App 闪退', 'zh'],
    ['next-day', 'en'],
  ] as const)('%s is filed under %s', (k, lang) => {
    expect(keywordLang(k)).toBe(lang);
  });

  it.each([
    ['  slow   courier ', 'slow courier'],
    ['ＡＰＰ', 'APP'],
    ['   ', null],
    ['!!!', null],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanKeyword(raw)).toBe(clean);
  });
});

describe('editing', () => {
  it('adds to the right list without touching the original or the patterns', () => {
    const next = addKeyword(DICT, 'delivery', '快递');
    expect(next.delivery).toEqual({ zh: ['物流', '快递'], en: ['delivery'], patterns: ['here by'] });
    expect(DICT.delivery.zh).toEqual(['物流']);
    expect(next.app).toBe(DICT.app);
    expect(addKeyword(DICT, 'delivery', 'courier').delivery.en).toEqual(['delivery', 'courier']);
  });

  it('ignores blanks, duplicates in any case or width, and unknown themes', () => {
    expect(addKeyword(DICT, 'delivery', '  ')).toBe(DICT);
    expect(addKeyword(DICT, 'delivery', 'DELIVERY')).toBe(DICT);
    expect(addKeyword(DICT, 'app', 'ａｐｐ')).toBe(DICT);
    expect(addKeyword(DICT, 'nope', 'x')).toBe(DICT);
  });

  it('removes from one language list', () => {
    expect(removeKeyword(DICT, 'app', 'en', 'app').app).toEqual({ zh: ['闪退'], en: [] });
    expect(removeKeyword(DICT, 'app', 'zh', 'app')).toBe(DICT);
  });

  it('counts changes and recognises the same keywords', () => {
    const next = removeKeyword(addKeyword(addKeyword(DICT, 'app', '卡顿'), 'delivery', 'courier'), 'app', 'en', 'app');
    expect(keywordChanges(DICT, next)).toEqual({ added: 2, removed: 1 });
    expect(sameKeywords(DICT, next)).toBe(false);
    expect(sameKeywords(DICT, removeKeyword(addKeyword(DICT, 'app', 'x'), 'app', 'en', 'x'))).toBe(true);
    expect(keywordCount(DICT)).toBe(4);
  });

  it('an added keyword changes what the matcher finds', () => {
    const text = 'The parcel came with a dented lid';
    expect(compileThemes(DEFAULT_THEMES).match(text)).not.toContain('quality');
    expect(compileThemes(addKeyword(DEFAULT_THEMES, 'quality', 'lid')).match(text)).toContain('quality');
  });
});
