import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  numberToWords,
  Tenge,
  type TengeInWordsOptions,
  tengeInWords,
} from '../../src/money/index.js';
import { thrownWith } from '../support/error-details.js';
import { codeOf } from '../support/errors.js';

type Pairs = [string, string][];

function fixture(name: string): Pairs {
  const url = new URL(`../fixtures/number-words/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Pairs;
}

/** The tenge part of «сумма прописью», lower-cased, for the fixtures' convention (no tiyn). */
function tengePart(amount: bigint, locale: 'kk' | 'ru'): string {
  return tengeInWords(Tenge.of(amount), { locale })
    .replace(/ 00 тиын(ов)?$/, '')
    .toLowerCase();
}

describe('number words fixtures (gammban/numtow test data, MIT)', () => {
  it('writes every Kazakh cardinal (compared case-insensitively)', () => {
    const pairs = fixture('kk-cardinals.json');
    expect(pairs.length).toBe(10_656);
    const wrong = pairs.filter(
      ([n, words]) => numberToWords(BigInt(n), 'kk') !== words.toLowerCase(),
    );
    expect(wrong).toEqual([]);
  });

  it.each([
    ['kk-kzt-int.json', 'kk', 'теңге', 689],
    ['ru-kzt-int.json', 'ru', 'тенге', 784],
  ] as const)('writes every pair of %s', (file, locale, noun, count) => {
    const pairs = fixture(file);
    expect(pairs.length).toBe(count);
    let inRange = 0;
    for (const [n, words] of pairs) {
      const amount = BigInt(n);
      if (amount <= 999_999_999_999_999n) {
        // Within a Tenge's range: through tengeInWords, the way documents use it.
        expect(tengePart(amount, locale), n).toBe(words);
        inRange++;
      } else {
        // Past a Tenge's range (quadrillions): the cardinal with the noun, and Tenge refuses it.
        expect(`${numberToWords(amount, locale)} ${noun}`, n).toBe(words);
        expect(codeOf(() => Tenge.of(amount))).toBe('INVALID_AMOUNT');
      }
    }
    expect(inRange).toBeGreaterThan(500);
  });
});

describe('amounts in words, exactly as claims and court documents write them', () => {
  it('writes 1 424 750 tenge in the three languages', () => {
    const amount = Tenge.of(1424750);
    expect(tengeInWords(amount, { locale: 'kk' })).toBe(
      'Бір миллион төрт жүз жиырма төрт мың жеті жүз елу теңге 00 тиын',
    );
    expect(tengeInWords(amount, { locale: 'ru' })).toBe(
      'Один миллион четыреста двадцать четыре тысячи семьсот пятьдесят тенге 00 тиынов',
    );
    expect(tengeInWords(amount, { locale: 'en' })).toBe(
      'One million four hundred twenty-four thousand seven hundred fifty tenge 00 tiyn',
    );
  });

  it('declines тиын in Russian by default, or not when asked', () => {
    const ru = (text: string, invariable = false) =>
      tengeInWords(Tenge.of(text), {
        locale: 'ru',
        tiynDeclension: invariable ? 'invariable' : 'agree',
      });
    expect(ru('1.01')).toBe('Один тенге 01 тиын');
    expect(ru('2.21')).toBe('Два тенге 21 тиын');
    expect(ru('5.22')).toBe('Пять тенге 22 тиына');
    expect(ru('21.25')).toBe('Двадцать один тенге 25 тиынов');
    expect(ru('0.11')).toBe('Ноль тенге 11 тиынов');
    expect(ru('2.22', true)).toBe('Два тенге 22 тиын');
    expect(ru('0.00', true)).toBe('Ноль тенге 00 тиын');
    expect(tengeInWords(Tenge.of('2.22'), { locale: 'ru', tiynDeclension: 'invariable' })).toBe(
      'Два тенге 22 тиын',
    );
  });

  it.each([
    ['0.01', 'Нөл теңге 01 тиын', 'Ноль тенге 01 тиын', 'Zero tenge 01 tiyn'],
    ['0.21', 'Нөл теңге 21 тиын', 'Ноль тенге 21 тиын', 'Zero tenge 21 tiyn'],
    ['0.22', 'Нөл теңге 22 тиын', 'Ноль тенге 22 тиына', 'Zero tenge 22 tiyn'],
    ['0.25', 'Нөл теңге 25 тиын', 'Ноль тенге 25 тиынов', 'Zero tenge 25 tiyn'],
    ['1', 'Бір теңге 00 тиын', 'Один тенге 00 тиынов', 'One tenge 00 tiyn'],
    ['2', 'Екі теңге 00 тиын', 'Два тенге 00 тиынов', 'Two tenge 00 tiyn'],
  ])('writes %s with tiyn as two digits', (amount, kk, ru, en) => {
    expect(tengeInWords(amount, { locale: 'kk' })).toBe(kk);
    expect(tengeInWords(amount, { locale: 'ru' })).toBe(ru);
    expect(tengeInWords(amount, { locale: 'en' })).toBe(en);
  });

  // The boundaries of issue 2, as «сумма прописью» in each language.
  it.each([
    ['0', 'Нөл теңге 00 тиын', 'Ноль тенге 00 тиынов', 'Zero tenge 00 tiyn'],
    ['11', 'Он бір теңге 00 тиын', 'Одиннадцать тенге 00 тиынов', 'Eleven tenge 00 tiyn'],
    ['12', 'Он екі теңге 00 тиын', 'Двенадцать тенге 00 тиынов', 'Twelve tenge 00 tiyn'],
    ['13', 'Он үш теңге 00 тиын', 'Тринадцать тенге 00 тиынов', 'Thirteen tenge 00 tiyn'],
    ['14', 'Он төрт теңге 00 тиын', 'Четырнадцать тенге 00 тиынов', 'Fourteen tenge 00 tiyn'],
    ['15', 'Он бес теңге 00 тиын', 'Пятнадцать тенге 00 тиынов', 'Fifteen tenge 00 tiyn'],
    ['16', 'Он алты теңге 00 тиын', 'Шестнадцать тенге 00 тиынов', 'Sixteen tenge 00 tiyn'],
    ['17', 'Он жеті теңге 00 тиын', 'Семнадцать тенге 00 тиынов', 'Seventeen tenge 00 tiyn'],
    ['18', 'Он сегіз теңге 00 тиын', 'Восемнадцать тенге 00 тиынов', 'Eighteen tenge 00 tiyn'],
    ['19', 'Он тоғыз теңге 00 тиын', 'Девятнадцать тенге 00 тиынов', 'Nineteen tenge 00 tiyn'],
    ['21', 'Жиырма бір теңге 00 тиын', 'Двадцать один тенге 00 тиынов', 'Twenty-one tenge 00 tiyn'],
    ['100', 'Жүз теңге 00 тиын', 'Сто тенге 00 тиынов', 'One hundred tenge 00 tiyn'],
    ['101', 'Жүз бір теңге 00 тиын', 'Сто один тенге 00 тиынов', 'One hundred one tenge 00 tiyn'],
    ['1000', 'Бір мың теңге 00 тиын', 'Одна тысяча тенге 00 тиынов', 'One thousand tenge 00 tiyn'],
    [
      '1001',
      'Бір мың бір теңге 00 тиын',
      'Одна тысяча один тенге 00 тиынов',
      'One thousand one tenge 00 tiyn',
    ],
    ['2000', 'Екі мың теңге 00 тиын', 'Две тысячи тенге 00 тиынов', 'Two thousand tenge 00 tiyn'],
    [
      '21000',
      'Жиырма бір мың теңге 00 тиын',
      'Двадцать одна тысяча тенге 00 тиынов',
      'Twenty-one thousand tenge 00 tiyn',
    ],
    [
      '1000000',
      'Бір миллион теңге 00 тиын',
      'Один миллион тенге 00 тиынов',
      'One million tenge 00 tiyn',
    ],
    [
      '1000000000',
      'Бір миллиард теңге 00 тиын',
      'Один миллиард тенге 00 тиынов',
      'One billion tenge 00 tiyn',
    ],
    [
      '1000000000000',
      'Бір триллион теңге 00 тиын',
      'Один триллион тенге 00 тиынов',
      'One trillion tenge 00 tiyn',
    ],
    [
      '111000.12',
      'Жүз он бір мың теңге 12 тиын',
      'Сто одиннадцать тысяч тенге 12 тиынов',
      'One hundred eleven thousand tenge 12 tiyn',
    ],
    [
      '121000.01',
      'Жүз жиырма бір мың теңге 01 тиын',
      'Сто двадцать одна тысяча тенге 01 тиын',
      'One hundred twenty-one thousand tenge 01 tiyn',
    ],
  ])('writes the boundary %s in kk, ru and en', (amount, kk, ru, en) => {
    expect(tengeInWords(amount, { locale: 'kk' })).toBe(kk);
    expect(tengeInWords(amount, { locale: 'ru' })).toBe(ru);
    expect(tengeInWords(amount, { locale: 'en' })).toBe(en);
  });

  it('declines «тиын» for every count 00–99 (1 тиын, 2 тиына, 5 тиынов; 11–14 тиынов)', () => {
    const expected = (count: number): string => {
      const last = count % 10;
      const teen = count >= 11 && count <= 14;
      if (last === 1 && !teen) return 'тиын';
      if (last >= 2 && last <= 4 && !teen) return 'тиына';
      return 'тиынов';
    };
    for (let count = 0; count < 100; count++) {
      const digits = String(count).padStart(2, '0');
      expect(tengeInWords(`7.${digits}`, { locale: 'ru' }), digits).toBe(
        `Семь тенге ${digits} ${expected(count)}`,
      );
      expect(tengeInWords(`7.${digits}`, { locale: 'ru', tiynDeclension: 'invariable' })).toBe(
        `Семь тенге ${digits} тиын`,
      );
    }
    // The counts the rule turns on, spelled out.
    expect(
      ['01', '11', '12', '21', '22', '25'].map((t) => tengeInWords(`0.${t}`, { locale: 'ru' })),
    ).toEqual([
      'Ноль тенге 01 тиын',
      'Ноль тенге 11 тиынов',
      'Ноль тенге 12 тиынов',
      'Ноль тенге 21 тиын',
      'Ноль тенге 22 тиына',
      'Ноль тенге 25 тиынов',
    ]);
  });

  it('writes negatives with минус / minus, capitalised', () => {
    expect(tengeInWords(Tenge.of('-5.50'), { locale: 'kk' })).toBe('Минус бес теңге 50 тиын');
    expect(tengeInWords(Tenge.of('-5.50'), { locale: 'ru' })).toBe('Минус пять тенге 50 тиынов');
    expect(tengeInWords(Tenge.of('-0.01'), { locale: 'en' })).toBe('Minus zero tenge 01 tiyn');
  });

  it('writes the largest Tenge', () => {
    expect(tengeInWords(Tenge.maxValue, { locale: 'ru' })).toBe(
      'Девятьсот девяносто девять триллионов девятьсот девяносто девять миллиардов девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять тенге 99 тиынов',
    );
    expect(tengeInWords(Tenge.minValue, { locale: 'en' })).toBe(
      'Minus nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine tenge 99 tiyn',
    );
  });

  it('refuses bad amounts, locales and options with typed errors', () => {
    expect(codeOf(() => tengeInWords('1.005', { locale: 'kk' }))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => tengeInWords(Number.NaN, { locale: 'kk' }))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => tengeInWords('1', { locale: 'kz' as 'kk' }))).toBe('INVALID_LOCALE');
    // The locale is not optional.
    expect(codeOf(() => tengeInWords('1', {} as TengeInWordsOptions))).toBe('INVALID_LOCALE');
    expect(codeOf(() => tengeInWords('1', undefined as unknown as TengeInWordsOptions))).toBe(
      'INVALID_LOCALE',
    );
    for (const declension of ['sometimes', null]) {
      expect(
        thrownWith('INVALID_ARGUMENT', () =>
          tengeInWords('1', { locale: 'ru', tiynDeclension: declension as 'agree' }),
        ).details,
      ).toEqual({
        fn: 'tengeInWords',
        field: 'tiynDeclension',
        received: declension,
        expected: 'oneOf',
        allowed: ['agree', 'invariable'],
      });
    }
    // The old form, with the locale apart, is refused rather than half read.
    for (const options of [null, 'invariable', 5, 'ru']) {
      expect(
        thrownWith('INVALID_ARGUMENT', () =>
          tengeInWords('1', options as unknown as TengeInWordsOptions),
        ).details,
      ).toMatchObject({ fn: 'tengeInWords', field: 'options', expected: 'options' });
    }
  });

  it('refuses a misspelt option, naming it, instead of declining «тиын» by default', () => {
    const options = {
      locale: 'ru',
      tiynDeclention: 'invariable',
    } as unknown as TengeInWordsOptions;
    const error = thrownWith('INVALID_ARGUMENT', () => tengeInWords('2.22', options));
    expect(error.details).toEqual({
      fn: 'tengeInWords',
      field: 'tiynDeclention',
      received: 'invariable',
      expected: 'knownKey',
      allowed: ['locale', 'tiynDeclension'],
    });
    expect(error.message).toBe(
      'tengeInWords: unknown option "tiynDeclention": expected one of locale, tiynDeclension',
    );
    expect(tengeInWords('2.22', { locale: 'ru', tiynDeclension: 'invariable' })).toBe(
      'Два тенге 22 тиын',
    );
  });
});

describe('numberToWords boundaries', () => {
  const table: [number | bigint, string, string, string][] = [
    [0, 'нөл', 'ноль', 'zero'],
    [1, 'бір', 'один', 'one'],
    [10, 'он', 'десять', 'ten'],
    [11, 'он бір', 'одиннадцать', 'eleven'],
    [12, 'он екі', 'двенадцать', 'twelve'],
    [13, 'он үш', 'тринадцать', 'thirteen'],
    [14, 'он төрт', 'четырнадцать', 'fourteen'],
    [15, 'он бес', 'пятнадцать', 'fifteen'],
    [16, 'он алты', 'шестнадцать', 'sixteen'],
    [17, 'он жеті', 'семнадцать', 'seventeen'],
    [18, 'он сегіз', 'восемнадцать', 'eighteen'],
    [19, 'он тоғыз', 'девятнадцать', 'nineteen'],
    [20, 'жиырма', 'двадцать', 'twenty'],
    [21, 'жиырма бір', 'двадцать один', 'twenty-one'],
    [40, 'қырық', 'сорок', 'forty'],
    [99, 'тоқсан тоғыз', 'девяносто девять', 'ninety-nine'],
    [100, 'жүз', 'сто', 'one hundred'],
    [101, 'жүз бір', 'сто один', 'one hundred one'],
    [110, 'жүз он', 'сто десять', 'one hundred ten'],
    [200, 'екі жүз', 'двести', 'two hundred'],
    [1000, 'бір мың', 'одна тысяча', 'one thousand'],
    [1001, 'бір мың бір', 'одна тысяча один', 'one thousand one'],
    [1100, 'бір мың жүз', 'одна тысяча сто', 'one thousand one hundred'],
    [2000, 'екі мың', 'две тысячи', 'two thousand'],
    [5000, 'бес мың', 'пять тысяч', 'five thousand'],
    [11_000, 'он бір мың', 'одиннадцать тысяч', 'eleven thousand'],
    [21_000, 'жиырма бір мың', 'двадцать одна тысяча', 'twenty-one thousand'],
    [22_000, 'жиырма екі мың', 'двадцать две тысячи', 'twenty-two thousand'],
    [100_000, 'жүз мың', 'сто тысяч', 'one hundred thousand'],
    [1_000_000, 'бір миллион', 'один миллион', 'one million'],
    [2_000_000, 'екі миллион', 'два миллиона', 'two million'],
    [5_000_000, 'бес миллион', 'пять миллионов', 'five million'],
    [1_000_000_000, 'бір миллиард', 'один миллиард', 'one billion'],
    [1_000_000_000_000, 'бір триллион', 'один триллион', 'one trillion'],
    [
      1_000_001_000,
      'бір миллиард бір мың',
      'один миллиард одна тысяча',
      'one billion one thousand',
    ],
    [10n ** 15n, 'бір квадриллион', 'один квадриллион', 'one quadrillion'],
    [-88, 'минус сексен сегіз', 'минус восемьдесят восемь', 'minus eighty-eight'],
  ];

  it.each(table)('writes %s', (n, kk, ru, en) => {
    expect(numberToWords(n, 'kk')).toBe(kk);
    expect(numberToWords(n, 'ru')).toBe(ru);
    expect(numberToWords(n, 'en')).toBe(en);
  });

  it('writes the TSDoc examples', () => {
    expect(numberToWords(1424750, 'kk')).toBe('бір миллион төрт жүз жиырма төрт мың жеті жүз елу');
    expect(numberToWords(2000, 'ru')).toBe('две тысячи');
    expect(numberToWords(21, 'en')).toBe('twenty-one');
    expect(numberToWords(-5, 'ru')).toBe('минус пять');
  });

  it('writes the extremes and refuses what it cannot write', () => {
    expect(numberToWords(999_999_999_999_999_999n, 'en')).toMatch(
      /^nine hundred ninety-nine quadrillion/,
    );
    expect(numberToWords(-999_999_999_999_999_999n, 'kk')).toMatch(
      /^минус тоғыз жүз тоқсан тоғыз квадриллион/,
    );
    for (const bad of [10n ** 18n, -(10n ** 18n)]) {
      expect(thrownWith('INVALID_ARGUMENT', () => numberToWords(bad, 'kk')).details).toEqual({
        fn: 'numberToWords',
        field: 'n',
        received: bad,
        expected: 'wordsRange',
      });
    }
    for (const bad of [1.5, Number.NaN, 2 ** 53, '5', null]) {
      expect(
        thrownWith('INVALID_ARGUMENT', () => numberToWords(bad as number, 'kk')).details,
      ).toEqual({ fn: 'numberToWords', field: 'n', received: bad, expected: 'safeInteger' });
    }
    expect(codeOf(() => numberToWords(1, 'de' as 'en'))).toBe('INVALID_LOCALE');
  });
});
