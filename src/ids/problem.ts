import type { ErrorDetails, TaxpayerIdDetails } from '../core/error-details.js';
import { invalidTaxpayerIdError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { received } from '../core/received.js';
import { checkDigitOf } from './check-digit.js';

/** What is wrong with an input, before it becomes an error: its details without the value. @internal */
export type IdProblem = Omit<TaxpayerIdDetails, 'received'>;

/** The codes an IIN or a BIN is refused with. @internal */
export type IdErrorCode = 'INVALID_IIN' | 'INVALID_BIN' | 'INVALID_TAXPAYER_ID';

/**
 * Checks that `value` is a string of exactly 12 ASCII digits. A number is
 * refused on purpose: as a JavaScript number an IIN of someone born in the
 * 2000s (`050707500015`) or a BIN registered then (`020240000555`) loses its
 * leading zero.
 *
 * @internal
 */
export function shapeProblem(value: unknown): IdProblem | undefined {
  if (typeof value !== 'string') {
    return typeof value === 'number' || typeof value === 'bigint'
      ? { problem: 'number' }
      : { problem: 'notAString' };
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) {
      // The whole character, not half of a surrogate pair.
      const character = String.fromCodePoint(value.codePointAt(i) ?? 0);
      return { problem: 'character', character, position: i + 1 };
    }
  }
  if (value.length === 0) return { problem: 'empty' };
  if (value.length !== 12) return { problem: 'length', length: value.length };
  return undefined;
}

/**
 * Checks digit 12 of a string already known to be 12 digits.
 *
 * @internal
 */
export function checkDigitProblem(digits: string): IdProblem | undefined {
  const expected = checkDigitOf(digits);
  const actual = digits.charCodeAt(11) - 48;
  if (expected === actual) return undefined;
  if (expected === null) {
    return { problem: 'noCheckDigit', part: 'checkDigit', digit: actual, expectedCheckDigit: null };
  }
  return { problem: 'checkDigit', part: 'checkDigit', digit: actual, expectedCheckDigit: expected };
}

/**
 * Turns a problem into the error thrown for it.
 *
 * @internal
 */
export function problemError<C extends IdErrorCode>(
  code: C,
  value: unknown,
  problem: IdProblem,
): TutynushyError<C> {
  const details: TaxpayerIdDetails = { received: received(value), ...problem };
  return invalidTaxpayerIdError(code, details as ErrorDetails[C]);
}
