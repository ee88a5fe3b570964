import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * What the business answered when the claim was forwarded to it (Law
 * 274-IV Art. 42-4 p.2: a reasoned written answer within 10 calendar days).
 * Tracking it shows whether sellers engage — the lesson of the EU ODR
 * platform, which closed in July 2025 because traders did not.
 *
 * @example
 * ```ts
 * BUSINESS_ANSWERS.partlyAccepted.en; // 'partly accepted'
 * ```
 */
export const BUSINESS_ANSWERS = /* @__PURE__ */ deepFreeze({
  accepted: { kk: 'талап қанағаттандырылды', ru: 'требование удовлетворено', en: 'accepted' },
  partlyAccepted: {
    kk: 'талап ішінара қанағаттандырылды',
    ru: 'требование удовлетворено частично',
    en: 'partly accepted',
  },
  rejected: { kk: 'талаптан бас тартылды', ru: 'в требовании отказано', en: 'rejected' },
} as const satisfies Record<string, Labels>);

/** The business's answer: `accepted`, `partlyAccepted` or `rejected`. */
export type BusinessAnswer = keyof typeof BUSINESS_ANSWERS;

/**
 * Every {@link BusinessAnswer}.
 *
 * @example
 * ```ts
 * BUSINESS_ANSWER_KEYS; // ['accepted', 'partlyAccepted', 'rejected']
 * ```
 */
export const BUSINESS_ANSWER_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(BUSINESS_ANSWERS),
) as readonly BusinessAnswer[];

/**
 * The name of a business answer in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown answer, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * businessAnswerLabel('rejected', 'ru'); // 'в требовании отказано'
 * ```
 */
export function businessAnswerLabel(answer: BusinessAnswer, locale: Locale): string {
  return labelOf(BUSINESS_ANSWERS, answer, locale);
}

/**
 * Tells whether `value` is a {@link BusinessAnswer} key.
 *
 * @example
 * ```ts
 * isBusinessAnswer('partlyAccepted'); // true
 * isBusinessAnswer('ignored');        // false — a silent business has no answer event
 * ```
 */
export function isBusinessAnswer(value: unknown): value is BusinessAnswer {
  return typeof value === 'string' && Object.hasOwn(BUSINESS_ANSWERS, value);
}
