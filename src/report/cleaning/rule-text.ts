/**
 * What the rules panel says about each rule: its counts in the report on screen, and a short
 * description of its settings (used for the default each rule documents).
 */
import type { CleaningOptions, Reason } from '../../analysis/clean/options';
import type { CleaningReport, TableAccounting } from '../../analysis/clean/report';
import { formatList } from './rules';
import type { RuleDef, RuleKey } from './rules';
import type { I18n } from '../../i18n/i18n.svelte';
import { formatNumber, formatPercent } from '../../format';

type Catalog = Pick<I18n, 't' | 'tn' | 'locale'>;

export interface RuleCount {
  key: string;
  text: string;
  value: number | string;
}

const sum = (tables: TableAccounting[], f: (t: TableAccounting) => number | undefined) => tables.reduce((n, t) => n + (f(t) ?? 0), 0);

export function ruleCounts(def: RuleDef, c: CleaningReport, i18n: Catalog): RuleCount[] {
  const { t, tn } = i18n;
  const tx = c.tables.filter((x) => x.matches !== null);
  const others = c.tables.filter((x) => x.matches === null);
  const o = c.options;
  switch (def.key) {
    case 'missingValues':
      return [{ key: 'columns', text: tn('cleaning.rules.columns', c.missing.length), value: c.missing.length }];
    case 'mergeVariants':
      return [{ key: 'groups', text: tn('cleaning.rules.groups', c.variants.length), value: c.variants.length }];
    case 'zombies':
      return c.zombies === null
        ? [{ key: 'none', text: t('cleaning.rules.noCustomerTable'), value: '' }]
        : [{ key: 'customers', text: tn('cleaning.rules.customers', c.zombies), value: c.zombies }];
  }
  const reason = def.reason as Reason;
  const out: RuleCount[] = [];
  if (tx.length > 0) {
    const matched = sum(tx, (x) => x.matches?.[reason]);
    const aside = sum(tx, (x) => x.setAside[reason]);
    out.push({ key: 'matches', text: tn('cleaning.rules.matches', matched), value: matched });
    if (reason === 'outlier' && o.outliers.enabled && o.outliers.action === 'flag') {
      out.push({ key: 'flagged', text: tn('cleaning.rules.flags', c.outliers.lines), value: c.outliers.lines });
    } else if (reason === 'cancellation' && o.cancellations.enabled && o.cancellations.mode === 'net') {
      out.push({ key: 'netted', text: t('cleaning.state.net'), value: 'net' });
    } else {
      out.push({ key: 'set-aside', text: tn('cleaning.rules.setsAside', aside), value: aside });
    }
  }
  const elsewhere = sum(others, (x) => x.setAside[reason]);
  if (elsewhere > 0) out.push({ key: 'other-tables', text: tn('cleaning.rules.otherTables', elsewhere), value: elsewhere });
  return out;
}

export function outlierRuleText(o: CleaningOptions['outliers'], i18n: Pick<I18n, 't' | 'locale'>): string {
  return i18n.t(`cleaning.outlierDescribe.${o.rule}`, { k: formatNumber(i18n.locale, o.k, 2) });
}

/** A rule's settings in a few words: "on, set aside, prefix C, 15 status values". */
export function describeRule(key: RuleKey, o: CleaningOptions, i18n: Catalog): string {
  const { t, tn, locale } = i18n;
  const state = (on: boolean) => t(on ? 'cleaning.rules.on' : 'cleaning.rules.off');
  const join = (parts: string[]) => parts.join(t('cleaning.describe.sep'));
  switch (key) {
    case 'cancellations': {
      const c = o.cancellations;
      const parts = [state(c.enabled), t(`cleaning.mode.${c.mode}`)];
      if (c.prefixes.length) parts.push(t('cleaning.describe.prefixes', { list: formatList(c.prefixes) }));
      parts.push(tn('cleaning.describe.statuses', c.statuses.length));
      return join(parts);
    }
    case 'testRows':
      return join([state(o.testRows.enabled), t('cleaning.describe.markers', { list: formatList(o.testRows.markers) })]);
    case 'outliers':
      return join([state(o.outliers.enabled), outlierRuleText(o.outliers, i18n), t(`cleaning.action.${o.outliers.action}`)]);
    case 'missingValues':
      return join([state(o.missingValues.enabled), t('cleaning.describe.threshold', { share: formatPercent(locale, o.missingValues.threshold) })]);
    default:
      return state(o[key] as boolean);
  }
}
