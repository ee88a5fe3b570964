import { deepFreeze } from './deep-freeze.js';
import { invalidValue, yearOutOfRange } from './errors.js';

/** The years a calendar answers for: `{ min, max }`, both included. */
export interface CalendarYearRange {
  /** The first year. */
  readonly min: number;
  /** The last year. */
  readonly max: number;
}

/**
 * The years the working-day calendar is computed for, 2020–2038. Inside them
 * the statutory calendar (the holidays, the weekend rule, the religious days
 * off) holds, with Kurban Ait as announced or, for a year not yet announced,
 * as the Umm al-Qura calendar gives it. 2039 is left out because it holds two
 * Kurban Aits (5 January and 26 December); years before 2020 have no Kurban
 * Ait date in the library. A date outside these years raises
 * `CALENDAR_DATA_MISSING` with this range in `details.min` and `details.max`.
 *
 * @example
 * ```ts
 * CALENDAR_YEAR_RANGE; // { min: 2020, max: 2038 }
 * ```
 */
export const CALENDAR_YEAR_RANGE: CalendarYearRange = /* @__PURE__ */ deepFreeze({
  min: 2020,
  max: 2038,
});

/**
 * Checks that a year is inside {@link CALENDAR_YEAR_RANGE}.
 *
 * @throws {@link TutynushyError} `CALENDAR_DATA_MISSING` naming the range.
 * @internal
 */
export function checkYearInRange(year: number): void {
  if (year < CALENDAR_YEAR_RANGE.min || year > CALENDAR_YEAR_RANGE.max) {
    throw yearOutOfRange(year, CALENDAR_YEAR_RANGE);
  }
}

/**
 * Checks that a value is a year a date can have (an integer 1000–9999);
 * whether the calendar answers for it is {@link checkYearInRange}'s question.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` (`problem`: `notAYear`).
 * @internal
 */
export function checkYear(year: unknown, fn: string): asserts year is number {
  if (!Number.isInteger(year) || (year as number) < 1000 || (year as number) > 9999) {
    const years = { expected: 'integerInRange', min: 1000, max: 9999 } as const;
    throw invalidValue(fn, 'year', year, years, 'notAYear');
  }
}
