import type { CalendarDay } from './calendar-day.js';
import { kazakhstanCalendar, type WorkCalendar } from './work-calendar.js';
import { checkYear, yearTable } from './year-table.js';

/**
 * Every special day of a year in date order: the days off that are not
 * plain weekends (holidays — also when they fall on a weekend —, substitute,
 * religious and transferred days off) and the weekend days made working.
 * This is the shape of the published calendars.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a year that is not an
 * integer 1000–9999, `CALENDAR_DATA_MISSING` for a year without data.
 * @example
 * ```ts
 * calendarDays(2025).slice(2, 4).map((d) => [d.date, d.kind]);
 * // [['2025-01-03', 'transferDayOff'], ['2025-01-05', 'workingWeekend']]
 * ```
 */
export function calendarDays(
  year: number,
  calendar: WorkCalendar = kazakhstanCalendar,
): readonly CalendarDay[] {
  checkYear(year);
  return yearTable(calendar, year).days;
}

/**
 * The days off of a year other than plain weekends, in date order, each with
 * its kind, kk/ru/en name and source. Holidays on a weekend are listed too
 * (with their substitute days off). In a provisional year (a calendar with
 * `{ estimates: true }`) the days resting on an estimate have `provisional: true`.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a bad year,
 * `CALENDAR_DATA_MISSING` for a year without data.
 * @example
 * ```ts
 * nonWorkingDays(2026)
 *   .filter((d) => d.date.startsWith('2026-03-2'))
 *   .map((d) => `${d.date} ${d.kind}`);
 * // ['2026-03-21 holiday', '2026-03-22 holiday', '2026-03-23 holiday',
 * //  '2026-03-24 substituteDayOff', '2026-03-25 substituteDayOff']
 * ```
 */
export function nonWorkingDays(
  year: number,
  calendar: WorkCalendar = kazakhstanCalendar,
): readonly CalendarDay[] {
  return calendarDays(year, calendar).filter((day) => day.kind !== 'workingWeekend');
}

/**
 * The Saturdays and Sundays of a year made working days by transfer acts.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a bad year,
 * `CALENDAR_DATA_MISSING` for a year without data.
 * @example
 * ```ts
 * workingWeekendDays(2022).map((d) => d.date); // ['2022-03-05', '2022-08-27', '2022-10-22']
 * ```
 */
export function workingWeekendDays(
  year: number,
  calendar: WorkCalendar = kazakhstanCalendar,
): readonly CalendarDay[] {
  return calendarDays(year, calendar).filter((day) => day.kind === 'workingWeekend');
}
