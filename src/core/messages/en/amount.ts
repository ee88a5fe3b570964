import type { AmountDetails } from '../../error-details.js';
import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { characterName, value } from './shared.js';

const SCALE = ['units', 'thousands', 'millions', 'billions', 'trillions'];
const scale = (power: number | undefined): string => SCALE[(power ?? 0) / 3] ?? `10^${power}`;
const UNIT = ['unit', 'thousand', 'million', 'billion', 'trillion'];
const unit = (power: number | undefined): string => UNIT[(power ?? 0) / 3] ?? `10^${power}`;
const EXAMPLE = 'an amount such as "1424750.50"';

/** What is wrong with an amount, one wording per problem. */
export const amountProblems: MessageCatalogue['amountProblems'] = {
  notAnAmount: () => 'expected a decimal string, a number, a bigint of tenge, a Decimal or a Tenge',
  forgedTenge: () =>
    'an object with the Tenge prototype that neither Tenge.of nor Tenge.fromTiyn made: make amounts with Tenge.of',
  notATenge: () => 'expected a Tenge (use Tenge.of to read other values)',
  sumItem: ({ position }) => `item #${position} of the sum is not a Tenge`,
  notWholeTiyn: () => 'expected a whole number of tiyn (a bigint or a safe integer)',
  notANumber: () => 'not a number',
  notFinite: () => 'not a finite number',
  unsafeNumber: () =>
    'a number of 2^46 (70 368 744 177 664) tenge or more cannot hold every tiyn, so it may already have lost some: pass a decimal string or a bigint',
  notExactToTiyn: ({ decimals }) =>
    `not exact to the tiyn: ${decimals ?? 'more than two'} decimal places (a tiyn is 0.01)`,
  outOfRange: () =>
    'out of range: a Tenge holds at most 999 999 999 999 999.99 tenge either side of zero',
  productNotExact: ({ part, other }) =>
    `${part} × ${other} is not a whole tiyn and rounding "exact" was asked for`,
  notDecimalString: () => 'expected money as a decimal string such as "250000.00", or a Tenge',
  negative: () => 'expected zero or more, not a negative amount',
  tooLong: ({ length, max }) => `${length} characters is longer than any amount (at most ${max})`,
  empty: () => `empty: expected ${EXAMPLE}`,
  blank: () => `only whitespace: expected ${EXAMPLE}`,
  notPlainDecimal: () =>
    'expected a decimal with a point, such as "1424750", "1424750.5" or "-3.20"',
  surroundingSpace: () =>
    'surrounding whitespace: Tenge.of reads a plain decimal (parseTenge reads text as people write it)',
  exponent: () => 'exponent notation is not read as money: write the amount in full, e.g. "1000"',
  comma: () =>
    'a comma is neither a decimal mark nor a group separator here: write "1424750.50" (parseTenge reads "1 424 750,50")',
  notText: () => 'expected text such as «1 424 750 теңге»',
  unexpectedCharacter: ({ part, position }) =>
    `unexpected ${characterName(part)} at position ${position}`,
  noDigits: () => 'no digits: expected an amount such as «1 424 750 теңге»',
  beforeNumber: ({ part }) =>
    part === undefined
      ? 'no number after the sign or the currency'
      : `«${part}» before the number is not a sign, ₸ or KZT`,
  currencyTwice: ({ part }) => `the currency is named twice («${part}»)`,
  scaleWithoutNumber: ({ part }) =>
    `the scale word «${part}» has no number of its own (a repeated or misplaced scale)`,
  twoNumbers: ({ part, other }) =>
    `two numbers in a row («${other}» and «${part}») without a scale word between them`,
  unknownWord: ({ part }) =>
    `unknown word «${part}»: expected теңге, тенге, tenge, KZT, ₸ or a scale such as млн, мың, тыс., M`,
  outOfPlace: ({ part }) => `«${part}» is out of place`,
  decimalMarks: ({ part, convention }) =>
    `«${part}» has more than one decimal mark${convention === 'comma' ? ' (kk and ru mark decimals with a comma)' : ''}`,
  groupsAfterDecimal: ({ part }) => `«${part}» has digit groups after its decimal mark`,
  mixedSeparators: ({ part }) => `«${part}» groups its digits with different separators`,
  notThousands: ({ part, convention }) =>
    `«${part}» is not grouped by thousands (groups after the first must have three digits${convention === 'point' ? '; in English a comma groups thousands and a point marks decimals' : ''})`,
  scalesNotDescending: ({ part, other, scales }) =>
    `«${part}» after «${other}»: ${scale(scales?.[1])} after ${scale(scales?.[0])}, but scales must go down, each once`,
  fractionBeforeScale: ({ part, other }) =>
    `a fraction in «${other}» followed by «${part}» is ambiguous`,
  missingScale: ({ part, other, readings }) =>
    `ambiguous: «${part}» after «${other}» has no scale word, so it is ${readings?.[0]} tenge, or ${readings?.[1]} with «мың» / «тыс.» dropped: write the scale`,
  partTooLarge: ({ part, other, scales }) =>
    `«${part}» after «${other}» is a whole ${unit(scales?.[0])} or more`,
  tiynDigits: ({ part }) => `«${part}» tiyn: expected one or two digits (00–99)`,
  tiynAfterFraction: ({ part }) => `the tenge have a fraction and tiyn are written too («${part}»)`,
  mixedScripts: () =>
    'mixes Cyrillic and Latin words, so the decimal mark is unclear: pass { locale }',
  ambiguousComma: ({ readings }) =>
    `ambiguous: ${readings?.[0]} with a decimal comma (kk, ru) or ${readings?.[1]} with a comma grouping thousands (en); pass { locale }`,
};

const amountText = (d: AmountDetails): string =>
  d.pointReading === undefined
    ? amountProblems[d.problem](d)
    : `${amountProblems[d.problem](d)}; read the English way, ${amountProblems[d.pointReading]({ ...d, convention: 'point' })}`;

/** `INVALID_AMOUNT`. */
export const invalidAmountMessage: CodeMessage<'INVALID_AMOUNT'> = (d) =>
  `Invalid amount ${value(d.received)}: ${amountText(d)}`;
