import { type Instant, type LocalDate, parseLocalDate } from '../core/index.js';
import { kazakhstanClock } from '../core/instant.js';
import { addDays, addMonths } from '../core/local-date.js';
import { addWorkingDaysOn } from './add-working-days.js';
import { CLOCKS } from './clocks-table.js';
import { invalidValue } from './errors.js';
import { isWorkingDayOn } from './is-working-day.js';
import { nextWorkingDayOn } from './next-working-day.js';
import { type CalendarOptions, calendarOption } from './options.js';
import type { WorkCalendar } from './work-calendar.js';

/** Options of {@link registrationDate}. */
export interface RegistrationOptions extends CalendarOptions {
  /** When the working day ends, `HH:MM` local time in Kazakhstan; `'18:30'` when absent. */
  readonly workdayEnd?: string | undefined;
}

/** Options of {@link extensionLimit}. */
export interface ExtensionOptions extends CalendarOptions {
  /**
   * What the two months count from. `'receipt'` (default): the review may
   * last at most two months in total from receipt (АППК art. 76, «в общей
   * сложности»). `'reviewDeadline'`: the extension itself may last up to two
   * months after the 15-working-day deadline, a reading some bodies apply.
   */
  readonly from?: 'receipt' | 'reviewDeadline' | undefined;
}

const REGISTRATION_KEYS = ['calendar', 'workdayEnd'] as const;
const EXTENSION_KEYS = ['calendar', 'from'] as const;
const EXTENSION_READINGS = ['receipt', 'reviewDeadline'] as const;

function onWorkingDay(date: LocalDate, calendar: WorkCalendar): LocalDate {
  // A term whose last day is not a working day ends on the next working day (Civil Code art. 173).
  return isWorkingDayOn(calendar, date) ? date : nextWorkingDayOn(calendar, date);
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DEFAULT_WORKDAY_END = 18 * 60 + 30;

function workdayEndMinutes(value: unknown): number {
  if (value === undefined) return DEFAULT_WORKDAY_END;
  const match = typeof value === 'string' ? HH_MM.exec(value) : null;
  if (match === null) {
    throw invalidValue('registrationDate', 'workdayEnd', value, 'timeOfDay', 'notATime');
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * The date an appeal is registered (АППК art. 64 p. 3): the day it is
 * received, read on the Asia/Almaty clock (UTC+6 until 2024-03-01, UTC+5
 * since); received at or after the end of the working day, or on a
 * non-working day, it is the next working day.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for an instant without an
 * offset or an invalid `Date`; `INVALID_ARGUMENT` for a bad `workdayEnd` or
 * options (an unknown key such as `workDayEnd` is refused by name);
 * `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * registrationDate('2024-02-29T18:45:00+06:00'); // '2024-03-01' — Thursday after 18:30
 * registrationDate('2024-03-01T18:45:00+05:00'); // '2024-03-04' — Friday after 18:30
 * registrationDate('2024-03-01T13:45:00Z');      // '2024-03-04' — the same instant in UTC
 * registrationDate('2024-03-01T18:00:00+05:00'); // '2024-03-01'
 * registrationDate('2024-03-01T17:45:00+05:00', { workDayEnd: '17:00' }); // throws INVALID_ARGUMENT — the key is workdayEnd
 * ```
 */
export function registrationDate(
  receivedAt: Instant | Date,
  options?: RegistrationOptions,
): LocalDate {
  const calendar = calendarOption(options, 'registrationDate', REGISTRATION_KEYS);
  const end = workdayEndMinutes(options?.workdayEnd);
  const clock = kazakhstanClock(receivedAt);
  return clock.minutes < end && isWorkingDayOn(calendar, clock.date)
    ? clock.date
    : nextWorkingDayOn(calendar, clock.date);
}

/**
 * The last day to review an appeal: 15 working days after receipt (АППК art. 76).
 *
 * @throws {@link TutynushyError} `INVALID_DATE`, `INVALID_ARGUMENT` for bad
 * options, `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * reviewDeadline('2024-04-30'); // '2024-05-24' — 1, 7, 8, 9 May are off, Sat 4 May works
 * reviewDeadline('2026-12-21'); // '2027-01-14' — provisional: 2027 is not confirmed yet
 * ```
 */
export function reviewDeadline(receivedOn: LocalDate, options?: CalendarOptions): LocalDate {
  const calendar = calendarOption(options, 'reviewDeadline');
  return addWorkingDaysOn(calendar, receivedOn, CLOCKS.reviewDeadline.length);
}

/**
 * The latest an extended review may end (АППК art. 76): two months, by
 * default counted from receipt (see {@link ExtensionOptions.from}); a month
 * end that does not exist is the month's last day, and a last day that is
 * not a working day moves to the next working day.
 *
 * @throws {@link TutynushyError} `INVALID_DATE`, `INVALID_ARGUMENT` for bad
 * options (`{ form: 'reviewDeadline' }` is refused, not read as the default),
 * `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * extensionLimit('2024-01-10');                              // '2024-03-11' — 10 March is a Sunday
 * extensionLimit('2024-12-31');                              // '2025-02-28'
 * extensionLimit('2024-01-10', { from: 'reviewDeadline' }); // '2024-04-01' — 31 March, two months after the 31 January deadline, is a Sunday
 * extensionLimit('2024-01-10', { form: 'reviewDeadline' }); // throws INVALID_ARGUMENT — the key is from
 * ```
 */
export function extensionLimit(receivedOn: LocalDate, options?: ExtensionOptions): LocalDate {
  const calendar = calendarOption(options, 'extensionLimit', EXTENSION_KEYS);
  const from = options?.from === undefined ? 'receipt' : options.from;
  if (from !== 'receipt' && from !== 'reviewDeadline') {
    const readings = { expected: 'oneOf', allowed: EXTENSION_READINGS } as const;
    throw invalidValue('extensionLimit', 'from', from, readings, 'notOneOf');
  }
  const start =
    from === 'receipt'
      ? parseLocalDate(receivedOn)
      : addWorkingDaysOn(calendar, receivedOn, CLOCKS.reviewDeadline.length);
  return onWorkingDay(addMonths(start, CLOCKS.extensionLimit.length), calendar);
}

/**
 * The last day to notify the applicant of an extension: 3 working days after
 * the decision to extend (АППК art. 76).
 *
 * @throws {@link TutynushyError} as {@link reviewDeadline} does.
 * @example
 * ```ts
 * extensionNoticeDeadline('2024-05-03'); // '2024-05-10'
 * ```
 */
export function extensionNoticeDeadline(
  extendedOn: LocalDate,
  options?: CalendarOptions,
): LocalDate {
  const calendar = calendarOption(options, 'extensionNoticeDeadline');
  return addWorkingDaysOn(calendar, extendedOn, CLOCKS.extensionNoticeDeadline.length);
}

/**
 * The last day to redirect an appeal outside the body's competence: 3
 * working days after receipt (АППК art. 65).
 *
 * @throws {@link TutynushyError} as {@link reviewDeadline} does.
 * @example
 * ```ts
 * redirectDeadline('2026-03-20'); // '2026-03-30' — 21–25 March are off
 * ```
 */
export function redirectDeadline(receivedOn: LocalDate, options?: CalendarOptions): LocalDate {
  const calendar = calendarOption(options, 'redirectDeadline');
  return addWorkingDaysOn(calendar, receivedOn, CLOCKS.redirectDeadline.length);
}

/**
 * The last day to decide a refusal to consider (the same dispute already
 * decided): 5 working days after receipt (Law No. 274-IV art. 42-6).
 *
 * @throws {@link TutynushyError} as {@link reviewDeadline} does.
 * @example
 * ```ts
 * refusalDeadline('2024-12-30'); // '2025-01-09' — 1, 2, 3 and 7 January are off, Sun 5 January works
 * ```
 */
export function refusalDeadline(receivedOn: LocalDate, options?: CalendarOptions): LocalDate {
  const calendar = calendarOption(options, 'refusalDeadline');
  return addWorkingDaysOn(calendar, receivedOn, CLOCKS.refusalDeadline.length);
}

/**
 * The last day for a seller to answer a consumer's claim: 10 calendar days
 * after receiving it (Law No. 274-IV art. 42-4 p. 2), moved to the next
 * working day when the tenth is not one.
 *
 * @throws {@link TutynushyError} as {@link reviewDeadline} does.
 * @example
 * ```ts
 * sellerAnswerDeadline('2024-05-01'); // '2024-05-13' — the 11th is a Saturday
 * sellerAnswerDeadline('2024-05-02'); // '2024-05-13' — the 12th is a Sunday
 * sellerAnswerDeadline('2024-05-03'); // '2024-05-13'
 * ```
 */
export function sellerAnswerDeadline(
  claimReceivedOn: LocalDate,
  options?: CalendarOptions,
): LocalDate {
  const calendar = calendarOption(options, 'sellerAnswerDeadline');
  const last = addDays(parseLocalDate(claimReceivedOn), CLOCKS.sellerAnswerDeadline.length);
  return onWorkingDay(last, calendar);
}
