// Breaks when a theme, segment, tier or churn band is shown by its raw id instead of its name,
// when groups lose their meaningful order (best segment first, high risk first), or when month
// labels stop following the report's language.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { THEME_IDS } from '../../../../src/analysis/feedback/types';
import { monthLabel, shortMonthLabel } from '../../../../src/report/feedback/month-label';
import { groupName, linkKind, sortGroups, themeName } from '../../../../src/report/feedback/names';

const en = new I18n('en');
const zh = new I18n('zh-CN');

describe('names', () => {
  it('names every built-in theme in both languages, a custom one by its id', () => {
    for (const id of THEME_IDS) {
      expect(themeName(id, en)).not.toBe(id);
      expect(themeName(id, zh)).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(themeName('stock', en)).toBe('stock');
  });

  it.each([
    [{ table: 'customer_results', column: 'named_segment' }, 'segment'],
    [{ table: 'customer_results', column: 'tier' }, 'tier'],
    [{ table: 'customer_clv', column: 'risk_band' }, 'band'],
    [{ table: 'customer_churn', column: 'churn_band' }, 'band'],
    [{ table: 'x', column: 'y' }, null],
  ] as const)('%j is a %s link', (link, kind) => {
    expect(linkKind(link)).toBe(kind);
  });

  it('names groups from the shared segment names and the band catalog', () => {
    expect(groupName('segment', 'cant_lose_them', en)).toBe("Can't Lose Them");
    expect(groupName('segment', 'cant_lose_them', zh)).toBe('不能失去的客户');
    expect(groupName('tier', 'churn_risk', zh)).toBe('流失风险客户');
    expect(groupName('band', 'high', en)).toBe('High risk');
    expect(groupName('band', 'weird', en)).toBe('weird');
  });

  it('orders groups by meaning, unknown ones last', () => {
    const ids = (kind: 'segment' | 'band', gs: string[]) => sortGroups(kind, gs.map((group) => ({ group }))).map((g) => g.group);
    expect(ids('band', ['low', 'high', 'medium'])).toEqual(['high', 'medium', 'low']);
    expect(ids('segment', ['lost', 'zzz', 'others', 'champions', 'at_risk'])).toEqual(['champions', 'at_risk', 'lost', 'others', 'zzz']);
  });

  it('labels months in the report language', () => {
    expect(monthLabel('en', '2024-03')).toBe('Mar 2024');
    expect(monthLabel('zh-CN', '2024-03')).toBe('2024年3月');
    expect(shortMonthLabel('en', '2024-03')).toBe('Mar 24');
    expect(shortMonthLabel('zh-CN', '2024-03')).toBe('24年3月');
    expect(monthLabel('en', 'unknown')).toBe('unknown');
  });
});
