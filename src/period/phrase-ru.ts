import { russianPlural } from '../core/plural.js';
import { monthNameInDate, standaloneMonthName } from './month-names.js';
import {
  DASH,
  type NamedPeriod,
  type PeriodShape,
  ROMAN,
  sameMonth,
  type YearMonth,
  type YearMonthDay,
} from './shape.js';
import type { PeriodStyle } from './style.js';

// Russian reports say «за …» with the period in the accusative («за май»,
// «за I квартал», «за 5 месяцев») and the year in the genitive («2024
// года»); a run of days is «с 1 марта по 15 апреля 2024 года», with the
// month in the genitive date-fns gives for MMMM.

const MONTHS = { one: 'месяц', few: 'месяца', many: 'месяцев' } as const;

function months(start: YearMonth, end: YearMonth): string {
  const first = standaloneMonthName(start.month, 'ru');
  const last = standaloneMonthName(end.month, 'ru');
  if (sameMonth(start, end)) return `${first} ${start.year} года`;
  if (start.year === end.year) return `${first}${DASH}${last} ${start.year} года`;
  return `${first} ${start.year} года ${DASH} ${last} ${end.year} года`;
}

function days(start: YearMonthDay, end: YearMonthDay, report: boolean): string {
  const first = monthNameInDate(start.month, 'ru');
  const last = monthNameInDate(end.month, 'ru');
  const [from, to] = report ? ['с ', ' по '] : ['', ` ${DASH} `];
  if (sameMonth(start, end)) {
    if (start.day === end.day)
      return `${report ? 'за ' : ''}${start.day} ${first} ${start.year} года`;
    const run = report ? `${from}${start.day}${to}${end.day}` : `${start.day}${DASH}${end.day}`;
    return `${run} ${first} ${start.year} года`;
  }
  if (start.year === end.year) {
    return `${from}${start.day} ${first}${to}${end.day} ${last} ${start.year} года`;
  }
  return `${from}${start.day} ${first} ${start.year} года${to}${end.day} ${last} ${end.year} года`;
}

function named(p: NamedPeriod): string {
  switch (p.kind) {
    case 'year':
      return `за ${p.year} год`;
    case 'halfYear':
      return `за ${p.half}-е полугодие ${p.year} года`;
    case 'quarter':
      return `за ${ROMAN[p.quarter]} квартал ${p.year} года`;
    case 'month':
      return `за ${standaloneMonthName(p.month, 'ru')} ${p.year} года`;
    case 'months':
      return `за ${p.monthCount} ${russianPlural(p.monthCount, MONTHS)} ${p.year} года`;
  }
}

/** @internal */
export function russianPhrase(shape: PeriodShape, style: PeriodStyle): string {
  const report = style === 'report';
  switch (shape.by) {
    case 'name':
      return named(shape.period);
    case 'months':
      return report ? `за ${months(shape.start, shape.end)}` : months(shape.start, shape.end);
    case 'days':
      return days(shape.start, shape.end, report);
  }
}
