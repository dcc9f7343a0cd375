/** The value part of three real Reports (see fixtures/README.md), and the two languages. */
import { readFileSync } from 'node:fs';
import type { ValueReportOk } from '../../../../src/analysis/value/types';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { valueFormat, type ValueFormat } from '../../../../src/report/value/format';

export type FixtureName = 'sample-zh' | 'sample-en' | 'retail';

export function fixture(name: FixtureName): { v: ValueReportOk; currency: string } {
  const { currency, value } = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
  return { v: value as ValueReportOk, currency };
}

export const en = new I18n('en');
export const zh = new I18n('zh-CN');

export function fmtFor(i18n: I18n, currency: string): ValueFormat {
  return valueFormat(i18n.locale, currency);
}

/** A copy to change without touching the shared fixture. */
export function clone<T>(x: T): T {
  return structuredClone(x);
}

export const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
export const values = (parts: { text: string; value: boolean }[]) => parts.filter((p) => p.value).map((p) => p.text);
