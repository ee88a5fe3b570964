import type { LocalDate } from '../core/index.js';
import { dateKey, yearOfKey } from './day-index.js';
import { type CalendarOptions, calendarOption } from './options.js';
import { yearFacts } from './year-tables.js';

const FN = 'provisionalYearsBetween';

/**
 * The years from `from`'s to `to`'s (both included, in either order) that
 * the calendar answers only provisionally: an empty list when every day in
 * between counts on confirmed data. A clock that counts from `from` and
 * ends on `to` is provisional exactly when this list is not empty — the
 * deadline may move when the year's Kurban Ait is announced or a transfer
 * act is published.
 *
 * @throws {@link TutynushyError} `INVALID_DATE`; `CALENDAR_DATA_MISSING`
 * for a year the calendar does not answer; `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * provisionalYearsBetween('2026-12-21', reviewDeadline('2026-12-21')); // [2027]
 * provisionalYearsBetween('2024-01-10', reviewDeadline('2024-01-10')); // []
 * ```
 */
export function provisionalYearsBetween(
  from: LocalDate,
  to: LocalDate,
  options?: CalendarOptions,
): readonly number[] {
  const calendar = calendarOption(options, FN);
  const a = yearOfKey(dateKey(from));
  const b = yearOfKey(dateKey(to));
  const years: number[] = [];
  for (let year = Math.min(a, b); year <= Math.max(a, b); year++) {
    const facts = yearFacts(calendar, year);
    if (facts.failure !== undefined) throw facts.failure;
    if (facts.status.status === 'provisional') years.push(year);
  }
  return Object.freeze(years);
}
