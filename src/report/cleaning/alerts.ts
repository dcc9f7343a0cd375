/**
 * Data-quality alerts as short chips: a localised label with the value that triggered the alert
 * (a share, a count or the skewness, see src/analysis/profile/alerts.ts) and a sentence saying
 * what it means, for the chip's tooltip.
 */
import type { Alert } from '../../analysis/profile/types';
import { formatInteger, formatNumber } from '../../format';
import { formatShare } from './share';
import type { I18n } from '../../i18n/i18n.svelte';

export interface AlertChip {
  code: Alert['code'];
  label: string;
  explanation: string;
  /** Warnings about the values (amber); the rest describe the column (neutral). */
  tone: 'warn' | 'info';
}

const INFO: Alert['code'][] = ['unique', 'constant', 'high-cardinality'];

export function alertChip(a: Alert, i18n: Pick<I18n, 't' | 'locale'>): AlertChip {
  const { t, locale } = i18n;
  const v = a.value ?? 0;
  const share = formatShare(locale, v);
  const count = formatInteger(locale, v);
  const label = (() => {
    switch (a.code) {
      case 'duplicates':
        return t('alert.duplicates', { count });
      case 'high-missing':
        return t('alert.high-missing', { share });
      case 'zeros':
        return t('alert.zeros', { share });
      case 'negative':
        return t('alert.negative', { count });
      case 'skewed':
        return t('alert.skewed', { value: formatNumber(locale, v, 1) });
      case 'outliers':
        return t('alert.outliers', { share });
      case 'mixed-types':
        return t('alert.mixed-types', { share });
      default:
        return t(`alert.${a.code}`);
    }
  })();
  return { code: a.code, label, explanation: t(`alertTip.${a.code}`), tone: INFO.includes(a.code) ? 'info' : 'warn' };
}
