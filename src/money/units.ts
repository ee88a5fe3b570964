import { deepFreeze } from '../core/freeze.js';
import type { Locale } from '../core/labels.js';

/**
 * How {@link formatTenge} names the currency: `₸`, the word, or the ISO code `KZT`.
 *
 * @example
 * ```ts
 * const unit: TengeUnit = 'code';
 * formatTenge(Tenge.of(5), { locale: 'kk', unit }); // '5 KZT'
 * ```
 */
export type TengeUnit = 'symbol' | 'word' | 'code';

/**
 * Every {@link TengeUnit} (frozen).
 *
 * @example
 * ```ts
 * TENGE_UNITS; // ['symbol', 'word', 'code']
 * ```
 */
export const TENGE_UNITS: readonly TengeUnit[] = /* @__PURE__ */ deepFreeze([
  'symbol',
  'word',
  'code',
] as const);

/** @internal The tenge sign, U+20B8. */
export const TENGE_SIGN = '\u20B8';

/** @internal The word for tenge: Kazakh «теңге», Russian «тенге» (indeclinable), English «tenge». */
export const TENGE_WORD: Readonly<Record<Locale, string>> = {
  kk: 'теңге',
  ru: 'тенге',
  en: 'tenge',
};

/**
 * @internal Short scale words of compact amounts, 10^3 to 10^12. Kazakh
 * reports write «мың» for thousands (Intl's kk data gives «м.», which they
 * do not use), Russian «тыс.»; English follows Intl's K, M, B, T.
 */
export const SCALE_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  kk: ['мың', 'млн', 'млрд', 'трлн'],
  ru: ['тыс.', 'млн', 'млрд', 'трлн'],
  en: ['K', 'M', 'B', 'T'],
};
