import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * What can happen to a lawsuit, as logged events.
 *
 * @example
 * ```ts
 * LAWSUIT_EVENT_TYPES.file.ru; // 'иск подан в суд'
 * ```
 */
export const LAWSUIT_EVENT_TYPES = /* @__PURE__ */ deepFreeze({
  file: { kk: 'талап-арыз сотқа берілді', ru: 'иск подан в суд', en: 'claim filed' },
  hearing: {
    kk: 'сот отырысына қатысты',
    ru: 'участие в судебном заседании',
    en: 'took part in a court hearing',
  },
  decide: { kk: 'сот шешім шығарды', ru: 'вынесено решение суда', en: 'court decision' },
  appeal: {
    kk: 'сот актісіне шағым берілді',
    ru: 'судебный акт обжалован',
    en: 'court ruling appealed',
  },
  settle: {
    kk: 'татуласу келісімі жасалды',
    ru: 'заключено мировое соглашение',
    en: 'settled',
  },
  withdraw: { kk: 'талап-арыз қайтарып алынды', ru: 'иск отозван', en: 'claim withdrawn' },
  dismiss: {
    kk: 'талап-арыз қараусыз қалдырылды',
    ru: 'иск оставлен без рассмотрения',
    en: 'dismissed',
  },
  recover: { kk: 'ақша өндірілді', ru: 'взысканы денежные средства', en: 'money recovered' },
} as const satisfies Record<string, Labels>);

/** A lawsuit event type: `file`, `hearing`, `decide`, … . */
export type LawsuitEventType = keyof typeof LAWSUIT_EVENT_TYPES;

/**
 * Every {@link LawsuitEventType}.
 *
 * @example
 * ```ts
 * LAWSUIT_EVENT_TYPE_KEYS.length; // 8
 * ```
 */
export const LAWSUIT_EVENT_TYPE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(LAWSUIT_EVENT_TYPES),
) as readonly LawsuitEventType[];

/**
 * Tells whether `value` is a {@link LawsuitEventType}.
 *
 * @example
 * ```ts
 * isLawsuitEventType('hearing'); // true
 * isLawsuitEventType('redirect'); // false — an appeal event, not a lawsuit one
 * ```
 */
export function isLawsuitEventType(value: unknown): value is LawsuitEventType {
  return typeof value === 'string' && Object.hasOwn(LAWSUIT_EVENT_TYPES, value);
}

/**
 * The label of an event type in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown type, `INVALID_LOCALE`.
 * @example
 * ```ts
 * lawsuitEventTypeLabel('recover', 'kk'); // 'ақша өндірілді'
 * lawsuitEventTypeLabel('hearing', 'en'); // 'took part in a court hearing'
 * ```
 */
export function lawsuitEventTypeLabel(type: LawsuitEventType, locale: Locale): string {
  return labelOf(LAWSUIT_EVENT_TYPES, type, locale);
}
