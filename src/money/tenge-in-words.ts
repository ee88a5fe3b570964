import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
import { russianPlural } from '../core/plural.js';
import { MINUS_WORD, magnitudeWords } from './number-to-words.js';
import { optionOf } from './options.js';
import { Tenge, type TengeInput } from './tenge.js';

/**
 * Options of {@link tengeInWords}.
 *
 * @example
 * ```ts
 * const options: TengeInWordsOptions = { locale: 'ru', tiynDeclension: 'invariable' };
 * tengeInWords('0.05', options); // 'Ноль тенге 05 тиын'
 * ```
 */
export interface TengeInWordsOptions {
  /** `kk`, `ru` or `en`: the language of the words. */
  readonly locale: Locale;
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
const OPTIONS = ['locale', 'tiynDeclension'] as const;

/**
 * An amount in words («сумма прописью»), as claims, receipts and court
 * documents write it: the tenge in words with the first letter capitalised,
 * then the tiyn as two digits. A negative amount starts with «Минус» (kk, ru)
 * or «Minus» (en): «Минус бес теңге 50 тиын». Every {@link Tenge} can be
 * written (up to 999 999 999 999 999.99).
 *
 * @param amount A `Tenge`, or anything {@link Tenge.of} reads.
 * @throws {@link TutynushyError} `INVALID_AMOUNT` for an amount `Tenge.of`
 * refuses; `INVALID_LOCALE` for a missing or unknown locale;
 * `INVALID_ARGUMENT` for options that are not an object, an unknown option
 * (a misspelt `tiynDeclention`) or an unknown `tiynDeclension`.
 * @example
 * ```ts
 * tengeInWords(Tenge.of(1424750), { locale: 'kk' });
 * // 'Бір миллион төрт жүз жиырма төрт мың жеті жүз елу теңге 00 тиын'
 * tengeInWords(Tenge.of(1424750), { locale: 'ru' });
 * // 'Один миллион четыреста двадцать четыре тысячи семьсот пятьдесят тенге 00 тиынов'
 * tengeInWords(Tenge.of(1424750), { locale: 'en' });
 * // 'One million four hundred twenty-four thousand seven hundred fifty tenge 00 tiyn'
 * tengeInWords(Tenge.of('2.22'), { locale: 'ru', tiynDeclension: 'invariable' }); // 'Два тенге 22 тиын'
 * tengeInWords(Tenge.of('2.22'), { locale: 'ru', tiynDeclention: 'invariable' } as never); // throws INVALID_ARGUMENT: unknown option
 * ```
 */
export function tengeInWords(amount: TengeInput, options: TengeInWordsOptions): string {
  const given = readOptions<TengeInWordsOptions>(options, 'tengeInWords', OPTIONS);
  const locale = assertLocale(given.locale);
  const declension = optionOf(
    'tengeInWords',
    'tiynDeclension',
    given.tiynDeclension,
    DECLENSIONS,
    'agree',
  );
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
