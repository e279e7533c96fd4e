import type { Translation } from './translations/en.js';

export type { Translation };

/** CLDR plural categories, as returned by `Intl.PluralRules#select`. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** A plural string: one text per plural category; `other` is required and is the fallback for a missing form. */
export type Plural = { readonly [C in PluralCategory]?: string } & { readonly other: string };

/** One translation value: a string or a plural object. */
export type TranslationValue = string | Plural;

/** True when `T` is an object whose keys are all plural categories (and include `other`). */
type IsPlural<T> = T extends string
  ? false
  : T extends object
    ? [Exclude<keyof T, PluralCategory>] extends [never]
      ? 'other' extends keyof T
        ? true
        : false
      : false
    : false;

/**
 * A translation for a language other than English: the same tree, every key optional (a missing key falls back
 * to English), and every plural free to use the forms its language needs (`zero`, `two`, `few`, `many`…).
 */
export type PartialTranslation<T = Translation> = {
  [K in keyof T]?: T[K] extends string ? string : IsPlural<T[K]> extends true ? Plural : PartialTranslation<T[K]>;
};

/** Every key of the English source as a dotted path, e.g. `'common.loading'`. */
export type TranslationKey<T = Translation, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : IsPlural<T[K]> extends true
      ? `${P}${K}`
      : TranslationKey<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Values interpolated into `{name}` placeholders; `count` also selects the plural form. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** A text chosen from a multilingual `Texts` map, with the language it is really in (`''` when unknown). */
export interface LocalText {
  readonly text: string;
  /** BCP 47 tag of `text`; `''` when unknown (`und` in the data), which is also the HTML value for "unknown". */
  readonly lang: string;
}
