import type { LocalDate } from '../core/index.js';
import { fromEpochDay } from '../core/local-date.js';
import type { WorkCalendar } from './work-calendar.js';
import type { YearTable } from './year-table.js';
import { yearTable } from './year-tables.js';

/**
 * The `n`-th working day (`n ≥ 1`) after day `index` of `table`'s year, by
 * the prefix count rather than a walk: the target's rank among the working
 * days of its year is the count up to `index` plus `n`, less the working days
 * of each whole year passed, and `workingDays` holds the day of each rank.
 * At most one step per year crossed, and the years are those of the range.
 *
 * @throws {@link TutynushyError} `CALENDAR_DATA_MISSING` when the count runs past what the calendar answers.
 * @internal
 */
export function workingDayAfter(
  calendar: WorkCalendar,
  table: YearTable,
  index: number,
  n: number,
): LocalDate {
  let year = table;
  let rank = (year.cumulative[index] as number) + n;
  while (rank > year.workingDays.length) {
    rank -= year.workingDays.length;
    year = yearTable(calendar, year.year + 1);
  }
  return fromEpochDay(year.firstEpochDay + (year.workingDays[rank - 1] as number));
}
