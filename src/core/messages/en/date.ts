import type { CodeMessage, MessageCatalogue } from '../catalogue.js';
import { value } from './shared.js';

/** What is wrong with a date, one wording per problem. */
export const dateProblems: MessageCatalogue['dateProblems'] = {
  notAString: () => 'expected a string YYYY-MM-DD',
  format: () => 'expected YYYY-MM-DD with a four-digit year and two-digit month and day',
  year: () => 'expected a year from 1000 to 9999',
  month: ({ received }) => `month ${String(received).slice(5, 7)} does not exist (expected 01–12)`,
  day: ({ received, lastDay }) =>
    `day ${String(received).slice(8, 10)} does not exist in ${String(received).slice(0, 7)} (expected 01–${lastDay})`,
};

/** `INVALID_DATE`. */
export const invalidDateMessage: CodeMessage<'INVALID_DATE'> = (d) =>
  `Invalid date ${value(d.received)}: ${dateProblems[d.problem](d)}`;
