import type { CalendarDay } from './calendar-day.js';
import { type CalendarOptions, calendarOption } from './options.js';
import { calendarDayOf } from './special-day-names.js';
import { checkYear } from './year-range.js';
import type { YearTable } from './year-table.js';
import { yearTable } from './year-tables.js';

// The published form of each table's days, made once per table.
const listed = new WeakMap<YearTable, readonly CalendarDay[]>();

function daysOf(
  year: number,
  options: CalendarOptions | undefined,
  fn: string,
): readonly CalendarDay[] {
  const calendar = calendarOption(options, fn);
  checkYear(year, fn);
  const table = yearTable(calendar, year);
  let days = listed.get(table);
  if (days === undefined) {
    days = Object.freeze(table.special.map(calendarDayOf));
    listed.set(table, days);
  }
  return days;
}

/**
 * Every special day of a year in date order: the days off that are not
 * plain weekends (holidays — also when they fall on a weekend —, substitute,
 * religious and transferred days off) and the weekend days made working.
 * This is the shape of the published calendars.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a year that is not an
 * integer 1000–9999 or bad options, `CALENDAR_DATA_MISSING` for a year the
 * calendar does not answer.
 * @example
 * ```ts
 * calendarDays(2025).slice(2, 4).map((d) => [d.date, d.kind]);
 * // [['2025-01-03', 'transferDayOff'], ['2025-01-05', 'workingWeekend']]
 * ```
 */
export function calendarDays(year: number, options?: CalendarOptions): readonly CalendarDay[] {
  return daysOf(year, options, 'calendarDays');
}

/**
 * The days off of a year other than plain weekends, in date order, each with
 * its kind, kk/ru/en name, source and `provisional` flag. Holidays on a
 * weekend are listed too (with their substitute days off). A day that rests
 * on an estimate (the Umm al-Qura date of a Kurban Ait not yet announced) has
 * `provisional: true`; whether a transfer act may still add a day off is the
 * year's status ({@link isConfirmedYear}).
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a bad year or options,
 * `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * nonWorkingDays(2026)
 *   .filter((d) => d.date.startsWith('2026-03-2'))
 *   .map((d) => `${d.date} ${d.kind}`);
 * // ['2026-03-21 holiday', '2026-03-22 holiday', '2026-03-23 holiday',
 * //  '2026-03-24 substituteDayOff', '2026-03-25 substituteDayOff']
 * nonWorkingDays(2027).find((d) => d.date === '2027-05-16')?.provisional; // true — Kurban Ait, estimated
 * ```
 */
export function nonWorkingDays(year: number, options?: CalendarOptions): readonly CalendarDay[] {
  return Object.freeze(
    daysOf(year, options, 'nonWorkingDays').filter((day) => day.kind !== 'workingWeekend'),
  );
}

/**
 * The Saturdays and Sundays of a year made working days by transfer acts.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a bad year or options,
 * `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * workingWeekendDays(2022).map((d) => d.date); // ['2022-03-05', '2022-08-27', '2022-10-22']
 * ```
 */
export function workingWeekendDays(
  year: number,
  options?: CalendarOptions,
): readonly CalendarDay[] {
  return Object.freeze(
    daysOf(year, options, 'workingWeekendDays').filter((day) => day.kind === 'workingWeekend'),
  );
}
