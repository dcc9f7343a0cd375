/**
 * Shares in the cleaning chapter, always with one decimal (72.5%, 2.0%, 0.2%): the accounting is
 * exact, and rounding 1,176 of 541,909 rows to "0%" would look like nothing. A share too small
 * for one decimal is "<0.1%", never "0.0%"; one just short of all is never "100.0%".
 */
import type { Locale } from '../../i18n/types';

const formats = new Map<string, Intl.NumberFormat>();

function percent(locale: Locale): Intl.NumberFormat {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    formats.set(locale, f);
  }
  return f;
}

/** `digits` > 1 where a share is compared with a threshold it rounds to (4.97% against 5%). */
export function formatShare(locale: Locale, share: number, digits = 1): string {
  const f = digits === 1 ? percent(locale) : new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  if (share > 0 && share < 0.0005) return `<${f.format(0.001)}`;
  if (share < 1 && share >= 0.9995) return f.format(0.999);
  return f.format(share);
}
