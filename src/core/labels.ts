import { TutynushyError } from './errors.js';
import { received } from './received.js';

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

/**
 * Checks a locale given at run time (from a query string, a CLI flag, …).
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` when it is not `kk`, `ru` or `en`.
 * @example
 * ```ts
 * assertLocale('ru'); // 'ru'
 * assertLocale('kz'); // throws INVALID_LOCALE
 * ```
 */
export function assertLocale(value: unknown): Locale {
  if (isLocale(value)) return value;
  throw new TutynushyError('INVALID_LOCALE', { received: received(value), allowed: LOCALES });
}

/**
 * Picks the label in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unsupported locale.
 * @example
 * ```ts
 * const satisfied = { kk: 'қанағаттандырылды', ru: 'удовлетворено', en: 'satisfied' };
 * label(satisfied, 'kk'); // 'қанағаттандырылды'
 * ```
 */
export function label(labels: Labels, locale: Locale): string {
  return labels[assertLocale(locale)];
}

/**
 * Looks up the label of an enumerated value in its table and picks the
 * language: the one helper every module's `xxxLabel` functions stand on.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` when `key` is not in the table,
 * `INVALID_LOCALE` for an unsupported locale.
 * @example
 * ```ts
 * const kinds = { briefing: { kk: 'брифинг', ru: 'брифинг', en: 'briefing' } } as const;
 * labelOf(kinds, 'briefing', 'en'); // 'briefing'
 * ```
 */
export function labelOf<K extends string>(
  table: Readonly<Record<K, Labels>>,
  key: K,
  locale: Locale,
): string {
  // Only a string is a key: an array or an object would be coerced by the lookup.
  const labels = typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
  if (labels === undefined) {
    throw new TutynushyError('INVALID_ARGUMENT', {
      field: 'key',
      received: received(key),
      expected: 'oneOf',
      allowed: Object.keys(table),
    });
  }
  return label(labels, locale);
}
