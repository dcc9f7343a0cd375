// Breaks when the channel chapter's finding names the wrong channel as most valuable (a channel
// with too few customers, or "no channel"), misstates revenue per customer, retention or 30-day
// conversion against the averages, drops the sentence on the largest channel, or reads wrongly in
// either language; also when a retention that cannot be measured yet is put in a sentence.
import { describe, expect, it } from 'vitest';
import { bestChannel, channelFindingParts, conversionRange } from '../../../../src/report/lifecycle/channel-findings';
import { copy, en, SAMPLE_CHANNELS, text, values, zh } from './fixtures';

describe('channel finding on the sample data', () => {
  it('English', () => {
    expect(text(channelFindingParts(SAMPLE_CHANNELS, 'month', en, 'GBP'))).toBe(
      'Referral brings the most valuable customers: £217.45 per customer against £129.90 on average, and 36% still buy after 6 months (average 22%). ' +
        'Paid social brings the most customers (24%), with £102.58 per customer and 13% still buying after 6 months: weak. ' +
        'Within 30 days of signup, 60% of registered customers made a first purchase, from 53% (Referral) to 66% (Offline store).',
    );
  });

  it('Chinese', () => {
    expect(text(channelFindingParts(SAMPLE_CHANNELS, 'month', zh, 'CNY'))).toBe(
      'Referral带来的客户价值最高：人均收入 ¥217.45（平均 ¥129.90），6 个月后仍在购买的比例为 36%（平均 22%）。' +
        'Paid social带来的客户最多（24%），人均收入 ¥102.58，6 个月后仍在购买的比例为 13%，评价为“较弱”。' +
        '注册后 30 天内完成首购的比例平均为 60%，最低为Referral的 53%，最高为Offline store的 66%。',
    );
  });

  it('emphasises numbers; channel names and verdicts are plain text', () => {
    expect(values(channelFindingParts(SAMPLE_CHANNELS, 'month', en, 'GBP'))).toEqual(['£217.45', '£129.90', '36%', '22%', '24%', '£102.58', '13%', '60%', '53%', '66%']);
  });

  it('weekly cohorts measure retention after 26 weeks', () => {
    const r = copy(SAMPLE_CHANNELS);
    r.rule.horizon = 26;
    expect(text(channelFindingParts(r, 'week', en, 'GBP'))).toContain('still buy after 26 weeks');
  });
});

describe('which channel is named', () => {
  it('never a channel with too few customers for a verdict, nor customers without a channel', () => {
    const r = copy(SAMPLE_CHANNELS);
    r.channels.push({ ...r.channels[0], channel: 'Tiny', customers: 3, revenuePerCustomer: 9999, verdict: 'too-few' });
    r.channels.push({ ...r.channels[0], channel: null, customers: 300, revenuePerCustomer: 8888, verdict: 'high-value' });
    expect(bestChannel(r)?.channel).toBe('Referral');
  });

  it('a high-value channel before one that only spends more', () => {
    const r = copy(SAMPLE_CHANNELS);
    const social = r.channels.find((c) => c.channel === 'Paid social')!;
    social.revenuePerCustomer = 500;
    social.verdict = 'promising';
    expect(bestChannel(r)?.channel).toBe('Referral');
    r.channels.forEach((c) => c.verdict === 'high-value' && (c.verdict = 'promising'));
    expect(bestChannel(r)?.channel).toBe('Paid social');
  });

  it('without a measurable retention the sentence leaves it out', () => {
    const r = copy(SAMPLE_CHANNELS);
    r.channels.forEach((c) => (c.retentionLong = null));
    r.average.retentionLong = null;
    const s = text(channelFindingParts(r, 'month', en, 'GBP'));
    expect(s).toContain('Referral brings the most valuable customers: £217.45 per customer against £129.90 on average.');
    expect(s).toContain('Paid social brings the most customers (24%), with £102.58 per customer: weak.');
    expect(s).not.toContain('still');
  });

  it('no conversion sentence without signup dates', () => {
    const r = copy(SAMPLE_CHANNELS);
    r.channels.forEach((c) => Object.assign(c, { registered: null, converted30: null, conversion30: null }));
    r.average.conversion30 = null;
    expect(conversionRange(r)).toBeNull();
    expect(text(channelFindingParts(r, 'month', en, 'GBP'))).not.toContain('30 days');
  });

  it('the largest channel is not repeated when it is also the most valuable', () => {
    const r = copy(SAMPLE_CHANNELS);
    r.channels.find((c) => c.channel === 'Referral')!.customers = 5000;
    expect(text(channelFindingParts(r, 'month', en, 'GBP'))).not.toContain('brings the most customers');
  });
});
