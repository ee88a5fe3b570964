import { standaloneMonthName } from './month-names.js';
import {
  DASH,
  type NamedPeriod,
  type PeriodShape,
  sameMonth,
  type YearMonth,
  type YearMonthDay,
} from './shape.js';

// English names a period as a heading does, in British order: «January–May
// 2024», «Q1 2024», «H1 2024», «1 March – 15 April 2024». Both styles agree
// but for the kinds named by what they are.

function month(m: number): string {
  return standaloneMonthName(m, 'en');
}

function months(start: YearMonth, end: YearMonth): string {
  if (sameMonth(start, end)) return `${month(start.month)} ${start.year}`;
  if (start.year === end.year)
    return `${month(start.month)}${DASH}${month(end.month)} ${start.year}`;
  return `${month(start.month)} ${start.year} ${DASH} ${month(end.month)} ${end.year}`;
}

function days(start: YearMonthDay, end: YearMonthDay): string {
  if (sameMonth(start, end)) {
    const run = start.day === end.day ? `${start.day}` : `${start.day}${DASH}${end.day}`;
    return `${run} ${month(start.month)} ${start.year}`;
  }
  const first = `${start.day} ${month(start.month)}`;
  const last = `${end.day} ${month(end.month)}`;
  if (start.year === end.year) return `${first} ${DASH} ${last} ${start.year}`;
  return `${first} ${start.year} ${DASH} ${last} ${end.year}`;
}

function named(p: NamedPeriod): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'halfYear':
      return `H${p.half} ${p.year}`;
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'month':
      return `${month(p.month)} ${p.year}`;
    case 'months':
      return months({ year: p.year, month: 1 }, { year: p.year, month: p.monthCount });
  }
}

/** @internal */
export function englishPhrase(shape: PeriodShape): string {
  switch (shape.by) {
    case 'name':
      return named(shape.period);
    case 'months':
      return months(shape.start, shape.end);
    case 'days':
      return days(shape.start, shape.end);
  }
}
