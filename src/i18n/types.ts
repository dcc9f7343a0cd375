/**
 * Catalog typing: en.ts is the source of truth. Every other catalog must have exactly its keys,
 * and each translation must keep every {placeholder} of the English text, so a forgotten {file}
 * in a Chinese sentence is a type error rather than a sentence that names no file.
 */
import type { en } from './en';

export type En = typeof en;
export type MessageKey = keyof En;
export type Locale = 'zh-CN' | 'en';

/** Names of the {placeholders} in a message text. */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** A translation of English text S: any string that mentions each placeholder of S. */
type TranslationOf<S> = [Placeholders<S>] extends [never]
  ? string
  : UnionToIntersection<Placeholders<S> extends infer P extends string ? (P extends string ? `${string}{${P}}${string}` : never) : never>;

export type Catalog = { readonly [K in MessageKey]: TranslationOf<En[K]> };

export type ParamValue = string | number;
export type ParamsOf<K extends MessageKey> = Placeholders<En[K]>;

/** Keys of messages without placeholders, for lists of keys chosen at run time. */
export type PlainKey = { [K in MessageKey]: [ParamsOf<K>] extends [never] ? K : never }[MessageKey];

/** Rest arguments of t(): none for a message without placeholders, else one object naming them all. */
export type TArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, ParamValue>];

/** Keys that come in a `.one` / `.other` pair, chosen by Intl.PluralRules on `count`. */
type BaseOf<K> = K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never;
export type PluralBase = BaseOf<MessageKey>;
export type PluralParams<B extends PluralBase> = Exclude<ParamsOf<`${B}.other` & MessageKey>, 'count'>;
export type TnArgs<B extends PluralBase> = [PluralParams<B>] extends [never] ? [] : [params: Record<PluralParams<B>, ParamValue>];
