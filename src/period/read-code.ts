import { daysInMonth, type LocalDate } from '../core/local-date.js';
import {
  MAX_CODE_LENGTH,
  PERIOD_CODE_FORMS,
  type PeriodProblem,
  type RangePart,
} from './errors.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  makeDayRange,
  makeHalfYear,
  makeMonth,
  makeMonthSpan,
  makeQuarter,
  makeYear,
  type Period,
} from './period.js';

// Reading a code: its shape first, then each number against its range, so
// that the problem named is the first thing wrong. The input is at most 21
// characters by then, so the regular expressions below cannot run long.

const YEAR = /^\d{4}$/;
const YEAR_PART = /^(\d{4})-([QHqh])(\d)$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_RANGE = '2024-03/2024-05';
const DAY_RANGE = '2024-03-01/2024-04-15';

/** A problem, as the readers below return it instead of throwing. @internal */
export function isProblem(value: object): value is PeriodProblem {
  return 'problem' in value;
}

function where(part: RangePart | undefined): { readonly part?: RangePart } {
  return part === undefined ? {} : { part };
}

function checkYear(year: number, part?: RangePart): PeriodProblem | undefined {
  return year < MIN_YEAR
    ? { problem: 'yearOutOfRange', year, min: MIN_YEAR, max: MAX_YEAR, ...where(part) }
    : undefined;
}

function checkMonth(month: number, part?: RangePart): PeriodProblem | undefined {
  return month < 1 || month > 12
    ? { problem: 'monthOutOfRange', month, min: 1, max: 12, ...where(part) }
    : undefined;
}

interface YearMonth {
  readonly year: number;
  readonly month: number;
}

function readMonth(match: RegExpExecArray, part?: RangePart): YearMonth | PeriodProblem {
  const year = Number(match[1]);
  const month = Number(match[2]);
  return checkYear(year, part) ?? checkMonth(month, part) ?? { year, month };
}

interface Day {
  readonly date: LocalDate;
}

function readDayMatch(match: RegExpExecArray, part?: RangePart): Day | PeriodProblem {
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const wrong = checkYear(year, part) ?? checkMonth(month, part);
  if (wrong !== undefined) return wrong;
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return { problem: 'dayDoesNotExist', date: match[0], lastDay, ...where(part) };
  }
  return { date: match[0] };
}

/**
 * One end of a day range, `YYYY-MM-DD`, given on its own (to
 * `dayRangePeriod`).
 *
 * @internal
 */
export function readDay(value: unknown, part: RangePart): Day | PeriodProblem {
  if (typeof value !== 'string') return { problem: 'notString', part };
  const match = value.length === 10 ? DAY.exec(value) : null;
  if (match === null) return { problem: 'format', expected: ['YYYY-MM-DD'], part };
  return readDayMatch(match, part);
}

function readRange(code: string, slash: number): Period | PeriodProblem {
  const left = code.slice(0, slash);
  const right = code.slice(slash + 1);
  const months = [MONTH.exec(left), MONTH.exec(right)] as const;
  const days = [DAY.exec(left), DAY.exec(right)] as const;
  if (months[0] !== null && months[1] !== null) {
    const start = readMonth(months[0], 'start');
    if (isProblem(start)) return start;
    const end = readMonth(months[1], 'end');
    if (isProblem(end)) return end;
    const order = end.year * 12 + end.month - (start.year * 12 + start.month);
    if (order < 0) return { problem: 'endBeforeStart', start: left, end: right };
    // `2024-01/2024-01` is one month from January, «за 1 месяц»; any other
    // range of one month has one spelling, the month's own.
    if (order === 0 && start.month !== 1) return { problem: 'singleMonthRange', expected: left };
    return makeMonthSpan(start.year, start.month, end.year, end.month);
  }
  if (days[0] !== null && days[1] !== null) {
    const start = readDayMatch(days[0], 'start');
    if (isProblem(start)) return start;
    const end = readDayMatch(days[1], 'end');
    if (isProblem(end)) return end;
    if (end.date < start.date) return { problem: 'endBeforeStart', start: left, end: right };
    return makeDayRange(start.date, end.date);
  }
  const leftShaped = months[0] !== null || days[0] !== null;
  const rightShaped = months[1] !== null || days[1] !== null;
  if (leftShaped && rightShaped) {
    return { problem: 'mixedRange', expected: [MONTH_RANGE, DAY_RANGE] };
  }
  return {
    problem: 'format',
    expected: [MONTH_RANGE, DAY_RANGE],
    ...(leftShaped ? { part: 'end' as const } : rightShaped ? { part: 'start' as const } : {}),
  };
}

function readSingle(code: string): Period | PeriodProblem {
  if (YEAR.test(code)) {
    const year = Number(code);
    return checkYear(year) ?? makeYear(year);
  }
  const part = YEAR_PART.exec(code);
  if (part !== null) {
    const letter = part[2] ?? '';
    if (letter === 'q' || letter === 'h') {
      // Named with its one spelling when that is a period; otherwise what
      // is wrong with it besides the letter.
      const upper = readSingle(code.toUpperCase());
      return isProblem(upper) ? upper : { problem: 'lowerCase', expected: upper.code };
    }
    const year = Number(part[1]);
    const n = Number(part[3]);
    const wrongYear = checkYear(year);
    if (wrongYear !== undefined) return wrongYear;
    if (letter === 'Q') {
      return n >= 1 && n <= 4
        ? makeQuarter(year, n as 1 | 2 | 3 | 4)
        : { problem: 'quarterOutOfRange', quarter: n, min: 1, max: 4 };
    }
    return n === 1 || n === 2
      ? makeHalfYear(year, n)
      : { problem: 'halfOutOfRange', half: n, min: 1, max: 2 };
  }
  const month = MONTH.exec(code);
  if (month !== null) {
    const read = readMonth(month);
    return isProblem(read) ? read : makeMonth(read.year, read.month);
  }
  const day = DAY.exec(code);
  if (day !== null) {
    // A date alone: what is wrong with the date, or how to write its day.
    const read = readDayMatch(day);
    return isProblem(read) ? read : { problem: 'dateNotPeriod', expected: `${code}/${code}` };
  }
  return { problem: 'format', expected: PERIOD_CODE_FORMS };
}

/**
 * Reads a period code: the period, or why it is not one.
 *
 * @internal
 */
export function readPeriodCode(value: unknown): Period | PeriodProblem {
  if (typeof value !== 'string') return { problem: 'notString' };
  if (value === '') return { problem: 'empty' };
  // Refused by its length before a character is read.
  if (value.length > MAX_CODE_LENGTH) {
    return { problem: 'tooLong', length: value.length, max: MAX_CODE_LENGTH };
  }
  const slash = value.indexOf('/');
  if (slash < 0) return readSingle(value);
  if (value.indexOf('/', slash + 1) >= 0) return { problem: 'format', expected: PERIOD_CODE_FORMS };
  return readRange(value, slash);
}
