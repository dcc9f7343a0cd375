/**
 * The high-value customers most at risk as a CSV for the CRM: the Report's list (top 50 by value
 * at risk), headers in the reader's language, numbers unformatted so a spreadsheet can sum them.
 * toCsv adds the BOM and neutralises cells a spreadsheet would run as formulas (an id "=1+1").
 */
import type { AtRiskCustomer } from '../../analysis/clv/types';
import { toCsv } from '../../analysis/export/csv';
import type { I18n } from '../../i18n/i18n.svelte';
import { bandLabel } from './labels';

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

export function atRiskCsv(rows: readonly AtRiskCustomer[], i18n: I18n): string {
  const { t } = i18n;
  const header = [
    t('clv.atRisk.col.customer'),
    t('clv.atRisk.col.band'),
    t('clv.atRisk.col.pAlive'),
    t('clv.atRisk.col.daysSinceLast'),
    t('clv.atRisk.col.revenue'),
    t('clv.atRisk.col.clv'),
    t('clv.atRisk.col.valueAtRisk'),
  ];
  return toCsv(
    header,
    rows.map((r) => [r.customerId, bandLabel(r.band, i18n), round(r.pAlive, 4), r.daysSinceLast, round(r.revenue, 2), round(r.clv, 2), round(r.valueAtRisk, 2)]),
  );
}

export function atRiskFileName(i18n: I18n): string {
  return `${i18n.t('clv.atRisk.fileName')}.csv`;
}
