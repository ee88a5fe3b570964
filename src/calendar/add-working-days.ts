import type { LocalDate } from '../core/index.js';
import { dateKey, dayOfKey, yearOfKey } from './day-index.js';
import { invalidValue } from './errors.js';
import { type CalendarOptions, calendarOption } from './options.js';
import type { WorkCalendar } from './work-calendar.js';
import { workingDayAfter } from './working-day-after.js';
import { yearTable } from './year-tables.js';

const FN = 'addWorkingDays';

/**
 * The `amount`-th working day strictly after `date` — the last day of a
 * term of `amount` working days counted from the day after the event (Civil
 * Code arts. 171–173). `amount = 0` returns `date` itself, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`. It takes
 * the same time for 1 day or 1000: a prefix count of working days per year,
 * not a walk.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a negative or
 * fractional `amount` or bad options, `INVALID_DATE`, or `CALENDAR_DATA_MISSING`.
 * @example
 * ```ts
 * addWorkingDays('2024-05-03', 1); // '2024-05-04' — the working Saturday
 * addWorkingDays('2024-05-03', 2); // '2024-05-06'
 * addWorkingDays('2024-05-03', 3); // '2024-05-10' — 7, 8 and 9 May are off
 * addWorkingDays('2024-05-03', 0); // '2024-05-03'
 * addWorkingDays('2024-05-03', 1.5); // throws INVALID_ARGUMENT
 * ```
 */
export function addWorkingDays(
  date: LocalDate,
  amount: number,
  options?: CalendarOptions,
): LocalDate {
  return addWorkingDaysOn(calendarOption(options, FN), date, amount);
}

/** {@link addWorkingDays} on a calendar already checked: what the clocks call. @internal */
export function addWorkingDaysOn(
  calendar: WorkCalendar,
  date: LocalDate,
  amount: number,
): LocalDate {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    const count = { expected: 'nonNegativeInteger', min: 0, max: Number.MAX_SAFE_INTEGER } as const;
    throw invalidValue(FN, 'amount', amount, count, 'notACount');
  }
  const key = dateKey(date);
  const table = yearTable(calendar, yearOfKey(key));
  return amount === 0 ? date : workingDayAfter(calendar, table, dayOfKey(key), amount);
}
