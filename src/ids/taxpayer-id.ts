import { TutynushyError } from '../core/errors.js';
import type { Result } from '../core/result.js';
import { isValidBin, type ParsedBin, parseBin } from './bin.js';
import { isValidIin, type ParsedIin, parseIin } from './iin.js';
import { checkDigitProblem, problemError, shapeProblem } from './problem.js';

/** An IIN or a BIN, told apart by `kind`. */
export type ParsedTaxpayerId = ParsedIin | ParsedBin;

/**
 * Reads a number that may be either an IIN or a BIN (an individual
 * entrepreneur is identified by his IIN, a company by its BIN). The 5th digit
 * tells them apart: in an IIN it is the first digit of the birth day (0–3),
 * in a BIN the entity type (4–6).
 *
 * @throws {@link TutynushyError} `INVALID_IIN` or `INVALID_BIN` once the 5th
 * digit has told which it is; `INVALID_TAXPAYER_ID` when the input is not 12
 * digits or its 5th digit is 7, 8 or 9 (`details.part` is then `kind`, or
 * `checkDigit` when the check digit is wrong as well).
 * @example
 * ```ts
 * parseTaxpayerId('851231400011').kind; // 'iin'
 * parseTaxpayerId('971240001315').kind; // 'bin'
 * parseTaxpayerId('940190000388');      // throws INVALID_TAXPAYER_ID: digit 5 is 9
 * ```
 */
export function parseTaxpayerId(value: unknown): ParsedTaxpayerId {
  const shape = shapeProblem(value);
  if (shape !== undefined) throw problemError('INVALID_TAXPAYER_ID', value, shape);
  const digits = value as string;
  const digit5 = digits.charCodeAt(4) - 48;
  if (digit5 <= 3) return parseIin(digits);
  if (digit5 <= 6) return parseBin(digits);
  const checkDigit = checkDigitProblem(digits);
  throw problemError(
    'INVALID_TAXPAYER_ID',
    value,
    checkDigit ?? { problem: 'kind', part: 'kind', digit: digit5 },
  );
}

/**
 * The non-throwing twin of {@link parseTaxpayerId}.
 *
 * @example
 * ```ts
 * const result = safeParseTaxpayerId('020240000555');
 * result.ok && result.value.kind === 'bin' && result.value.registeredIn; // '2002-02'
 * safeParseTaxpayerId('12345').ok; // false
 * ```
 */
export function safeParseTaxpayerId(value: unknown): Result<ParsedTaxpayerId> {
  try {
    return { ok: true, value: parseTaxpayerId(value) };
  } catch (error) {
    if (error instanceof TutynushyError) return { ok: false, error };
    throw error;
  }
}

/**
 * Tells whether `value` is a valid IIN or a valid BIN.
 *
 * @example
 * ```ts
 * isValidTaxpayerId('900101300017'); // true
 * isValidTaxpayerId('900101300018'); // false
 * ```
 */
export function isValidTaxpayerId(value: unknown): boolean {
  if (shapeProblem(value) !== undefined) return false;
  const digit5 = (value as string).charCodeAt(4) - 48;
  if (digit5 <= 3) return isValidIin(value);
  return digit5 <= 6 && isValidBin(value);
}
