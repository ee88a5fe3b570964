import { type LocalDate, parseLocalDate } from '../core/index.js';

// Days before the first of each month in a common year, and month lengths.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// The two digits of `text` at `at` as a number, or -1 when one is not a digit
// (`>>> 0` makes a negative difference huge: one test per digit).
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >>> 0 <= 9 && ones >>> 0 <= 9 ? tens * 10 + ones : -1;
}

/**
 * Packs a checked date into one small integer, `year * 512 + dayOfYear`
 * (day 0 = 1 January): read with {@link yearOfKey} and {@link dayOfKey}. Reads
 * char codes with small-integer arithmetic and two small tables only, so that
 * the hot path of `isWorkingDay` allocates nothing; anything unusual goes to
 * `parseLocalDate` for the precise error.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` naming what is wrong.
 * @internal
 */
export function dateKey(date: LocalDate): number {
  if (
    typeof date === 'string' &&
    date.length === 10 &&
    date.charCodeAt(4) === 45 &&
    date.charCodeAt(7) === 45
  ) {
    const century = twoDigits(date, 0);
    const year = century * 100 + twoDigits(date, 2);
    const month = twoDigits(date, 5);
    const day = twoDigits(date, 8);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 1 : 0;
    if (
      century >= 10 &&
      year >= century * 100 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= (MONTH_LENGTH[month - 1] as number) + (month === 2 ? leap : 0)
    ) {
      return (
        year * 512 + (DAYS_BEFORE_MONTH[month - 1] as number) + (month > 2 ? leap : 0) + day - 1
      );
    }
  }
  parseLocalDate(date); // throws the precise INVALID_DATE
  /* c8 ignore next -- parseLocalDate rejects everything the fast path rejects */
  return -1;
}

/** The year of a {@link dateKey}. @internal */
export function yearOfKey(key: number): number {
  return key >> 9;
}

/** The day of the year (0 = 1 January) of a {@link dateKey}. @internal */
export function dayOfKey(key: number): number {
  return key & 511;
}
