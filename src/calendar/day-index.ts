import { type LocalDate, parseLocalDate } from '../core/index.js';

// Days before the first of each month in a common year, and month lengths.
const DAYS_BEFORE_MONTH = new Uint16Array([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]);
const MONTH_LENGTH = new Uint8Array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);

/**
 * Packs a checked date into one small integer, `year * 512 + dayOfYear`
 * (day 0 = 1 January): read with {@link yearOfKey} and {@link dayOfKey}. Reads
 * char codes with small-integer arithmetic only, so that the hot path of
 * `isWorkingDay` allocates nothing; anything unusual goes to
 * {@link parseLocalDate} for the precise error.
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
    const y1 = date.charCodeAt(0) - 48;
    const y2 = date.charCodeAt(1) - 48;
    const y3 = date.charCodeAt(2) - 48;
    const y4 = date.charCodeAt(3) - 48;
    const m1 = date.charCodeAt(5) - 48;
    const m2 = date.charCodeAt(6) - 48;
    const d1 = date.charCodeAt(8) - 48;
    const d2 = date.charCodeAt(9) - 48;
    // `>>> 0` turns a negative difference into a huge number: one test per digit.
    if (
      y1 >>> 0 <= 9 &&
      y2 >>> 0 <= 9 &&
      y3 >>> 0 <= 9 &&
      y4 >>> 0 <= 9 &&
      m1 >>> 0 <= 9 &&
      m2 >>> 0 <= 9 &&
      d1 >>> 0 <= 9 &&
      d2 >>> 0 <= 9
    ) {
      const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
      const month = m1 * 10 + m2;
      const day = d1 * 10 + d2;
      if (year >= 1000 && month >= 1 && month <= 12 && day >= 1) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 1 : 0;
        const index = month - 1;
        const length = (MONTH_LENGTH[index] as number) + (month === 2 ? leap : 0);
        if (day <= length) {
          return (
            year * 512 + (DAYS_BEFORE_MONTH[index] as number) + (month > 2 ? leap : 0) + day - 1
          );
        }
      }
    }
  }
  parseLocalDate(date); // throws the precise INVALID_DATE
  /* c8 ignore next -- parseLocalDate rejects everything the fast path rejects */
  throw new Error(`calendar: ${String(date)} passed parseLocalDate but not the fast check`);
}

/** The year of a {@link dateKey}. @internal */
export function yearOfKey(key: number): number {
  return key >> 9;
}

/** The day of the year (0 = 1 January) of a {@link dateKey}. @internal */
export function dayOfKey(key: number): number {
  return key & 511;
}
