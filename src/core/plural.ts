import { invalidArgumentError } from './error-factories.js';
import { received } from './received.js';

/** The Russian plural forms of a noun: «1 тиын», «2 тиына», «5 тиынов». */
export interface RussianForms {
  /** After 1, 21, 31, … (not 11): «тиын». */
  readonly one: string;
  /** After 2–4, 22–24, … (not 12–14): «тиына». */
  readonly few: string;
  /** After 0, 5–20, 25–30, … (and after a fraction): «тиынов». */
  readonly many: string;
}

/**
 * Picks the Russian form of a noun for an integer count, by the CLDR plural
 * rule for Russian. The rule is written out rather than asked of
 * `Intl.PluralRules`: a runtime without Russian plural data (a small-ICU
 * build) falls back to the root rule and would print «2 месяцев»; the text
 * must be the same in every runtime. A count that is not an integer takes
 * the `many` form.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a count that is not
 * a number or a bigint, or forms that are not three strings.
 * @example
 * ```ts
 * const tiyn = { one: 'тиын', few: 'тиына', many: 'тиынов' };
 * russianPlural(1, tiyn);  // 'тиын'
 * russianPlural(22, tiyn); // 'тиына'
 * russianPlural(11, tiyn); // 'тиынов'
 * ```
 */
export function russianPlural(count: number | bigint, forms: RussianForms): string {
  if (typeof count !== 'number' && typeof count !== 'bigint') {
    throw invalidArgumentError({
      fn: 'russianPlural',
      field: 'count',
      received: received(count),
      expected: 'integer',
    });
  }
  assertForms(forms);
  if (typeof count === 'number' && !Number.isInteger(count)) return forms.many;
  // The last two digits decide.
  const lastTwo =
    typeof count === 'bigint'
      ? Number((count < 0n ? -count : count) % 100n)
      : Math.abs(count) % 100;
  if (lastTwo >= 11 && lastTwo <= 14) return forms.many;
  const last = lastTwo % 10;
  if (last === 1) return forms.one;
  if (last >= 2 && last <= 4) return forms.few;
  return forms.many;
}

const FORMS = ['one', 'few', 'many'] as const;

function assertForms(forms: unknown): asserts forms is RussianForms {
  if (typeof forms !== 'object' || forms === null) {
    throw invalidArgumentError({
      fn: 'russianPlural',
      field: 'forms',
      received: received(forms),
      expected: 'object',
    });
  }
  for (const form of FORMS) {
    const word = (forms as Record<string, unknown>)[form];
    if (typeof word !== 'string') {
      throw invalidArgumentError({
        fn: 'russianPlural',
        field: `forms.${form}`,
        received: received(word),
        expected: 'string',
      });
    }
  }
}
