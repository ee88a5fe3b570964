import { TutynushyError } from '../core/index.js';
import { describeValue } from '../core/describe.js';
import type { WorkCalendar } from './work-calendar.js';

const TABLES = [
  'holidays',
  'religiousDaysOff',
  'kurbanAit',
  'transferActs',
  'confirmedYears',
] as const;

/**
 * Checks that a value passed as a calendar has every table: a calendar put
 * together by hand, or a wrong argument, gets a typed error rather than a
 * `TypeError` deep inside. Run when a year is first built, not per question.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT`.
 * @internal
 */
export function checkCalendar(calendar: unknown): asserts calendar is WorkCalendar {
  const c = calendar as Partial<Record<(typeof TABLES)[number], unknown>> | null;
  if (typeof c !== 'object' || c === null || TABLES.some((table) => !Array.isArray(c[table]))) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid calendar ${describeValue(calendar)}: expected a WorkCalendar (kazakhstanCalendar or one made by createWorkCalendar)`,
      { expected: TABLES },
    );
  }
}
