import { isLeapYear, type LocalDate, parseLocalDate } from '../core/index.js';

// Days before the first of each month in a common year.
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * The day of the year (0 = 1 January) of a `YYYY-MM-DD` date, or -1 when the
 * text is not a valid date. Reads char codes, so that the hot path of
 * `isWorkingDay` allocates nothing; anything unusual goes to
 * {@link parseLocalDate} for the error message.
 */
function fastDayOfYear(date: string, year: number): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return -1;
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (!(month >= 1 && month <= 12 && day >= 1)) return -1;
  const leap = month > 2 && isLeapYear(year) ? 1 : 0;
  const length = (MONTH_LENGTH[month - 1] as number) + (month === 2 && isLeapYear(year) ? 1 : 0);
  if (day > length) return -1;
  return (DAYS_BEFORE_MONTH[month - 1] as number) + leap + day - 1;
}

/**
 * The year of a date that {@link dayOfYear} accepted. @internal
 */
export function yearOfDate(date: LocalDate): number {
  return digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
}

/**
 * Checks a date and returns its day of the year (0 = 1 January).
 *
 * @throws {@link TutynushyError} `INVALID_DATE` naming what is wrong.
 * @internal
 */
export function dayOfYear(date: unknown): number {
  if (typeof date === 'string') {
    const year = yearOfDate(date);
    if (year >= 1000) {
      const index = fastDayOfYear(date, year);
      if (index >= 0) return index;
    }
  }
  parseLocalDate(date); // throws the precise INVALID_DATE
  /* c8 ignore next 2 -- parseLocalDate rejects everything the fast path rejects */
  throw new Error(`calendar: date ${String(date)} passed parseLocalDate but not the fast check`);
}
