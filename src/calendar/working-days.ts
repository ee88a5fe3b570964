import { type LocalDate, TutynushyError } from '../core/index.js';
import { describeValue } from '../core/describe.js';
import { fromEpochDay } from '../core/local-date.js';
import { dateKey, dayOfKey, yearOfKey } from './day-index.js';
import { kazakhstanCalendar, type WorkCalendar } from './work-calendar.js';
import { WORKDAY, WORKING_WEEKEND, type YearTable, yearTable } from './year-table.js';

function isWorkingCode(code: number | undefined): boolean {
  return code === WORKDAY || code === WORKING_WEEKEND;
}

/**
 * Tells whether a date is a working day: Monday to Friday unless a
 * holiday, a substitute, religious or transferred day off, plus the weekend
 * days a transfer act made working. After the first call for a year it is
 * a table lookup that allocates nothing.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` for a malformed or impossible
 * date, `CALENDAR_DATA_MISSING` for a year the calendar has no confirmed data for.
 * @example
 * ```ts
 * isWorkingDay('2024-05-04'); // true  — Saturday made working (transfer to 8 May)
 * isWorkingDay('2024-05-08'); // false — the transferred day off
 * isWorkingDay('2026-03-25'); // false — second substitute for Nauryz on the weekend
 * ```
 */
export function isWorkingDay(
  date: LocalDate,
  calendar: WorkCalendar = kazakhstanCalendar,
): boolean {
  const key = dateKey(date);
  return isWorkingCode(yearTable(calendar, yearOfKey(key)).codes[dayOfKey(key)]);
}

/**
 * The first working day strictly after `date`.
 *
 * @throws {@link TutynushyError} `INVALID_DATE`, or `CALENDAR_DATA_MISSING`
 * when the search reaches a year without data.
 * @example
 * ```ts
 * nextWorkingDay('2026-03-20'); // '2026-03-26' — Nauryz and its two substitutes in between
 * nextWorkingDay('2024-05-03'); // '2024-05-04' — the working Saturday
 * ```
 */
export function nextWorkingDay(
  date: LocalDate,
  calendar: WorkCalendar = kazakhstanCalendar,
): LocalDate {
  const key = dateKey(date);
  let index = dayOfKey(key);
  let table = yearTable(calendar, yearOfKey(key));
  for (;;) {
    index++;
    if (index >= table.codes.length) {
      table = yearTable(calendar, table.year + 1);
      index = 0;
    }
    if (isWorkingCode(table.codes[index])) return fromEpochDay(table.firstEpochDay + index);
  }
}

function checkCount(n: unknown): asserts n is number {
  if (!Number.isSafeInteger(n) || (n as number) < 0) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid number of working days ${describeValue(n)}: expected a whole number 0 or more`,
      { value: n },
    );
  }
}

/**
 * The `n`-th working day strictly after `date` — the last day of a term of
 * `n` working days counted from the day after the event (Civil Code
 * arts. 171–173). `n = 0` returns `date` itself, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a negative or
 * fractional `n`, `INVALID_DATE`, or `CALENDAR_DATA_MISSING`.
 * @example
 * ```ts
 * addWorkingDays('2024-05-03', 1); // '2024-05-04' — the working Saturday
 * addWorkingDays('2024-05-03', 2); // '2024-05-06'
 * addWorkingDays('2024-05-03', 3); // '2024-05-10' — 7, 8 and 9 May are off
 * addWorkingDays('2024-05-03', 0); // '2024-05-03'
 * ```
 */
export function addWorkingDays(
  date: LocalDate,
  n: number,
  calendar: WorkCalendar = kazakhstanCalendar,
): LocalDate {
  checkCount(n);
  const key = dateKey(date);
  let index = dayOfKey(key);
  let table = yearTable(calendar, yearOfKey(key));
  if (n === 0) return date;
  let left = n;
  for (;;) {
    index++;
    if (index >= table.codes.length) {
      table = yearTable(calendar, table.year + 1);
      index = 0;
      // Whole years at once: the cumulative count says how many working days the year has.
      while (left > (table.cumulative[table.codes.length - 1] as number)) {
        left -= table.cumulative[table.codes.length - 1] as number;
        table = yearTable(calendar, table.year + 1);
      }
    }
    if (isWorkingCode(table.codes[index]) && --left === 0) {
      return fromEpochDay(table.firstEpochDay + index);
    }
  }
}

// Working days from 1 January of the table's year up to and including day `index`.
function workingUpTo(table: YearTable, index: number): number {
  return table.cumulative[index] as number;
}

/**
 * The number of working days `d` with `from < d ≤ to`: how many working days
 * of a term have run from an event on `from` to `to`. Negative when `to` is
 * before `from` (`workingDaysBetween(a, b) === -workingDaysBetween(b, a)`).
 *
 * @throws {@link TutynushyError} `INVALID_DATE`, or `CALENDAR_DATA_MISSING`
 * for any year in the range without data.
 * @example
 * ```ts
 * workingDaysBetween('2024-05-03', '2024-05-10'); // 3 — Sat 4, Mon 6, Fri 10 May
 * workingDaysBetween('2024-05-10', '2024-05-03'); // -3
 * ```
 */
export function workingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  calendar: WorkCalendar = kazakhstanCalendar,
): number {
  const fromKey = dateKey(from);
  const toKey = dateKey(to);
  const fromIndex = dayOfKey(fromKey);
  const toIndex = dayOfKey(toKey);
  const fromYear = yearOfKey(fromKey);
  const toYear = yearOfKey(toKey);
  if (toYear < fromYear || (toYear === fromYear && toIndex < fromIndex)) {
    return 0 - workingDaysBetween(to, from, calendar); // never -0
  }
  const first = yearTable(calendar, fromYear);
  let count = -workingUpTo(first, fromIndex);
  for (let year = fromYear; year < toYear; year++) {
    const table = yearTable(calendar, year);
    count += workingUpTo(table, table.codes.length - 1);
  }
  return count + workingUpTo(yearTable(calendar, toYear), toIndex);
}
