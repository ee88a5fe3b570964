import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { value } from './shared.js';

const periodWhere = (part: string | undefined): string => (part === undefined ? '' : `${part}: `);
const quotedList = (values: readonly string[]): string => {
  const shown = values.map((v) => `"${v}"`);
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
};

/** What is wrong with a period, one wording per problem. */
export const periodProblems: MessageCatalogue['periodProblems'] = {
  notString: ({ part }) =>
    part === undefined
      ? 'expected a period code, a string such as "2024-Q2"'
      : `${part}: expected a date, a string YYYY-MM-DD`,
  empty: () =>
    'expected a period code such as "2024", "2024-H1", "2024-Q2", "2024-05", "2024-01/2024-05" or "2024-01-01/2024-05-31"',
  tooLong: ({ max, length }) => `a period code has at most ${max} characters, got ${length}`,
  format: ({ part, expected }) => `${periodWhere(part)}expected ${quotedList(expected)}`,
  lowerCase: ({ expected }) => `the letter is written in upper case: "${expected}"`,
  dateNotPeriod: ({ expected }) => `a single day is the range "${expected}"`,
  mixedRange: ({ expected }) =>
    `both ends of a range are months or both are days: ${quotedList(expected)}`,
  yearOutOfRange: ({ part, year, min, max }) =>
    `${periodWhere(part)}year ${value(year)} is not supported (expected a whole year from ${min} to ${max})`,
  monthOutOfRange: ({ part, month, min, max }) =>
    `${periodWhere(part)}month ${value(month)} does not exist (expected ${min} to ${max})`,
  quarterOutOfRange: ({ quarter, min, max }) =>
    `quarter ${value(quarter)} does not exist (expected ${min} to ${max})`,
  halfOutOfRange: ({ half, min, max }) =>
    `half-year ${value(half)} does not exist (expected ${min} or ${max})`,
  monthCountOutOfRange: ({ monthCount, min, max }) =>
    `${value(monthCount)} months of a year: expected ${min} to ${max} months from January`,
  dayDoesNotExist: ({ part, date, lastDay }) =>
    `${periodWhere(part)}day ${date.slice(8, 10)} does not exist in ${date.slice(0, 7)} (expected 01–${lastDay})`,
  endBeforeStart: ({ start, end }) => `the end ${end} is before the start ${start}`,
  singleMonthRange: ({ expected }) => `a range of one month is the month "${expected}"`,
  notWholeMonths: ({ start, end }) => `${start}/${end} is not made of whole months`,
  notPeriod: () => 'expected a period, as parsePeriod returns it',
  fieldsDisagree: ({ field, actual, expected }) =>
    `its ${field} ${value(actual)} disagrees with its code (expected ${value(expected)})`,
};

/** `INVALID_PERIOD`. */
export const invalidPeriodMessage: CodeMessage<'INVALID_PERIOD'> = (d) =>
  `Invalid period ${d.fn === undefined ? value(d.received) : `given to ${d.fn}`}: ${(periodProblems[d.problem] as (x: typeof d) => string)(d)}`;
