import { invalidArgumentError } from '../core/error-factories.js';
import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';
import { recordsExpectations } from '../core/messages/en/expectations/records.js';
import { received } from '../core/received.js';

/**
 * What a satisfied appeal brought the consumer. Reports say «заттай,
 * ақшалай» (in kind, in cash); the US CFPB splits monetary and non-monetary
 * relief, and so does this.
 *
 * @example
 * ```ts
 * RELIEF_KINDS.monetary.kk; // 'ақшалай'
 * ```
 */
export const RELIEF_KINDS = /* @__PURE__ */ deepFreeze({
  monetary: { kk: 'ақшалай', ru: 'в денежной форме', en: 'monetary' },
  inKind: { kk: 'заттай', ru: 'в натуральной форме', en: 'in kind' },
  nonMonetary: { kk: 'ақшалай емес', ru: 'неденежное', en: 'non-monetary' },
} as const satisfies Record<string, Labels>);

/** A relief kind: `monetary` (money returned), `inKind` (goods replaced or repaired), `nonMonetary`. */
export type ReliefKind = keyof typeof RELIEF_KINDS;

/**
 * Every {@link ReliefKind}.
 *
 * @example
 * ```ts
 * RELIEF_KIND_KEYS; // ['monetary', 'inKind', 'nonMonetary']
 * ```
 */
export const RELIEF_KIND_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(RELIEF_KINDS),
) as readonly ReliefKind[];

/**
 * The name of a relief kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * reliefKindLabel('inKind', 'kk'); // 'заттай'
 * ```
 */
export function reliefKindLabel(kind: ReliefKind, locale: Locale): string {
  return labelOf(RELIEF_KINDS, kind, locale);
}

/**
 * The kinds of relief a satisfied appeal brought, in {@link RELIEF_KINDS}
 * order; empty for an appeal without relief. Takes a {@link ComplaintRelief}
 * or a `satisfy` event.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a value that is not an object.
 * @example
 * ```ts
 * reliefKindsOf({ refund: Tenge.of('250000'), inKind: 'phone replaced' }); // ['monetary', 'inKind']
 * reliefKindsOf({}); // []
 * ```
 */
export function reliefKindsOf(relief: {
  readonly refund?: unknown;
  readonly inKind?: string | true | undefined;
  readonly nonMonetary?: string | true | undefined;
}): ReliefKind[] {
  if (typeof relief !== 'object' || relief === null) {
    throw invalidArgumentError(
      {
        fn: 'reliefKindsOf',
        field: 'relief',
        received: received(relief),
        expected: 'relief',
      },
      recordsExpectations,
    );
  }
  const kinds: ReliefKind[] = [];
  if (relief.refund !== undefined) kinds.push('monetary');
  if (relief.inKind !== undefined) kinds.push('inKind');
  if (relief.nonMonetary !== undefined) kinds.push('nonMonetary');
  return kinds;
}
