import type { TakenDay, TransferActShown } from '../../error-details.js';
import type { MessageCatalogue } from '../catalogue.js';
import { shownText } from '../shared.js';
import { list } from './shared.js';

// What an INVALID_ARGUMENT error says was expected, one wording per token.

const actText = ({ workingDay, dayOff, act }: TransferActShown): string =>
  `${workingDay} → ${dayOff} (${shownText(act)})`;

const takenText = (taken: TakenDay): string =>
  'name' in taken
    ? `${taken.date} is already ${taken.name.en}`
    : `${taken.date} is already used by the transfer act ${actText(taken.transferAct)}`;

/** What was expected, worded from the token's parameters. */
export const expectations: MessageCatalogue['expectations'] = {
  object: () => 'an object',
  options: ({ allowed }) =>
    allowed === undefined
      ? 'an options object, or nothing'
      : `an options object such as { ${list(allowed)} }, or nothing`,
  string: () => 'a string',
  nonEmptyString: () => 'a non-empty string',
  boolean: () => 'true or false',
  array: () => 'an array',
  iterable: () => 'an array or another iterable',
  integer: () => 'an integer',
  integerInRange: ({ min, max }) => `an integer from ${min} to ${max}`,
  nonNegativeInteger: () => 'a whole number 0 or more',
  oneOf: ({ allowed }) => `one of ${list(allowed)}`,
  knownKey: ({ allowed }) => `one of ${list(allowed)}`,
  atMost: ({ max }) => `at most ${max} items`,
  date: () => 'a date YYYY-MM-DD',
  dateInRange: ({ min, max }) => `a date from ${min} to ${max}`,
  timeOfDay: () => "a time HH:MM from 00:00 to 23:59, e.g. '18:30'",
  tenge: () => 'a Tenge (use Tenge.of to read other values)',
  positiveTenge: () => 'a Tenge above zero',
  nonNegativeTenge: () => 'a Tenge of zero or more',
  factor: () => 'a finite number, a decimal string or a Decimal',
  factorMagnitude: () => 'a magnitude between 1e-400 and 1e400',
  ratios: () => 'a non-empty array of ratios of zero or more, not all zero',
  nonNegativeRatio: () => 'a ratio of zero or more (a number, a decimal string or a Decimal)',
  safeInteger: () =>
    'an integer: a safe integer (at most 2^53 − 1 either side of zero) or a bigint',
  locale: () => 'kk, ru or en',
  calendar: () =>
    'a WorkCalendar: kazakhstanCalendar or one made by createWorkCalendar (pass one built by hand through createWorkCalendar({ base }))',
  calendarData: () =>
    "a calendar's data { holidays, religiousDaysOff, kurbanAit, transferActs, confirmedYears, estimates }",
  holidayRule: () => 'a holiday rule { key, month, day, from?, to?, name, source }',
  legalSource: () => 'a source { act, article?, note? } naming the act',
  labels: () => 'a name { kk, ru, en }',
  kurbanAitEntry: () => 'a Kurban Ait entry { date, estimate?, source? }',
  transferAct: () => 'a transfer act { workingDay, dayOff, source }',
  weekendDay: () => 'a Saturday or Sunday made a working day',
  weekday: () => 'a Monday–Friday made a day off',
  freeDay: ({ taken }) =>
    `a Monday–Friday as the day off and a Saturday or Sunday as the working day that no holiday, religious day off or other transfer act already has${taken === undefined ? '' : ` (${takenText(taken)})`}`,
  notBefore: ({ min }) => `a year not before ${min}`,
  oneKurbanAitPerYear: ({ year }) =>
    year === undefined ? 'one Kurban Ait date per year' : `one Kurban Ait date for ${year}`,
  region: () => 'a region from REGIONS or regionByCode',
  regions: () => 'an array or another iterable of regions',
  replayedComplaint: () => 'an appeal as replayComplaint returns it',
  replayedLawsuit: () => 'a lawsuit as replayLawsuit returns it',
  relief: () => "an appeal's relief or a satisfy event",
  description: () => 'true or a description',
  businessName: () => 'names.kk, names.ru or both',
  first11Digits: () => 'a string of the first 11 digits of an IIN or a BIN',
  twoDigitYear: () => 'an integer 0–99 (digits 1–2 of a BIN)',
  wordsRange: () => 'an integer at most 999 999 999 999 999 999 either side of zero',
  period: () => 'a period, or its code such as 2024-01/2024-05',
  report: () =>
    'a report as buildReport or parseReport returns it (read stored JSON with parseReport)',
  published: () => 'published figures as PublishedReportSchema describes them',
};
