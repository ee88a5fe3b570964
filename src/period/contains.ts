import type { LocalDate } from '../core/local-date.js';
import { parseLocalDate } from '../core/local-date.js';
import { checkPeriod } from './check-period.js';
import type { Period } from './period.js';

/**
 * Tells whether a day lies in the period, both ends included. A record
 * belongs to a period by its Almaty date: turn an instant into a date first
 * (`kazakhstanDate`).
 *
 * @throws {@link TutynushyError} `INVALID_DATE` when `date` is not a
 * `YYYY-MM-DD` date, `INVALID_PERIOD` when `period` is not a period.
 * @example
 * ```ts
 * const fiveMonths = parsePeriod('2024-01/2024-05');
 * periodContains(fiveMonths, '2024-05-31'); // true
 * periodContains(fiveMonths, '2024-06-01'); // false
 * periodContains(fiveMonths, '2024-02-30'); // throws INVALID_DATE
 * ```
 */
export function periodContains(period: Period, date: LocalDate): boolean {
  const { start, end } = checkPeriod(period, 'periodContains');
  const day = parseLocalDate(date);
  return start <= day && day <= end;
}
