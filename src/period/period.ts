import { daysInMonth, type LocalDate } from '../core/local-date.js';

/**
 * What a period is, as reports name it:
 *
 * - `year` — `2024`: the calendar year;
 * - `halfYear` — `2024-H1`: January–June or July–December;
 * - `quarter` — `2024-Q2`: three months from January, April, July or October;
 * - `month` — `2024-05`: one calendar month;
 * - `months` — `2024-01/2024-05`: the first N months of a year, the
 *   cumulative period of department reports («2024 жылдың 5 айында», «за 5
 *   месяцев 2024 года»);
 * - `monthRange` — `2024-03/2024-05`: whole months that do not start in
 *   January of the year they end in;
 * - `dayRange` — `2024-03-01/2024-04-15`: any run of days.
 */
export type PeriodKind =
  | 'year'
  | 'halfYear'
  | 'quarter'
  | 'month'
  | 'months'
  | 'monthRange'
  | 'dayRange';

/**
 * Every {@link PeriodKind}: the kinds reports name by what they are, then the ranges.
 *
 * @example
 * ```ts
 * PERIOD_KINDS.includes('quarter'); // true
 * ```
 */
export const PERIOD_KINDS: readonly PeriodKind[] = Object.freeze([
  'year',
  'halfYear',
  'quarter',
  'month',
  'months',
  'monthRange',
  'dayRange',
]);

/** What every period has, whatever its kind. */
export interface PeriodBase<K extends PeriodKind = PeriodKind> {
  /** The period's one code (`2024-Q2`): {@link parsePeriod} of it gives the period back. */
  readonly code: string;
  /** What the period is, and so how reports name it. */
  readonly kind: K;
  /** The first day, inclusive. */
  readonly start: LocalDate;
  /** The last day, inclusive. */
  readonly end: LocalDate;
}

/** A calendar year, `2024`. */
export interface YearPeriod extends PeriodBase<'year'> {
  /** The year. */
  readonly year: number;
}

/** A half-year, `2024-H1` (January–June) or `2024-H2` (July–December). */
export interface HalfYearPeriod extends PeriodBase<'halfYear'> {
  /** The year it is in. */
  readonly year: number;
  /** 1 or 2. */
  readonly half: 1 | 2;
}

/** A quarter, `2024-Q1` … `2024-Q4`. */
export interface QuarterPeriod extends PeriodBase<'quarter'> {
  /** The year it is in. */
  readonly year: number;
  /** 1 to 4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

/** One calendar month, `2024-05`. */
export interface MonthPeriod extends PeriodBase<'month'> {
  /** The year it is in. */
  readonly year: number;
  /** 1 (January) to 12 (December). */
  readonly month: number;
}

/** The first N months of a year, `2024-01/2024-05` («5 months of 2024»). */
export interface MonthsPeriod extends PeriodBase<'months'> {
  /** The year it is in. */
  readonly year: number;
  /** How many months from January: 1 to 12. */
  readonly monthCount: number;
}

/**
 * Whole months not starting in January of the year they end in:
 * `2024-03/2024-05`, `2023-12/2024-02`. Its months are those of `start`
 * and `end`.
 */
export type MonthRangePeriod = PeriodBase<'monthRange'>;

/** Any run of days, `2024-03-01/2024-04-15`; a single day is `2024-03-01/2024-03-01`. */
export type DayRangePeriod = PeriodBase<'dayRange'>;

/**
 * A reporting period: plain, frozen, JSON-serialisable data. `kind` tells
 * which of the shapes it is; `code`, `start` and `end` are always there, and
 * the kinds that lie in one year carry it with their number (`quarter`,
 * `half`, `month`, `monthCount`). A period's `code` is its only spelling:
 * `parsePeriod(period.code)` gives an equal period.
 *
 * Two periods of different kinds may cover the same days (`2024-Q1` and
 * `2024-01/2024-03`): reports name them differently, and
 * {@link isSamePeriod} tells that they cover the same days.
 *
 * @example
 * ```ts
 * parsePeriod('2024-Q2'); // { code: '2024-Q2', kind: 'quarter', start: '2024-04-01', end: '2024-06-30', year: 2024, quarter: 2 }
 * ```
 */
export type Period =
  | YearPeriod
  | HalfYearPeriod
  | QuarterPeriod
  | MonthPeriod
  | MonthsPeriod
  | MonthRangePeriod
  | DayRangePeriod;

/** The lowest and highest years a period may lie in: those of a `LocalDate`. @internal */
export const MIN_YEAR = 1000;
/** @internal */
export const MAX_YEAR = 9999;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2024-05` for year 2024, month 5. @internal */
export function monthCode(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** The first day of a month. @internal */
export function firstDayOf(year: number, month: number): LocalDate {
  return `${year}-${pad2(month)}-01`;
}

/** The last day of a month. @internal */
export function lastDayOf(year: number, month: number): LocalDate {
  return `${year}-${pad2(month)}-${daysInMonth(year, month)}`;
}

// Every period this module makes, frozen as it is made: a function given one
// of these needs no check, while a period read back from JSON (or built by
// hand) is checked field by field against its code.
const MADE = /* @__PURE__ */ new WeakSet<object>();

function made<P extends Period>(period: P): P {
  MADE.add(Object.freeze(period));
  return period;
}

/** Whether this module made `value` (so that it is a frozen, valid period). @internal */
export function isMadePeriod(value: object): value is Period {
  return MADE.has(value);
}

// The builders below take parts already checked (a year from 1000 to 9999,
// a month from 1 to 12, start ≤ end) and are the only places a period is
// made, so that every period has its fields in the same order.

/** @internal */
export function makeYear(year: number): YearPeriod {
  return made({
    code: String(year),
    kind: 'year',
    start: firstDayOf(year, 1),
    end: lastDayOf(year, 12),
    year,
  });
}

/** @internal */
export function makeHalfYear(year: number, half: 1 | 2): HalfYearPeriod {
  return made({
    code: `${year}-H${half}`,
    kind: 'halfYear',
    start: firstDayOf(year, half * 6 - 5),
    end: lastDayOf(year, half * 6),
    year,
    half,
  });
}

/** @internal */
export function makeQuarter(year: number, quarter: 1 | 2 | 3 | 4): QuarterPeriod {
  return made({
    code: `${year}-Q${quarter}`,
    kind: 'quarter',
    start: firstDayOf(year, quarter * 3 - 2),
    end: lastDayOf(year, quarter * 3),
    year,
    quarter,
  });
}

/** @internal */
export function makeMonth(year: number, month: number): MonthPeriod {
  return made({
    code: monthCode(year, month),
    kind: 'month',
    start: firstDayOf(year, month),
    end: lastDayOf(year, month),
    year,
    month,
  });
}

/** @internal */
export function makeMonths(year: number, monthCount: number): MonthsPeriod {
  return made({
    code: `${monthCode(year, 1)}/${monthCode(year, monthCount)}`,
    kind: 'months',
    start: firstDayOf(year, 1),
    end: lastDayOf(year, monthCount),
    year,
    monthCount,
  });
}

/**
 * Whole months from one month to a later one (or the same, from January),
 * as the kind they make: months from January of the same year are `months`,
 * anything else a `monthRange`.
 *
 * @internal
 */
export function makeMonthSpan(
  startYear: number,
  startMonth: number,
  endYear: number,
  endMonth: number,
): MonthsPeriod | MonthRangePeriod {
  if (startYear === endYear && startMonth === 1) return makeMonths(startYear, endMonth);
  return made({
    code: `${monthCode(startYear, startMonth)}/${monthCode(endYear, endMonth)}`,
    kind: 'monthRange',
    start: firstDayOf(startYear, startMonth),
    end: lastDayOf(endYear, endMonth),
  });
}

/** @internal */
export function makeDayRange(start: LocalDate, end: LocalDate): DayRangePeriod {
  return made({ code: `${start}/${end}`, kind: 'dayRange', start, end });
}
