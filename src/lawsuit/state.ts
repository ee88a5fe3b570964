import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The states of a lawsuit, derived by replaying its event log (never stored).
 *
 * - `notFiled`: the record exists (e.g. opened from an appeal that went to
 *   court) but no claim is in court yet;
 * - `inProceedings`: filed and being heard at first instance;
 * - `decided`: a court decided (the decision kind is in `Lawsuit.decision`);
 * - `underAppeal`: a decision (or a dismissal) was appealed and the case is
 *   being heard again;
 * - `settled`: ended by a settlement agreement;
 * - `withdrawn`: the claim was withdrawn;
 * - `dismissed`: ended without a decision on the merits (left without
 *   consideration or proceedings terminated); the ruling may still be
 *   appealed.
 *
 * @example
 * ```ts
 * LAWSUIT_STATES.decided.kk; // 'сот шешім шығарды'
 * ```
 */
export const LAWSUIT_STATES = /* @__PURE__ */ deepFreeze({
  notFiled: { kk: 'сотқа берілмеген', ru: 'не подан в суд', en: 'not filed' },
  inProceedings: { kk: 'сотта қаралуда', ru: 'рассматривается в суде', en: 'in proceedings' },
  decided: { kk: 'сот шешім шығарды', ru: 'вынесено решение суда', en: 'decided' },
  underAppeal: {
    kk: 'сот актісіне шағым жасалды',
    ru: 'судебный акт обжалуется',
    en: 'under appeal',
  },
  settled: {
    kk: 'татуласу келісімімен аяқталды',
    ru: 'заключено мировое соглашение',
    en: 'settled',
  },
  withdrawn: { kk: 'талап-арыз қайтарып алынды', ru: 'иск отозван', en: 'withdrawn' },
  dismissed: {
    kk: 'талап-арыз қараусыз қалдырылды',
    ru: 'иск оставлен без рассмотрения',
    en: 'dismissed',
  },
} as const satisfies Record<string, Labels>);

/** A lawsuit state: `notFiled`, `inProceedings`, `decided`, … . */
export type LawsuitState = keyof typeof LAWSUIT_STATES;

/**
 * Every {@link LawsuitState}, in lifecycle order.
 *
 * @example
 * ```ts
 * LAWSUIT_STATE_KEYS.length; // 7
 * LAWSUIT_STATE_KEYS[0];     // 'notFiled'
 * ```
 */
export const LAWSUIT_STATE_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(LAWSUIT_STATES),
) as readonly LawsuitState[];

/**
 * Tells whether `value` is a {@link LawsuitState}.
 *
 * @example
 * ```ts
 * isLawsuitState('underAppeal'); // true
 * isLawsuitState('closed');      // false
 * ```
 */
export function isLawsuitState(value: unknown): value is LawsuitState {
  return typeof value === 'string' && Object.hasOwn(LAWSUIT_STATES, value);
}

/**
 * The label of a state in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown state, `INVALID_LOCALE`.
 * @example
 * ```ts
 * lawsuitStateLabel('inProceedings', 'kk'); // 'сотта қаралуда'
 * lawsuitStateLabel('settled', 'ru');       // 'заключено мировое соглашение'
 * ```
 */
export function lawsuitStateLabel(state: LawsuitState, locale: Locale): string {
  return labelOf(LAWSUIT_STATES, state, locale);
}
