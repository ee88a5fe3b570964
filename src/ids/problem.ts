import { describeValue, keepValue } from '../core/describe.js';
import { type ErrorCode, TutynushyError } from '../core/errors.js';
import { checkDigitOf } from './check-digit.js';

/**
 * Which part of a 12-digit number is wrong, in `details.part` of an
 * `INVALID_IIN`, `INVALID_BIN` or `INVALID_TAXPAYER_ID` error. Absent when the
 * input is not 12 digits at all (wrong type, a non-digit, the wrong length).
 *
 * - `birthDate`: IIN digits 1–6 are not a date that exists;
 * - `centuryAndSex`: IIN digit 7 is not 1–6;
 * - `registeredIn`: BIN digits 3–4 are not a month 01–12;
 * - `entityType`: BIN digit 5 is not 4, 5 or 6;
 * - `unit`: BIN digit 6 is not 0–3;
 * - `kind`: digit 5 is 7, 8 or 9, so the number is neither an IIN nor a BIN;
 * - `checkDigit`: digit 12 does not match digits 1–11 (`details.expected`
 *   is the right digit, or `null` when no number with those 11 digits exists).
 */
export type TaxpayerIdPart =
  | 'birthDate'
  | 'centuryAndSex'
  | 'registeredIn'
  | 'entityType'
  | 'unit'
  | 'kind'
  | 'checkDigit';

/** What is wrong with an input, before it becomes an error. @internal */
export interface IdProblem {
  readonly reason: string;
  readonly part?: TaxpayerIdPart;
  readonly expected?: number | null;
  readonly position?: number;
}

function describeCharacter(text: string, index: number): string {
  const codePoint = text.codePointAt(index) ?? 0;
  const character = String.fromCodePoint(codePoint);
  if (character === ' ') return 'a space';
  if (character === '-') return 'a dash';
  if (/\s/u.test(character))
    return `a whitespace character (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
  return `the character ${JSON.stringify(character)}`;
}

/**
 * Checks that `value` is a string of exactly 12 ASCII digits. A number is
 * refused on purpose: as a JavaScript number an IIN of someone born in the
 * 2000s (`050707500015`) or a BIN registered then (`020240000555`) loses its
 * leading zero.
 *
 * @internal
 */
export function shapeProblem(value: unknown, noun: string): IdProblem | undefined {
  if (typeof value !== 'string') {
    if (typeof value === 'number' || typeof value === 'bigint') {
      // A real-looking example of the noun: a BIN registered in the 2000s (KazMunayGas), or an IIN of someone born then.
      const example = noun === 'BIN' ? '020240000555' : '050707500015';
      return {
        reason: `expected a string of 12 digits, not a number: a number drops leading zeros (${noun} ${example} would become ${example.slice(1)}), so pass the ${noun} as a string`,
      };
    }
    return { reason: 'expected a string of 12 digits' };
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) {
      return {
        reason: `${describeCharacter(value, i)} at position ${i + 1}: expected 12 digits 0–9 only, without spaces, dashes or letters`,
        position: i + 1,
      };
    }
  }
  if (value.length === 0) return { reason: 'the string is empty: expected 12 digits' };
  if (value.length !== 12) return { reason: `${value.length} digits: expected exactly 12` };
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
    return {
      reason: `no check digit exists for digits 1–11 (${digits.slice(0, 11)}): both weight passes give 10, so no such number is ever issued`,
      part: 'checkDigit',
      expected: null,
    };
  }
  return {
    reason: `wrong check digit ${actual} (digit 12): digits 1–11 give ${expected}`,
    part: 'checkDigit',
    expected,
  };
}

/**
 * Turns a problem into the error thrown for it.
 *
 * @internal
 */
export function problemError(
  code: ErrorCode,
  noun: string,
  value: unknown,
  problem: IdProblem,
): TutynushyError {
  const details: Record<string, unknown> = { value: keepValue(value), reason: problem.reason };
  if (problem.part !== undefined) details['part'] = problem.part;
  if (problem.expected !== undefined) details['expected'] = problem.expected;
  if (problem.position !== undefined) details['position'] = problem.position;
  return new TutynushyError(
    code,
    `Invalid ${noun} ${describeValue(value)}: ${problem.reason}`,
    details,
  );
}
