import { describeValue, keepValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';

/**
 * The largest amount a {@link Tenge} holds, in tiyn: 999 999 999 999 999.99
 * tenge. Every amount in range can be written in words, and its tiyn fit a
 * signed 64-bit integer (a `bigint` column, a Java `long`), so other systems
 * that compute the same figures can store them exactly.
 *
 * @example
 * ```ts
 * MAX_TIYN;                      // 99999999999999999n
 * Tenge.fromTiyn(MAX_TIYN + 1n); // throws INVALID_AMOUNT: out of range
 * ```
 */
export const MAX_TIYN = 99_999_999_999_999_999n;

/** @internal The `INVALID_AMOUNT` error every money function throws. */
export function invalidAmount(value: unknown, reason: string): TutynushyError {
  return new TutynushyError('INVALID_AMOUNT', `Invalid amount ${describeValue(value)}: ${reason}`, {
    value: keepValue(value),
    reason,
  });
}

/** @internal Checks that a count of tiyn is within ±{@link MAX_TIYN}. */
export function checkRange(tiyn: bigint, value: unknown): bigint {
  if (tiyn > MAX_TIYN || tiyn < -MAX_TIYN) {
    throw invalidAmount(
      value,
      'out of range: a Tenge holds at most 999 999 999 999 999.99 tenge either side of zero',
    );
  }
  return tiyn;
}

const ZEROS = /^0*$/;

/**
 * @internal Whole tiyn from the digits of a decimal amount in tenge: exact or
 * an error, never rounded. `fraction` may carry trailing zeros ("1.500").
 */
export function tiynFromDigits(
  negative: boolean,
  whole: string,
  fraction: string,
  value: unknown,
): bigint {
  if (fraction.length > 2 && !ZEROS.test(fraction.slice(2))) {
    throw invalidAmount(
      value,
      `not exact to the tiyn: ${fraction.length} decimal places (a tiyn is 0.01)`,
    );
  }
  // Leading zeros are harmless; the length check keeps a digit run from
  // becoming a huge bigint before the range check.
  const significant = whole.replace(/^0+(?=\d)/, '');
  if (significant.length > 15) checkRange(MAX_TIYN + 1n, value);
  const tiyn = BigInt(significant) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, '0'));
  return checkRange(negative ? -tiyn : tiyn, value);
}
