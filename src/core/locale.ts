// The languages and a name in each: plain types and data that import
// nothing, so that the error details and the message catalogues can name a
// locale without importing the functions that throw (labels.ts).

/** The languages the library speaks: Kazakh, Russian, English. */
export type Locale = 'kk' | 'ru' | 'en';

/**
 * All {@link Locale}s, Kazakh first as the state language.
 *
 * @example
 * ```ts
 * LOCALES; // ['kk', 'ru', 'en']
 * ```
 */
export const LOCALES: readonly Locale[] = Object.freeze(['kk', 'ru', 'en']);

/** A name in each of the three languages. Every enumerated value carries one. */
export interface Labels {
  /** In Kazakh. */
  readonly kk: string;
  /** In Russian. */
  readonly ru: string;
  /** In English. */
  readonly en: string;
}

/**
 * Tells whether `value` is a supported {@link Locale}.
 *
 * @example
 * ```ts
 * isLocale('kk'); // true
 * isLocale('kz'); // false — the language code is kk
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return value === 'kk' || value === 'ru' || value === 'en';
}
