import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type AmountDetails, isTutynushyError } from '../../src/core/index.js';
import {
  formatTenge,
  MAX_TIYN,
  parseTenge,
  safeParseTenge,
  TENGE_UNITS,
  Tenge,
} from '../../src/money/index.js';
import { failedWith, thrownWith } from '../support/error-details.js';

describe('parseTenge reads what published reports write', () => {
  it.each([
    ['72 млн.теңге', '72000000.00'],
    ['72 млн тенге', '72000000.00'],
    ['72 млн теңге', '72000000.00'],
    ['72 млн. тенге', '72000000.00'],
    ['1 424 750 теңге', '1424750.00'],
    ['1\u00A0424\u00A0750\u00A0теңге', '1424750.00'],
    ['1\u202F424\u202F750 тенге', '1424750.00'],
    ['4 млн 671 мың теңге', '4671000.00'],
    ['4 млн 671 тыс. тенге', '4671000.00'],
    ['1 424 750,50 ₸', '1424750.50'],
    ['1,4 млрд', '1400000000.00'],
    ['9,5 млн', '9500000.00'],
    ['6,4 млн теңге', '6400000.00'],
    ['223 929 млн теңге', '223929000000.00'],
    ['1,234 млрд', '1234000000.00'],
    ['2 миллиона тенге', '2000000.00'],
    ['5 тысяч тенге', '5000.00'],
    ['5 тыс. 250 тенге', '5250.00'],
    ['1 млрд 200 млн 5 тыс. 250,50 тенге', '1200005250.50'],
    ['0,5 мың', '500.00'],
    ['250 000 тг.', '250000.00'],
    ['1 424 750 KZT', '1424750.00'],
    ['1424750', '1424750.00'],
    ['1 424 750', '1424750.00'],
    ['1,5', '1.50'],
    ['1.5 ₸', '1.50'],
    ['3 тенге.', '3.00'],
    ['-3,20 ₸', '-3.20'],
    ['−3,20 ₸', '-3.20'],
    ['₸1,424,750.50', '1424750.50'],
    ['KZT 72M', '72000000.00'],
    ['KZT 1.4bn', '1400000000.00'],
    ['72 million tenge', '72000000.00'],
    ['-₸3.20', '-3.20'],
    ['₸-3.20', '-3.20'],
    ['  72 млн теңге  ', '72000000.00'],
    ['999 999 999 999 999,99', '999999999999999.99'],
    ['1 424 750 теңге 50 тиын', '1424750.50'],
    ['250 000 тенге 05 тиынов', '250000.05'],
    ['2 тенге 22 тиына', '2.22'],
    ['1,424,750 tenge 01 tiyn', '1424750.01'],
  ])('%j → %s', (text, expected) => {
    expect(parseTenge(text).toString()).toBe(expected);
  });

  it.each([
    ['₸1,424,750.50', '1424750.50'],
    ['KZT 72M', '72000000.00'],
    ['KZT 1,424,750', '1424750.00'],
    ['1,234', '1234.00'],
    ['1 424 750.50 tenge', '1424750.50'],
    ['-KZT 3.20', '-3.20'],
    ['72 млн тенге', '72000000.00'],
  ])('with locale en: %j → %s', (text, expected) => {
    expect(parseTenge(text, { locale: 'en' }).toString()).toBe(expected);
  });

  it('reads with a kk or ru locale the kk/ru way', () => {
    expect(parseTenge('1,5 млн', { locale: 'kk' }).toString()).toBe('1500000.00');
    expect(parseTenge('1.5 млн', { locale: 'ru' }).toString()).toBe('1500000.00');
    expect(
      thrownWith('INVALID_AMOUNT', () => parseTenge('₸1,424,750.50', { locale: 'ru' })).details,
    ).toEqual({
      received: '₸1,424,750.50',
      problem: 'decimalMarks',
      part: '1,424,750.50',
      convention: 'comma',
    });
  });

  it('reads the mistyped «223 929 млн теңге» as written, not as what it probably meant', () => {
    // A department's published refunds of 224 billion tenge are surely a slip
    // for «223 929 мың» or «223,929 млн», but the text cannot say which.
    expect(parseTenge('223 929 млн теңге').toString()).toBe('223929000000.00');
    expect(parseTenge('223,929 млн').toString()).toBe('223929000.00');
    expect(parseTenge('223 929 тыс. тенге').toString()).toBe('223929000.00');
    expect(parseTenge('223 929 мың теңге').toString()).toBe('223929000.00');
  });

  it('has a non-throwing twin', () => {
    const good = safeParseTenge('9,5 млн');
    expect(good.ok && good.value.toString()).toBe('9500000.00');
    const bad = safeParseTenge('абв');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && isTutynushyError(bad.error, 'INVALID_AMOUNT')).toBe(true);
  });
});

describe('parseTenge refuses what is malformed or ambiguous, with the reason', () => {
  const refusals: readonly (readonly [string, Omit<AmountDetails, 'received'>])[] = [
    ['', { problem: 'empty' }],
    ['  ', { problem: 'blank' }],
    ['абв', { problem: 'noDigits' }],
    ['₸', { problem: 'noDigits' }],
    ['-', { problem: 'noDigits' }],
    // Two decimal commas in kk/ru; read the English way, groups that are not thousands.
    [
      '1,2,3',
      { problem: 'decimalMarks', part: '1,2,3', convention: 'comma', pointReading: 'notThousands' },
    ],
    ['12 млн млн', { problem: 'scaleWithoutNumber', part: 'млн' }],
    ['млн 12', { problem: 'beforeNumber', part: 'млн' }],
    ['1,234', { problem: 'ambiguousComma', readings: ['1.234', '1234'] }],
    [
      '1 234,567,8',
      {
        problem: 'decimalMarks',
        part: '1 234,567,8',
        convention: 'comma',
        pointReading: 'mixedSeparators',
      },
    ],
    [
      '4 млн 1200 тыс.',
      {
        problem: 'partTooLarge',
        part: '1200 тыс.',
        other: '4 млн',
        convention: 'comma',
        scales: [6, 3],
      },
    ],
    [
      '4,5 млн 200 тыс.',
      { problem: 'fractionBeforeScale', part: '200 тыс.', other: '4,5 млн', convention: 'comma' },
    ],
    [
      '5 тыс. 3 млн',
      {
        problem: 'scalesNotDescending',
        part: '3 млн',
        other: '5 тыс.',
        convention: 'comma',
        scales: [3, 6],
      },
    ],
    [
      '4 млн 671',
      {
        problem: 'missingScale',
        part: '671',
        other: '4 млн',
        convention: 'comma',
        readings: ['4000671', '4671000'],
      },
    ],
    [
      '4 млн 671 тенге',
      {
        problem: 'missingScale',
        part: '671',
        other: '4 млн',
        convention: 'comma',
        readings: ['4000671', '4671000'],
      },
    ],
    [
      '1 млн 250,50 тенге',
      {
        problem: 'missingScale',
        part: '250,50',
        other: '1 млн',
        convention: 'comma',
        readings: ['1000250.50', '1250500'],
      },
    ],
    [
      '2 млрд 500',
      {
        problem: 'missingScale',
        part: '500',
        other: '2 млрд',
        convention: 'comma',
        readings: ['2000000500', '2000500000'],
      },
    ],
    [
      'KZT 4M 671',
      {
        problem: 'missingScale',
        part: '671',
        other: '4 M',
        convention: 'point',
        readings: ['4000671', '4671000'],
      },
    ],
    [
      '5 млн 3 млн',
      {
        problem: 'scalesNotDescending',
        part: '3 млн',
        other: '5 млн',
        convention: 'comma',
        scales: [6, 6],
      },
    ],
    // Both readings fail alike: the English one is kept, with its hint about commas.
    ['1424 750', { problem: 'notThousands', part: '1424 750', convention: 'point' }],
    ['72 1000', { problem: 'notThousands', part: '72 1000', convention: 'point' }],
    ['1,424 750 теңге', { problem: 'groupsAfterDecimal', part: '1,424 750', convention: 'comma' }],
    ['1.005 ₸', { problem: 'notExactToTiyn', decimals: 3 }],
    ['1,234567 тыс. ₸', { problem: 'notExactToTiyn', decimals: 3 }],
    ['72 долларов', { problem: 'unknownWord', part: 'долларов' }],
    ['$5', { problem: 'unexpectedCharacter', part: '$', position: 1 }],
    ['+5', { problem: 'unexpectedCharacter', part: '+', position: 1 }],
    // The whole character, not half of its surrogate pair.
    ['5 😀', { problem: 'unexpectedCharacter', part: '😀', position: 3 }],
    ['5 ₸ ₸', { problem: 'outOfPlace', part: '₸' }],
    ['₸5 тенге', { problem: 'currencyTwice', part: 'тенге' }],
    ['5 тенге 3', { problem: 'twoNumbers', part: '3', other: '5' }],
    ['1,4M тенге', { problem: 'mixedScripts' }],
    ['1 000 трлн ₸', { problem: 'outOfRange' }],
    ['1 000 000 000 000 000', { problem: 'outOfRange' }],
    ['--5', { problem: 'beforeNumber', part: '-' }],
    ['5 тенге 100 тиын', { problem: 'tiynDigits', part: '100' }],
    ['5,5 тенге 50 тиын', { problem: 'tiynAfterFraction', part: '50', convention: 'comma' }],
    ['5 тенге 50', { problem: 'twoNumbers', part: '50', other: '5' }],
    ['50 тиын', { problem: 'unknownWord', part: 'тиын' }],
  ];

  it.each(refusals)('%j: %o', (text, refusal) => {
    const error = thrownWith('INVALID_AMOUNT', () => parseTenge(text));
    expect(error.details).toEqual({ received: text, ...refusal });
    expect(error.message).toContain(JSON.stringify(text));
    expect(Object.isFrozen(error.details)).toBe(true);
  });

  it.each([
    // Look odd, read exactly: kept beside the refusals they resemble.
    ['1 424,750 теңге', '1424.75'],
    ['1,2345 тыс. ₸', '1234.50'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseTenge(text).toString()).toBe(expected);
  });

  it('refuses «1,234» with no locale, and reads it with one', () => {
    expect(thrownWith('INVALID_AMOUNT', () => parseTenge('1,234')).details.problem).toBe(
      'ambiguousComma',
    );
    expect(parseTenge('1,234', { locale: 'en' }).toString()).toBe('1234.00');
    expect(
      thrownWith('INVALID_AMOUNT', () => parseTenge('1,234', { locale: 'ru' })).details,
    ).toEqual({ received: '1,234', problem: 'notExactToTiyn', decimals: 3 });
  });

  it('refuses other types and an unknown locale with typed errors', () => {
    expect(thrownWith('INVALID_AMOUNT', () => parseTenge(5 as unknown as string)).details).toEqual({
      received: 5,
      problem: 'notText',
    });
    expect(
      thrownWith('INVALID_AMOUNT', () => parseTenge(null as unknown as string)).details.problem,
    ).toBe('notText');
    expect(
      thrownWith('INVALID_LOCALE', () => parseTenge('5', { locale: 'kz' as 'kk' })).details,
    ).toEqual({ received: 'kz', allowed: ['kk', 'ru', 'en'] });
    thrownWith('INVALID_LOCALE', () => parseTenge('5', { locale: null as unknown as 'kk' }));
    for (const options of [null, 'en', ['en']]) {
      const error = thrownWith('INVALID_ARGUMENT', () =>
        parseTenge('5', options as unknown as { locale: 'en' }),
      );
      expect(error.details).toMatchObject({
        fn: 'parseTenge',
        field: 'options',
        expected: 'options',
      });
      expect(safeParseTenge('5', options as unknown as { locale: 'en' }).ok).toBe(false);
    }
  });

  it('refuses an unknown option, naming it, rather than reading without it', () => {
    // «1,234» read the en way is 1234; a misspelt key must not quietly give 1.234 or an ambiguity.
    const error = thrownWith('INVALID_ARGUMENT', () =>
      parseTenge('1,234', { locael: 'en' } as unknown as { locale: 'en' }),
    );
    expect(error.details).toEqual({
      fn: 'parseTenge',
      field: 'locael',
      received: 'en',
      expected: 'knownKey',
      allowed: ['locale'],
    });
    expect(error.message).toBe('parseTenge: unknown option "locael": expected one of locale');
    expect(parseTenge('1', { locale: undefined }).toString()).toBe('1.00');
  });

  it.each([
    ['digits and spaces', '1 '.repeat(25_000)],
    ['digits and commas', '1,'.repeat(25_000)],
    ['scale words', 'млн '.repeat(12_500)],
    ['digit groups and points', '123.'.repeat(12_500)],
    ['one long digit run', '9'.repeat(50_000)],
    ['mixed', '1 424,5 млн.₸ '.repeat(3_600)],
  ])('finishes on a 50 kB hostile string (%s) with a typed error', (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(49_000);
    const error = failedWith('INVALID_AMOUNT', safeParseTenge(text));
    expect(error.details.problem).toBe('tooLong');
    expect(error.message.length).toBeLessThan(300);
    expect(String(error.details.received).length).toBeLessThanOrEqual(201);
  });

  // No timings here (throughput is the bench's job): a reader that
  // backtracked catastrophically on these shapes would not finish, and the
  // test's own timeout would fail it.
  it('reads a hostile string just under the length cap in one pass', { timeout: 10_000 }, () => {
    // Below the cap the tokenizer itself runs: still a typed error, no blow-up.
    const hostile = [
      '1 '.repeat(128),
      '1,'.repeat(128),
      '1.1 '.repeat(64),
      'м'.repeat(256),
      `${'1 000 '.repeat(42)}x`,
      `${'9'.repeat(254)},`,
      '4 млн 671 тыс. '.repeat(17),
      `${'1'.repeat(120)},${'1'.repeat(120)} млн`,
    ].map((text) => text.slice(0, 256));
    for (let round = 0; round < 100; round++) {
      for (const text of hostile) expect(safeParseTenge(text).ok).toBe(false);
    }
  });

  it('refuses a 50 kB string before reading it', () => {
    const error = failedWith('INVALID_AMOUNT', safeParseTenge('1 '.repeat(25_000)));
    expect(error.details).toEqual({
      received: `${'1 '.repeat(100)}…`,
      problem: 'tooLong',
      length: 50_000,
      max: 256,
    });
    // 256 characters are still read; 257 are not.
    expect(failedWith('INVALID_AMOUNT', safeParseTenge(`1${' '.repeat(256)}`)).details).toEqual({
      received: `1${' '.repeat(199)}…`,
      problem: 'tooLong',
      length: 257,
      max: 256,
    });
    expect(parseTenge(`1${' '.repeat(255)}`).toString()).toBe('1.00');
  });
});

const amounts = fc.bigInt({ min: -MAX_TIYN, max: MAX_TIYN }).map((t) => Tenge.fromTiyn(t));
const locales = fc.constantFrom('kk' as const, 'ru' as const, 'en' as const);
const units = fc.constantFrom(...TENGE_UNITS);

describe('parse ∘ format', () => {
  propTest.prop([amounts, locales, units])(
    'parseTenge(formatTenge(x, o), o) = x for every locale and unit, fraction always',
    (amount, locale, unit) => {
      const options = { locale, unit, fraction: 'always' } as const;
      expect(parseTenge(formatTenge(amount, options), { locale }).equals(amount)).toBe(true);
    },
  );

  propTest.prop([amounts, locales, units])(
    'also with fraction auto, and without telling the locale for kk and ru',
    (amount, locale, unit) => {
      const text = formatTenge(amount, { locale, unit });
      expect(parseTenge(text, { locale }).equals(amount)).toBe(true);
      if (locale !== 'en') expect(parseTenge(text).equals(amount)).toBe(true);
    },
  );

  propTest.prop([amounts, locales, units])(
    'compact text reads back as the figure it shows, which writes the same text again',
    (amount, locale, unit) => {
      const options = { locale, unit, compact: true } as const;
      const text = formatTenge(amount, options);
      const back = parseTenge(text, { locale });
      expect(formatTenge(back, options)).toBe(text);
      if (locale !== 'en') expect(parseTenge(text).equals(back)).toBe(true);
      const magnitude = amount.abs().toTiyn();
      if (magnitude < 100_000n) {
        // Below 1000 tenge compact text loses nothing.
        expect(back.equals(amount)).toBe(true);
      } else {
        // Rounded to a tenth of a scale of at least 1000: off by at most 5 % of the amount.
        expect(back.minus(amount).abs().toTiyn() * 20n <= magnitude).toBe(true);
        expect(back.isNegative()).toBe(amount.isNegative());
      }
    },
  );

  it('reads the demo figures back from compact text', () => {
    const compact = (n: number) =>
      parseTenge(formatTenge(Tenge.of(n), { locale: 'kk', unit: 'word', compact: true }));
    expect(compact(72_000_000).toString()).toBe('72000000.00');
    expect(compact(1_424_750).toString()).toBe('1400000.00');
  });
});
