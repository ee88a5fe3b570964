import {
  extensionLimit,
  kazakhstanCalendar,
  provisionalYearsBetween,
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
  type WorkCalendar,
} from '../calendar/index.js';
import type { Instant } from '../core/instant.js';
import { kazakhstanDate } from '../core/instant.js';
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

/**
 * The clocks that start when an appeal is received (АППК arts. 64, 65 and
 * 76; Law No. 274-IV art. 42-6).
 */
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
  /**
   * `true` when a clock counted through a provisional year of the calendar
   * (Kurban Ait not yet announced, or transfer acts not yet published): a
   * deadline may still move when the data is published. Always present.
   */
  readonly provisional: boolean;
}

/**
 * The legal clocks of an appeal received at `receivedAt`. Every clock runs
 * from the registration date, the legal day of receipt; `provisional` says
 * whether any of them counted through a year the calendar answers only
 * provisionally.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a malformed instant,
 * `INVALID_ARGUMENT` for options that are not an object or have a key it
 * does not know (a misspelt `workDayEnd` would give another legal date),
 * `CALENDAR_DATA_MISSING` for a year the calendar does not answer.
 * @example
 * ```ts
 * complaintClocks('2024-06-03T10:00:00+05:00').redirectDue; // '2024-06-06'
 * complaintClocks('2024-06-03T10:00:00+05:00').refusalDue; // '2024-06-10'
 * complaintClocks('2024-06-03T10:00:00+05:00').provisional; // false
 * complaintClocks('2026-12-21T10:00:00+05:00').reviewDue; // '2027-01-14'
 * complaintClocks('2026-12-21T10:00:00+05:00').provisional; // true — 2027 is not confirmed yet
 * complaintClocks('2024-06-03T10:00:00+05:00', { workDayEnd: '17:00' }); // throws INVALID_ARGUMENT
 * ```
 */
export function complaintClocks(
  receivedAt: Instant,
  options?: ComplaintClockOptions,
): ComplaintClocks {
  const read = readOptions<ComplaintClockOptions>(options, 'complaintClocks', CLOCK_OPTIONS);
  return clocksOfReceipt(receivedAt, kazakhstanDate(receivedAt), read);
}

// Whether two dates fall in one year, without cutting strings: a replay runs this per appeal.
function sameYear(a: LocalDate, b: LocalDate): boolean {
  return (
    a.charCodeAt(3) === b.charCodeAt(3) &&
    a.charCodeAt(2) === b.charCodeAt(2) &&
    a.charCodeAt(1) === b.charCodeAt(1) &&
    a.charCodeAt(0) === b.charCodeAt(0)
  );
}

/**
 * {@link complaintClocks} for a replay that has read its options (which hold
 * these and its own) and already knows the Almaty date of the receipt.
 *
 * @internal
 */
export function clocksOfReceipt(
  receivedAt: Instant,
  receivedOn: LocalDate,
  options: ComplaintClockOptions,
): ComplaintClocks {
  const { calendar, workdayEnd, extensionFrom } = options;
  const clock = calendar === undefined ? DEFAULT_CLOCK : { calendar };
  const registeredOn = registrationDate(
    receivedAt,
    workdayEnd === undefined ? clock : { ...clock, workdayEnd },
  );
  const clocks = clocksFrom(
    registeredOn,
    calendar ?? kazakhstanCalendar,
    extensionFrom ?? 'receipt',
  );
  // The registration clock reads the day of receipt: a receipt on 31 December
  // registered in January counted through both years.
  if (clocks.provisional || sameYear(receivedOn, registeredOn)) return clocks;
  return provisionalYearsBetween(receivedOn, registeredOn, clock).length === 0
    ? clocks
    : Object.freeze({ ...clocks, provisional: true });
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
  const reviewDue = reviewDeadline(registeredOn, clock);
  const limit = extensionLimit(registeredOn, { calendar, from: extensionFrom });
  const redirectDue = redirectDeadline(registeredOn, clock);
  const refusalDue = refusalDeadline(registeredOn, clock);
  // Dates compare as strings: the last of the four ends the span the clocks counted through.
  const latest = [reviewDue, limit, redirectDue, refusalDue].sort()[3] as LocalDate;
  const clocks: ComplaintClocks = Object.freeze({
    registeredOn,
    reviewDue,
    extensionLimit: limit,
    redirectDue,
    refusalDue,
    provisional: provisionalYearsBetween(registeredOn, latest, clock).length > 0,
  });
  byDay.set(key, clocks);
  return clocks;
}
