/**
 * Lexicon polarity with negation and degree. A comment is scanned as a sequence of lexicon hits
 * (longest match first, so 不错 is a word, not 不 + 错); punctuation ends a clause.
 *
 * - A negator flips the next sentiment word in its clause when at most NEGATION_GAP other
 *   characters (zh) or words (en) stand between them; a flipped word counts -0.8x (不好 is less
 *   negative than 差, 不贵 less positive than 便宜) and ignores intensifiers (不太好 = "not very good").
 * - A degree word multiplies the next sentiment word in its clause when it stands close enough
 *   (DEGREE_REACH): "so" opening a sentence ("So the code doesn't work?") is not an intensifier.
 * - Words after a contrast (但是, but) count 2x (CONCLUSION): praise then a complaint the writer
 *   ends on is negative (LABELLING.md). A softened complaint there (就是物流有点慢, but a bit slow)
 *   is a reservation and counts 0.5x (RESERVATION): the guide keeps such praise positive.
 * - A failure negator (can't, won't, doesn't, never…) that negates no sentiment word states a failure
 *   ("wouldn't print", "can't log in") and counts FAILURE: tickets say what does not work
 *   without a single opinion word.
 * - Excess: 太 + a neutral word + 了 (太甜了, 太大了) and too + a neutral word (too small, too
 *   much plastic) count EXCESS: "too" is a complaint whatever the adjective.
 * - Resigned verdicts (也就这样, 没有惊喜, you get what you pay for) damp the whole comment
 *   (RESIGNED): LABELLING.md counts them neutral, whatever the complaint or praise around them.
 * - A comment that is a single question ("是不是丢件了？", "does this come with a charger?") is
 *   damped (QUESTION): it asks rather than judges, and the guide counts questions neutral.
 * Chinese and English are both scanned on every comment, so mixed comments score on both halves.
 *
 * `isNote` recognises the texts the rating must not overrule: sizing advice with no opinion word
 * ("runs small, order a size up") and a bare acknowledgement ("收到了", "received, thanks"); the
 * guide labels them neutral even when they come with 4 or 5 stars.
 */
import { EN_LEXICON, ZH_LEXICON, type Lexicon } from './lexicon';
import { latinTokens, normalize } from './normalize';
import type { Sentiment } from './types';

export const NEGATION_GAP = { zh: 2, en: 3 } as const;
const NEGATED = -0.8;
const CONCLUSION = 2;
/** A softened complaint after a contrast (就是…有点慢, but a bit slow) is a reservation, not the conclusion. */
const RESERVATION = 0.5;
const FAILURE = -0.8;
const EXCESS = -0.8;
/** Characters (zh) / words (en) from a degree word's start to the word it scales. */
export const DEGREE_REACH = { zh: 4, en: 3 } as const;
const RESIGNED = 0.3;
const QUESTION = 0.25;
/** Negators that, with a plain verb after them, report something not working. */
const FAILURE_NEGATORS = new Set(["can't", 'cannot', "couldn't", "won't", "wouldn't", "doesn't", "didn't", 'unable', 'cant', 'couldnt', 'wont', 'wouldnt', 'doesnt', 'didnt', 'never']);
/** After "too", these start another clause ("fast delivery too and…"), not an excess. */
const NOT_EXCESS = new Set(['and', 'or', 'but', 'so', 'as', 'i', 'it', 'we', 'they', 'you', 'the', 'a', 'which', 'since', 'thanks', 'thx', 'lol']);
const HAN_RUN = /^(\p{Script=Han}{1,2})了/u;

type Hit =
  | { kind: 'word'; value: number; at: number }
  | { kind: 'negator'; at: number; failure?: boolean }
  | { kind: 'degree'; value: number; at: number }
  | { kind: 'contrast'; at: number }
  | { kind: 'resigned'; at: number }
  | { kind: 'boundary'; at: number };

const BOUNDARY = /[.,!?;:。，！？；：、\n…~]/;

interface Table {
  keys: Map<string, Hit['kind']>;
  lex: Lexicon;
  maxLen: number;
  /** First characters of the keys: a key can only start where one of them stands. */
  starts: Set<string>;
}

function table(lex: Lexicon): Table {
  const keys = new Map<string, Hit['kind']>();
  for (const k of lex.contrast) keys.set(k, 'contrast');
  for (const k of Object.keys(lex.degrees)) keys.set(k, 'degree');
  for (const k of lex.negators) keys.set(k, 'negator');
  for (const k of Object.keys(lex.words)) keys.set(k, 'word');
  for (const k of lex.resigned) keys.set(k, 'resigned');
  const chars = [...keys.keys()].map((k) => [...k]);
  return { keys, lex, maxLen: Math.max(...chars.map((c) => c.length)), starts: new Set(chars.map((c) => c[0])) };
}

const ZH = table(ZH_LEXICON);
const EN = table(EN_LEXICON);

function hit(t: Table, key: string, at: number): Hit {
  const kind = t.keys.get(key)!;
  if (kind === 'word') return { kind, value: t.lex.words[key], at };
  if (kind === 'degree') return { kind, value: t.lex.degrees[key], at };
  return { kind, at } as Hit;
}

/** Chinese (and emoji) hits by a longest-match character scan; `at` counts characters. */
function zhHits(text: string): Hit[] {
  const chars = [...text];
  const hits: Hit[] = [];
  for (let i = 0; i < chars.length; ) {
    if (BOUNDARY.test(chars[i])) {
      hits.push({ kind: 'boundary', at: i++ });
      continue;
    }
    const excess = chars[i] === '太' ? zhExcess(chars.slice(i + 1, i + 4).join('')) : 0;
    if (excess) {
      hits.push({ kind: 'word', value: EXCESS, at: i });
      i += 1 + excess;
      continue;
    }
    // Every comment is scanned for both languages; most characters of an English one start no
    // Chinese key, and trying each length there (a string built per try) was most of the cost.
    if (!ZH.starts.has(chars[i])) {
      i++;
      continue;
    }
    let found = 0;
    for (let len = Math.min(ZH.maxLen, chars.length - i); len > 0; len--) {
      const key = chars.slice(i, i + len).join('');
      if (ZH.keys.has(key)) {
        // A negator's position is its last character, so 一点都不 reaches as far as 不 does.
        hits.push(hit(ZH, key, ZH.keys.get(key) === 'negator' ? i + len - 1 : i));
        found = len;
        break;
      }
    }
    i += found || 1;
  }
  return hits;
}

/** Characters after 太 that make an excess (太甜了: 2), or 0 when they hold a sentiment word (太好了). */
function zhExcess(next: string): number {
  const m = HAN_RUN.exec(next);
  if (!m) return 0;
  const run = m[1];
  for (let a = 0; a < run.length; a++) for (let b = a + 1; b <= run.length; b++) if (ZH.keys.has(run.slice(a, b))) return 0;
  return run.length + 1;
}

/** English hits over word tokens; `at` counts words. */
function enHits(text: string): Hit[] {
  const tokens = latinTokens(text);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (i > 0 && BOUNDARY.test(text.slice(tokens[i - 1].end, tokens[i].start))) hits.push({ kind: 'boundary', at: i });
    const next = tokens[i + 1];
    if (tokens[i].word === 'too' && next && !EN.keys.has(next.word) && !NOT_EXCESS.has(next.word) && !BOUNDARY.test(text.slice(tokens[i].end, next.start))) {
      hits.push({ kind: 'word', value: EXCESS, at: i });
      i += 2;
      continue;
    }
    let found = 0;
    for (let len = Math.min(4, tokens.length - i); len > 0; len--) {
      const key = tokens
        .slice(i, i + len)
        .map((t) => t.word)
        .join(' ');
      if (EN.keys.has(key)) {
        const h = hit(EN, key, i);
        hits.push(h.kind === 'negator' && FAILURE_NEGATORS.has(key) ? { ...h, failure: true } : h);
        found = len;
        break;
      }
    }
    if (!found && tokens[i].word.endsWith("n't")) hits.push({ kind: 'negator', at: i, failure: FAILURE_NEGATORS.has(tokens[i].word) });
    i += found || 1;
  }
  return hits;
}

function score(hits: Hit[], gap: number, reach: number): { total: number; resigned: boolean } {
  let total = 0;
  let resigned = false;
  let negatorAt = -Infinity;
  let degree = 1;
  let degreeAt = -Infinity;
  let weight = 1;
  // A failure negator still waiting for a sentiment word to flip; counted as a failure if none comes.
  let failureAt = -Infinity;
  const settleFailure = (at: number) => {
    if (failureAt > -Infinity && at - failureAt > gap + 3) {
      total += weight * FAILURE;
      failureAt = -Infinity;
    }
  };
  for (const h of hits) {
    settleFailure(h.kind === 'boundary' || h.kind === 'contrast' ? Infinity : h.at);
    switch (h.kind) {
      case 'boundary':
        negatorAt = -Infinity;
        degree = 1;
        break;
      case 'contrast':
        negatorAt = -Infinity;
        degree = 1;
        weight = CONCLUSION;
        break;
      case 'negator':
        negatorAt = h.at;
        if (h.failure) failureAt = h.at;
        break;
      case 'degree':
        degree *= h.value;
        degreeAt = h.at;
        break;
      case 'resigned':
        // A verdict of its own: it takes the place of a word, so 没有惊喜 negates nothing.
        resigned = true;
        negatorAt = -Infinity;
        degree = 1;
        break;
      case 'word': {
        if (h.at - degreeAt > reach) degree = 1;
        const negated = h.at - negatorAt <= gap + 1 + (degree !== 1 ? 2 : 0);
        const reservation = weight === CONCLUSION && !negated && degree < 1 && h.value < 0;
        total += (reservation ? RESERVATION : weight) * (negated ? NEGATED * h.value : degree * h.value);
        if (negated) failureAt = -Infinity;
        negatorAt = -Infinity;
        degree = 1;
        break;
      }
    }
  }
  settleFailure(Infinity);
  return { total, resigned };
}

const SENTENCE_END = /[.!?。！？\n]+/;

/** One sentence, ending in a question mark (NFKC folds ？ to ?). */
function singleQuestion(norm: string): boolean {
  const t = norm.trim();
  return t.endsWith('?') && t.split(SENTENCE_END).filter((x) => x.trim() !== '').length === 1;
}

/** Raw polarity: the weighted sum of hits (unbounded), damped for resigned verdicts and questions. */
export function rawPolarity(text: string): number {
  const norm = normalize(text);
  const zh = score(zhHits(norm), NEGATION_GAP.zh, DEGREE_REACH.zh);
  const en = score(enHits(norm), NEGATION_GAP.en, DEGREE_REACH.en);
  let raw = zh.total + en.total;
  if (zh.resigned || en.resigned) raw *= RESIGNED;
  if (singleQuestion(norm)) raw *= QUESTION;
  return raw;
}

/** Sizing advice ("建议拍大一码", "order a size up", "go half a size up"). */
const ADVICE = /建议|拍大|拍小|买大|买小|\bsize (up|down)\b|\b(a|half a|one) size (up|down|bigger|smaller)\b|\bsizing (up|down)\b|\bi'?d suggest\b|\b(i|would) suggest\b/u;
/** A bare acknowledgement of receipt, optionally with thanks. */
const ACK = /^(已|已经)?收到(了|啦)?[\s,.!~，。！]*(谢谢|谢啦|thx|thanks)?[\s,.!~，。！]*$|^(received|recieved|recived|got it|arrived)[\s,.!~]*(thanks|thank you|thx|ty|cheers)?[\s,.!~]*$/u;

/** Texts the guide labels neutral whatever the rating: sizing advice without an opinion word, a bare receipt. */
export function isNote(text: string): boolean {
  const norm = normalize(text).trim();
  if (ACK.test(norm)) return true;
  return ADVICE.test(norm) && rawPolarity(text) === 0;
}

/** Polarity squashed into -1..1 (tanh(raw / 2)). */
export function polarity(text: string): number {
  return Math.tanh(rawPolarity(text) / 2);
}

export interface SentimentSettings {
  /** Text scores at or above / at or below these are positive / negative. */
  positive: number;
  negative: number;
}

export function textLabel(score: number, s: SentimentSettings): Sentiment {
  return score >= s.positive ? 'positive' : score <= s.negative ? 'negative' : 'neutral';
}

/**
 * The rating decides when it is clear (<= 2 or >= 4); a 3, or no rating, leaves it to the text.
 * A note (isNote: sizing advice, a bare receipt) is neutral whatever the rating.
 */
export function label(score: number, rating: number | null, s: SentimentSettings, note = false): { label: Sentiment; source: 'rating' | 'text' } {
  if (note) return { label: 'neutral', source: 'text' };
  if (rating !== null && Number.isFinite(rating)) {
    if (rating <= 2) return { label: 'negative', source: 'rating' };
    if (rating >= 4) return { label: 'positive', source: 'rating' };
  }
  return { label: textLabel(score, s), source: 'text' };
}
