import type { AmountDetails } from '../core/error-details.js';
import { invalidAmountError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { received } from '../core/received.js';

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

/** @internal Why an amount was refused, before it is an error: its details without the value. */
export type AmountRefusal = Omit<AmountDetails, 'received'>;

/** @internal The `INVALID_AMOUNT` error every money function throws. */
export function invalidAmount(value: unknown, refusal: AmountRefusal): TutynushyError {
  return invalidAmountError({ received: received(value), ...refusal });
}

/** @internal A count of tiyn as a decimal string in tenge: `-320n` → `"-3.20"`. */
export function tengeText(tiyn: bigint): string {
  const negative = tiyn < 0n;
  const digits = (negative ? -tiyn : tiyn).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * @internal Checks that a count of tiyn is within ±{@link MAX_TIYN}; `value`
 * is what the error names (the input read, or the result of arithmetic).
 */
export function checkRange(tiyn: bigint, value: unknown): bigint {
  if (tiyn > MAX_TIYN || tiyn < -MAX_TIYN) {
    throw invalidAmount(value, { problem: 'outOfRange' });
  }
  return tiyn;
}

/**
 * @internal Checks that the result of arithmetic is within ±{@link MAX_TIYN};
 * an error names the result itself, written out only when there is one.
 */
export function checkResult(tiyn: bigint): bigint {
  return tiyn > MAX_TIYN || tiyn < -MAX_TIYN ? checkRange(tiyn, tengeText(tiyn)) : tiyn;
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
    throw invalidAmount(value, {
      problem: 'notExactToTiyn',
      decimals: fraction.replace(/0+$/, '').length,
    });
  }
  // Leading zeros are harmless; the length check keeps a digit run from
  // becoming a huge bigint before the range check.
  const significant = whole.replace(/^0+(?=\d)/, '');
  if (significant.length > 15) checkRange(MAX_TIYN + 1n, value);
  const tiyn = BigInt(significant) * 100n + BigInt(fraction.slice(0, 2).padEnd(2, '0'));
  return checkRange(negative ? -tiyn : tiyn, value);
}
