import type { Period } from './period.js';

// What a phrase is built from. A report names a year, a half-year, a
// quarter, a month or N months by what they are; any other period, and
// every period in the statistics style, by its months or its days.

/** A month of a year. @internal */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** A day of a month of a year. @internal */
export interface YearMonthDay extends YearMonth {
  readonly day: number;
}

/** A period reports name by what it is. @internal */
export type NamedPeriod = Exclude<Period, { kind: 'monthRange' | 'dayRange' }>;

/** @internal */
export type PeriodShape =
  | { readonly by: 'name'; readonly period: NamedPeriod }
  | { readonly by: 'months'; readonly start: YearMonth; readonly end: YearMonth }
  | { readonly by: 'days'; readonly start: YearMonthDay; readonly end: YearMonthDay };

function dayOf(date: string): YearMonthDay {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/**
 * How a period is named: by what it is (`report` style, for the kinds
 * reports name), by its months or by its days.
 *
 * @internal
 */
export function shapeOf(period: Period, byName: boolean): PeriodShape {
  if (period.kind === 'dayRange') {
    return { by: 'days', start: dayOf(period.start), end: dayOf(period.end) };
  }
  if (period.kind !== 'monthRange' && byName) return { by: 'name', period };
  const start = dayOf(period.start);
  const end = dayOf(period.end);
  return {
    by: 'months',
    start: { year: start.year, month: start.month },
    end: { year: end.year, month: end.month },
  };
}

/** Whether two months are the same month. @internal */
export function sameMonth(a: YearMonth, b: YearMonth): boolean {
  return a.year === b.year && a.month === b.month;
}

/** Roman numerals of the quarters, as reports write them: «I квартал», «IV тоқсан». @internal */
export const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;

/** The dash between the ends of a range: unspaced between words, spaced between phrases. @internal */
export const DASH = '–';
