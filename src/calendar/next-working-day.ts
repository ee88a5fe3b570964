import type { LocalDate } from '../core/index.js';
import { dateKey, dayOfKey, yearOfKey } from './day-index.js';
import { type CalendarOptions, calendarOption } from './options.js';
import type { WorkCalendar } from './work-calendar.js';
import { workingDayAfter } from './working-day-after.js';
import { yearTable } from './year-tables.js';

/**
 * The first working day strictly after `date`.
 *
 * @throws {@link TutynushyError} `INVALID_DATE`; `CALENDAR_DATA_MISSING`
 * when the search reaches a year the calendar does not answer;
 * `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * nextWorkingDay('2026-03-20'); // '2026-03-26' — Nauryz and its two substitutes in between
 * nextWorkingDay('2024-05-03'); // '2024-05-04' — the working Saturday
 * nextWorkingDay('2026-12-31'); // '2027-01-05' — 1, 2 and (for Saturday 2 January) 4 January are off
 * ```
 */
export function nextWorkingDay(date: LocalDate, options?: CalendarOptions): LocalDate {
  return nextWorkingDayOn(calendarOption(options, 'nextWorkingDay'), date);
}

/** {@link nextWorkingDay} on a calendar already checked: what the clocks call. @internal */
export function nextWorkingDayOn(calendar: WorkCalendar, date: LocalDate): LocalDate {
  const key = dateKey(date);
  return workingDayAfter(calendar, yearTable(calendar, yearOfKey(key)), dayOfKey(key), 1);
}
