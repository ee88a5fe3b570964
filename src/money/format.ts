import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
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

// Intl is right about grouping (U+00A0 in kk and ru, a comma in en), the
// decimal mark and the minus sign, so numbers go through it. Where the unit
// stands is ours: Intl has no unit for the words «теңге»/«тенге»/«tenge», and
// its kk compact forms («671 м.») are not what Kazakh reports write.
const TAGS: Readonly<Record<Locale, string>> = { kk: 'kk-KZ', ru: 'ru-KZ', en: 'en' };
const NBSP = '\u00A0';
const FRACTIONS = ['auto', 'always'] as const;
const OPTIONS = ['locale', 'unit', 'compact', 'fraction'] as const;

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, minFraction: number, maxFraction: number): Intl.NumberFormat {
  const key = `${locale}:${minFraction}:${maxFraction}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(TAGS[locale], {
      minimumFractionDigits: minFraction,
      maximumFractionDigits: maxFraction,
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Formats an exact decimal string: Intl.NumberFormat reads a string as an
 * exact decimal (ES2023), so no float ever stands between the tiyn and the
 * text. The string always has at most `maxFraction` decimals: nothing rounds.
 */
function formatDecimal(
  text: string,
  locale: Locale,
  minFraction: number,
  maxFraction = minFraction,
): string {
  return formatter(locale, minFraction, maxFraction).format(text as unknown as number);
}

function minusSign(locale: Locale): string {
  const part = formatter(locale, 0, 0)
    .formatToParts(-1)
    .find((p) => p.type === 'minusSign');
  return part?.value ?? '-';
}

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
 * amount takes Intl's minus sign (a hyphen-minus) in front: `-3,20 ₸`,
 * `-₸3.20`.
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
  const sign = tiyn < 0n ? minusSign(locale) : '';
  const parts = compact ? compactParts(magnitude) : undefined;
  if (parts !== undefined) {
    const number = formatDecimal(`${parts.tenths / 10n}.${parts.tenths % 10n}`, locale, 0, 1);
    const scale = SCALE_WORDS[locale][parts.scale] ?? '';
    return place(sign, number, scale, unit, locale);
  }
  const cents = magnitude % 100n;
  const digits = fraction === 'always' || cents !== 0n ? 2 : 0;
  const text = `${magnitude / 100n}.${String(cents).padStart(2, '0')}`;
  return place(sign, formatDecimal(text, locale, digits), '', unit, locale);
}
