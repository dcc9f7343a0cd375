/**
 * The current locale and the functions that read the catalogs. `locale` is reactive, so every
 * template that calls t() re-renders when the language is switched in the header.
 */
import { createContext } from 'svelte';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { Catalog, Locale, MessageKey, ParamValue, PluralBase, TArgs, TnArgs } from './types';

const CATALOGS: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'clientele.locale';

/** A piece of a rendered message: literal text, or the value of a placeholder (shown emphasised). */
export interface MessagePart {
  text: string;
  value: boolean;
  /** The placeholder a value part filled. */
  name?: string;
}

export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export class I18n {
  locale = $state<Locale>('en');
  #numbers = $derived(new Intl.NumberFormat(this.locale));
  #plurals = $derived(new Intl.PluralRules(this.locale));

  constructor(locale: Locale) {
    this.locale = locale;
  }

  static fromBrowser(): I18n {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage can be disabled (private mode, policies); the browser languages still decide.
    }
    const locale = saved === 'en' || saved === 'zh-CN' ? saved : pickLocale(navigator.languages ?? [navigator.language]);
    const i18n = new I18n(locale);
    i18n.#apply();
    return i18n;
  }

  set(locale: Locale): void {
    this.locale = locale;
    this.#apply();
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // not persisted: the choice still holds for this visit
    }
  }

  /** The short language code the engine's sample generator takes. */
  get lang(): 'zh' | 'en' {
    return this.locale === 'zh-CN' ? 'zh' : 'en';
  }

  t = <K extends MessageKey>(key: K, ...args: TArgs<K>): string => {
    return this.parts(key, ...args)
      .map((p) => p.text)
      .join('');
  };

  /** A message split at its placeholders, so a component can emphasise the values. */
  parts = <K extends MessageKey>(key: K, ...args: TArgs<K>): MessagePart[] => {
    // A key missing from both catalogs (only possible for keys built at run time) shows as itself
    // rather than taking the screen down.
    const text: string = CATALOGS[this.locale][key] ?? en[key] ?? key;
    const params = (args[0] ?? {}) as Record<string, ParamValue>;
    const out: MessagePart[] = [];
    let last = 0;
    for (const m of text.matchAll(/\{(\w+)\}/g)) {
      if (m.index > last) out.push({ text: text.slice(last, m.index), value: false });
      const v = params[m[1]];
      out.push({ text: v === undefined ? m[0] : this.#value(v), value: true, name: m[1] });
      last = m.index + m[0].length;
    }
    if (last < text.length) out.push({ text: text.slice(last), value: false });
    return out;
  };

  /** Plural-aware t(): picks `<base>.one` or `<base>.other` for `count` and fills {count}. */
  tn = <B extends PluralBase>(base: B, count: number, ...args: TnArgs<B>): string => {
    const form = this.#plurals.select(count) === 'one' ? 'one' : 'other';
    const key = `${base}.${form}` as MessageKey;
    const params = { ...(args[0] ?? {}), count };
    return (this.t as (k: MessageKey, p: Record<string, ParamValue>) => string)(key, params);
  };

  #value(v: ParamValue): string {
    return typeof v === 'number' ? this.#numbers.format(v) : v;
  }

  #apply(): void {
    document.documentElement.lang = this.locale;
    document.title = this.t('app.title');
  }
}

export const [getI18n, setI18n] = createContext<I18n>();
