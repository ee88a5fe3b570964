import { assertLocale, type Locale } from '../core/labels.js';
import { russianPlural } from '../core/plural.js';
import { MINUS_WORD, magnitudeWords } from './number-to-words.js';
import { optionOf, readOptions } from './options.js';
import { Tenge, type TengeInput } from './tenge.js';

/**
 * Options of {@link tengeInWords}.
 *
 * @example
 * ```ts
 * const options: TengeInWordsOptions = { tiynDeclension: 'invariable' };
 * tengeInWords('0.05', 'ru', options); // 'Ноль тенге 05 тиын'
 * ```
 */
export interface TengeInWordsOptions {
  /**
   * Russian only: `agree` (the default) declines «тиын» by the number
   * («01 тиын», «02 тиына», «05 тиынов», «00 тиынов»); `invariable` always
   * writes «тиын», as some documents do. Kazakh and English nouns after a
   * numeral never change.
   */
  readonly tiynDeclension?: 'agree' | 'invariable' | undefined;
}

const TIYN_RU = { one: 'тиын', few: 'тиына', many: 'тиынов' };
const DECLENSIONS = ['agree', 'invariable'] as const;

/**
 * An amount in words («сумма прописью»), as claims, receipts and court
 * documents write it: the tenge in words with the first letter capitalised,
 * then the tiyn as two digits. A negative amount starts with «Минус» (kk, ru)
 * or «Minus» (en): «Минус бес теңге 50 тиын». Every {@link Tenge} can be
 * written (up to 999 999 999 999 999.99).
 *
 * @param amount A `Tenge`, or anything {@link Tenge.of} reads.
 * @throws {@link TutynushyError} `INVALID_AMOUNT` for an amount `Tenge.of`
 * refuses; `INVALID_LOCALE` for an unknown locale; `INVALID_ARGUMENT` for
 * options that are not an object or an unknown `tiynDeclension`.
 * @example
 * ```ts
 * tengeInWords(Tenge.of(1424750), 'kk');
 * // 'Бір миллион төрт жүз жиырма төрт мың жеті жүз елу теңге 00 тиын'
 * tengeInWords(Tenge.of(1424750), 'ru');
 * // 'Один миллион четыреста двадцать четыре тысячи семьсот пятьдесят тенге 00 тиынов'
 * tengeInWords(Tenge.of(1424750), 'en');
 * // 'One million four hundred twenty-four thousand seven hundred fifty tenge 00 tiyn'
 * tengeInWords(Tenge.of('2.22'), 'ru', { tiynDeclension: 'invariable' }); // 'Два тенге 22 тиын'
 * ```
 */
export function tengeInWords(
  amount: TengeInput,
  locale: Locale,
  options?: TengeInWordsOptions,
): string {
  assertLocale(locale);
  const given = readOptions(options, "{ tiynDeclension: 'invariable' }");
  const declension = optionOf('tiynDeclension', given.tiynDeclension, DECLENSIONS, 'agree');
  const tiyn = Tenge.of(amount).toTiyn();
  const negative = tiyn < 0n;
  const magnitude = negative ? -tiyn : tiyn;
  const whole = magnitude / 100n;
  const cents = Number(magnitude % 100n);
  const digits = String(cents).padStart(2, '0');
  let text: string;
  if (locale === 'kk') text = `${magnitudeWords(whole, 'kk')} теңге ${digits} тиын`;
  else if (locale === 'ru') {
    const noun = declension === 'invariable' ? 'тиын' : russianPlural(cents, TIYN_RU);
    text = `${magnitudeWords(whole, 'ru')} тенге ${digits} ${noun}`;
  } else text = `${magnitudeWords(whole, 'en')} tenge ${digits} tiyn`;
  if (negative) text = `${MINUS_WORD[locale]} ${text}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
