import { received } from '../core/received.js';
import { periodError } from './errors.js';
import {
  type DayRangePeriod,
  type HalfYearPeriod,
  MAX_YEAR,
  MIN_YEAR,
  type MonthPeriod,
  type MonthsPeriod,
  makeDayRange,
  makeHalfYear,
  makeMonth,
  makeMonths,
  makeQuarter,
  makeYear,
  type QuarterPeriod,
  type YearPeriod,
} from './period.js';
import { isProblem, readDay } from './read-code.js';

function isWhole(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function checkYear(year: unknown, fn: string): number {
  if (isWhole(year, MIN_YEAR, MAX_YEAR)) return year;
  throw periodError(
    year,
    { problem: 'yearOutOfRange', year: received(year), min: MIN_YEAR, max: MAX_YEAR },
    fn,
  );
}

/**
 * The calendar year, `2024`.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` (`yearOutOfRange`) unless
 * the year is a whole number from 1000 to 9999.
 * @example
 * ```ts
 * yearPeriod(2024).code; // '2024'
 * yearPeriod(2024).end; // '2024-12-31'
 * yearPeriod(24); // throws INVALID_PERIOD
 * ```
 */
export function yearPeriod(year: number): YearPeriod {
  return makeYear(checkYear(year, 'yearPeriod'));
}

/**
 * A half-year: 1 is January–June, 2 July–December.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` (`yearOutOfRange`,
 * `halfOutOfRange`).
 * @example
 * ```ts
 * halfYearPeriod(2024, 1).code; // '2024-H1'
 * halfYearPeriod(2024, 2).start; // '2024-07-01'
 * halfYearPeriod(2024, 3); // throws INVALID_PERIOD
 * ```
 */
export function halfYearPeriod(year: number, half: 1 | 2): HalfYearPeriod {
  const y = checkYear(year, 'halfYearPeriod');
  if (half === 1 || half === 2) return makeHalfYear(y, half);
  throw periodError(half, { problem: 'halfOutOfRange', half, min: 1, max: 2 }, 'halfYearPeriod');
}

/**
 * A quarter, 1 to 4.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` (`yearOutOfRange`,
 * `quarterOutOfRange`).
 * @example
 * ```ts
 * quarterPeriod(2024, 1).code; // '2024-Q1'
 * quarterPeriod(2024, 1).end; // '2024-03-31'
 * quarterPeriod(2024, 5); // throws INVALID_PERIOD
 * ```
 */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): QuarterPeriod {
  const y = checkYear(year, 'quarterPeriod');
  if (isWhole(quarter, 1, 4)) return makeQuarter(y, quarter);
  throw periodError(
    quarter,
    { problem: 'quarterOutOfRange', quarter, min: 1, max: 4 },
    'quarterPeriod',
  );
}

/**
 * One calendar month, 1 (January) to 12 (December).
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` (`yearOutOfRange`,
 * `monthOutOfRange`).
 * @example
 * ```ts
 * monthPeriod(2024, 2).code; // '2024-02'
 * monthPeriod(2024, 2).end; // '2024-02-29'
 * monthPeriod(2024, 13); // throws INVALID_PERIOD
 * ```
 */
export function monthPeriod(year: number, month: number): MonthPeriod {
  const y = checkYear(year, 'monthPeriod');
  if (isWhole(month, 1, 12)) return makeMonth(y, month);
  throw periodError(month, { problem: 'monthOutOfRange', month, min: 1, max: 12 }, 'monthPeriod');
}

/**
 * The first `monthCount` months of a year — the cumulative period of
 * department reports: `monthsOfYear(2024, 5)` is «2024 жылдың 5 айында»,
 * «за 5 месяцев 2024 года», 1 January – 31 May 2024.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` (`yearOutOfRange`,
 * `monthCountOutOfRange` unless 1 to 12).
 * @example
 * ```ts
 * monthsOfYear(2024, 5).code; // '2024-01/2024-05'
 * monthsOfYear(2024, 9).end; // '2024-09-30'
 * monthsOfYear(2024, 0); // throws INVALID_PERIOD
 * ```
 */
export function monthsOfYear(year: number, monthCount: number): MonthsPeriod {
  const y = checkYear(year, 'monthsOfYear');
  if (isWhole(monthCount, 1, 12)) return makeMonths(y, monthCount);
  throw periodError(
    monthCount,
    { problem: 'monthCountOutOfRange', monthCount, min: 1, max: 12 },
    'monthsOfYear',
  );
}

/**
 * The days from `start` to `end`, both included (a single day when they are
 * equal). It stays a day range even when the days are whole months.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` naming the end that is not
 * a `YYYY-MM-DD` date (`notString`, `format`, `yearOutOfRange`,
 * `monthOutOfRange`, `dayDoesNotExist`, with `part`), or `endBeforeStart`.
 * @example
 * ```ts
 * dayRangePeriod('2024-03-01', '2024-04-15').code; // '2024-03-01/2024-04-15'
 * dayRangePeriod('2024-02-30', '2024-03-01'); // throws INVALID_PERIOD
 * dayRangePeriod('2024-05-01', '2024-04-30'); // throws INVALID_PERIOD
 * ```
 */
export function dayRangePeriod(start: string, end: string): DayRangePeriod {
  const first = readDay(start, 'start');
  if (isProblem(first)) throw periodError(start, first, 'dayRangePeriod');
  const last = readDay(end, 'end');
  if (isProblem(last)) throw periodError(end, last, 'dayRangePeriod');
  if (last.date < first.date) {
    throw periodError(
      { start, end },
      { problem: 'endBeforeStart', start: first.date, end: last.date },
      'dayRangePeriod',
    );
  }
  return makeDayRange(first.date, last.date);
}
