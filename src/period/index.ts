/**
 * Reporting periods — a year, a half-year, a quarter, a month, the first N
 * months of a year, whole months or any run of days — read from their codes
 * (`2024-Q2`, `2024-01/2024-05`), named as Kazakhstan's department reports
 * name them in Kazakh, Russian and English («2024 жылдың 5 айында», «за 5
 * месяцев 2024 года», «January–May 2024»), and compared: the same period of
 * last year, the days and months a period covers. The zod schemas live in
 * `./schema.js` so that reading and naming periods does not pull zod in.
 *
 * @module period
 */

export { comparePeriods, isSamePeriod } from './compare.js';
export {
  dayRangePeriod,
  halfYearPeriod,
  monthPeriod,
  monthsOfYear,
  quarterPeriod,
  yearPeriod,
} from './constructors.js';
export { periodContains } from './contains.js';
export { type FormatPeriodOptions, formatPeriod } from './format.js';
export { samePeriodLastYear } from './last-year.js';
export { months } from './months.js';
export { parsePeriod, safeParsePeriod } from './parse.js';
export {
  type DayRangePeriod,
  type HalfYearPeriod,
  type MonthPeriod,
  type MonthRangePeriod,
  type MonthsPeriod,
  PERIOD_KINDS,
  type Period,
  type PeriodBase,
  type PeriodKind,
  type QuarterPeriod,
  type YearPeriod,
} from './period.js';
export type { PeriodStyle } from './style.js';
