import { describe, expect, it } from 'vitest';
import {
  type FormatTengeOptions,
  formatTenge,
  Tenge,
  type TengeUnit,
} from '../../src/money/index.js';
import { thrownWith } from '../support/error-details.js';
import { codeOf } from '../support/errors.js';

// U+00A0 NO-BREAK SPACE, as Intl groups digits in kk and ru.
const _ = '\u00A0';

const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)?.toString(16));

describe('formatTenge', () => {
  it('writes 1 424 750 in every locale and unit, with no-break spaces', () => {
    const amount = Tenge.of(1424750);
    const table: Record<string, Record<TengeUnit, string>> = {
      kk: {
        symbol: `1${_}424${_}750${_}₸`,
        word: `1${_}424${_}750${_}теңге`,
        code: `1${_}424${_}750${_}KZT`,
      },
      ru: {
        symbol: `1${_}424${_}750${_}₸`,
        word: `1${_}424${_}750${_}тенге`,
        code: `1${_}424${_}750${_}KZT`,
      },
      en: { symbol: '₸1,424,750', word: `1,424,750${_}tenge`, code: `KZT${_}1,424,750` },
    };
    for (const [locale, units] of Object.entries(table)) {
      for (const [unit, expected] of Object.entries(units)) {
        expect(
          formatTenge(amount, { locale: locale as 'kk', unit: unit as TengeUnit }),
          `${locale} ${unit}`,
        ).toBe(expected);
      }
    }
  });

  it('pins the exact code points', () => {
    expect(codePoints(formatTenge(Tenge.of(1424750), { locale: 'kk', unit: 'word' }))).toEqual([
      '31',
      'a0',
      '34',
      '32',
      '34',
      'a0',
      '37',
      '35',
      '30',
      'a0',
      '442',
      '435',
      '4a3',
      '433',
      '435',
    ]);
    expect(codePoints(formatTenge(Tenge.of('250000.5'), { locale: 'ru' }))).toEqual([
      '32',
      '35',
      '30',
      'a0',
      '30',
      '30',
      '30',
      '2c',
      '35',
      '30',
      'a0',
      '20b8',
    ]);
    expect(codePoints(formatTenge(Tenge.of(-5), { locale: 'en', unit: 'code' }))).toEqual([
      '2d',
      '4b',
      '5a',
      '54',
      'a0',
      '35',
    ]);
  });

  it('shows tiyn when there are some, or always', () => {
    expect(formatTenge(Tenge.of('250000.5'), { locale: 'ru' })).toBe(`250${_}000,50${_}₸`);
    expect(formatTenge(Tenge.of('1424750.5'), { locale: 'en' })).toBe('₸1,424,750.50');
    expect(formatTenge(Tenge.of(1424750), { locale: 'kk', fraction: 'always' })).toBe(
      `1${_}424${_}750,00${_}₸`,
    );
    expect(formatTenge(Tenge.of('0.05'), { locale: 'en', unit: 'word', fraction: 'auto' })).toBe(
      `0.05${_}tenge`,
    );
    expect(formatTenge(Tenge.zero, { locale: 'kk', unit: 'word' })).toBe(`0${_}теңге`);
    expect(formatTenge(Tenge.maxValue, { locale: 'ru', fraction: 'always' })).toBe(
      `999${_}999${_}999${_}999${_}999,99${_}₸`,
    );
  });

  it('writes negatives with the minus sign in front', () => {
    expect(formatTenge(Tenge.of('-3.20'), { locale: 'kk' })).toBe(`-3,20${_}₸`);
    expect(formatTenge(Tenge.of('-3.20'), { locale: 'en' })).toBe('-₸3.20');
    expect(formatTenge(Tenge.of('-1424750'), { locale: 'en', unit: 'code' })).toBe(
      `-KZT${_}1,424,750`,
    );
    expect(formatTenge(Tenge.of('-1424750'), { locale: 'ru', unit: 'word' })).toBe(
      `-1${_}424${_}750${_}тенге`,
    );
  });

  it('accepts anything Tenge.of reads', () => {
    expect(formatTenge('1424750', { locale: 'ru', unit: 'word' })).toBe(`1${_}424${_}750${_}тенге`);
    expect(formatTenge(72_000_000n, { locale: 'en', unit: 'code' })).toBe(`KZT${_}72,000,000`);
  });

  it('refuses bad amounts and options with typed errors', () => {
    expect(codeOf(() => formatTenge('1.005', { locale: 'kk' }))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => formatTenge(Number.NaN, { locale: 'kk' }))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => formatTenge(1, { locale: 'kz' as 'kk' }))).toBe('INVALID_LOCALE');
    expect(codeOf(() => formatTenge(1, undefined as unknown as { locale: 'kk' }))).toBe(
      'INVALID_LOCALE',
    );
    expect(codeOf(() => formatTenge(1, { locale: 'kk', unit: 'USD' as 'code' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => formatTenge(1, { locale: 'kk', fraction: 'never' as 'auto' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it.each([
    ['options a locale string', 'kk', { field: 'options', received: 'kk', expected: 'options' }],
    ['options null', null, { field: 'options', received: null, expected: 'options' }],
    ['options an array', ['kk'], { field: 'options', expected: 'options' }],
    [
      'unit null',
      { locale: 'kk', unit: null },
      { field: 'unit', received: null, expected: 'oneOf', allowed: ['symbol', 'word', 'code'] },
    ],
    [
      'fraction null',
      { locale: 'kk', fraction: null },
      { field: 'fraction', received: null, expected: 'oneOf', allowed: ['auto', 'always'] },
    ],
    [
      'compact "yes"',
      { locale: 'kk', compact: 'yes' },
      { field: 'compact', received: 'yes', expected: 'boolean' },
    ],
    [
      'compact 1',
      { locale: 'kk', compact: 1 },
      { field: 'compact', received: 1, expected: 'boolean' },
    ],
  ])('refuses %s rather than falling back to a default', (_what, options, details) => {
    const error = thrownWith('INVALID_ARGUMENT', () =>
      formatTenge(1_000_000, options as unknown as FormatTengeOptions),
    );
    expect(error.details).toMatchObject({ fn: 'formatTenge', ...details });
  });

  it('names a refused option in the message', () => {
    expect(() => formatTenge(1, { locale: 'kk', compact: 'yes' as unknown as boolean })).toThrow(
      'formatTenge: invalid compact "yes": expected true or false',
    );
    expect(() => formatTenge(1, { locale: 'kk', unit: 'USD' as 'code' })).toThrow(
      'formatTenge: invalid unit "USD": expected one of symbol, word, code',
    );
  });

  it.each([
    // A misspelt key would be ignored, and the amount written without tiyn or in full.
    ['fractions', { locale: 'ru', fractions: 'always' }],
    ['Compact', { locale: 'ru', Compact: true }],
    ['units', { locale: 'ru', units: 'word' }],
    ['tiynDeclension', { locale: 'ru', tiynDeclension: 'agree' }],
  ])('refuses the unknown option %s, naming it', (key, options) => {
    const error = thrownWith('INVALID_ARGUMENT', () =>
      formatTenge(Tenge.of(1_000_000), options as unknown as FormatTengeOptions),
    );
    expect(error.details).toEqual({
      fn: 'formatTenge',
      field: key,
      received: (options as Record<string, unknown>)[key],
      expected: 'knownKey',
      allowed: ['locale', 'unit', 'compact', 'fraction'],
    });
    expect(error.message).toContain(`unknown option "${key}"`);
  });

  it('keeps a 1 MB unknown key out of the message and the details', () => {
    const key = 'k'.repeat(1_000_000);
    const error = thrownWith('INVALID_ARGUMENT', () =>
      formatTenge(1, { locale: 'kk', [key]: 1 } as unknown as FormatTengeOptions),
    );
    expect(error.details.field).toBe(`${'k'.repeat(200)}…`);
    expect(error.message.length).toBeLessThan(200);
  });

  it('reads each option once and treats an undefined one as absent', () => {
    let reads = 0;
    const options = {
      locale: 'kk' as const,
      get unit() {
        reads += 1;
        return 'word' as const;
      },
      fraction: undefined,
    };
    expect(formatTenge(5, options)).toBe(`5${_}теңге`);
    expect(reads).toBe(1);
  });
});

describe('formatTenge compact (lossy, for press releases)', () => {
  it('writes the published figures', () => {
    const c = (amount: string | number, locale: 'kk' | 'ru' | 'en', unit: TengeUnit) =>
      formatTenge(Tenge.of(amount), { locale, unit, compact: true });
    expect(c(72_000_000, 'kk', 'word')).toBe(`72${_}млн${_}теңге`);
    expect(c(72_000_000, 'ru', 'word')).toBe(`72${_}млн${_}тенге`);
    expect(c(72_000_000, 'en', 'code')).toBe(`KZT${_}72M`);
    expect(c(72_000_000, 'en', 'symbol')).toBe('₸72M');
    expect(c(72_000_000, 'en', 'word')).toBe(`72M${_}tenge`);
    expect(c(6_400_000, 'ru', 'word')).toBe(`6,4${_}млн${_}тенге`);
    expect(c(1_424_750, 'kk', 'symbol')).toBe(`1,4${_}млн${_}₸`);
    expect(c(4_671_000, 'ru', 'word')).toBe(`4,7${_}млн${_}тенге`);
    expect(c('250000.50', 'kk', 'word')).toBe(`250${_}мың${_}теңге`);
    expect(c('250000.50', 'ru', 'word')).toBe(`250${_}тыс.${_}тенге`);
    expect(c('250000.50', 'en', 'code')).toBe(`KZT${_}250K`);
    expect(c(223_929_000_000, 'ru', 'code')).toBe(`223,9${_}млрд${_}KZT`);
    expect(c(1_200_000_000_000, 'en', 'symbol')).toBe('₸1.2T');
  });

  it('rounds half up (away from zero) to a tenth of the scale and moves up a scale at 1000', () => {
    const c = (amount: string | number) =>
      formatTenge(Tenge.of(amount), { locale: 'ru', unit: 'word', compact: true });
    expect(c(1_450_000)).toBe(`1,5${_}млн${_}тенге`);
    expect(c(1_449_999.99)).toBe(`1,4${_}млн${_}тенге`);
    expect(c(-1_450_000)).toBe(`-1,5${_}млн${_}тенге`);
    expect(c(999_949)).toBe(`999,9${_}тыс.${_}тенге`);
    expect(c(999_950)).toBe(`1${_}млн${_}тенге`);
    expect(c(1000)).toBe(`1${_}тыс.${_}тенге`);
    expect(c('999949999999999.99')).toBe(`999,9${_}трлн${_}тенге`);
    // 1000 трлн would be 10^15, past the largest Tenge: the top stops at 999,9 трлн.
    expect(c('999950000000000')).toBe(`999,9${_}трлн${_}тенге`);
    expect(c(Tenge.maxValue.toString())).toBe(`999,9${_}трлн${_}тенге`);
    expect(c(Tenge.minValue.toString())).toBe(`-999,9${_}трлн${_}тенге`);
  });

  it('writes amounts below 1000 tenge in full, losing nothing', () => {
    expect(formatTenge(Tenge.of('999.99'), { locale: 'kk', compact: true })).toBe(`999,99${_}₸`);
    expect(formatTenge(Tenge.of('-3.2'), { locale: 'en', compact: true })).toBe('-₸3.20');
    expect(formatTenge(Tenge.zero, { locale: 'en', unit: 'code', compact: true })).toBe(`KZT${_}0`);
  });
});
