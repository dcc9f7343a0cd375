// Breaks when a definition the analysis ships (src/analysis/lifecycle/definitions.ts) has no
// translated term and text for the chapters to show beside the numbers, or when a lifecycle
// message loses its Chinese translation or a {placeholder} in it.
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../../../src/analysis/lifecycle/definitions';
import { enLifecycle } from '../../../../src/i18n/en-lifecycle';
import { zhCNLifecycle } from '../../../../src/i18n/zh-CN-lifecycle';
import { DEFINITION_KEYS } from '../../../../src/report/lifecycle/text';
import { en, zh } from './fixtures';

describe('lifecycle definitions', () => {
  it('every definition of the Report is shown, in both languages', () => {
    for (const key of Object.keys(DEFINITIONS)) expect(DEFINITION_KEYS, key).toContain(key);
    for (const key of DEFINITION_KEYS) {
      for (const i18n of [en, zh]) {
        expect(i18n.t(`lifecycle.term.${key}`)).not.toBe(`lifecycle.term.${key}`);
        expect(i18n.t(`lifecycle.def.${key}`).length).toBeGreaterThan(10);
      }
    }
  });
});

describe('lifecycle catalogs', () => {
  it('same keys and placeholders in both languages, Chinese text in the Chinese catalog', () => {
    expect(Object.keys(zhCNLifecycle).sort()).toEqual(Object.keys(enLifecycle).sort());
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(enLifecycle)) {
      const zhText = zhCNLifecycle[key as keyof typeof zhCNLifecycle];
      expect(holes(zhText), key).toEqual(holes(text));
      if (/[a-z]{4}/i.test(text.replace(/\{\w+\}/g, '')) && !/^(WAU\/MAU|DAU\/MAU|#)$/.test(text)) expect(zhText, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
