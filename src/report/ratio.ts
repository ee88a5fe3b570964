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
 * @example
 * ```ts
 * ratio(1664, 1887).value?.toFixed(4); // '0.8818'
 * ratio(1664, 1887).denominator; // 1887
 * ratio(0, 0).value; // null
 * ```
 */
export function ratio(numerator: number, denominator: number): Ratio {
  return Object.freeze({
    numerator,
    denominator,
    value: denominator === 0 ? null : numerator / denominator,
  });
}
