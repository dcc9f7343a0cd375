/**
 * The language tag of a piece of text shown inside a page of the other language: Chinese keywords
 * in the English report (the funnel's step names, the feedback dictionary) are marked lang="zh-CN"
 * so screen readers pronounce them as Chinese and language checks know they are data, not UI.
 */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function langOf(text: string): 'zh-CN' | undefined {
  return HAN.test(text) ? 'zh-CN' : undefined;
}
