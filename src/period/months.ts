import { checkPeriod } from './check-period.js';
import { periodError } from './errors.js';
import { lastDayOf, type MonthPeriod, makeMonth, type Period } from './period.js';

/**
 * The calendar months a period is made of, in order, as month periods
 * (their `code`s are `2024-01`, `2024-02`, …): together they cover exactly
 * the period's days, so that monthly figures can be added up to the
 * period's. A day range qualifies when it runs from a month's first day to
 * a month's last.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` when `period` is not a
 * period, or (`notWholeMonths`) a day range that starts or ends inside a
 * month: part of a month is not a month.
 * @example
 * ```ts
 * months(parsePeriod('2024-Q2')).map((m) => m.code); // ['2024-04', '2024-05', '2024-06']
 * months(parsePeriod('2023-12/2024-01')).map((m) => m.code); // ['2023-12', '2024-01']
 * months(parsePeriod('2024-02-01/2024-02-29')).length; // 1
 * months(parsePeriod('2024-03-01/2024-04-15')); // throws INVALID_PERIOD: not made of whole months
 * ```
 */
export function months(period: Period): readonly MonthPeriod[] {
  const p = checkPeriod(period, 'months');
  let year = Number(p.start.slice(0, 4));
  let month = Number(p.start.slice(5, 7));
  const endYear = Number(p.end.slice(0, 4));
  const endMonth = Number(p.end.slice(5, 7));
  if (!p.start.endsWith('-01') || p.end !== lastDayOf(endYear, endMonth)) {
    throw periodError(p.code, { problem: 'notWholeMonths', start: p.start, end: p.end }, 'months');
  }
  const found: MonthPeriod[] = [];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    found.push(makeMonth(year, month));
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return Object.freeze(found);
}
