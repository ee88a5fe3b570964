import { invalidArgumentError } from '../core/error-factories.js';
import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';
import { received } from '../core/received.js';
import { COMPLAINT_OUTCOME_KEYS, type ComplaintOutcome, isComplaintOutcome } from './outcome.js';

/**
 * Coarse groups for roll-ups, the way FixMyStreet maps its fine states to
 * open / closed / fixed: a report or a chart that cannot show
 * seven outcomes shows these five.
 *
 * @example
 * ```ts
 * COMPLAINT_OUTCOME_GROUPS.closedPositive.kk; // 'тұтынушы пайдасына шешілді'
 * ```
 */
export const COMPLAINT_OUTCOME_GROUPS = /* @__PURE__ */ deepFreeze({
  open: { kk: 'қаралуда', ru: 'на рассмотрении', en: 'open' },
  closedPositive: {
    kk: 'тұтынушы пайдасына шешілді',
    ru: 'решено положительно',
    en: 'closed in the consumer’s favour',
  },
  closedNeutral: {
    kk: 'түсіндірме берілді',
    ru: 'дано разъяснение',
    en: 'closed with an explanation',
  },
  closedTransferred: {
    kk: 'басқа органға немесе сотқа берілді',
    ru: 'передано по компетенции или в суд',
    en: 'closed by transfer (another body or court)',
  },
  closedTerminated: {
    kk: 'мәні бойынша қаралмай тоқтатылды',
    ru: 'прекращено без рассмотрения по существу',
    en: 'closed without review on the merits',
  },
} as const satisfies Record<string, Labels>);

/** A coarse group: `open`, `closedPositive`, `closedNeutral`, `closedTransferred`, `closedTerminated`. */
export type ComplaintOutcomeGroup = keyof typeof COMPLAINT_OUTCOME_GROUPS;

/**
 * Every {@link ComplaintOutcomeGroup}, open first.
 *
 * @example
 * ```ts
 * COMPLAINT_OUTCOME_GROUP_KEYS; // ['open', 'closedPositive', 'closedNeutral', 'closedTransferred', 'closedTerminated']
 * ```
 */
export const COMPLAINT_OUTCOME_GROUP_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(COMPLAINT_OUTCOME_GROUPS),
) as readonly ComplaintOutcomeGroup[];

/**
 * Which group each outcome rolls up to: satisfied is positive;
 * an explanation is neutral; a redirect or a lawsuit hands the matter on;
 * a withdrawal, a refusal or a return ends it without a decision on the merits.
 *
 * @example
 * ```ts
 * GROUP_OF_OUTCOME.refused; // 'closedTerminated'
 * ```
 */
export const GROUP_OF_OUTCOME = /* @__PURE__ */ deepFreeze({
  satisfied: 'closedPositive',
  explained: 'closedNeutral',
  redirected: 'closedTransferred',
  referredToCourt: 'closedTransferred',
  withdrawn: 'closedTerminated',
  refused: 'closedTerminated',
  returned: 'closedTerminated',
} as const satisfies Record<ComplaintOutcome, ComplaintOutcomeGroup>);

/**
 * The coarse group of an outcome; `undefined` (an appeal not yet closed) is `open`.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown outcome.
 *
 * @example
 * ```ts
 * complaintOutcomeGroup('referredToCourt'); // 'closedTransferred'
 * complaintOutcomeGroup(undefined);         // 'open'
 * ```
 */
export function complaintOutcomeGroup(
  outcome: ComplaintOutcome | undefined,
): ComplaintOutcomeGroup {
  if (outcome === undefined) return 'open';
  if (!isComplaintOutcome(outcome)) {
    throw invalidArgumentError({
      fn: 'complaintOutcomeGroup',
      field: 'outcome',
      received: received(outcome),
      expected: 'oneOf',
      allowed: COMPLAINT_OUTCOME_KEYS,
    });
  }
  return GROUP_OF_OUTCOME[outcome];
}

/**
 * The name of a group in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown group, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * complaintOutcomeGroupLabel('closedPositive', 'ru'); // 'решено положительно'
 * ```
 */
export function complaintOutcomeGroupLabel(group: ComplaintOutcomeGroup, locale: Locale): string {
  return labelOf(COMPLAINT_OUTCOME_GROUPS, group, locale);
}
