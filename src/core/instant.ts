import { tzOffset } from '@date-fns/tz';
import { describeValue, keepValue } from './describe.js';
import { TutynushyError } from './errors.js';
import { daysInMonth, fromEpochDay, type LocalDate } from './local-date.js';
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

const SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

function invalidInstant(value: unknown, reason: string): TutynushyError {
  return new TutynushyError(
    'INVALID_INSTANT',
    `Invalid instant ${describeValue(value)}: ${reason}`,
    {
      value: keepValue(value),
      reason,
    },
  );
}

function check(value: unknown): TutynushyError | number {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? invalidInstant(value, 'the Date is invalid') : ms;
  }
  if (typeof value !== 'string') {
    return invalidInstant(
      value,
      'expected an ISO 8601 string with an offset, e.g. 2024-05-03T18:45:00+05:00',
    );
  }
  const match = value.length <= 40 ? SHAPE.exec(value) : null;
  if (match === null) {
    return invalidInstant(
      value,
      'expected YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or an offset ±HH:MM, e.g. 2024-05-03T18:45:00+05:00',
    );
  }
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return invalidInstant(value, `the date ${y}-${mo}-${d} does not exist`);
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return invalidInstant(
      value,
      `the time ${h}:${mi}${s === undefined ? '' : `:${s}`} does not exist`,
    );
  }
  const offset = match[8];
  if (
    offset !== undefined &&
    offset !== 'Z' &&
    (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)
  ) {
    return invalidInstant(value, `the offset ${offset} does not exist`);
  }
  return Date.parse(value);
}

/**
 * Checks an instant and returns its milliseconds since the Unix epoch.
 * Accepts an ISO 8601 string with an offset, or a valid `Date`.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a string without an
 * offset, an impossible date or time, or an invalid `Date`.
 * @example
 * ```ts
 * instantToEpochMs('1970-01-01T06:00:00+06:00'); // 0
 * instantToEpochMs('2024-05-03T18:45:00');       // throws: no offset
 * ```
 */
export function instantToEpochMs(value: Instant | Date): number {
  const checked = check(value);
  if (checked instanceof TutynushyError) throw checked;
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
  return typeof value === 'string' && !(check(value) instanceof TutynushyError);
}

/**
 * The non-throwing twin of {@link instantToEpochMs}.
 *
 * @example
 * ```ts
 * safeInstantToEpochMs('yesterday').ok; // false
 * ```
 */
export function safeInstantToEpochMs(value: Instant | Date): Result<number> {
  const checked = check(value);
  return checked instanceof TutynushyError
    ? { ok: false, error: checked }
    : { ok: true, value: checked };
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
const MINUTES_PER_DAY = 1440;

/**
 * Reads an instant on a Kazakhstan clock (zone Asia/Almaty, from the IANA
 * time-zone data through `@date-fns/tz`): UTC+6 until 2024-03-01, UTC+5 since.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a malformed instant.
 * @example
 * ```ts
 * kazakhstanClock('2024-02-29T12:45:00Z'); // { date: '2024-02-29', minutes: 1125, offsetMinutes: 360 } — 18:45
 * kazakhstanClock('2024-03-01T13:45:00Z'); // { date: '2024-03-01', minutes: 1125, offsetMinutes: 300 } — 18:45
 * ```
 */
export function kazakhstanClock(instant: Instant | Date): KazakhstanClock {
  const ms = instantToEpochMs(instant);
  const offsetMinutes = tzOffset(KAZAKHSTAN_TIME_ZONE, new Date(ms));
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
 * @example
 * ```ts
 * kazakhstanDate('2024-05-31T20:00:00Z'); // '2024-06-01' — 01:00 in Almaty
 * ```
 */
export function kazakhstanDate(instant: Instant | Date): LocalDate {
  return kazakhstanClock(instant).date;
}
