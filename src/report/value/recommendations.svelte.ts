/**
 * The recommended action per segment: a default text per scheme and segment in each catalog, and
 * the analyst's own wording where they changed it. One instance for the page (`recommendations`),
 * so the value chapter, the report's action plan and the exports read the same texts.
 *
 * Edits are kept per language: an analyst who rewrites the Chinese text has not written an English
 * one. They live for the visit (nothing is stored on the device).
 */
import type { SchemeId } from '../../analysis/value/names';
import type { SchemeSummary } from '../../analysis/value/types';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import type { Locale, MessageKey } from '../../i18n/types';
import { segmentName } from './segments';

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };
const KEY_SCHEME: Record<SchemeId, string> = { named: 'named', 'eight-class': 'eightClass', tiers: 'tiers' };

/** The catalog key of a segment's default text, or the generic one for a segment without one. */
export function recommendationKey(scheme: SchemeId, id: string): MessageKey {
  const key = `value.rec.${KEY_SCHEME[scheme]}.${id}`;
  return (key in en ? key : 'value.rec.fallback') as MessageKey;
}

export interface PlanItem {
  scheme: SchemeId;
  id: string;
  name: string;
  customers: number;
  share: number;
  revenue: number;
  revenueShare: number;
  text: string;
  edited: boolean;
}

export class Recommendations {
  /** `scheme|id|locale` → the analyst's text. Replaced, never mutated, so readers re-render. */
  #edits = $state.raw<Record<string, string>>({});

  defaultText(scheme: SchemeId, id: string, locale: Locale): string {
    return CATALOGS[locale][recommendationKey(scheme, id)];
  }

  /** The text in force: the analyst's edit, else the default. */
  text(scheme: SchemeId, id: string, locale: Locale): string {
    return this.#edits[slot(scheme, id, locale)] ?? this.defaultText(scheme, id, locale);
  }

  isEdited(scheme: SchemeId, id: string, locale: Locale): boolean {
    return slot(scheme, id, locale) in this.#edits;
  }

  /** Writing the default text back (or nothing but spaces) is the same as resetting. */
  set(scheme: SchemeId, id: string, locale: Locale, text: string): void {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed === this.defaultText(scheme, id, locale)) {
      this.reset(scheme, id, locale);
      return;
    }
    this.#edits = { ...this.#edits, [slot(scheme, id, locale)]: text };
  }

  /** Back to the default text, in one language or (without `locale`) in both. */
  reset(scheme: SchemeId, id: string, locale?: Locale): void {
    const drop = (k: string) => (locale ? k === slot(scheme, id, locale) : k.startsWith(`${scheme}|${id}|`));
    if (!Object.keys(this.#edits).some(drop)) return;
    this.#edits = Object.fromEntries(Object.entries(this.#edits).filter(([k]) => !drop(k)));
  }

  resetAll(): void {
    this.#edits = {};
  }

  /** Every edit, for an export that should say which texts the analyst wrote. */
  get edits(): { scheme: SchemeId; id: string; locale: Locale; text: string }[] {
    return Object.entries(this.#edits).map(([k, text]) => {
      const [scheme, id, locale] = k.split('|') as [SchemeId, string, Locale];
      return { scheme, id, locale, text };
    });
  }

  /** The action plan of a scheme: each segment with customers, what it brings, and its text. */
  plan(summary: SchemeSummary, locale: Locale, options: { includeEmpty?: boolean } = {}): PlanItem[] {
    return summary.segments
      .filter((s) => options.includeEmpty || s.customers > 0)
      .map((s) => ({
        scheme: summary.scheme,
        id: s.id,
        name: segmentName(summary.scheme, s.id, locale),
        customers: s.customers,
        share: s.share,
        revenue: s.revenue,
        revenueShare: s.revenueShare,
        text: this.text(summary.scheme, s.id, locale),
        edited: this.isEdited(summary.scheme, s.id, locale),
      }));
  }
}

function slot(scheme: SchemeId, id: string, locale: Locale): string {
  return `${scheme}|${id}|${locale}`;
}

export const recommendations = new Recommendations();
