import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
import type { Result } from '../core/result.js';
import { safe } from '../core/result.js';
import { invalidAmount } from './amount.js';
import { Refusal } from './parse-refusal.js';
import { readShape, type Shape } from './parse-shape.js';
import { tokenize } from './parse-tokens.js';
import { type Exact, readValue, same, show, toTiyn } from './parse-value.js';
import { type Convention, conventionOfWords } from './parse-words.js';
import { Tenge } from './tenge.js';

/**
 * Options of {@link parseTenge}.
 *
 * @example
 * ```ts
 * const options: ParseTengeOptions = { locale: 'en' };
 * parseTenge('1,234', options).toString(); // '1234.00'
 * ```
 */
export interface ParseTengeOptions {
  /**
   * The convention of the numbers: `kk` and `ru` group digits with spaces
   * and mark decimals with a comma (a point is read as a decimal mark too,
   * never as a group separator); `en` groups with commas (or spaces) and
   * marks decimals with a point. Without it, the words in the text decide
   * (Cyrillic words: kk/ru; Latin words such as `M` or `tenge`: en), and
   * bare numbers are read both ways: if the two readings differ («1,234» is
   * 1.234 or 1234), the text is refused as ambiguous.
   */
  readonly locale?: Locale | undefined;
}

/** Longer text is not an amount; the cap also keeps error messages and bigints small. */
const MAX_LENGTH = 256;

const OPTIONS = ['locale'] as const;

/**
 * A bare number (no locale, no words) read both ways: refused when the two
 * readings differ («1,234» is 1.234 or 1234), and when neither reads.
 */
function readBothWays(shape: Shape): Exact | Refusal {
  const comma = readValue(shape, 'comma');
  const point = readValue(shape, 'point');
  if (comma instanceof Refusal) {
    if (!(point instanceof Refusal) || point.refusal.problem === comma.refusal.problem)
      return point;
    return new Refusal({ ...comma.refusal, pointReading: point.refusal.problem });
  }
  if (point instanceof Refusal || same(comma, point)) return comma;
  return new Refusal({ problem: 'ambiguousComma', readings: [show(comma), show(point)] });
}

/**
 * Reads an amount the way published reports, press releases and receipts
 * write it, exactly:
 *
 * - `1 424 750 теңге`, `1 424 750,50 ₸`, `250 000 тенге`, `1 424 750 KZT`
 *   (spaces of any kind group digits: space, U+00A0, U+202F);
 * - scales: `72 млн теңге`, `72 млн.теңге`, `1,4 млрд`, `9,5 млн`,
 *   `4 млн 671 мың теңге`, `4 млн 671 тыс. тенге`, `KZT 72M` — мың, тыс.,
 *   млн, млрд, трлн, their full forms, and K, M, B, T, mln, bn, million, … ;
 * - English numbers with `locale: 'en'`: `₸1,424,750.50`, `KZT 1,424,750.50`;
 * - tiyn after the unit, as claims write them: `1 424 750 теңге 50 тиын`,
 *   `250 000 тенге 05 тиынов`;
 * - a minus sign (`-` or `−`) in front, before or after a leading ₸ / KZT.
 *
 * The unit is optional and may be ₸, KZT, теңге, тенге, тг or tenge. A text
 * that could mean two amounts, or that is malformed, is refused with the
 * reason, never guessed: `1,2,3` (two decimal commas), `12 млн млн`
 * (a repeated scale), `4 млн 1200 тыс.` (a part bigger than the scale
 * before it), `4 млн 671` (4 000 671, or 4 671 000 with «тыс.» dropped?),
 * `1,234` with no locale and no words (1.234 or 1234?), `абв`.
 * Scaled amounts must still come out exact to the tiyn. Text longer than 256
 * characters is refused before it is read, and reading is a single pass:
 * hostile input cannot make it slow.
 *
 * Compact text from {@link formatTenge} reads back as the rounded amount it
 * shows; every other text it writes reads back as the same amount.
 *
 * @throws {@link TutynushyError} `INVALID_AMOUNT` with the text in
 * `details.received` and the reason as `details.problem`, with the part of
 * the text at fault (`part`, `other`) and, for an ambiguous text, its two
 * `readings`; `INVALID_LOCALE` for an unknown locale; `INVALID_ARGUMENT`
 * when `options` is not an object or has a key other than `locale`.
 * @example
 * ```ts
 * parseTenge('72 млн.теңге').toString();          // '72000000.00'
 * parseTenge('4 млн 671 тыс. тенге').toString();  // '4671000.00'
 * parseTenge('1 424 750,50 ₸').toString();        // '1424750.50'
 * parseTenge('1,4 млрд').toString();              // '1400000000.00'
 * parseTenge('₸1,424,750.50', { locale: 'en' }).toString(); // '1424750.50'
 * parseTenge('KZT 72M', { locale: 'en' }).toString();       // '72000000.00'
 * parseTenge('12 млн млн'); // throws INVALID_AMOUNT: a repeated scale
 * const ambiguous = safeParseTenge('4 млн 671');
 * !ambiguous.ok && ambiguous.error.code === 'INVALID_AMOUNT' && ambiguous.error.details.readings; // ['4000671', '4671000']
 * ```
 */
export function parseTenge(text: string, options?: ParseTengeOptions): Tenge {
  const given = readOptions<ParseTengeOptions>(options, 'parseTenge', OPTIONS);
  const locale = given.locale === undefined ? undefined : assertLocale(given.locale);
  if (typeof text !== 'string') throw invalidAmount(text, { problem: 'notText' });
  if (text.length > MAX_LENGTH) {
    throw invalidAmount(text, { problem: 'tooLong', length: text.length, max: MAX_LENGTH });
  }
  if (text.trim() === '') throw invalidAmount(text, { problem: text === '' ? 'empty' : 'blank' });
  const tokens = tokenize(text);
  if (tokens instanceof Refusal) throw invalidAmount(text, tokens.refusal);
  const shape = readShape(tokens);
  if (shape instanceof Refusal) throw invalidAmount(text, shape.refusal);
  const convention: Convention | Refusal | undefined =
    locale === undefined ? conventionOfWords(tokens) : locale === 'en' ? 'point' : 'comma';
  if (convention instanceof Refusal) throw invalidAmount(text, convention.refusal);
  const value = convention === undefined ? readBothWays(shape) : readValue(shape, convention);
  if (value instanceof Refusal) throw invalidAmount(text, value.refusal);
  return Tenge.fromTiyn(toTiyn(value, text));
}

/**
 * The non-throwing twin of {@link parseTenge}.
 *
 * @example
 * ```ts
 * safeParseTenge('9,5 млн');  // { ok: true, value: Tenge 9500000.00 }
 * safeParseTenge('абв').ok;   // false — error.code 'INVALID_AMOUNT'
 * ```
 */
export const safeParseTenge: (text: string, options?: ParseTengeOptions) => Result<Tenge> =
  /* @__PURE__ */ safe(parseTenge);
