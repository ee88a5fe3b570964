import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The kinds of appeal the Administrative Procedural Code names (АППК, Code
 * No. 350-VI): заявление (өтініш), жалоба (шағым), предложение (ұсыныс),
 * запрос (сұрау салу), отклик (ден қою), сообщение (хабарлама).
 *
 * @example
 * ```ts
 * APPEAL_TYPES.request.kk; // 'сұрау салу'
 * ```
 */
export const APPEAL_TYPES = /* @__PURE__ */ deepFreeze({
  application: { kk: 'өтініш', ru: 'заявление', en: 'application' },
  complaint: { kk: 'шағым', ru: 'жалоба', en: 'complaint' },
  proposal: { kk: 'ұсыныс', ru: 'предложение', en: 'proposal' },
  request: { kk: 'сұрау салу', ru: 'запрос', en: 'request' },
  response: { kk: 'ден қою', ru: 'отклик', en: 'response' },
  message: { kk: 'хабарлама', ru: 'сообщение', en: 'message' },
} as const satisfies Record<string, Labels>);

/** An appeal type key: `application`, `complaint`, … . */
export type AppealType = keyof typeof APPEAL_TYPES;

/**
 * Every {@link AppealType}, in the order of the АППК.
 *
 * @example
 * ```ts
 * APPEAL_TYPE_KEYS; // ['application', 'complaint', 'proposal', 'request', 'response', 'message']
 * ```
 */
export const APPEAL_TYPE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(APPEAL_TYPES),
) as readonly AppealType[];

/**
 * Tells whether `value` is an {@link AppealType} key.
 *
 * @example
 * ```ts
 * isAppealType('complaint'); // true
 * isAppealType('жалоба');    // false — keys are English camelCase
 * ```
 */
export function isAppealType(value: unknown): value is AppealType {
  return typeof value === 'string' && Object.hasOwn(APPEAL_TYPES, value);
}

/**
 * The name of an appeal type in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown type, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * appealTypeLabel('complaint', 'kk'); // 'шағым'
 * ```
 */
export function appealTypeLabel(type: AppealType, locale: Locale): string {
  return labelOf(APPEAL_TYPES, type, locale);
}
