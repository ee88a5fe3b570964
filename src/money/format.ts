import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
import { type Result, safe } from '../core/result.js';
import { NUMBER_SYMBOLS, numberText } from './number-text.js';
import { booleanOption, optionOf } from './options.js';
import { Tenge, type TengeInput } from './tenge.js';
import { SCALE_WORDS, TENGE_SIGN, TENGE_UNITS, TENGE_WORD, type TengeUnit } from './units.js';

/**
 * Options of {@link formatTenge}.
 *
 * @example
 * ```ts
 * const options: FormatTengeOptions = { locale: 'ru', unit: 'word', fraction: 'always' };
 * formatTenge(Tenge.of(5), options); // '5,00 тенге'
 * ```
 */
export interface FormatTengeOptions {
  /** `kk`, `ru` or `en`: grouping, decimal mark, unit words and their place. */
  readonly locale: Locale;
  /** `symbol` (`₸`, the default), `word` (теңге / тенге / tenge) or `code` (`KZT`). */
  readonly unit?: TengeUnit | undefined;
  /**
   * Short form for press releases: `72 млн теңге`, `KZT 72M`. Lossy: the
   * amount is rounded half up to a tenth of its scale. Default `false`.
   */
  readonly compact?: boolean | undefined;
  /** `auto` (the default) shows tiyn only when there are some; `always` shows two decimals. */
  readonly fraction?: 'auto' | 'always' | undefined;
}

// Grouping (U+00A0 in kk and ru, a comma in en), the decimal mark and the
// minus sign are the library's own rule (number-text.ts), the same as Node's
// Intl writes them, so that an amount reads the same in every runtime: a
// runtime without kk number data (Chromium) would otherwise write
// `1,424,750.50 ₸`, which parseTenge rightly refuses in kk. Where the unit
// stands is ours too: Intl has no unit for the words «теңге»/«тенге»/«tenge»,
// and its kk compact forms («671 м.») are not what Kazakh reports write.
const NBSP = '\u00A0';
const FRACTIONS = ['auto', 'always'] as const;
const OPTIONS = ['locale', 'unit', 'compact', 'fraction'] as const;

function place(
  sign: string,
  number: string,
  scale: string,
  unit: TengeUnit,
  locale: Locale,
): string {
  const unitText = unit === 'symbol' ? TENGE_SIGN : unit === 'code' ? 'KZT' : TENGE_WORD[locale];
  if (locale === 'en') {
    // English writes the sign and the code before the number (₸1,424,750; KZT 72M).
    if (unit === 'symbol') return `${sign}${unitText}${number}${scale}`;
    if (unit === 'code') return `${sign}${unitText}${NBSP}${number}${scale}`;
    return `${sign}${number}${scale}${NBSP}${unitText}`;
  }
  const scaled = scale === '' ? number : `${number}${NBSP}${scale}`;
  return `${sign}${scaled}${NBSP}${unitText}`;
}

const SCALES = [1_000n, 1_000_000n, 1_000_000_000n, 1_000_000_000_000n];

// 999,9 трлн: the largest compact figure that is still a Tenge.
const MAX_COMPACT_TENTHS = 9_999n;

/**
 * Tenths of the largest scale not above the magnitude, rounded half up; a
 * rounding that reaches 1000 of a scale moves to the next (999 950 → 1 млн).
 * At the top, 999,95 трлн and more would round to 1000 трлн = 10^15, past
 * the largest Tenge, and parseTenge could not read it back: those few
 * amounts are shown as 999,9 трлн instead.
 */
function compactParts(tiyn: bigint): { tenths: bigint; scale: number } | undefined {
  if (tiyn < 100_000n) return undefined;
  let scale = SCALES.length - 1;
  while (scale > 0 && tiyn < (SCALES[scale] ?? 0n) * 100n) scale--;
  for (;;) {
    const unit = (SCALES[scale] ?? 1n) * 100n;
    const tenths = (tiyn * 20n + unit) / (unit * 2n);
    if (tenths <= MAX_COMPACT_TENTHS) return { tenths, scale };
    if (scale === SCALES.length - 1) return { tenths: MAX_COMPACT_TENTHS, scale };
    scale++;
  }
}

/**
 * Writes an amount as Kazakh, Russian or English text uses it:
 *
 * | locale | `symbol` | `word` | `code` | compact `word` |
 * |---|---|---|---|---|
 * | kk | `1 424 750 ₸` | `1 424 750 теңге` | `1 424 750 KZT` | `72 млн теңге` |
 * | ru | `1 424 750 ₸` | `1 424 750 тенге` | `1 424 750 KZT` | `72 млн тенге` |
 * | en | `₸1,424,750` | `1,424,750 tenge` | `KZT 1,424,750` | `72M tenge` |
 *
 * Spaces are U+00A0 (no-break), as Intl writes them in kk and ru, so an
 * amount never breaks across lines; kk and ru use a decimal comma
 * (`250 000,50 ₸`). Tiyn are shown when there are some (`fraction: 'auto'`)
 * or always (`'always'`: `1 424 750,00 ₸`), always as two digits. A negative
 * amount takes a hyphen-minus in front, as Intl writes it: `-3,20 ₸`,
 * `-₸3.20`. The text is the same in every runtime (Node, Deno, Bun and the
 * browsers), whatever locale data it ships.
 *
 * `compact` is for headlines and press releases and is **lossy**: amounts of
 * 1000 tenge and more are written in thousands, millions, billions or
 * trillions («мың / тыс. / K», «млн / M», «млрд / B», «трлн / T»), rounded
 * half up (away from zero) to one decimal, with a trailing `,0` dropped:
 * 1 424 750 → `1,4 млн`, 72 000 000 → `72 млн`, 999 950 → `1 млн` (only
 * amounts from 999,95 трлн up, which would round past the largest Tenge,
 * stop at `999,9 трлн`). Below
 * 1000 tenge nothing is lost and the full amount is written. Never store or
 * add up compact text; {@link parseTenge} reads it back as the rounded value.
 *
 * @param amount A `Tenge`, or anything {@link Tenge.of} reads.
 * @throws {@link TutynushyError} `INVALID_AMOUNT` for an amount `Tenge.of`
 * refuses; `INVALID_LOCALE` for a missing or unknown locale;
 * `INVALID_ARGUMENT` for options that are not an object, an unknown option
 * (a misspelt `fractions`) or a bad value of one.
 * @example
 * ```ts
 * formatTenge(Tenge.of(1424750), { locale: 'kk', unit: 'word' });    // '1 424 750 теңге' (U+00A0 spaces)
 * formatTenge(Tenge.of('250000.5'), { locale: 'ru' });              // '250 000,50 ₸'
 * formatTenge(Tenge.of('1424750.5'), { locale: 'en' });             // '₸1,424,750.50'
 * formatTenge(Tenge.of(72_000_000), { locale: 'kk', unit: 'word', compact: true }); // '72 млн теңге'
 * formatTenge(Tenge.of(72_000_000), { locale: 'en', unit: 'code', compact: true }); // 'KZT 72M'
 * ```
 */
export function formatTenge(amount: TengeInput, options: FormatTengeOptions): string {
  const given = readOptions<FormatTengeOptions>(options, 'formatTenge', OPTIONS);
  const locale = assertLocale(given.locale);
  const unit = optionOf('formatTenge', 'unit', given.unit, TENGE_UNITS, 'symbol');
  const fraction = optionOf('formatTenge', 'fraction', given.fraction, FRACTIONS, 'auto');
  const compact = booleanOption('formatTenge', 'compact', given.compact, false);
  const tiyn = Tenge.of(amount).toTiyn();
  const magnitude = tiyn < 0n ? -tiyn : tiyn;
  const sign = tiyn < 0n ? NUMBER_SYMBOLS[locale].minus : '';
  const parts = compact ? compactParts(magnitude) : undefined;
  if (parts !== undefined) {
    // One decimal at most, and none when it is 0: `72 млн`, `1,4 млн`.
    const tenth = parts.tenths % 10n;
    const number = numberText(
      String(parts.tenths / 10n),
      tenth === 0n ? '' : String(tenth),
      locale,
    );
    const scale = SCALE_WORDS[locale][parts.scale] ?? '';
    return place(sign, number, scale, unit, locale);
  }
  const cents = magnitude % 100n;
  const shown = fraction === 'always' || cents !== 0n ? String(cents).padStart(2, '0') : '';
  return place(sign, numberText(String(magnitude / 100n), shown, locale), '', unit, locale);
}

/**
 * {@link formatTenge} without throwing: the text, or the error it would
 * throw (an amount that is not exact to the tiyn, an unknown locale or option).
 *
 * @example
 * ```ts
 * safeFormatTenge(Tenge.of('1424750'), { locale: 'kk', unit: 'word' }); // { ok: true, value: '1 424 750 теңге' }
 * safeFormatTenge('0.001', { locale: 'kk' }).ok; // false
 * ```
 */
export const safeFormatTenge: (amount: TengeInput, options: FormatTengeOptions) => Result<string> =
  /* @__PURE__ */ safe(formatTenge);
