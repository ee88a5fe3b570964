// What a user reads: INVALID_AMOUNT in English (error.message), Kazakh and
// Russian (formatError), whole, for the cases people meet most; and every
// problem worded in every language from the facts the error really holds.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  type AmountProblem,
  type AnyTutynushyError,
  createTutynushyError,
  formatError,
  LOCALES,
  TutynushyError,
} from '../../src/core/index.js';
import {
  formatTenge,
  numberToWords,
  parseTenge,
  Tenge,
  tengeInWords,
} from '../../src/money/index.js';
import { NonNegativeTengeSchema, TengeSchema } from '../../src/schemas/index.js';
import { thrownWith } from '../support/error-details.js';

describe('INVALID_AMOUNT messages, whole, in each language', () => {
  it('an amount not exact to the tiyn', () => {
    const error = thrownWith('INVALID_AMOUNT', () => Tenge.of('0.001'));
    expect(error.message).toBe(
      'Invalid amount "0.001": not exact to the tiyn: 3 decimal places (a tiyn is 0.01)',
    );
    expect(formatError(error, 'en')).toBe(error.message);
    expect(formatError(error, 'ru')).toBe(
      'Некорректная сумма "0.001": сумма не точна до тиына: 3 знака после запятой (тиын — это 0,01)',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз сома "0.001": тиынға дейін дәл емес: үтірден кейін 3 таңба (тиын — 0,01)',
    );
  });

  it('«4 млн 671», which is 4 000 671 or 4 671 000', () => {
    const error = thrownWith('INVALID_AMOUNT', () => parseTenge('4 млн 671'));
    expect(error.message).toBe(
      'Invalid amount "4 млн 671": ambiguous: «671» after «4 млн» has no scale word, so it is 4000671 tenge, or 4671000 with «мың» / «тыс.» dropped: write the scale',
    );
    expect(formatError(error, 'ru')).toBe(
      'Некорректная сумма "4 млн 671": неоднозначно: у «671» после «4 млн» нет слова разряда — это 4000671 тенге или 4671000, если пропущено «мың» / «тыс.»: укажите разряд',
    );
    expect(formatError(error, 'kk')).toBe(
      'Жарамсыз сома "4 млн 671": екіұшты: «4 млн», одан кейін разряд сөзі жоқ «671» — бұл 4000671 теңге, немесе «мың» / «тыс.» түсіп қалса, 4671000: разрядты жазыңыз',
    );
  });

  it('«1,234» with no locale, and a bare number that neither convention reads', () => {
    const comma = thrownWith('INVALID_AMOUNT', () => parseTenge('1,234'));
    expect(formatError(comma, 'en')).toBe(
      'Invalid amount "1,234": ambiguous: 1.234 with a decimal comma (kk, ru) or 1234 with a comma grouping thousands (en); pass { locale }',
    );
    expect(formatError(comma, 'ru')).toBe(
      'Некорректная сумма "1,234": неоднозначно: 1.234 с десятичной запятой (kk, ru) или 1234 с запятой как разделителем тысяч (en); передайте { locale }',
    );
    expect(formatError(comma, 'kk')).toBe(
      'Жарамсыз сома "1,234": екіұшты: ондық үтірмен 1.234 (kk, ru) немесе мыңдарды бөлетін үтірмен 1234 (en); { locale } беріңіз',
    );
    const neither = thrownWith('INVALID_AMOUNT', () => parseTenge('1 234,567,8'));
    expect(neither.message).toBe(
      'Invalid amount "1 234,567,8": «1 234,567,8» has more than one decimal mark (kk and ru mark decimals with a comma); read the English way, «1 234,567,8» groups its digits with different separators',
    );
    expect(formatError(neither, 'ru')).toBe(
      'Некорректная сумма "1 234,567,8": в «1 234,567,8» больше одного десятичного знака (в kk и ru десятичный знак — запятая); при чтении по-английски: в «1 234,567,8» разряды разделены разными знаками',
    );
    expect(formatError(neither, 'kk')).toBe(
      'Жарамсыз сома "1 234,567,8": «1 234,567,8» ішінде бірден көп ондық белгі бар (kk және ru тілдерінде ондық белгі — үтір); ағылшынша оқығанда: «1 234,567,8» цифрларды әртүрлі бөлгіштермен топтайды',
    );
  });

  it('an unknown option', () => {
    const error = thrownWith('INVALID_ARGUMENT', () =>
      tengeInWords(5, { locale: 'ru', tiynDeclention: 'invariable' } as never),
    );
    expect(error.message).toBe(
      'tengeInWords: unknown option "tiynDeclention": expected one of locale, tiynDeclension',
    );
    expect(formatError(error, 'ru')).toBe(
      'tengeInWords: неизвестный параметр "tiynDeclention": допустимы locale, tiynDeclension',
    );
    expect(formatError(error, 'kk')).toBe(
      'tengeInWords: белгісіз параметр "tiynDeclention": рұқсат етілгендері: locale, tiynDeclension',
    );
  });
});

function caught(fn: () => unknown): AnyTutynushyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TutynushyError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

function fromSchema(schema: z.ZodType, input: unknown): AnyTutynushyError {
  const issue = schema.safeParse(input).error?.issues[0];
  const nested = issue?.code === 'custom' ? (issue.params?.['error'] as AnyTutynushyError) : null;
  if (nested === null || nested === undefined) throw new Error('no nested error');
  return createTutynushyError(nested.code as never, nested.details as never) as AnyTutynushyError;
}

// One real input for every problem: a problem no input reaches, or a message
// that reads a fact the error does not hold, fails here.
const EVERY_PROBLEM: Readonly<Record<AmountProblem, () => AnyTutynushyError>> = {
  notAnAmount: () => caught(() => Tenge.of(true as never)),
  forgedTenge: () => caught(() => Tenge.of(Object.create(Tenge.prototype))),
  notATenge: () => caught(() => Tenge.of(1).plus('1' as never)),
  sumItem: () => caught(() => Tenge.sum([Tenge.zero, 5 as never])),
  notWholeTiyn: () => caught(() => Tenge.fromTiyn(0.5)),
  notANumber: () => caught(() => Tenge.of(Number.NaN)),
  notFinite: () => caught(() => Tenge.of(Number.POSITIVE_INFINITY)),
  unsafeNumber: () => caught(() => Tenge.of(2 ** 46)),
  notExactToTiyn: () => caught(() => Tenge.of('1.005')),
  outOfRange: () => caught(() => Tenge.maxValue.plus(Tenge.of('0.01'))),
  productNotExact: () => caught(() => Tenge.of('0.01').times('0.5', 'exact')),
  notDecimalString: () => fromSchema(TengeSchema, 5),
  negative: () => fromSchema(NonNegativeTengeSchema, '-1'),
  tooLong: () => caught(() => parseTenge('1'.repeat(300))),
  empty: () => caught(() => Tenge.of('')),
  blank: () => caught(() => parseTenge(' ')),
  notPlainDecimal: () => caught(() => Tenge.of('abc')),
  surroundingSpace: () => caught(() => Tenge.of(' 1')),
  exponent: () => caught(() => Tenge.of('1e3')),
  comma: () => caught(() => Tenge.of('1,5')),
  notText: () => caught(() => parseTenge(5 as never)),
  unexpectedCharacter: () => caught(() => parseTenge('5 \u202E')),
  noDigits: () => caught(() => parseTenge('теңге')),
  beforeNumber: () => caught(() => parseTenge('млн 5')),
  currencyTwice: () => caught(() => parseTenge('₸5 ₸')),
  scaleWithoutNumber: () => caught(() => parseTenge('5 млн млн')),
  twoNumbers: () => caught(() => parseTenge('5 тенге 3')),
  unknownWord: () => caught(() => parseTenge('5 долларов')),
  outOfPlace: () => caught(() => parseTenge('5 ₸ -')),
  decimalMarks: () => caught(() => parseTenge('1,2,3 тенге')),
  groupsAfterDecimal: () => caught(() => parseTenge('1,424 750 тенге')),
  mixedSeparators: () => caught(() => parseTenge('1 234,567 tenge')),
  notThousands: () => caught(() => parseTenge('1,2345 tenge')),
  scalesNotDescending: () => caught(() => parseTenge('5 тыс. 3 млн')),
  fractionBeforeScale: () => caught(() => parseTenge('4,5 млн 200 тыс.')),
  missingScale: () => caught(() => parseTenge('2 млрд 500')),
  partTooLarge: () => caught(() => parseTenge('4 млн 1200 тыс.')),
  tiynDigits: () => caught(() => parseTenge('5 тенге 100 тиын')),
  tiynAfterFraction: () => caught(() => parseTenge('5,5 тенге 50 тиын')),
  mixedScripts: () => caught(() => parseTenge('5M тенге')),
  ambiguousComma: () => caught(() => parseTenge('1,234')),
};

describe('every amount problem, in every language', () => {
  for (const [problem, make] of Object.entries(EVERY_PROBLEM)) {
    it(problem, () => {
      const error = make();
      expect(error.code).toBe('INVALID_AMOUNT');
      if (error.code !== 'INVALID_AMOUNT') return;
      expect(error.details.problem).toBe(problem);
      const texts = LOCALES.map((locale) => formatError(error, locale));
      for (const text of texts) {
        expect(text).not.toMatch(/undefined|\[object/);
        expect(text.length).toBeLessThan(400);
      }
      // Three languages, three texts; the facts (the numbers) are in each.
      expect(new Set(texts).size).toBe(3);
      const facts = texts[2]?.match(/\d+/g) ?? [];
      for (const text of texts)
        expect(text.match(/\d+/g) ?? []).toEqual(expect.arrayContaining(facts));
    });
  }

  it('names an invisible character by its code point, never writing it into the message', () => {
    const error = caught(() => parseTenge('5 \u202E'));
    for (const locale of LOCALES) {
      const text = formatError(error, locale);
      expect(text).toContain('U+202E');
      expect(text.split('U+202E')[1]).not.toContain('\u202E');
    }
  });
});

describe('every INVALID_ARGUMENT of the money functions, in every language', () => {
  it.each<[string, () => unknown]>([
    ['options', () => formatTenge(1, 'kk' as never)],
    ['knownKey', () => parseTenge('1', { lokale: 'en' } as never)],
    ['oneOf', () => formatTenge(1, { locale: 'kk', unit: 'USD' as never })],
    ['boolean', () => formatTenge(1, { locale: 'kk', compact: 1 as never })],
    ['iterable', () => Tenge.sum(5 as never)],
    ['factor', () => Tenge.of(1).times('abc')],
    ['factorMagnitude', () => Tenge.of(1).times('1e1000')],
    ['ratios', () => Tenge.of(1).allocate([0, 0])],
    ['nonNegativeRatio', () => Tenge.of(1).allocate([1, -1])],
    ['atMost', () => Tenge.of(1).allocate(new Array(2_000_000))],
    ['safeInteger', () => numberToWords(1.5, 'kk')],
    ['wordsRange', () => numberToWords(10n ** 18n, 'kk')],
  ])('%s', (expected, fn) => {
    const error = thrownWith('INVALID_ARGUMENT', fn);
    expect(error.details.expected).toBe(expected);
    expect(error.details.fn).toMatch(/^(formatTenge|parseTenge|Tenge\.\w+|numberToWords)$/);
    const texts = LOCALES.map((locale) => formatError(error, locale));
    for (const text of texts) {
      expect(text).not.toMatch(/undefined|\[object/);
      expect(text.startsWith(`${error.details.fn}: `)).toBe(true);
    }
    expect(new Set(texts).size).toBe(3);
  });
});
