/** The Russian plural forms of a noun: «1 тиын», «2 тиына», «5 тиынов». */
export interface RussianForms {
  /** After 1, 21, 31, … (not 11): «тиын». */
  readonly one: string;
  /** After 2–4, 22–24, … (not 12–14): «тиына». */
  readonly few: string;
  /** After 0, 5–20, 25–30, …: «тиынов». */
  readonly many: string;
}

let russianRules: Intl.PluralRules | undefined;

/**
 * Picks the Russian form of a noun for an integer count, by CLDR plural
 * rules (`Intl.PluralRules`). Created lazily so that importing costs nothing.
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
  russianRules ??= new Intl.PluralRules('ru');
  // Intl takes number | bigint only in newer typings; the last two digits decide anyway.
  const n = typeof count === 'bigint' ? Number(count % 100n) : count;
  const category = russianRules.select(n);
  if (category === 'one') return forms.one;
  if (category === 'few') return forms.few;
  return forms.many;
}
