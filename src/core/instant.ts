import { tzOffset } from '@date-fns/tz';
import type { InstantProblem } from './error-details.js';
import { invalidInstantError } from './error-factories.js';
import type { TutynushyError } from './errors.js';
import { daysInMonth, epochDayOf, fromEpochDay, type LocalDate } from './local-date.js';
import { received } from './received.js';
import type { Result } from './result.js';

/**
 * A moment in time as an ISO 8601 string with an explicit offset, e.g.
 * `2024-05-03T18:45:00+05:00` or `2024-05-03T13:45:00Z`. An offset is
 * required: «18:45» means nothing until we know where.
 */
export type Instant = string;

/**
 * The zone whose calendar the library counts days in (UTC+6 until
 * 2024-03-01, UTC+5 since).
 *
 * @example
 * ```ts
 * KAZAKHSTAN_TIME_ZONE; // 'Asia/Almaty'
 * ```
 */
export const KAZAKHSTAN_TIME_ZONE = 'Asia/Almaty';

// Reads `n` decimal digits at `at`, or -1 when any is not a digit. A scan by
// char codes rather than a regular expression: instants are read for every
// event of every appeal a report replays.
function digitsAt(text: string, at: number, n: number): number {
  let value = 0;
  for (let i = at; i < at + n; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function invalidInstant(
  value: unknown,
  problem: InstantProblem,
  part?: string,
): TutynushyError<'INVALID_INSTANT'> {
  return invalidInstantError({
    received: received(value),
    problem,
    ...(part === undefined ? {} : { part }),
  });
}

// An object made with Date.prototype but no date in it (a Proxy of a Date,
// `Object.create(Date.prototype)`) passes `instanceof` and has no time.
function timeOf(value: Date): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

function check(value: unknown): TutynushyError<'INVALID_INSTANT'> | number {
  if (value instanceof Date) {
    const ms = timeOf(value);
    if (Number.isNaN(ms)) return invalidInstant(value, 'invalidDate');
    const year = new Date(ms).getUTCFullYear();
    // Calendar dates are four-digit years; a Date far outside them is a bug upstream.
    if (year < 1000 || year > 9998) return invalidInstant(value, 'yearOutOfRange', String(year));
    return ms;
  }
  if (typeof value !== 'string') {
    return invalidInstant(value, 'notAString');
  }
  const length = value.length;
  // A date where an instant belongs is the usual mistake: say so.
  if (length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    return invalidInstant(value, 'noTime');
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  if (
    length < 17 ||
    length > 40 ||
    year < 0 ||
    month < 0 ||
    day < 0 ||
    hour < 0 ||
    minute < 0 ||
    value.charCodeAt(4) !== 45 || // -
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // T
    value.charCodeAt(13) !== 58 // :
  ) {
    return invalidInstant(value, 'format');
  }
  let at = 16;
  let second = 0;
  let millis = 0;
  if (value.charCodeAt(at) === 58) {
    second = digitsAt(value, at + 1, 2);
    if (second < 0) return invalidInstant(value, 'format');
    at += 3;
    if (value.charCodeAt(at) === 46) {
      // A fraction of 1–9 digits; milliseconds are its first three, as Date.parse reads them.
      let end = at + 1;
      while (end < length && end - at <= 9 && digitsAt(value, end, 1) >= 0) end += 1;
      const digits = end - at - 1;
      if (digits === 0 || digits > 9) return invalidInstant(value, 'format');
      millis = digitsAt(value, at + 1, Math.min(digits, 3)) * 10 ** Math.max(0, 3 - digits);
      at = end;
    }
  }
  let offsetMinutes = 0;
  const sign = value.charCodeAt(at);
  if (sign === 90 && at + 1 === length) {
    // Z
  } else if ((sign === 43 || sign === 45) && at + 6 === length && value.charCodeAt(at + 3) === 58) {
    const offsetHours = digitsAt(value, at + 1, 2);
    const offsetRest = digitsAt(value, at + 4, 2);
    if (offsetHours < 0 || offsetRest < 0) return invalidInstant(value, 'format');
    if (offsetHours > 14 || offsetRest > 59) {
      return invalidInstant(value, 'offset', value.slice(at));
    }
    offsetMinutes = (sign === 45 ? -1 : 1) * (offsetHours * 60 + offsetRest);
  } else {
    return invalidInstant(value, 'format');
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalidInstant(value, 'date', value.slice(0, 10));
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return invalidInstant(value, 'time', value.slice(11, at > 16 ? 19 : 16));
  }
  return (
    epochDayOf(year, month, day) * 86_400_000 +
    (hour * 60 + minute - offsetMinutes) * 60_000 +
    second * 1000 +
    millis
  );
}

/**
 * Checks an instant and returns its milliseconds since the Unix epoch.
 * Accepts an ISO 8601 string with an offset, or a valid `Date`.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a string without an
 * offset, an impossible date or time, or an invalid `Date`.
 *
 * @internal
 */
export function instantToEpochMs(value: Instant | Date): number {
  const checked = check(value);
  if (typeof checked !== 'number') throw checked;
  return checked;
}

/**
 * Tells whether `value` is an ISO 8601 instant with an offset.
 *
 * @example
 * ```ts
 * isInstant('2024-03-01T09:00:00+05:00'); // true
 * isInstant('2024-03-01');                // false
 * ```
 */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && typeof check(value) === 'number';
}

/**
 * The non-throwing twin of {@link instantToEpochMs}.
 *
 * @internal
 */
export function safeInstantToEpochMs(
  value: Instant | Date,
): Result<number, TutynushyError<'INVALID_INSTANT'>> {
  const checked = check(value);
  return typeof checked === 'number' ? { ok: true, value: checked } : { ok: false, error: checked };
}

/** A moment as it reads on a clock in Kazakhstan. */
export interface KazakhstanClock {
  /** The calendar date in Asia/Almaty. */
  readonly date: LocalDate;
  /** Minutes since local midnight, 0–1439. */
  readonly minutes: number;
  /** The zone's offset from UTC at that moment, in minutes (360 before 2024-03-01, 300 after). */
  readonly offsetMinutes: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const OFFSET_CACHE_LIMIT = 100_000;

// Since the end of its last summer time (2004-10-31 02:00 local, 20:00 UTC
// the day before) Kazakhstan has kept one offset all year: UTC+6, then UTC+5
// from 2024-03-01 00:00 local (18:00 UTC the day before). Instants from then
// on, which is every record E-Tutynushy keeps, are read by this rule rather
// than by the runtime's time-zone data: a browser or OS whose IANA data is
// older than 2024a still puts Almaty at UTC+6 and would move a deadline by a
// day. Earlier instants, with the summer time of 1981–2004, ask the IANA data
// (through @date-fns/tz), which has not changed for them in decades.
const LAST_SUMMER_TIME_END_MS = Date.UTC(2004, 9, 30, 20);
const UTC_PLUS_5_FROM_MS = Date.UTC(2024, 1, 29, 18);

// The older offsets, remembered per UTC hour: the IANA data changes offsets
// only on whole hours, and asking Intl for every event of millions of old
// appeals would dominate a report. Bounded, so that it cannot grow without
// limit in a long-running service.
const offsetByHour = new Map<number, number>();

function almatyOffsetMinutes(ms: number): number {
  if (ms >= UTC_PLUS_5_FROM_MS) return 300;
  if (ms >= LAST_SUMMER_TIME_END_MS) return 360;
  const hour = Math.floor(ms / MS_PER_HOUR);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = tzOffset(KAZAKHSTAN_TIME_ZONE, new Date(hour * MS_PER_HOUR));
    if (offsetByHour.size >= OFFSET_CACHE_LIMIT) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}
const MINUTES_PER_DAY = 1440;

/**
 * Reads an instant on a Kazakhstan clock (zone Asia/Almaty): UTC+6 until
 * 2024-03-01, UTC+5 since. From 2004-10-31 on (one offset all year) the
 * library applies this rule itself, so a runtime with outdated time-zone
 * data reads the same dates; earlier instants, with the summer time of those
 * years, come from the IANA data through `@date-fns/tz`.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a malformed instant.
 *
 * @internal
 */
export function kazakhstanClock(instant: Instant | Date): KazakhstanClock {
  const ms = instantToEpochMs(instant);
  const offsetMinutes = almatyOffsetMinutes(ms);
  const localMinutes = Math.floor(ms / MS_PER_MINUTE) + offsetMinutes;
  const epochDay = Math.floor(localMinutes / MINUTES_PER_DAY);
  return {
    date: fromEpochDay(epochDay),
    minutes: localMinutes - epochDay * MINUTES_PER_DAY,
    offsetMinutes,
  };
}

/**
 * The calendar date of an instant in Kazakhstan (Asia/Almaty).
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a value that is not an instant with an offset, or an invalid `Date`.
 * @example
 * ```ts
 * kazakhstanDate('2024-05-31T20:00:00Z'); // '2024-06-01' — 01:00 in Almaty
 * ```
 */
export function kazakhstanDate(instant: Instant | Date): LocalDate {
  return kazakhstanClock(instant).date;
}
