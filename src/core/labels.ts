import { invalidArgumentError, invalidLocaleError } from './error-factories.js';
import { isLocale, type Labels, LOCALES, type Locale } from './locale.js';
import { received } from './received.js';

export { isLocale, type Labels, LOCALES, type Locale } from './locale.js';

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
  throw invalidLocaleError({ received: received(value), allowed: LOCALES });
}

/**
 * Picks the label in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE` for an unsupported locale;
 * `INVALID_ARGUMENT` when `labels` has no text in that language.
 * @example
 * ```ts
 * const satisfied = { kk: 'қанағаттандырылды', ru: 'удовлетворено', en: 'satisfied' };
 * label(satisfied, 'kk'); // 'қанағаттандырылды'
 * ```
 */
export function label(labels: Labels, locale: Locale): string {
  const key = assertLocale(locale);
  const text = typeof labels === 'object' && labels !== null ? labels[key] : undefined;
  if (typeof text !== 'string') {
    throw invalidArgumentError({
      fn: 'label',
      field: `labels.${key}`,
      received: received(text),
      expected: 'string',
    });
  }
  return text;
}

/**
 * Looks up the label of an enumerated value in its table and picks the
 * language: the one helper every module's `xxxLabel` functions stand on.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` when `key` is not in the table,
 * `INVALID_LOCALE` for an unsupported locale.
 *
 * @internal
 */
export function labelOf<K extends string>(
  table: Readonly<Record<K, Labels>>,
  key: K,
  locale: Locale,
): string {
  // Only a string is a key: an array or an object would be coerced by the lookup.
  const labels = typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
  if (labels === undefined) {
    throw invalidArgumentError({
      field: 'key',
      received: received(key),
      expected: 'oneOf',
      allowed: Object.keys(table),
    });
  }
  return label(labels, locale);
}
