import type { LocalDate } from '../core/index.js';
import { dateKey, dayOfKey, yearOfKey } from './day-index.js';
import { type CalendarOptions, calendarOption } from './options.js';
import { yearTable } from './year-tables.js';

const FN = 'workingDaysBetween';

/**
 * The number of working days `d` with `from < d ≤ to`: how many working days
 * of a term have run from an event on `from` to `to`. Negative when `to` is
 * before `from` (`workingDaysBetween(a, b) === -workingDaysBetween(b, a)`).
 * Read from the prefix counts of working days: one step per year crossed.
 *
 * @throws {@link TutynushyError} `INVALID_DATE`; `CALENDAR_DATA_MISSING`
 * for any year in the range the calendar does not answer; `INVALID_ARGUMENT`
 * for bad options.
 * @example
 * ```ts
 * workingDaysBetween('2024-05-03', '2024-05-10'); // 3 — Sat 4, Mon 6, Fri 10 May
 * workingDaysBetween('2024-05-10', '2024-05-03'); // -3
 * ```
 */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  options?: CalendarOptions,
): number {
  const calendar = calendarOption(options, FN);
  const fromKey = dateKey(from);
  const toKey = dateKey(to);
  const first = Math.min(fromKey, toKey);
  const last = Math.max(fromKey, toKey);
  const firstYear = yearOfKey(first);
  const lastYear = yearOfKey(last);
  let count = -(yearTable(calendar, firstYear).cumulative[dayOfKey(first)] as number);
  for (let year = firstYear; year < lastYear; year++) {
    count += yearTable(calendar, year).workingDays.length;
  }
  count += yearTable(calendar, lastYear).cumulative[dayOfKey(last)] as number;
  return fromKey <= toKey || count === 0 ? count : -count; // never -0
}
