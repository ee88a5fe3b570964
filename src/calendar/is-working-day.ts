import type { LocalDate } from '../core/index.js';
import { isWorkingCode } from './day-codes.js';
import { dateKey, dayOfKey, yearOfKey } from './day-index.js';
import { type CalendarOptions, calendarOption } from './options.js';
import type { WorkCalendar } from './work-calendar.js';
import { yearTable } from './year-tables.js';

/**
 * Tells whether a date is a working day: Monday to Friday unless a
 * holiday, a substitute, religious or transferred day off, plus the weekend
 * days a transfer act made working. After the first call for a year it is
 * a table lookup that allocates nothing.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` for a malformed or impossible
 * date; `CALENDAR_DATA_MISSING` for a year outside `CALENDAR_YEAR_RANGE` or
 * one a strict calendar refuses; `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * isWorkingDay('2024-05-04'); // true  — Saturday made working (transfer to 8 May)
 * isWorkingDay('2024-05-08'); // false — the transferred day off
 * isWorkingDay('2026-03-25'); // false — second substitute for Nauryz on the weekend
 * isWorkingDay('2027-03-15'); // false — Constitution Day, from 2027
 * isWorkingDay('2024-05-04', { calender: kazakhstanCalendar }); // throws INVALID_ARGUMENT — unknown key
 * ```
 */
export function isWorkingDay(date: LocalDate, options?: CalendarOptions): boolean {
  return isWorkingDayOn(calendarOption(options, 'isWorkingDay'), date);
}

/** {@link isWorkingDay} on a calendar already checked: what the clocks call. @internal */
export function isWorkingDayOn(calendar: WorkCalendar, date: LocalDate): boolean {
  const key = dateKey(date);
  return isWorkingCode(yearTable(calendar, yearOfKey(key)).codes[dayOfKey(key)]);
}
