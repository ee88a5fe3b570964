import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * Why the department refused to consider an appeal. Law 274-IV Art. 42-6:
 * the same dispute between the same parties has already been decided by a
 * court or by a pre-trial settlement body (decided within 5 working days of
 * receipt). `other` keeps a ground the law may add later; say it in `note`.
 *
 * @example
 * ```ts
 * REFUSAL_GROUNDS.preTrialDecision.ru; // 'имеется решение органа досудебного урегулирования по тому же спору'
 * ```
 */
export const REFUSAL_GROUNDS = /* @__PURE__ */ deepFreeze({
  courtDecision: {
    kk: 'сол дау бойынша соттың шешімі бар',
    ru: 'имеется решение суда по тому же спору',
    en: 'a court has decided the same dispute',
  },
  preTrialDecision: {
    kk: 'сол дау бойынша сотқа дейінгі реттеу органының шешімі бар',
    ru: 'имеется решение органа досудебного урегулирования по тому же спору',
    en: 'a pre-trial settlement body has decided the same dispute',
  },
  other: { kk: 'өзге негіз', ru: 'иное основание', en: 'another ground' },
} as const satisfies Record<string, Labels>);

/** A refusal ground: `courtDecision`, `preTrialDecision` or `other`. */
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;

/**
 * Every {@link RefusalGround}.
 *
 * @example
 * ```ts
 * REFUSAL_GROUND_KEYS; // ['courtDecision', 'preTrialDecision', 'other']
 * ```
 */
export const REFUSAL_GROUND_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(REFUSAL_GROUNDS),
) as readonly RefusalGround[];

/**
 * The name of a refusal ground in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown ground, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * refusalGroundLabel('courtDecision', 'en'); // 'a court has decided the same dispute'
 * ```
 */
export function refusalGroundLabel(ground: RefusalGround, locale: Locale): string {
  return labelOf(REFUSAL_GROUNDS, ground, locale);
}
