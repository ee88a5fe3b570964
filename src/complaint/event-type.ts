import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * What can happen to an appeal: the `type` of each logged event.
 *
 * @example
 * ```ts
 * COMPLAINT_EVENT_TYPES.redirect.kk; // 'құзыреті бойынша қайта бағыттау'
 * ```
 */
export const COMPLAINT_EVENT_TYPES = /* @__PURE__ */ deepFreeze({
  register: { kk: 'тіркеу', ru: 'регистрация', en: 'registration' },
  forwardToBusiness: {
    kk: 'кәсіпкерге жіберу',
    ru: 'направление продавцу',
    en: 'forwarded to the business',
  },
  businessAnswer: { kk: 'кәсіпкердің жауабы', ru: 'ответ продавца', en: 'the business’s answer' },
  startReview: { kk: 'қарауды бастау', ru: 'начало рассмотрения', en: 'review started' },
  extend: {
    kk: 'қарау мерзімін ұзарту',
    ru: 'продление срока рассмотрения',
    en: 'review extended',
  },
  satisfy: { kk: 'қанағаттандыру', ru: 'удовлетворение', en: 'satisfied' },
  explain: { kk: 'түсіндірме беру', ru: 'дано разъяснение', en: 'explanation given' },
  redirect: {
    kk: 'құзыреті бойынша қайта бағыттау',
    ru: 'перенаправление по компетенции',
    en: 'redirected by competence',
  },
  withdraw: { kk: 'өтініш берушінің қайтарып алуы', ru: 'отзыв заявителем', en: 'withdrawn' },
  refuse: { kk: 'қараудан бас тарту', ru: 'отказ в рассмотрении', en: 'refused consideration' },
  return: { kk: 'қайтару', ru: 'возврат', en: 'returned' },
  referToCourt: { kk: 'сотқа жүгіну', ru: 'обращение в суд', en: 'referred to court' },
} as const satisfies Record<string, Labels>);

/** An event type key: `register`, `satisfy`, … . */
export type ComplaintEventType = keyof typeof COMPLAINT_EVENT_TYPES;

/**
 * Every {@link ComplaintEventType}, in lifecycle order.
 *
 * @example
 * ```ts
 * COMPLAINT_EVENT_TYPE_KEYS.length; // 12
 * ```
 */
export const COMPLAINT_EVENT_TYPE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(COMPLAINT_EVENT_TYPES),
) as readonly ComplaintEventType[];

/**
 * Tells whether `value` is a {@link ComplaintEventType} key.
 *
 * @example
 * ```ts
 * isComplaintEventType('extend'); // true
 * isComplaintEventType('close');  // false — closing is one of seven outcome events
 * ```
 */
export function isComplaintEventType(value: unknown): value is ComplaintEventType {
  return typeof value === 'string' && Object.hasOwn(COMPLAINT_EVENT_TYPES, value);
}

/**
 * The name of an event type in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown event type, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * complaintEventTypeLabel('extend', 'ru'); // 'продление срока рассмотрения'
 * ```
 */
export function complaintEventTypeLabel(type: ComplaintEventType, locale: Locale): string {
  return labelOf(COMPLAINT_EVENT_TYPES, type, locale);
}
