import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The kinds of business a department deals with: a legal entity (its head
 * office), an individual entrepreneur (identified by his IIN) and a branch or
 * representative office of a legal entity (a BIN of its own: digit 6 of a
 * BIN tells the unit; see the docs page «IIN and BIN»).
 *
 * @example
 * ```ts
 * BUSINESS_KINDS.individualEntrepreneur.ru; // 'индивидуальный предприниматель'
 * ```
 */
export const BUSINESS_KINDS = /* @__PURE__ */ deepFreeze({
  legalEntity: { kk: 'заңды тұлға', ru: 'юридическое лицо', en: 'legal entity' },
  individualEntrepreneur: {
    kk: 'жеке кәсіпкер',
    ru: 'индивидуальный предприниматель',
    en: 'individual entrepreneur',
  },
  branch: {
    kk: 'филиал немесе өкілдік',
    ru: 'филиал или представительство',
    en: 'branch or representative office',
  },
} as const satisfies Record<string, Labels>);

/** A business kind: `legalEntity`, `individualEntrepreneur` or `branch`. */
export type BusinessKind = keyof typeof BUSINESS_KINDS;

/**
 * Every {@link BusinessKind}.
 *
 * @example
 * ```ts
 * BUSINESS_KIND_KEYS; // ['legalEntity', 'individualEntrepreneur', 'branch']
 * ```
 */
export const BUSINESS_KIND_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(BUSINESS_KINDS),
) as readonly BusinessKind[];

/**
 * Tells whether `value` is a {@link BusinessKind}.
 *
 * @example
 * ```ts
 * isBusinessKind('branch'); // true
 * isBusinessKind('ТОО');    // false
 * ```
 */
export function isBusinessKind(value: unknown): value is BusinessKind {
  return typeof value === 'string' && Object.hasOwn(BUSINESS_KINDS, value);
}

/**
 * The label of a business kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE`.
 * @example
 * ```ts
 * businessKindLabel('individualEntrepreneur', 'kk'); // 'жеке кәсіпкер'
 * businessKindLabel('legalEntity', 'en');            // 'legal entity'
 * ```
 */
export function businessKindLabel(kind: BusinessKind, locale: Locale): string {
  return labelOf(BUSINESS_KINDS, kind, locale);
}
