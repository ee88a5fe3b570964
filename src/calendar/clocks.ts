import { keepValue } from '../core/describe.js';
import { type Instant, type LocalDate, parseLocalDate, TutynushyError } from '../core/index.js';
import { addDays, addMonths } from '../core/local-date.js';
import { describeValue } from '../core/describe.js';
import { kazakhstanClock } from '../core/instant.js';
import { CLOCKS } from './clocks-table.js';
import { kazakhstanCalendar, type WorkCalendar } from './work-calendar.js';
import { addWorkingDays, isWorkingDay, nextWorkingDay } from './working-days.js';

/** Options of every clock. Options that are not an object, or `calendar: null`, raise `INVALID_ARGUMENT`. */
export interface ClockOptions {
  /** The calendar to count on; {@link kazakhstanCalendar} when absent. */
  readonly calendar?: WorkCalendar | undefined;
}

/** Options of {@link registrationDate}. */
export interface RegistrationOptions extends ClockOptions {
  /** When the working day ends, `HH:MM` local time in Kazakhstan; `'18:30'` when absent. */
  readonly workdayEnd?: string | undefined;
}

/** Options of {@link extensionLimit}. */
export interface ExtensionOptions extends ClockOptions {
  /**
   * What the two months count from. `'receipt'` (default): the review may
   * last at most two months in total from receipt (АППК art. 76, «в общей
   * сложности»). `'reviewDeadline'`: the extension itself may last up to two
   * months after the 15-working-day deadline, a reading some bodies apply.
   */
  readonly from?: 'receipt' | 'reviewDeadline' | undefined;
}

function onWorkingDay(date: LocalDate, calendar: WorkCalendar): LocalDate {
  // A term whose last day is not a working day ends on the next working day (Civil Code art. 173).
  return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
}

// `null` or a string in place of the options, or `calendar: null`, is a
// mistake to name, not a reason to fall back on the defaults.
function checkOptions<T extends ClockOptions>(
  options: T | undefined,
  clock: string,
): T | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid options ${describeValue(options)} for ${clock}: expected an object such as { calendar }`,
      { field: 'options', value: keepValue(options) },
    );
  }
  if (options.calendar === null) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid calendar null for ${clock}: expected a WorkCalendar, or no calendar option for kazakhstanCalendar`,
      { field: 'calendar', value: null },
    );
  }
  return options;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DEFAULT_WORKDAY_END = 18 * 60 + 30;

function workdayEndMinutes(value: unknown): number {
  if (value === undefined) return DEFAULT_WORKDAY_END;
  const match = typeof value === 'string' ? HH_MM.exec(value) : null;
  if (match === null) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid workdayEnd ${describeValue(value)}: expected a time HH:MM from 00:00 to 23:59, e.g. '18:30'`,
      { field: 'workdayEnd', value: keepValue(value) },
    );
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
 * offset or an invalid `Date`, `INVALID_ARGUMENT` for a bad `workdayEnd` or options,
 * `CALENDAR_DATA_MISSING` for a year without data.
 * @example
 * ```ts
 * registrationDate('2024-02-29T18:45:00+06:00'); // '2024-03-01' — Thursday after 18:30
 * registrationDate('2024-03-01T18:45:00+05:00'); // '2024-03-04' — Friday after 18:30
 * registrationDate('2024-03-01T13:45:00Z');      // '2024-03-04' — the same instant in UTC
 * registrationDate('2024-03-01T18:00:00+05:00'); // '2024-03-01'
 * ```
 */
export function registrationDate(
  receivedAt: Instant | Date,
  options?: RegistrationOptions,
): LocalDate {
  const checked = checkOptions(options, 'registrationDate');
  const calendar = checked?.calendar ?? kazakhstanCalendar;
  const end = workdayEndMinutes(checked?.workdayEnd);
  const clock = kazakhstanClock(receivedAt);
  return clock.minutes < end && isWorkingDay(clock.date, calendar)
    ? clock.date
    : nextWorkingDay(clock.date, calendar);
}

/**
 * The last day to review an appeal: 15 working days after receipt (АППК art. 76).
 *
 * @example
 * ```ts
 * reviewDeadline('2024-04-30'); // '2024-05-24' — 1, 7, 8, 9 May are off, Sat 4 May works
 * ```
 */
export function reviewDeadline(receivedOn: LocalDate, options?: ClockOptions): LocalDate {
  const calendar = checkOptions(options, 'reviewDeadline')?.calendar;
  return addWorkingDays(receivedOn, CLOCKS.reviewDeadline.length, calendar);
}

/**
 * The latest an extended review may end (АППК art. 76): two months, by
 * default counted from receipt (see {@link ExtensionOptions.from}); a month
 * end that does not exist is the month's last day, and a last day that is
 * not a working day moves to the next working day.
 *
 * @example
 * ```ts
 * extensionLimit('2024-01-10');                              // '2024-03-11' — 10 March is a Sunday
 * extensionLimit('2024-12-31');                              // '2025-02-28'
 * extensionLimit('2024-01-10', { from: 'reviewDeadline' }); // '2024-04-01' — 31 March, two months after the 31 January deadline, is a Sunday
 * ```
 */
export function extensionLimit(receivedOn: LocalDate, options?: ExtensionOptions): LocalDate {
  const checked = checkOptions(options, 'extensionLimit');
  const calendar = checked?.calendar ?? kazakhstanCalendar;
  const from = checked?.from === undefined ? 'receipt' : checked.from;
  if (from !== 'receipt' && from !== 'reviewDeadline') {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid extension reading ${describeValue(from)}: expected 'receipt' or 'reviewDeadline'`,
      { field: 'from', value: from },
    );
  }
  const start =
    from === 'receipt' ? parseLocalDate(receivedOn) : reviewDeadline(receivedOn, { calendar });
  return onWorkingDay(addMonths(start, CLOCKS.extensionLimit.length), calendar);
}

/**
 * The last day to notify the applicant of an extension: 3 working days after
 * the decision to extend (АППК art. 76).
 *
 * @example
 * ```ts
 * extensionNoticeDeadline('2024-05-03'); // '2024-05-10'
 * ```
 */
export function extensionNoticeDeadline(extendedOn: LocalDate, options?: ClockOptions): LocalDate {
  const calendar = checkOptions(options, 'extensionNoticeDeadline')?.calendar;
  return addWorkingDays(extendedOn, CLOCKS.extensionNoticeDeadline.length, calendar);
}

/**
 * The last day to redirect an appeal outside the body's competence: 3
 * working days after receipt (АППК art. 65).
 *
 * @example
 * ```ts
 * redirectDeadline('2026-03-20'); // '2026-03-30' — 21–25 March are off
 * ```
 */
export function redirectDeadline(receivedOn: LocalDate, options?: ClockOptions): LocalDate {
  const calendar = checkOptions(options, 'redirectDeadline')?.calendar;
  return addWorkingDays(receivedOn, CLOCKS.redirectDeadline.length, calendar);
}

/**
 * The last day to decide a refusal to consider (the same dispute already
 * decided): 5 working days after receipt (Law No. 274-IV art. 42-6).
 *
 * @example
 * ```ts
 * refusalDeadline('2024-12-30'); // '2025-01-09' — 1, 2, 3 and 7 January are off, Sun 5 January works
 * ```
 */
export function refusalDeadline(receivedOn: LocalDate, options?: ClockOptions): LocalDate {
  const calendar = checkOptions(options, 'refusalDeadline')?.calendar;
  return addWorkingDays(receivedOn, CLOCKS.refusalDeadline.length, calendar);
}

/**
 * The last day for a seller to answer a consumer's claim: 10 calendar days
 * after receiving it (Law No. 274-IV art. 42-4 p. 2), moved to the next
 * working day when the tenth is not one.
 *
 * @example
 * ```ts
 * sellerAnswerDeadline('2024-05-01'); // '2024-05-13' — the 11th is a Saturday
 * sellerAnswerDeadline('2024-05-02'); // '2024-05-13' — the 12th is a Sunday
 * sellerAnswerDeadline('2024-05-03'); // '2024-05-13'
 * ```
 */
export function sellerAnswerDeadline(
  claimReceivedOn: LocalDate,
  options?: ClockOptions,
): LocalDate {
  const calendar = checkOptions(options, 'sellerAnswerDeadline')?.calendar ?? kazakhstanCalendar;
  const last = addDays(parseLocalDate(claimReceivedOn), CLOCKS.sellerAnswerDeadline.length);
  return onWorkingDay(last, calendar);
}
