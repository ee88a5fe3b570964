import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The kinds of account opened in E-Tutynushy: a consumer's (a user) or a
 * business entity's. The work-in-the-unified-system KPI counts both (the
 * Shymkent department, first five months of 2024: 1558 users and 412
 * business entities registered).
 *
 * @example
 * ```ts
 * SYSTEM_ACCOUNTS.business.kk; // 'Кәсіпкерлік субъектілері'
 * ```
 */
export const SYSTEM_ACCOUNTS = /* @__PURE__ */ deepFreeze({
  consumer: { kk: 'Тұтынушылар', ru: 'Потребители', en: 'Users' },
  business: {
    kk: 'Кәсіпкерлік субъектілері',
    ru: 'Субъекты предпринимательства',
    en: 'Business entities',
  },
} as const satisfies Record<string, Labels>);

/** An E-Tutynushy account kind: `consumer` or `business`. */
export type SystemAccount = keyof typeof SYSTEM_ACCOUNTS;

/**
 * Every {@link SystemAccount}.
 *
 * @example
 * ```ts
 * SYSTEM_ACCOUNT_KEYS; // ['consumer', 'business']
 * ```
 */
export const SYSTEM_ACCOUNT_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(SYSTEM_ACCOUNTS),
) as readonly SystemAccount[];

/**
 * Tells whether `value` is a {@link SystemAccount}.
 *
 * @example
 * ```ts
 * isSystemAccount('consumer'); // true
 * isSystemAccount('admin');    // false
 * ```
 */
export function isSystemAccount(value: unknown): value is SystemAccount {
  return typeof value === 'string' && Object.hasOwn(SYSTEM_ACCOUNTS, value);
}

/**
 * The label of an account kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE`.
 * @example
 * ```ts
 * systemAccountLabel('consumer', 'kk'); // 'Тұтынушылар'
 * systemAccountLabel('business', 'ru'); // 'Субъекты предпринимательства'
 * ```
 */
export function systemAccountLabel(account: SystemAccount, locale: Locale): string {
  return labelOf(SYSTEM_ACCOUNTS, account, locale);
}

/**
 * The headings a KPI table puts over the count of each account kind
 * registered in a period.
 *
 * @example
 * ```ts
 * SYSTEM_ACCOUNT_HEADINGS.consumer.en; // 'Users registered'
 * ```
 */
export const SYSTEM_ACCOUNT_HEADINGS = /* @__PURE__ */ deepFreeze({
  consumer: {
    kk: 'Тіркелген пайдаланушылар саны',
    ru: 'Количество зарегистрированных пользователей',
    en: 'Users registered',
  },
  business: {
    kk: 'Тіркелген кәсіпкерлік субъектілерінің саны',
    ru: 'Количество зарегистрированных субъектов предпринимательства',
    en: 'Business entities registered',
  },
} as const satisfies Record<SystemAccount, Labels>);

/**
 * The KPI heading of an account kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE`.
 * @example
 * ```ts
 * systemAccountHeading('business', 'en'); // 'Business entities registered'
 * ```
 */
export function systemAccountHeading(account: SystemAccount, locale: Locale): string {
  return labelOf(SYSTEM_ACCOUNT_HEADINGS, account, locale);
}
