/**
 * Words and phrases with Intl.Segmenter (granularity 'word'): ICU segments Chinese with its own
 * built-in dictionary, so nothing is downloaded. Terms are counted once per comment (document
 * frequency); a phrase is two adjacent content words with nothing but spaces between them.
 * Single Chinese characters and English words under three letters are dropped: they are mostly
 * particles (的, 了) and noise.
 */
import { normalize } from './normalize';
import type { TermCount } from './types';

const ZH_STOP = new Set(
  '的 了 是 我 你 他 她 它 们 我们 你们 他们 这 那 这个 那个 就 都 也 还 在 和 与 及 或 而 又 很 太 非常 有 没 没有 不 一 一个 个 吧 啊 呢 吗 嘛 哦 呀 哈 么 什么 怎么 为什么 因为 所以 但是 但 不过 就是 可以 可能 已经 还是 然后 而且 如果 这样 那么 一下 一直 时候 东西 感觉 觉得 也不 还不 都不 不是 就是 真的 真是 比较 挺 特别 有点 一点 自己 这次 下次 以后 之前 现在 今天 昨天 买 买了 收到 用 用了 给 让 被 把 对 从 到 说 会 要 能 想 看 知道 再 才 好 很好 任何 一段 这么 不会 一样'.split(' '),
);

const EN_STOP = new Set(
  "the a an and or but if so to of in on at for with from by as is was were be been being am are it it's its this that these those i i'm i've me my we our you your he she they them their there here what which who when where how all any some just very really too also not no nor only than then now up down out off over again more most much can could would should will won't don't didn't doesn't isn't wasn't can't couldn't have has had do does did get got one two after before about into because while still even ever never yet lol tbh thx however though although well bit lot".split(
    ' ',
  ),
);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** Content words of a comment in order, with a flag for "adjacent to the previous word". */
export function tokenize(text: string): { word: string; joined: boolean }[] {
  const out: { word: string; joined: boolean }[] = [];
  let joined = false;
  for (const s of segmenter.segment(normalize(text))) {
    if (!s.isWordLike) {
      // Spaces keep a phrase going; punctuation ends it.
      if (s.segment.trim() !== '') joined = false;
      continue;
    }
    const w = s.segment.replace(/’/g, "'");
    const keep = HAN.test(w) ? [...w].length >= 2 && !ZH_STOP.has(w) : /^[a-z][a-z']{2,}$/.test(w) && !EN_STOP.has(w);
    if (keep) {
      out.push({ word: w, joined });
      joined = true;
    } else joined = false;
  }
  return out;
}

export interface TermCounter {
  add(text: string): void;
  top(terms: number, phrases: number, comments: number): { terms: TermCount[]; phrases: TermCount[] };
}

export function termCounter(): TermCounter {
  const terms = new Map<string, number>();
  const phrases = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  return {
    add(text) {
      const tokens = tokenize(text);
      const seenT = new Set<string>();
      const seenP = new Set<string>();
      tokens.forEach((t, i) => {
        seenT.add(t.word);
        if (i > 0 && t.joined) {
          const prev = tokens[i - 1].word;
          seenP.add(HAN.test(prev) && HAN.test(t.word) ? prev + t.word : `${prev} ${t.word}`);
        }
      });
      seenT.forEach((w) => bump(terms, w));
      seenP.forEach((p) => bump(phrases, p));
    },
    top(nTerms, nPhrases, comments) {
      const rank = (m: Map<string, number>, n: number, min: number): TermCount[] =>
        [...m]
          .filter(([, c]) => c >= min)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .slice(0, n)
          .map(([term, c]) => ({ term, comments: c, share: comments > 0 ? c / comments : 0 }));
      // A phrase seen once is an accident of wording, not a phrase.
      return { terms: rank(terms, nTerms, 1), phrases: rank(phrases, nPhrases, 2) };
    },
  };
}
