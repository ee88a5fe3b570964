import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The department's part in a lawsuit. Departments usually join a consumer's
 * case as a third party; they may also sue on their own in consumers'
 * interest (the Shymkent department's report for the first five months of
 * 2024: «took part in court hearings on 9 lawsuits, all 9 as a third party»;
 * see the docs page «Lawsuits»).
 *
 * @example
 * ```ts
 * LAWSUIT_ROLES.plaintiff.ru; // 'истец в интересах потребителей'
 * ```
 */
export const LAWSUIT_ROLES = /* @__PURE__ */ deepFreeze({
  plaintiff: {
    kk: 'тұтынушылардың мүддесінде талапкер',
    ru: 'истец в интересах потребителей',
    en: "plaintiff in consumers' interest",
  },
  thirdParty: { kk: 'үшінші тұлға', ru: 'третье лицо', en: 'third party' },
} as const satisfies Record<string, Labels>);

/** The department's role in a lawsuit: `plaintiff` or `thirdParty`. */
export type LawsuitRole = keyof typeof LAWSUIT_ROLES;

/**
 * Every {@link LawsuitRole}.
 *
 * @example
 * ```ts
 * LAWSUIT_ROLE_KEYS; // ['plaintiff', 'thirdParty']
 * ```
 */
export const LAWSUIT_ROLE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(LAWSUIT_ROLES),
) as readonly LawsuitRole[];

/**
 * Tells whether `value` is a {@link LawsuitRole}.
 *
 * @example
 * ```ts
 * isLawsuitRole('thirdParty'); // true
 * isLawsuitRole('defendant');  // false — a department is never sued here
 * ```
 */
export function isLawsuitRole(value: unknown): value is LawsuitRole {
  return typeof value === 'string' && Object.hasOwn(LAWSUIT_ROLES, value);
}

/**
 * The label of a role in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown role, `INVALID_LOCALE`.
 * @example
 * ```ts
 * lawsuitRoleLabel('thirdParty', 'kk'); // 'үшінші тұлға'
 * lawsuitRoleLabel('thirdParty', 'ru'); // 'третье лицо'
 * ```
 */
export function lawsuitRoleLabel(role: LawsuitRole, locale: Locale): string {
  return labelOf(LAWSUIT_ROLES, role, locale);
}
