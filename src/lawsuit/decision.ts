import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * What a court decided, from the consumer's side.
 *
 * @example
 * ```ts
 * LAWSUIT_DECISIONS.againstConsumer.en; // 'decided against the consumer'
 * ```
 */
export const LAWSUIT_DECISIONS = /* @__PURE__ */ deepFreeze({
  forConsumer: {
    kk: 'тұтынушы пайдасына шешілді',
    ru: 'решено в пользу потребителя',
    en: 'decided for the consumer',
  },
  partlyForConsumer: {
    kk: 'ішінара тұтынушы пайдасына шешілді',
    ru: 'решено частично в пользу потребителя',
    en: 'decided partly for the consumer',
  },
  againstConsumer: {
    kk: 'тұтынушы пайдасына шешілмеді',
    ru: 'решено не в пользу потребителя',
    en: 'decided against the consumer',
  },
} as const satisfies Record<string, Labels>);

/** A decision kind: `forConsumer`, `partlyForConsumer` or `againstConsumer`. */
export type LawsuitDecision = keyof typeof LAWSUIT_DECISIONS;

/**
 * Every {@link LawsuitDecision}.
 *
 * @example
 * ```ts
 * LAWSUIT_DECISION_KEYS; // ['forConsumer', 'partlyForConsumer', 'againstConsumer']
 * ```
 */
export const LAWSUIT_DECISION_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(LAWSUIT_DECISIONS),
) as readonly LawsuitDecision[];

/**
 * Tells whether `value` is a {@link LawsuitDecision}.
 *
 * @example
 * ```ts
 * isLawsuitDecision('partlyForConsumer'); // true
 * isLawsuitDecision('won');               // false
 * ```
 */
export function isLawsuitDecision(value: unknown): value is LawsuitDecision {
  return typeof value === 'string' && Object.hasOwn(LAWSUIT_DECISIONS, value);
}

/**
 * The label of a decision kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown decision, `INVALID_LOCALE`.
 * @example
 * ```ts
 * lawsuitDecisionLabel('forConsumer', 'kk'); // 'тұтынушы пайдасына шешілді'
 * lawsuitDecisionLabel('forConsumer', 'ru'); // 'решено в пользу потребителя'
 * ```
 */
export function lawsuitDecisionLabel(decision: LawsuitDecision, locale: Locale): string {
  return labelOf(LAWSUIT_DECISIONS, decision, locale);
}

/**
 * The heading under which department reports count the decisions for or
 * partly for consumers (the «decided in consumers' favour» line of the
 * lawsuit KPI; see the docs page «The KPI report»).
 *
 * @example
 * ```ts
 * DECIDED_FOR_CONSUMERS.kk; // 'соттың оң шешімі тұтынушылардың пайдасына шешілді'
 * ```
 */
export const DECIDED_FOR_CONSUMERS = /* @__PURE__ */ deepFreeze({
  kk: 'соттың оң шешімі тұтынушылардың пайдасына шешілді',
  ru: 'решения суда вынесены в пользу потребителей',
  en: "court decisions in consumers' favour",
} as const satisfies Labels);

/**
 * Tells whether a decision counts as decided in consumers' favour: wholly or
 * partly for the consumer, as the lawsuit KPI counts it.
 *
 * @example
 * ```ts
 * isDecisionForConsumers('partlyForConsumer'); // true
 * isDecisionForConsumers('againstConsumer');   // false
 * ```
 */
export function isDecisionForConsumers(decision: LawsuitDecision): boolean {
  return decision === 'forConsumer' || decision === 'partlyForConsumer';
}
