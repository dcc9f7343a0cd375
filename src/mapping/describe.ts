/**
 * Sentences and labels about a dataset or column that several mapping components show. They
 * take t() so the words stay in the catalogs; nothing here builds HTML.
 */
import type { ColumnFormat } from '../analysis/types';
import type { I18n } from '../i18n/i18n.svelte';
import type { DatasetInfo } from '../../workers/protocol';
import { ENCODINGS, type TextEncodingName } from '../analysis/ingest/encoding';

const DELIMITERS = { ',': 'delimiter.comma', '\t': 'delimiter.tab', ';': 'delimiter.semicolon', '|': 'delimiter.pipe', ' ': 'delimiter.space' } as const;

export function delimiterLabel(i18n: I18n, delimiter: string): string {
  const key = DELIMITERS[delimiter as keyof typeof DELIMITERS];
  return key ? i18n.t(key) : i18n.t('delimiter.other', { char: delimiter });
}

export function encodingLabel(i18n: I18n, name: string): string {
  return isKnownEncoding(name) ? i18n.t(`encoding.${name}`) : name.toUpperCase();
}

export function isKnownEncoding(name: string): name is TextEncodingName {
  return (ENCODINGS as readonly string[]).includes(name);
}

export function formatLabel(i18n: I18n, d: DatasetInfo): string {
  const base = i18n.t(`format.${d.format}`);
  return d.compressed ? i18n.t('dataset.compressed', { format: base }) : base;
}

/** "Date · year-month-day · decided from the values", as separate parts for the type chip. */
export function formatDetails(i18n: I18n, f: ColumnFormat): string[] {
  const t = i18n.t;
  const parts: string[] = [];
  if (f.number) {
    if (f.number.currency) parts.push(t('number.currency', { symbol: f.number.currency }));
    if (f.number.thousands) parts.push(t('number.thousands', { sep: f.number.thousands === ' ' ? '␣' : f.number.thousands }));
    if (f.number.decimal === ',') parts.push(t('number.decimalComma'));
    if (f.number.percent) parts.push(t('number.percent'));
  }
  if (f.date && f.date.style !== 'text') {
    parts.push(t(`date.${f.date.style}`));
  }
  return parts;
}

/** The first non-empty value of a column in the preview, as an example next to its name. */
export function exampleValue(preview: (string | null)[][], index: number): string | null {
  for (const row of preview) {
    const v = row[index];
    if (v !== null && v !== undefined && v.trim() !== '') return v;
  }
  return null;
}
