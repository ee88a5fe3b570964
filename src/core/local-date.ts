import type { DateProblem } from './error-details.js';
import { invalidDateError } from './error-factories.js';
import type { TutynushyError } from './errors.js';
import { received } from './received.js';
import type { Result } from './result.js';

/**
 * A calendar date as `YYYY-MM-DD` (ISO 8601, years 1000–9999), never a JS
 * `Date`: a date is a day on the Kazakhstan calendar, not an instant, so it
 * cannot drift by a time zone. Plain strings compare in date order.
 */
export type LocalDate = string;

/** Day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The number of days in a month of the Gregorian calendar.
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Tells whether a year of the Gregorian calendar is a leap year.
 *
 * @internal
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function invalidDate(
  value: unknown,
  problem: DateProblem,
  lastDay?: number,
): TutynushyError<'INVALID_DATE'> {
  return invalidDateError({
    received: received(value),
    problem,
    ...(lastDay === undefined ? {} : { lastDay }),
  });
}

function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

// A scan by char codes rather than a regular expression: dates are checked on
// every call into the calendar and every event a report replays.
function check(value: unknown): TutynushyError<'INVALID_DATE'> | LocalDate {
  if (typeof value !== 'string') return invalidDate(value, 'notAString');
  const century = value.length === 10 ? twoDigits(value, 0) : -1;
  const yy = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (
    century < 0 ||
    yy < 0 ||
    month < 0 ||
    day < 0 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  ) {
    return invalidDate(value, 'format');
  }
  const year = century * 100 + yy;
  if (year < 1000) return invalidDate(value, 'year');
  if (month < 1 || month > 12) return invalidDate(value, 'month');
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return invalidDate(value, 'day', last);
  return value;
}

/**
 * Checks a `YYYY-MM-DD` date and returns it.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` naming what is wrong: the shape
 * (`2024-5-1`), a month that does not exist (`2024-13-01`), a day that does not
 * exist in that month (`2024-02-30`, `2025-02-29`).
 * @example
 * ```ts
 * parseLocalDate('2024-02-29'); // '2024-02-29'
 * parseLocalDate('2024-02-30'); // throws INVALID_DATE: day 30 does not exist in 2024-02
 * ```
 */
export function parseLocalDate(value: unknown): LocalDate {
  const checked = check(value);
  if (typeof checked !== 'string') throw checked;
  return checked;
}

/**
 * The non-throwing twin of {@link parseLocalDate}.
 *
 * @example
 * ```ts
 * safeParseLocalDate('2024-5-1').ok; // false
 * ```
 */
export function safeParseLocalDate(
  value: unknown,
): Result<LocalDate, TutynushyError<'INVALID_DATE'>> {
  const checked = check(value);
  return typeof checked === 'string' ? { ok: true, value: checked } : { ok: false, error: checked };
}

/**
 * Tells whether `value` is a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * isLocalDate('2024-05-31'); // true
 * isLocalDate('2024-05-32'); // false
 * ```
 */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && typeof check(value) === 'string';
}

// Days from civil, after Howard Hinnant's public-domain algorithms: integer
// arithmetic, no Date objects, so that replaying millions of records allocates nothing.
/**
 * Days since 1970-01-01 of a date given by its parts (not validated).
 *
 * @internal
 */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Days since 1970-01-01 (negative before it). The date is not re-validated:
 * pass dates checked by {@link parseLocalDate} or produced by this module.
 *
 * @internal
 */
export function toEpochDay(date: LocalDate): number {
  // charCodeAt arithmetic instead of split/Number: no allocation on the hot path.
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return epochDayOf(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The date a number of days after 1970-01-01; the inverse of {@link toEpochDay}.
 *
 * @internal
 */
export function fromEpochDay(epochDay: number): LocalDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Builds a date from its parts.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` when the parts do not make a date.
 *
 * @internal
 */
export function localDate(year: number, month: number, day: number): LocalDate {
  const text = `${Number.isInteger(year) ? pad(year, 4) : year}-${Number.isInteger(month) ? pad(month, 2) : month}-${Number.isInteger(day) ? pad(day, 2) : day}`;
  return parseLocalDate(text);
}

/**
 * The date `days` days later (earlier when negative), by the calendar.
 *
 * @internal
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @internal
 */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @internal
 */
export function isoWeekday(date: LocalDate): IsoWeekday {
  // 1970-01-01 was a Thursday (4).
  return (((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * The date `months` calendar months later, clamped to the month's last day
 * (31 January + 1 month = 29 February in a leap year), as the Civil Code
 * counts a term in months.
 *
 * @internal
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`;
}

/**
 * Orders two dates: negative, zero or positive, for `Array.prototype.sort`.
 *
 * @internal
 */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
