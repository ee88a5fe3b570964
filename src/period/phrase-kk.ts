import { kazakhEnding } from '../core/kazakh-suffix.js';
import { standaloneMonthName } from './month-names.js';
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

// Kazakh names a period in the locative of its noun: «2024 жылдың 5
// айында», «I тоқсанында», «бірінші жартыжылдығында», «мамыр айында»;
// ranges are dated «2024 жылғы …» and end «аралығында» («in the interval»).
// date-fns gives the month names only («мамыр»): the case forms are built
// here, the locative of a month name by the harmony rule.

const HALVES = ['', 'бірінші', 'екінші'] as const;

function month(m: number): string {
  return standaloneMonthName(m, 'kk');
}

function months(start: YearMonth, end: YearMonth): string {
  if (sameMonth(start, end)) return `${start.year} жылғы ${month(start.month)}`;
  if (start.year === end.year) {
    return `${start.year} жылғы ${month(start.month)}${DASH}${month(end.month)}`;
  }
  return `${start.year} жылғы ${month(start.month)} ${DASH} ${end.year} жылғы ${month(end.month)}`;
}

function days(start: YearMonthDay, end: YearMonthDay): string {
  const year = `${start.year} жылғы`;
  if (sameMonth(start, end)) {
    const run = start.day === end.day ? `${start.day}` : `${start.day}${DASH}${end.day}`;
    return `${year} ${run} ${month(start.month)}`;
  }
  const first = `${start.day} ${month(start.month)}`;
  const last = `${end.day} ${month(end.month)}`;
  if (start.year === end.year) return `${year} ${first} ${DASH} ${last}`;
  return `${year} ${first} ${DASH} ${end.year} жылғы ${last}`;
}

function named(p: NamedPeriod): string {
  switch (p.kind) {
    case 'year':
      return `${p.year} жылы`;
    case 'halfYear':
      return `${p.year} жылдың ${HALVES[p.half]} жартыжылдығында`;
    case 'quarter':
      return `${p.year} жылдың ${ROMAN[p.quarter]} тоқсанында`;
    case 'month':
      return `${p.year} жылдың ${month(p.month)} айында`;
    case 'months':
      return `${p.year} жылдың ${p.monthCount} айында`;
  }
}

/** @internal */
export function kazakhPhrase(shape: PeriodShape, style: PeriodStyle): string {
  const report = style === 'report';
  switch (shape.by) {
    case 'name':
      return named(shape.period);
    case 'months':
      return report
        ? `${months(shape.start, shape.end)} аралығында`
        : months(shape.start, shape.end);
    case 'days': {
      const text = days(shape.start, shape.end);
      if (!report) return text;
      const oneDay = sameMonth(shape.start, shape.end) && shape.start.day === shape.end.day;
      // One day is «1 наурызда», in the locative; a run of days is an interval.
      return oneDay
        ? `${text}${kazakhEnding(month(shape.start.month), 'locative')}`
        : `${text} аралығында`;
    }
  }
}
