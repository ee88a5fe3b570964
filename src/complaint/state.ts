import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * Where an appeal stands. The state is never stored: it is what replaying
 * the appeal's event log gives (see {@link complaintMachine}).
 *
 * @example
 * ```ts
 * COMPLAINT_STATES.awaitingBusiness.ru; // 'ожидается ответ продавца'
 * ```
 */
export const COMPLAINT_STATES = /* @__PURE__ */ deepFreeze({
  received: { kk: 'түсті', ru: 'поступило', en: 'received' },
  registered: { kk: 'тіркелді', ru: 'зарегистрировано', en: 'registered' },
  awaitingBusiness: {
    kk: 'кәсіпкердің жауабы күтілуде',
    ru: 'ожидается ответ продавца',
    en: 'awaiting the business’s answer',
  },
  underReview: { kk: 'қаралуда', ru: 'на рассмотрении', en: 'under review' },
  closed: { kk: 'қарау аяқталды', ru: 'рассмотрение завершено', en: 'closed' },
} as const satisfies Record<string, Labels>);

/** A state key: `received`, `registered`, `awaitingBusiness`, `underReview`, `closed`. */
export type ComplaintState = keyof typeof COMPLAINT_STATES;

/**
 * Every {@link ComplaintState}, in lifecycle order.
 *
 * @example
 * ```ts
 * COMPLAINT_STATE_KEYS; // ['received', 'registered', 'awaitingBusiness', 'underReview', 'closed']
 * ```
 */
export const COMPLAINT_STATE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(COMPLAINT_STATES),
) as readonly ComplaintState[];

/**
 * The name of a state in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown state, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * complaintStateLabel('underReview', 'kk'); // 'қаралуда'
 * ```
 */
export function complaintStateLabel(state: ComplaintState, locale: Locale): string {
  return labelOf(COMPLAINT_STATES, state, locale);
}

/**
 * Tells whether `value` is a {@link ComplaintState} key.
 *
 * @example
 * ```ts
 * isComplaintState('underReview'); // true
 * isComplaintState('carriedOver'); // false — a report category, not a state
 * ```
 */
export function isComplaintState(value: unknown): value is ComplaintState {
  return typeof value === 'string' && Object.hasOwn(COMPLAINT_STATES, value);
}
