import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * How a closed appeal ended. The kk and ru labels are the wording of
 * published department reports (Shymkent, first five months of 2024);
 * `refused` (Law 274-IV Art. 42-6) and `returned` (АППК Art. 64) exist in
 * law and practice though that report had none.
 *
 * @example
 * ```ts
 * COMPLAINT_OUTCOMES.referredToCourt.ru; // 'в исковом порядке'
 * ```
 */
export const COMPLAINT_OUTCOMES = /* @__PURE__ */ deepFreeze({
  satisfied: { kk: 'қанағаттандырылды', ru: 'удовлетворено', en: 'satisfied' },
  explained: { kk: 'түсіндірме берілді', ru: 'дано разъяснение', en: 'explanation given' },
  redirected: {
    kk: 'қайта бағытталды',
    ru: 'перенаправлено по компетенции',
    en: 'redirected by competence',
  },
  withdrawn: { kk: 'қайтарып алынды', ru: 'отозвано', en: 'withdrawn by the applicant' },
  referredToCourt: {
    kk: 'талап арыз бойынша',
    ru: 'в исковом порядке',
    en: 'by statement of claim (court)',
  },
  refused: {
    kk: 'қараудан бас тартылды',
    ru: 'отказано в рассмотрении',
    en: 'refused consideration',
  },
  returned: { kk: 'қайтарылды', ru: 'возвращено', en: 'returned' },
} as const satisfies Record<string, Labels>);

/** A closing outcome: `satisfied`, `explained`, `redirected`, … . */
export type ComplaintOutcome = keyof typeof COMPLAINT_OUTCOMES;

/**
 * Every {@link ComplaintOutcome}, in the order published reports list them.
 *
 * @example
 * ```ts
 * COMPLAINT_OUTCOME_KEYS; // ['satisfied', 'explained', 'redirected', 'withdrawn', 'referredToCourt', 'refused', 'returned']
 * ```
 */
export const COMPLAINT_OUTCOME_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(COMPLAINT_OUTCOMES),
) as readonly ComplaintOutcome[];

/**
 * Tells whether `value` is a {@link ComplaintOutcome} key.
 *
 * @example
 * ```ts
 * isComplaintOutcome('satisfied');   // true
 * isComplaintOutcome('carriedOver'); // false — a report category, not an outcome
 * ```
 */
export function isComplaintOutcome(value: unknown): value is ComplaintOutcome {
  return typeof value === 'string' && Object.hasOwn(COMPLAINT_OUTCOMES, value);
}

/**
 * The published name of an outcome in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown outcome, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * complaintOutcomeLabel('redirected', 'ru'); // 'перенаправлено по компетенции'
 * ```
 */
export function complaintOutcomeLabel(outcome: ComplaintOutcome, locale: Locale): string {
  return labelOf(COMPLAINT_OUTCOMES, outcome, locale);
}

/**
 * The report line for appeals still open at the end of a period. It is a
 * report category, not a state or an outcome: the same appeal is «carried
 * over» in May and «satisfied» in June.
 *
 * @example
 * ```ts
 * CARRIED_OVER.kk; // 'келесі айға көшті'
 * ```
 */
export const CARRIED_OVER = /* @__PURE__ */ deepFreeze({
  kk: 'келесі айға көшті',
  ru: 'перенесено на следующий месяц',
  en: 'carried over to next month',
} as const satisfies Labels);
