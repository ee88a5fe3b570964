/** The Russian plural forms of a noun: «1 тиын», «2 тиына», «5 тиынов». */
export interface RussianForms {
  /** After 1, 21, 31, … (not 11): «тиын». */
  readonly one: string;
  /** After 2–4, 22–24, … (not 12–14): «тиына». */
  readonly few: string;
  /** After 0, 5–20, 25–30, …: «тиынов». */
  readonly many: string;
}

/**
 * Picks the Russian form of a noun for an integer count, by the CLDR plural
 * rule for Russian: `one` when the last digit is 1 but the last two are not
 * 11, `few` when the last digit is 2–4 but the last two are not 12–14,
 * `many` otherwise (a fraction, which Russian counts with the genitive
 * singular, also gets `many` here, as `Intl.PluralRules` gives `other`). The
 * rule is the library's own, not `Intl.PluralRules`, so that it does not
 * depend on the locale data a runtime ships; a test holds it to Node's Intl.
 *
 * @example
 * ```ts
 * const tiyn = { one: 'тиын', few: 'тиына', many: 'тиынов' };
 * russianPlural(1, tiyn);  // 'тиын'
 * russianPlural(22, tiyn); // 'тиына'
 * russianPlural(11, tiyn); // 'тиынов'
 * ```
 */
export function russianPlural(count: number | bigint, forms: RussianForms): string {
  if (typeof count === 'number' && !Number.isInteger(count)) return forms.many;
  const magnitude = typeof count === 'bigint' ? (count < 0n ? -count : count) : Math.abs(count);
  // The last two digits decide.
  const lastTwo = Number(BigInt(magnitude) % 100n);
  const last = lastTwo % 10;
  if (last === 1 && lastTwo !== 11) return forms.one;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return forms.few;
  return forms.many;
}
