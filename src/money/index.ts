/**
 * Money in Kazakhstan tenge, exact to the tiyn: the {@link Tenge} type and
 * its arithmetic (sums, rounding by a named mode, allocation without losing
 * a tiyn), formatting in Kazakh, Russian and English ({@link formatTenge}),
 * reading amounts as published reports write them ({@link parseTenge}), and
 * amounts in words for claims and court documents ({@link tengeInWords},
 * {@link numberToWords}). Never loads zod: the zod schemas of amounts
 * (`TengeSchema`, `NonNegativeTengeSchema`) are in `tutynushy/schemas`.
 *
 * @module money
 */

export { MAX_TIYN } from './amount.js';
export { type FormatTengeOptions, formatTenge, safeFormatTenge } from './format.js';
export { MAX_WORDS_NUMBER, numberToWords } from './number-to-words.js';
export { type ParseTengeOptions, parseTenge, safeParseTenge } from './parse.js';
export { TENGE_ROUNDINGS, type TengeRounding } from './rounding.js';
export { Tenge, type TengeFactor, type TengeInput } from './tenge.js';
export { type TengeInWordsOptions, tengeInWords } from './tenge-in-words.js';
export { TENGE_UNITS, type TengeUnit } from './units.js';
