import { describe, expect, it } from 'vitest';
import { TutynushyError } from '../../src/core/index.js';
import {
  type FormatTengeOptions,
  formatTenge,
  MAX_TIYN,
  MAX_WORDS_NUMBER,
  numberToWords,
  type ParseTengeOptions,
  parseTenge,
  TENGE_ROUNDINGS,
  TENGE_UNITS,
  Tenge,
  type TengeFactor,
  type TengeInput,
  type TengeInWordsOptions,
  type TengeRounding,
  type TengeUnit,
  tengeInWords,
} from '../../src/money/index.js';

// The @example blocks of the money module's constants, types and options.
describe('TSDoc examples of the money module', () => {
  it('constants', () => {
    expect(MAX_TIYN).toBe(99_999_999_999_999_999n);
    expect(() => Tenge.fromTiyn(MAX_TIYN + 1n)).toThrow(TutynushyError);
    expect(TENGE_ROUNDINGS.includes('halfUp')).toBe(true);
    expect(TENGE_UNITS).toEqual(['symbol', 'word', 'code']);
    expect(() => numberToWords(MAX_WORDS_NUMBER + 1n, 'en')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('types and options', () => {
    const mode: TengeRounding = 'halfEven';
    expect(Tenge.of('0.05').times('0.5', mode).toString()).toBe('0.02');
    const unit: TengeUnit = 'code';
    expect(formatTenge(Tenge.of(5), { locale: 'kk', unit })).toBe('5\u00A0KZT');
    const inputs: TengeInput[] = ['1424750.50', 0.5, 72_000_000n];
    expect(inputs.map((input) => Tenge.of(input).toString())).toEqual([
      '1424750.50',
      '0.50',
      '72000000.00',
    ]);
    const vat: TengeFactor = '0.12';
    expect(Tenge.of('1000').times(vat).toString()).toBe('120.00');
    const format: FormatTengeOptions = { locale: 'ru', unit: 'word', fraction: 'always' };
    expect(formatTenge(Tenge.of(5), format)).toBe('5,00\u00A0тенге');
    const parse: ParseTengeOptions = { locale: 'en' };
    expect(parseTenge('1,234', parse).toString()).toBe('1234.00');
    const words: TengeInWordsOptions = { locale: 'ru', tiynDeclension: 'invariable' };
    expect(tengeInWords('0.05', words)).toBe('Ноль тенге 05 тиын');
  });
});
