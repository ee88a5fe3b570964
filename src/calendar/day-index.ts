import { type LocalDate, parseLocalDate, toEpochDay } from '../core/index.js';
import { epochDayOf } from '../core/local-date.js';

/**
 * Packs a checked date into one small integer, `year * 512 + dayOfYear`
 * (day 0 = 1 January): read with {@link yearOfKey} and {@link dayOfKey}.
 * `parseLocalDate` checks by char codes and returns its argument, and the
 * rest is integer arithmetic, so that the hot path of `isWorkingDay`
 * allocates nothing.
 *
 * @throws {@link TutynushyError} `INVALID_DATE` naming what is wrong.
 * @internal
 */
export function dateKey(date: LocalDate): number {
  const checked = parseLocalDate(date);
  const year =
    (checked.charCodeAt(0) - 48) * 1000 +
    (checked.charCodeAt(1) - 48) * 100 +
    (checked.charCodeAt(2) - 48) * 10 +
    (checked.charCodeAt(3) - 48);
  return year * 512 + toEpochDay(checked) - epochDayOf(year, 1, 1);
}

/** The year of a {@link dateKey}. @internal */
export function yearOfKey(key: number): number {
  return key >> 9;
}

/** The day of the year (0 = 1 January) of a {@link dateKey}. @internal */
export function dayOfKey(key: number): number {
  return key & 511;
}
