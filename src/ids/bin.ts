import { invalidArgumentError } from '../core/error-factories.js';
import { idsExpectations } from '../core/messages/en/expectations/ids.js';
import { received } from '../core/received.js';
import type { Result } from '../core/result.js';
import { BIN_ENTITY_TYPE_KEYS, BIN_UNIT_KEYS, type BinEntityType, type BinUnit } from './labels.js';
import { checkDigitProblem, type IdProblem, problemError, shapeProblem } from './problem.js';

/** What a BIN (business identification number, БИН / БСН) says about its holder. */
export interface ParsedBin {
  /** A BIN. */
  readonly kind: 'bin';
  /** The 12 digits, as given. */
  readonly value: string;
  /** The month of state registration, `YYYY-MM`, from digits 1–4 (see {@link binRegistrationYear}). */
  readonly registeredIn: string;
  /** From digit 5: 4 resident, 5 non-resident, 6 joint individual entrepreneurship. */
  readonly entityType: BinEntityType;
  /** From digit 6: 0 head office, 1 branch, 2 representative office, 3 peasant farm. */
  readonly unit: BinUnit;
}

/**
 * The four-digit year of a BIN's two-digit registration year. BINs were
 * introduced in the 2000s, but they were also given to entities registered
 * earlier, under their original registration month (Halyk Bank's BIN begins
 * with `9401`). Kazakhstan's own register of legal entities dates from the
 * early 1990s, so `90`–`99` are read as 1990–1999 and `00`–`89` as
 * 2000–2089. The rule is fixed rather than based on today's date, so that the
 * same BIN always gives the same answer.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` unless `twoDigitYear` is an integer 0–99.
 * @example
 * ```ts
 * binRegistrationYear(94); // 1994
 * binRegistrationYear(18); // 2018
 * ```
 */
export function binRegistrationYear(twoDigitYear: number): number {
  if (!Number.isInteger(twoDigitYear) || twoDigitYear < 0 || twoDigitYear > 99) {
    throw invalidArgumentError(
      {
        fn: 'binRegistrationYear',
        field: 'twoDigitYear',
        received: received(twoDigitYear),
        expected: 'twoDigitYear',
      },
      idsExpectations,
    );
  }
  return twoDigitYear >= 90 ? 1900 + twoDigitYear : 2000 + twoDigitYear;
}

function checkBin(value: unknown): ParsedBin | IdProblem {
  const shape = shapeProblem(value);
  if (shape !== undefined) return shape;
  const digits = value as string;
  const checkDigit = checkDigitProblem(digits);
  if (checkDigit !== undefined) return checkDigit;
  const month = digits.slice(2, 4);
  if (month < '01' || month > '12') {
    return { problem: 'registeredIn', part: 'registeredIn', date: month };
  }
  const digit5 = digits.charCodeAt(4) - 48;
  const entityType = BIN_ENTITY_TYPE_KEYS[digit5 - 4];
  if (entityType === undefined) {
    return { problem: 'entityType', part: 'entityType', digit: digit5 };
  }
  const digit6 = digits.charCodeAt(5) - 48;
  const unit = BIN_UNIT_KEYS[digit6];
  if (unit === undefined) {
    return { problem: 'unit', part: 'unit', digit: digit6 };
  }
  const year = binRegistrationYear(Number(digits.slice(0, 2)));
  return { kind: 'bin', value: digits, registeredIn: `${year}-${month}`, entityType, unit };
}

function isProblem(checked: ParsedBin | IdProblem): checked is IdProblem {
  return 'problem' in checked;
}

/**
 * Reads a BIN: checks its shape, its check digit, its registration month,
 * entity type and unit, and returns what they say.
 *
 * The input must be a string of 12 ASCII digits: nothing is trimmed or
 * removed, and a JavaScript number is refused (a BIN registered in 2000–2009
 * begins with 0).
 *
 * @throws {@link TutynushyError} `INVALID_BIN` naming what is wrong: `details`
 * holds the value (`received`), the `problem` and, when one part of the
 * number is wrong, `part` (see {@link TaxpayerIdPart}) with its facts: the
 * `digit` found, for a wrong check digit `expectedCheckDigit`, for a month
 * that does not exist the digits 3–4 (`date`).
 * @example
 * ```ts
 * parseBin('940140000385'); // { kind: 'bin', value: '940140000385', registeredIn: '1994-01', entityType: 'resident', unit: 'headOffice' }
 * parseBin('070941024691').unit; // 'branch'
 * parseBin('949940000389');      // throws INVALID_BIN: registration month 99 does not exist
 * const wrong = safeParseBin('940140000380');
 * !wrong.ok && wrong.error.code === 'INVALID_BIN' && wrong.error.details.expectedCheckDigit; // 5
 * ```
 */
export function parseBin(value: unknown): ParsedBin {
  const checked = checkBin(value);
  if (isProblem(checked)) throw problemError('INVALID_BIN', value, checked);
  return checked;
}

/**
 * The non-throwing twin of {@link parseBin}.
 *
 * @example
 * ```ts
 * safeParseBin('940140000380').ok; // false — the check digit should be 5
 * ```
 */
export function safeParseBin(value: unknown): Result<ParsedBin> {
  const checked = checkBin(value);
  return isProblem(checked)
    ? { ok: false, error: problemError('INVALID_BIN', value, checked) }
    : { ok: true, value: checked };
}

/**
 * Tells whether `value` is a valid BIN (see {@link parseBin} for what is checked).
 *
 * @example
 * ```ts
 * isValidBin('971240001315'); // true — Kaspi Bank
 * isValidBin('900101300017'); // false — that is an IIN
 * ```
 */
export function isValidBin(value: unknown): boolean {
  return !isProblem(checkBin(value));
}
