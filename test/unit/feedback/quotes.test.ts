// Breaks when the quote picker stops preferring the theme's usual sentiment and short texts,
// repeats a quote inside another one ("Fits true to size." and "Fits true to size. Very happy."),
// or fills several themes with the same comment while other comments are left; and when a quote
// stops being the comment's own text (HTML-looking text stays as typed, for the UI to escape).
import { describe, expect, it } from 'vitest';
import { quotes, type CommentRow } from '../../../src/analysis/feedback/aggregate';

const row = (text: string, themes: string[], sentiment: CommentRow['sentiment'] = 'positive'): CommentRow => ({
  text,
  themes,
  sentiment,
  lang: 'en',
  score: 0,
  source: 'rating',
  rating: 5,
  customer: null,
  month: null,
});

describe('quotes', () => {
  it('prefers the dominant sentiment, then short texts', () => {
    const rows = [
      row('Refund took three weeks to arrive.', ['returns'], 'negative'),
      row('Easy return, refund in two days.', ['returns'], 'positive'),
      row('They refused my return outright.', ['returns'], 'negative'),
    ];
    const q = quotes(['returns'], rows, 2);
    expect(q.map((x) => x.text)).toEqual(['They refused my return outright.', 'Refund took three weeks to arrive.']);
  });

  it('skips a quote that repeats one already chosen', () => {
    const rows = [row('Fits true to size.', ['features']), row('Fits true to size. Very happy.', ['features']), row('Colour is lovely in person.', ['features'])];
    expect(quotes(['features'], rows, 3).map((x) => x.text)).toEqual(['Fits true to size.', 'Colour is lovely in person.']);
    const zh = [row('物流很快，3天就到了。', ['delivery']), row('物流很快，2天就到了。', ['delivery']), row('顺丰配送，没想到这么快。', ['delivery'])];
    expect(quotes(['delivery'], zh, 3).map((x) => x.text)).toEqual(['物流很快，3天就到了。', '顺丰配送，没想到这么快。']);
  });

  it('quotes a comment for a second theme only when nothing else is left', () => {
    const rows = [row('The app is easy to use.', ['features', 'app']), row('Search in the app works well.', ['app']), row('Battery lasts all week.', ['features'])];
    const q = quotes(['features', 'app'], rows, 1);
    expect(q.map((x) => `${x.theme}: ${x.text}`)).toEqual(['features: The app is easy to use.', 'app: Search in the app works well.']);
    const only = quotes(['features', 'app'], [rows[0]], 1);
    expect(only.map((x) => x.theme)).toEqual(['features', 'app']);
  });

  it('keeps the text as written, HTML included', () => {
    const q = quotes(['delivery'], [row('<b>Delivery</b> was really slow', ['delivery'])], 3);
    expect(q[0].text).toBe('<b>Delivery</b> was really slow');
  });
});
