import { type LocalDate, safeParseLocalDate } from '../core/local-date.js';
import type { Result } from '../core/result.js';
import type { IinSex } from './labels.js';
import { checkDigitProblem, type IdProblem, problemError, shapeProblem } from './problem.js';

/** What an IIN (individual identification number, ИИН / ЖСН) says about its holder. */
export interface ParsedIin {
  readonly kind: 'iin';
  /** The 12 digits, as given. */
  readonly value: string;
  /** Digits 1–6 (`YYMMDD`) with the century from digit 7. */
  readonly birthDate: LocalDate;
  /** From digit 7: odd male, even female. */
  readonly sex: IinSex;
}

// Digit 7 → the first two digits of the birth year (DOMAIN §6).
const CENTURY_OF_DIGIT_7 = ['', '18', '18', '19', '19', '20', '20'] as const;

function checkIin(value: unknown): ParsedIin | IdProblem {
  const shape = shapeProblem(value, 'IIN');
  if (shape !== undefined) return shape;
  const digits = value as string;
  const checkDigit = checkDigitProblem(digits);
  if (checkDigit !== undefined) return checkDigit;
  const digit7 = digits.charCodeAt(6) - 48;
  const century = CENTURY_OF_DIGIT_7[digit7];
  if (century === undefined || century === '') {
    return {
      reason: `digit 7 (century and sex) is ${digit7}, which is not defined: 1 or 2 mean born in the 1800s, 3 or 4 in the 1900s, 5 or 6 in the 2000s (odd for a man, even for a woman)`,
      part: 'centuryAndSex',
    };
  }
  const birthDate = `${century}${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  const date = safeParseLocalDate(birthDate);
  if (!date.ok) {
    return {
      reason: `digits 1–6 with digit 7 give the birth date ${birthDate}, which does not exist: ${String(date.error.details['reason'])}`,
      part: 'birthDate',
    };
  }
  return { kind: 'iin', value: digits, birthDate, sex: digit7 % 2 === 1 ? 'male' : 'female' };
}

function isProblem(checked: ParsedIin | IdProblem): checked is IdProblem {
  return 'reason' in checked;
}

/**
 * Reads an IIN: checks its shape, its check digit, its 7th digit and its
 * birth date, and returns the birth date and sex it encodes.
 *
 * The input must be a string of 12 ASCII digits: no spaces, dashes or other
 * characters are removed (nothing is guessed), and a JavaScript number is
 * refused because it would have lost any leading zero. The birth date is not
 * compared with today (the library has no clock): compare `birthDate` with
 * your own `asOf` if a future date matters.
 *
 * @throws {@link TutynushyError} `INVALID_IIN` naming what is wrong; `details`
 * holds `value`, `reason` and, when one part of the number is wrong, `part`
 * (see {@link TaxpayerIdPart}) and for a wrong check digit `expected`.
 * @example
 * ```ts
 * parseIin('900101300017'); // { kind: 'iin', value: '900101300017', birthDate: '1990-01-01', sex: 'male' }
 * parseIin('000229500018').birthDate; // '2000-02-29'
 * parseIin('900230300019'); // throws INVALID_IIN: the birth date 1990-02-30 does not exist
 * ```
 */
export function parseIin(value: unknown): ParsedIin {
  const checked = checkIin(value);
  if (isProblem(checked)) throw problemError('INVALID_IIN', 'IIN', value, checked);
  return checked;
}

/**
 * The non-throwing twin of {@link parseIin}.
 *
 * @example
 * ```ts
 * safeParseIin('900101300018').ok; // false — the check digit should be 7
 * ```
 */
export function safeParseIin(value: unknown): Result<ParsedIin> {
  const checked = checkIin(value);
  return isProblem(checked)
    ? { ok: false, error: problemError('INVALID_IIN', 'IIN', value, checked) }
    : { ok: true, value: checked };
}

/**
 * Tells whether `value` is a valid IIN (see {@link parseIin} for what is checked).
 *
 * @example
 * ```ts
 * isValidIin('851231400011');   // true
 * isValidIin('8512 3140 0011'); // false — spaces are not removed
 * isValidIin(851231400011);     // false — pass a string
 * ```
 */
export function isValidIin(value: unknown): boolean {
  return !isProblem(checkIin(value));
}
