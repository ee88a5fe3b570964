import { describeValue, keepValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';

// Every INVALID_PERIOD error of the module is made here, from facts given as
// data: the English message is written from `details` alone, so that a
// message in another language can be written from the same facts.

/** The end of a range a problem is in, when it is in one. */
export type RangePart = 'start' | 'end';

/** The codes a period is written as, shown when a code has none of their shapes. */
export const PERIOD_CODE_FORMS: readonly string[] = Object.freeze([
  '2024',
  '2024-H1',
  '2024-Q2',
  '2024-05',
  '2024-01/2024-05',
  '2024-01-01/2024-05-31',
]);

/** The longest code, `2024-01-01/2024-05-31`: anything longer is refused unread. */
export const MAX_CODE_LENGTH = 21;

/** Why a value is not a period, with the facts the reason needs. */
export type PeriodProblem =
  | { readonly problem: 'notString'; readonly part?: RangePart }
  | { readonly problem: 'empty' }
  | { readonly problem: 'tooLong'; readonly length: number; readonly max: number }
  | { readonly problem: 'format'; readonly expected: readonly string[]; readonly part?: RangePart }
  | { readonly problem: 'lowerCase'; readonly expected: string }
  | { readonly problem: 'dateNotPeriod'; readonly expected: string }
  | { readonly problem: 'mixedRange'; readonly expected: readonly string[] }
  | {
      readonly problem: 'yearOutOfRange';
      readonly year: unknown;
      readonly min: number;
      readonly max: number;
      readonly part?: RangePart;
    }
  | {
      readonly problem: 'monthOutOfRange';
      readonly month: unknown;
      readonly min: number;
      readonly max: number;
      readonly part?: RangePart;
    }
  | {
      readonly problem: 'quarterOutOfRange';
      readonly quarter: unknown;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly problem: 'halfOutOfRange';
      readonly half: unknown;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly problem: 'monthCountOutOfRange';
      readonly monthCount: unknown;
      readonly min: number;
      readonly max: number;
    }
  | {
      readonly problem: 'dayDoesNotExist';
      readonly date: string;
      readonly lastDay: number;
      readonly part?: RangePart;
    }
  | { readonly problem: 'endBeforeStart'; readonly start: string; readonly end: string }
  | { readonly problem: 'singleMonthRange'; readonly expected: string }
  | { readonly problem: 'notWholeMonths'; readonly start: string; readonly end: string }
  | { readonly problem: 'notPeriod' }
  | {
      readonly problem: 'fieldsDisagree';
      readonly field: string;
      readonly expected: unknown;
      readonly actual: unknown;
    };

type Details = PeriodProblem & { readonly received: unknown; readonly function?: string };

function quoted(values: readonly string[]): string {
  const shown = values.map((v) => `"${v}"`);
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function reason(details: Details): string {
  const where = 'part' in details && details.part !== undefined ? `${details.part}: ` : '';
  switch (details.problem) {
    case 'notString':
      return where === ''
        ? 'expected a period code, a string such as "2024-Q2"'
        : `${where}expected a date, a string YYYY-MM-DD`;
    case 'empty':
      return `expected a period code such as ${quoted(PERIOD_CODE_FORMS)}`;
    case 'tooLong':
      return `a period code has at most ${details.max} characters, got ${details.length}`;
    case 'format':
      return `${where}expected ${quoted(details.expected)}`;
    case 'lowerCase':
      return `the letter is written in upper case: "${details.expected}"`;
    case 'dateNotPeriod':
      return `a single day is the range "${details.expected}"`;
    case 'mixedRange':
      return `both ends of a range are months or both are days: ${quoted(details.expected)}`;
    case 'yearOutOfRange':
      return `${where}year ${describeValue(details.year)} is not supported (expected a whole year from ${details.min} to ${details.max})`;
    case 'monthOutOfRange':
      return `${where}month ${describeValue(details.month)} does not exist (expected ${details.min} to ${details.max})`;
    case 'quarterOutOfRange':
      return `quarter ${describeValue(details.quarter)} does not exist (expected ${details.min} to ${details.max})`;
    case 'halfOutOfRange':
      return `half-year ${describeValue(details.half)} does not exist (expected ${details.min} or ${details.max})`;
    case 'monthCountOutOfRange':
      return `${describeValue(details.monthCount)} months of a year: expected ${details.min} to ${details.max} months from January`;
    case 'dayDoesNotExist':
      return `${where}day ${details.date.slice(8, 10)} does not exist in ${details.date.slice(0, 7)} (expected 01–${details.lastDay})`;
    case 'endBeforeStart':
      return `the end ${details.end} is before the start ${details.start}`;
    case 'singleMonthRange':
      return `a range of one month is the month "${details.expected}"`;
    case 'notWholeMonths':
      return `${details.start}/${details.end} is not made of whole months`;
    case 'notPeriod':
      return 'expected a period, as parsePeriod returns it';
    case 'fieldsDisagree':
      return `its ${details.field} ${describeValue(details.actual)} disagrees with its code (expected ${describeValue(details.expected)})`;
  }
}

/**
 * The `INVALID_PERIOD` error for `received`: `details` holds the value (cut
 * when long), the `problem` and its facts, and the function called when the
 * value was one of its arguments rather than a code.
 *
 * @internal
 */
export function periodError(
  received: unknown,
  problem: PeriodProblem,
  fn?: string,
): TutynushyError {
  const details: Details = {
    received: keepValue(received),
    ...problem,
    ...(fn === undefined ? {} : { function: fn }),
  };
  const subject = fn === undefined ? describeValue(received) : `given to ${fn}`;
  return new TutynushyError(
    'INVALID_PERIOD',
    `Invalid period ${subject}: ${reason(details)}`,
    details,
  );
}
