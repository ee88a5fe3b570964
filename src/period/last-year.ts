import { addMonths } from '../core/local-date.js';
import { checkPeriod } from './check-period.js';
import { periodError } from './errors.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  makeDayRange,
  makeHalfYear,
  makeMonth,
  makeMonthSpan,
  makeMonths,
  makeQuarter,
  makeYear,
  type Period,
} from './period.js';

/**
 * The same period of last year — the base of year-on-year growth («өткен
 * жылдың сәйкес кезеңі», «аналогичный период прошлого года», АППГ): the
 * same kind, one year earlier. `2024-01/2024-05` gives `2023-01/2023-05`,
 * `2024-Q2` gives `2023-Q2`.
 *
 * A day range keeps its dates one year earlier; 29 February, which the
 * year before lacks, becomes 28 February (as a term counted in months ends
 * on the month's last day), at either end. So `2024-02-01/2024-02-29`
 * gives `2023-02-01/2023-02-28`, and `2025-02-01/2025-02-28` gives
 * `2024-02-01/2024-02-28` — the same dates, not February's last day. The
 * months of a month-aligned period are whole in either year.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` when `period` is not a
 * period, or (`yearOutOfRange`) when it starts in 1000, the first year
 * supported.
 * @example
 * ```ts
 * samePeriodLastYear(parsePeriod('2024-01/2024-05')).code; // '2023-01/2023-05'
 * samePeriodLastYear(parsePeriod('2024-02')).end; // '2023-02-28'
 * samePeriodLastYear(parsePeriod('2024-02-29/2024-03-31')).code; // '2023-02-28/2023-03-31'
 * ```
 */
export function samePeriodLastYear(period: Period): Period {
  const p = checkPeriod(period, 'samePeriodLastYear');
  const startYear = Number(p.start.slice(0, 4)) - 1;
  if (startYear < MIN_YEAR) {
    throw periodError(
      p.code,
      { problem: 'yearOutOfRange', year: startYear, min: MIN_YEAR, max: MAX_YEAR },
      'samePeriodLastYear',
    );
  }
  switch (p.kind) {
    case 'year':
      return makeYear(p.year - 1);
    case 'halfYear':
      return makeHalfYear(p.year - 1, p.half);
    case 'quarter':
      return makeQuarter(p.year - 1, p.quarter);
    case 'month':
      return makeMonth(p.year - 1, p.month);
    case 'months':
      return makeMonths(p.year - 1, p.monthCount);
    case 'monthRange':
      return makeMonthSpan(
        startYear,
        Number(p.start.slice(5, 7)),
        Number(p.end.slice(0, 4)) - 1,
        Number(p.end.slice(5, 7)),
      );
    case 'dayRange':
      return makeDayRange(addMonths(p.start, -12), addMonths(p.end, -12));
  }
}
