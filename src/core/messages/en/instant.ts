import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { value } from './shared.js';

/** What is wrong with an instant, one wording per problem. */
export const instantProblems: MessageCatalogue['instantProblems'] = {
  invalidDate: () => 'the Date is invalid',
  yearOutOfRange: ({ part }) => `year ${part} is outside 1000–9998`,
  notAString: () => 'expected an ISO 8601 string with an offset, e.g. 2024-05-03T18:45:00+05:00',
  format: () =>
    'expected YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or an offset ±HH:MM, e.g. 2024-05-03T18:45:00+05:00',
  noTime: () =>
    'a date is not an instant: expected a time and an offset, e.g. 2024-05-03T18:45:00+05:00',
  offset: ({ part }) => `the offset ${part} does not exist`,
  date: ({ part }) => `the date ${part} does not exist`,
  time: ({ part }) => `the time ${part} does not exist`,
};

/** `INVALID_INSTANT`. */
export const invalidInstantMessage: CodeMessage<'INVALID_INSTANT'> = (d) =>
  `Invalid instant ${value(d.received)}: ${instantProblems[d.problem](d)}`;
