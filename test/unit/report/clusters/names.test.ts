// Breaks when a cluster's generated name stops following its levels (R, F, M against the average
// customer), reads wrongly in English or Chinese, or loses the "average on everything" wording.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../../src/analysis/clusters/types';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { clusterName, clusterNameParts, clusterNumber } from '../../../../src/report/clusters/names';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const L = (recency: Level, frequency: Level, monetary: Level) => ({ recency, frequency, monetary });

describe('clusterNameParts', () => {
  it('picks one catalog word per dimension and level', () => {
    expect(clusterNameParts(L('high', 'low', 'mid'))).toEqual({
      recency: 'clusters.name.recency.high',
      frequency: 'clusters.name.frequency.low',
      monetary: 'clusters.name.monetary.mid',
    });
  });

  it('has no parts for a centre that is average on all three', () => {
    expect(clusterNameParts(L('mid', 'mid', 'mid'))).toBeNull();
  });
});

describe('clusterName', () => {
  it.each([
    [L('high', 'high', 'high'), 'recent, frequent, high spenders', '近期高频高额'],
    [L('low', 'low', 'low'), 'lapsed, infrequent, low spenders', '久未购低频低额'],
    [L('high', 'mid', 'mid'), 'recent, average frequency, average spend', '近期中频中额'],
    [L('mid', 'high', 'high'), 'average recency, frequent, high spenders', '中期高频高额'],
    [L('low', 'mid', 'low'), 'lapsed, average frequency, low spenders', '久未购中频低额'],
    [L('mid', 'mid', 'mid'), 'close to the average customer', '各项接近平均'],
  ])('%j', (levels, english, chinese) => {
    expect(clusterName(levels, en)).toBe(english);
    expect(clusterName(levels, zh)).toBe(chinese);
  });

  it('gives every one of the 27 level combinations a distinct name in each language', () => {
    const levels: Level[] = ['high', 'mid', 'low'];
    const all = levels.flatMap((r) => levels.flatMap((f) => levels.map((m) => L(r, f, m))));
    expect(new Set(all.map((l) => clusterName(l, en))).size).toBe(27);
    expect(new Set(all.map((l) => clusterName(l, zh))).size).toBe(27);
  });

  it('numbers clusters from 1', () => {
    expect(clusterNumber(0)).toBe(1);
  });
});
