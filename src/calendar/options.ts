import { checkCalendar } from './check-calendar.js';
import { optionsNotAnObject, unknownKey } from './errors.js';
import { kazakhstanCalendar } from './kazakhstan-calendar.js';
import type { WorkCalendar } from './work-calendar.js';

/** The options every calendar function takes: the calendar to count on. */
export interface CalendarOptions {
  /** The calendar to count on; {@link kazakhstanCalendar} when absent. */
  readonly calendar?: WorkCalendar | undefined;
}

/**
 * Checks the options object of `fn` (given: callers handle "no options"):
 * an object whose keys are all in `known`. A misspelt key (`workDayEnd` for `workdayEnd`) is refused by
 * name, since ignoring it would give a wrong legal date without a word; and
 * `null` is refused rather than read as "no options". A `for…in` loop rather
 * than `Object.keys`, so that a call with options allocates nothing.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` (`problem`: `notAnObject`, `unknownKey`).
 * @internal
 */
export function checkOptions<T extends object>(
  options: T,
  known: readonly string[],
  fn: string,
): T {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw optionsNotAnObject(fn, options, known);
  }
  for (const key in options) if (!known.includes(key)) throw unknownKey(fn, '', key, known);
  return options;
}

const CALENDAR_ONLY = ['calendar'] as const;

/**
 * The calendar of a function's options: the options checked, the calendar
 * known (a set lookup), and {@link kazakhstanCalendar} when none is given.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT`.
 * @internal
 */
export function calendarOption(
  options: CalendarOptions | undefined,
  fn: string,
  known: readonly string[] = CALENDAR_ONLY,
): WorkCalendar {
  if (options === undefined) return kazakhstanCalendar;
  const { calendar } = checkOptions(options, known, fn);
  if (calendar === undefined) return kazakhstanCalendar;
  checkCalendar(calendar, fn);
  return calendar;
}
