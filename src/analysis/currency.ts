/** Currency symbols and words as they appear in exports, to ISO 4217 codes. */
const CODES: Record<string, string> = {
  '¥': 'CNY',
  '￥': 'CNY',
  元: 'CNY',
  RMB: 'CNY',
  CNY: 'CNY',
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  R$: 'BRL',
  BRL: 'BRL',
  HK$: 'HKD',
  HKD: 'HKD',
  JPY: 'JPY',
};

export function currencyOf(symbol: string): string | null {
  const s = symbol.trim();
  return CODES[s] ?? CODES[s.toUpperCase()] ?? null;
}
