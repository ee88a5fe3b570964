import { type LocalDate, safeParseLocalDate } from '../core/local-date.js';
import type { Result } from '../core/result.js';
import type { IinSex } from './labels.js';
import { checkDigitProblem, type IdProblem, problemError, shapeProblem } from './problem.js';

/** What an IIN (individual identification number, ИИН / ЖСН) says about its holder. */
export interface ParsedIin {
  /** An IIN. */
  readonly kind: 'iin';
  /** The 12 digits, as given. */
  readonly value: string;
  /** Digits 1–6 (`YYMMDD`) with the century from digit 7. */
  readonly birthDate: LocalDate;
  /** From digit 7: odd male, even female. */
  readonly sex: IinSex;
}

// Digit 7 → the first two digits of the birth year: 1/2 the 1800s, 3/4 the
// 1900s, 5/6 the 2000s (Rules for assigning an IIN, Government Decree No. 565
// of 11 June 2003); 0 and 7–9 are not defined.
const CENTURY_OF_DIGIT_7 = ['', '18', '18', '19', '19', '20', '20'] as const;

function checkIin(value: unknown): ParsedIin | IdProblem {
  const shape = shapeProblem(value);
  if (shape !== undefined) return shape;
  const digits = value as string;
  const checkDigit = checkDigitProblem(digits);
  if (checkDigit !== undefined) return checkDigit;
  const digit7 = digits.charCodeAt(6) - 48;
  const century = CENTURY_OF_DIGIT_7[digit7];
  if (century === undefined || century === '') {
    return { problem: 'centuryAndSex', part: 'centuryAndSex', digit: digit7 };
  }
  const birthDate = `${century}${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4, 6)}`;
  const date = safeParseLocalDate(birthDate);
  if (!date.ok && date.error.code === 'INVALID_DATE') {
    // The year is 1800–2099 and the form is right: only the month or the day can be wrong.
    const { problem, lastDay } = date.error.details;
    return {
      problem: 'birthDate',
      part: 'birthDate',
      date: birthDate,
      dateProblem: problem === 'day' ? 'day' : 'month',
      ...(lastDay === undefined ? {} : { lastDay }),
    };
  }
  return { kind: 'iin', value: digits, birthDate, sex: digit7 % 2 === 1 ? 'male' : 'female' };
}

function isProblem(checked: ParsedIin | IdProblem): checked is IdProblem {
  return 'problem' in checked;
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
 * @throws {@link TutynushyError} `INVALID_IIN` naming what is wrong: `details`
 * holds the value (`received`), the `problem` and, when one part of the
 * number is wrong, `part` (see {@link TaxpayerIdPart}) with its facts: the
 * `digit` found and, for a wrong check digit, `expectedCheckDigit`; for a
 * birth date that does not exist, the `date` digits 1–7 give.
 * @example
 * ```ts
 * parseIin('900101300017'); // { kind: 'iin', value: '900101300017', birthDate: '1990-01-01', sex: 'male' }
 * parseIin('000229500018').birthDate; // '2000-02-29'
 * parseIin('900230300019'); // throws INVALID_IIN: the birth date 1990-02-30 does not exist
 * const wrong = safeParseIin('900101300018');
 * !wrong.ok && wrong.error.code === 'INVALID_IIN' && wrong.error.details.expectedCheckDigit; // 7
 * ```
 */
export function parseIin(value: unknown): ParsedIin {
  const checked = checkIin(value);
  if (isProblem(checked)) throw problemError('INVALID_IIN', value, checked);
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
    ? { ok: false, error: problemError('INVALID_IIN', value, checked) }
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
