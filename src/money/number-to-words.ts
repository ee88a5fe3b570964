import { invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { moneyExpectations } from '../core/messages/en/expectations/money.js';
import { received } from '../core/received.js';
import { englishWords } from './words-en.js';
import { kazakhWords } from './words-kk.js';
import { russianWords } from './words-ru.js';

/**
 * The largest magnitude {@link numberToWords} writes: 999 999 999 999 999 999 (quadrillions).
 *
 * @example
 * ```ts
 * numberToWords(MAX_WORDS_NUMBER + 1n, 'en'); // throws INVALID_ARGUMENT
 * ```
 */
export const MAX_WORDS_NUMBER = 999_999_999_999_999_999n;

/** @internal The word before a negative number, in words. */
export const MINUS_WORD: Readonly<Record<Locale, string>> = {
  kk: 'минус',
  ru: 'минус',
  en: 'minus',
};

function refused(n: unknown, expected: 'safeInteger' | 'wordsRange'): TutynushyError {
  return invalidArgumentError(
    {
      fn: 'numberToWords',
      field: 'n',
      received: received(n),
      expected,
    },
    moneyExpectations,
  );
}

/** Base-1000 digits of a non-negative integer, highest first. */
function toTriads(n: bigint): number[] {
  const triads: number[] = [];
  let rest = n;
  do {
    triads.unshift(Number(rest % 1000n));
    rest /= 1000n;
  } while (rest > 0n);
  return triads;
}

/** @internal Words of a magnitude in a locale (Russian units masculine). */
export function magnitudeWords(n: bigint, locale: Locale): string {
  const triads = toTriads(n);
  if (locale === 'kk') return kazakhWords(triads);
  if (locale === 'ru') return russianWords(triads);
  return englishWords(triads);
}

/**
 * An integer as a lower-case cardinal in Kazakh, Russian or English, for
 * −999 999 999 999 999 999 to 999 999 999 999 999 999. A negative number
 * starts with «минус» (kk, ru) or «minus» (en). Russian units are masculine
 * («один», «два»), thousands feminine («одна тысяча», «две тысячи»); Kazakh
 * writes 100 as «жүз» and 1000 as «бір мың»; English has no «and» and
 * hyphenates 21–99.
 *
 * @param n A safe integer or a bigint (use a bigint past 2^53).
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a non-integer, an
 * unsafe integer or one out of range; `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * numberToWords(1424750, 'kk'); // 'бір миллион төрт жүз жиырма төрт мың жеті жүз елу'
 * numberToWords(2000, 'ru');    // 'две тысячи'
 * numberToWords(21, 'en');      // 'twenty-one'
 * numberToWords(-5, 'ru');      // 'минус пять'
 * ```
 */
export function numberToWords(n: number | bigint, locale: Locale): string {
  assertLocale(locale);
  let value: bigint;
  if (typeof n === 'bigint') value = n;
  else if (typeof n === 'number' && Number.isSafeInteger(n)) value = BigInt(n);
  else throw refused(n, 'safeInteger');
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  if (magnitude > MAX_WORDS_NUMBER) throw refused(n, 'wordsRange');
  const words = magnitudeWords(magnitude, locale);
  return negative ? `${MINUS_WORD[locale]} ${words}` : words;
}
