import type { TakenDay, TransferActShown } from '../../../error-details.js';
import type { Expectation } from '../../../expectation.js';
import { shownText } from '../../shared.js';
import type { ExpectationWords } from './common.js';

const actText = ({ workingDay, dayOff, act }: TransferActShown): string =>
  `${workingDay} → ${dayOff} (${shownText(act)})`;

const takenText = (taken: TakenDay): string =>
  'name' in taken
    ? `${taken.date} is already ${taken.name.en}`
    : `${taken.date} is already used by the transfer act ${actText(taken.transferAct)}`;

/** What the calendar expects: a calendar, its data, transfer acts, a time of day. */
export const calendarExpectations = {
  timeOfDay: () => "a time HH:MM from 00:00 to 23:59, e.g. '18:30'",
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
} satisfies Partial<ExpectationWords<Expectation>>;

/** The tokens {@link calendarExpectations} words. */
export type CalendarExpectation = keyof typeof calendarExpectations;
