import { invalidArgumentError } from '../core/error-factories.js';
import { received } from '../core/received.js';

/**
 * A rate as published figures are: its numerator and denominator kept
 * beside the value, so that a reader (or a merge of two reports) can always
 * recompute it. `value` is `numerator / denominator`, or `null` when the
 * denominator is 0 — a rate of nothing is unknown, not zero.
 */
export interface Ratio {
  /** The count above the line: the satisfied appeals of a satisfaction rate. */
  readonly numerator: number;
  /** The count below the line: the closed appeals of a satisfaction rate. */
  readonly denominator: number;
  /** `numerator / denominator`; `null` when the denominator is 0. */
  readonly value: number | null;
}

/**
 * The {@link Ratio} of two counts.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a numerator or a
 * denominator that is not a whole number 0 or more.
 * @example
 * ```ts
 * ratio(1664, 1887).value?.toFixed(4); // '0.8818'
 * ratio(1664, 1887).denominator; // 1887
 * ratio(0, 0).value; // null
 * ```
 */
export function ratio(numerator: number, denominator: number): Ratio {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  return Object.freeze({
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
  });
}

// A rate is of counts: a negative, fractional or non-number count is a mistake, not a rate.
function assertCount(count: unknown, field: string): void {
  if (!Number.isSafeInteger(count) || (count as number) < 0) {
    throw invalidArgumentError({
      fn: 'ratio',
      field,
      received: received(count),
      expected: 'nonNegativeInteger',
    });
  }
}
