import {
  extensionLimit,
  kazakhstanCalendar,
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
  type WorkCalendar,
} from '../calendar/index.js';
import type { Instant } from '../core/instant.js';
import type { LocalDate } from '../core/local-date.js';
import { readOptions } from '../core/options.js';

const DEFAULT_CLOCK: { readonly calendar?: WorkCalendar } = Object.freeze({});

const CLOCK_OPTIONS = Object.freeze([
  'calendar',
  'workdayEnd',
  'extensionFrom',
] as const satisfies readonly (keyof ComplaintClockOptions)[]);

/** Options of the clocks: the working-day calendar and the end of the working day. */
export interface ComplaintClockOptions {
  /** The working-day calendar; `kazakhstanCalendar` by default. */
  readonly calendar?: WorkCalendar | undefined;
  /** When the department's working day ends, `HH:MM` (`'18:30'` by default): an appeal received later is registered the next working day. */
  readonly workdayEnd?: string | undefined;
  /**
   * What the two-month extension limit counts from: `'receipt'` (the
   * default: two months in total, АППК Art. 76 «в общей сложности») or
   * `'reviewDeadline'` (two months after the 15-working-day deadline, a
   * reading some bodies apply).
   */
  readonly extensionFrom?: 'receipt' | 'reviewDeadline' | undefined;
}

/** The clocks that start when an appeal is received (АППК arts. 64, 65, 76; Law No. 274-IV art. 42-6). */
export interface ComplaintClocks {
  /** The legal day of receipt: the day it arrived, or the next working day when it arrived after hours or on a day off (АППК art. 64 p. 3). The other clocks run from it. */
  readonly registeredOn: LocalDate;
  /** 15 working days (АППК art. 76). */
  readonly reviewDue: LocalDate;
  /** The latest an extension may reach: two months (АППК art. 76). */
  readonly extensionLimit: LocalDate;
  /** 3 working days to redirect an appeal outside the department's competence (АППК art. 65). */
  readonly redirectDue: LocalDate;
  /** 5 working days to refuse consideration (Law No. 274-IV art. 42-6). */
  readonly refusalDue: LocalDate;
}

/**
 * The legal clocks of an appeal received at `receivedAt`. Every clock runs
 * from the registration date, the legal day of receipt.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a malformed instant,
 * `INVALID_ARGUMENT` for options that are not an object or have a key it
 * does not know (a misspelt `workDayEnd` would give another legal date),
 * `CALENDAR_DATA_MISSING` for a year the calendar has no data for.
 * @example
 * ```ts
 * complaintClocks('2024-06-03T10:00:00+05:00').redirectDue; // '2024-06-06'
 * complaintClocks('2024-06-03T10:00:00+05:00').refusalDue; // '2024-06-10'
 * complaintClocks('2024-06-03T10:00:00+05:00', { workDayEnd: '17:00' }); // throws INVALID_ARGUMENT
 * ```
 */
export function complaintClocks(
  receivedAt: Instant,
  options?: ComplaintClockOptions,
): ComplaintClocks {
  return clocksOfReceipt(
    receivedAt,
    readOptions<ComplaintClockOptions>(options, 'complaintClocks', CLOCK_OPTIONS),
  );
}

/**
 * {@link complaintClocks} of options already read (by the replay, whose
 * options hold these and its own).
 *
 * @internal
 */
export function clocksOfReceipt(
  receivedAt: Instant,
  options: ComplaintClockOptions,
): ComplaintClocks {
  const { calendar, workdayEnd, extensionFrom } = options;
  const clock = calendar === undefined ? DEFAULT_CLOCK : { calendar };
  const registeredOn = registrationDate(
    receivedAt,
    workdayEnd === undefined ? clock : { ...clock, workdayEnd },
  );
  return clocksFrom(registeredOn, calendar ?? kazakhstanCalendar, extensionFrom ?? 'receipt');
}

// The clocks depend only on the registration day, the calendar and the
// extension reading, and a report replays hundreds of appeals registered on
// the same day: remember them per (immutable) calendar object, as the
// calendar remembers its year tables. Bounded by the days the calendar has
// data for; the cached objects are frozen and shared.
const remembered = new WeakMap<WorkCalendar, Map<string, ComplaintClocks>>();

function clocksFrom(
  registeredOn: LocalDate,
  calendar: WorkCalendar,
  extensionFrom: 'receipt' | 'reviewDeadline',
): ComplaintClocks {
  let byDay = remembered.get(calendar);
  if (byDay === undefined) {
    byDay = new Map();
    remembered.set(calendar, byDay);
  }
  const key = extensionFrom === 'receipt' ? registeredOn : `${registeredOn}/${extensionFrom}`;
  const known = byDay.get(key);
  if (known !== undefined) return known;
  const clock = { calendar };
  const clocks: ComplaintClocks = Object.freeze({
    registeredOn,
    reviewDue: reviewDeadline(registeredOn, clock),
    extensionLimit: extensionLimit(registeredOn, { calendar, from: extensionFrom }),
    redirectDue: redirectDeadline(registeredOn, clock),
    refusalDue: refusalDeadline(registeredOn, clock),
  });
  byDay.set(key, clocks);
  return clocks;
}
