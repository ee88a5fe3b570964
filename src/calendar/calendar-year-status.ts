import { type CalendarOptions, calendarOption } from './options.js';
import { checkYear } from './year-range.js';
import type { CalendarYearStatus } from './year-status.js';
import { yearFacts } from './year-tables.js';

/**
 * How far a calendar can answer for a year, without throwing for a gap in
 * its data: `confirmed` (Kurban Ait announced, the transfer acts all known),
 * `provisional` (answered, but an estimate or an unpublished act may still
 * change a day) or `missing` (a strict calendar, `{ estimates: false }`,
 * refuses the year), with what is not confirmed.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a year that is not an
 * integer 1000–9999 or bad options; `CALENDAR_DATA_MISSING` for a year outside
 * `CALENDAR_YEAR_RANGE`.
 * @example
 * ```ts
 * calendarYearStatus(2026); // { year: 2026, status: 'confirmed', missing: [] }
 * calendarYearStatus(2027); // { year: 2027, status: 'provisional', missing: ['kurbanAit', 'transferActs'] }
 * calendarYearStatus(2027, { calendar: createWorkCalendar({ estimates: false }) }).status; // 'missing'
 * calendarYearStatus(2040); // throws CALENDAR_DATA_MISSING — outside 2020–2038
 * ```
 */
export function calendarYearStatus(year: number, options?: CalendarOptions): CalendarYearStatus {
  const calendar = calendarOption(options, 'calendarYearStatus');
  checkYear(year, 'calendarYearStatus');
  return yearFacts(calendar, year).status;
}

/**
 * Tells whether a calendar's answers for a year are final: its Kurban Ait
 * date is announced and its transfer acts are all known. Results that count
 * through a year that is not confirmed are provisional.
 *
 * @throws {@link TutynushyError} as {@link calendarYearStatus} does.
 * @example
 * ```ts
 * isConfirmedYear(2026); // true
 * isConfirmedYear(2027); // false — Kurban Ait estimated, transfer acts not yet published
 * isConfirmedYear(2021); // false — the transfer acts of 2021 are not in the library
 * ```
 */
export function isConfirmedYear(year: number, options?: CalendarOptions): boolean {
  const calendar = calendarOption(options, 'isConfirmedYear');
  checkYear(year, 'isConfirmedYear');
  return yearFacts(calendar, year).status.status === 'confirmed';
}
