// Every error the calendar throws, made here and nowhere else, so that the
// facts of each are data (`details`) under the same keys everywhere:
// `field` (the option or field path), `received` (the bad value, cut),
// `expected` (what was allowed, as a token the message catalogues word in
// Kazakh, Russian and English, with its `min`, `max`, `allowed` or `taken`).
import type { Expectation } from '../core/error-details.js';
import { TutynushyError } from '../core/errors.js';
import type { LocalDate } from '../core/local-date.js';
import { received as bounded } from '../core/received.js';

// What each problem of the calendar's input expected, as the catalogues' token.
const EXPECTATION: Readonly<Record<string, Expectation>> = {
  notAnArray: 'array',
  notADate: 'date',
  yearOutOfRange: 'integerInRange',
  notAYear: 'integerInRange',
  notAText: 'string',
  notASource: 'legalSource',
  notLabels: 'labels',
  notAHolidayRule: 'holidayRule',
  emptyKey: 'nonEmptyString',
  monthOutOfRange: 'integerInRange',
  dayOutOfRange: 'integerInRange',
  toBeforeFrom: 'notBefore',
  notAKurbanAitEntry: 'kurbanAitEntry',
  notABoolean: 'boolean',
  notATransferAct: 'transferAct',
  notWeekend: 'weekendDay',
  notWeekday: 'weekday',
  duplicateYear: 'oneKurbanAitPerYear',
  notACalendar: 'calendar',
  notACount: 'nonNegativeInteger',
  notATime: 'timeOfDay',
  notOneOf: 'oneOf',
  transferClash: 'freeDay',
};

function invalidArgument(
  fn: string | undefined,
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
): TutynushyError<'INVALID_ARGUMENT'> {
  const range =
    typeof expected === 'object' && expected !== null && 'min' in expected
      ? (expected as { min: number; max: number })
      : undefined;
  const allowed = Array.isArray(expected) ? (expected as (string | number)[]) : undefined;
  return new TutynushyError('INVALID_ARGUMENT', {
    ...(fn === undefined ? {} : { fn }),
    field: bounded(field) as string,
    received: bounded(received),
    expected: EXPECTATION[problem] ?? 'object',
    problem,
    ...(range === undefined ? {} : { min: range.min, max: range.max }),
    ...(allowed === undefined ? {} : { allowed }),
  });
}

/** Options that are not an object (`null`, a string, an array). */
export function optionsNotAnObject(
  fn: string,
  received: unknown,
  _known: readonly string[],
): TutynushyError {
  return new TutynushyError('INVALID_ARGUMENT', {
    fn,
    field: 'options',
    received: bounded(received),
    expected: 'options',
    problem: 'notAnObject',
  });
}

/** An option key the function does not know (a misspelt `workDayEnd`, `calender`). */
export function unknownKey(
  fn: string,
  parent: string,
  key: string,
  known: readonly string[],
): TutynushyError {
  // A 1 MB key must not make a 1 MB error: the path is cut.
  return new TutynushyError('INVALID_ARGUMENT', {
    fn,
    field: bounded(parent === '' ? key : `${parent}.${key}`) as string,
    received: bounded(key),
    expected: 'knownKey',
    allowed: known,
    problem: 'unknownKey',
  });
}

/** An option or a field with a value of the wrong kind. */
export function invalidValue(
  fn: string,
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
  _expectedText?: string,
): TutynushyError {
  return invalidArgument(fn, field, received, expected, problem);
}

/** Something passed as a calendar that is not one. */
export function notACalendar(fn: string, field: string, received: unknown): TutynushyError {
  return invalidArgument(fn, field, received, 'WorkCalendar', 'notACalendar');
}

/** Bad data given to `createWorkCalendar` or found in a calendar. */
export function invalidCalendarData(
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
  _expectedText?: string,
): TutynushyError {
  return invalidArgument('createWorkCalendar', field, received, expected, problem);
}

/** A list longer than a calendar ever needs: refused before it is read. */
export function tooManyEntries(field: string, length: number, max: number): TutynushyError {
  return new TutynushyError('INVALID_ARGUMENT', {
    fn: 'createWorkCalendar',
    field,
    received: { type: 'array', length },
    expected: 'atMost',
    max,
    problem: 'tooMany',
  });
}

/** A transfer act whose day off or working day is already a holiday or a religious day off. */
export function transferDayTaken(
  act: {
    readonly workingDay: LocalDate;
    readonly dayOff: LocalDate;
    readonly source: { readonly act: string };
  },
  taken: LocalDate,
  takenBy: string,
): TutynushyError {
  return new TutynushyError('INVALID_ARGUMENT', {
    fn: 'createWorkCalendar',
    field: 'transferActs',
    received: `${act.workingDay} → ${act.dayOff}`,
    expected: 'freeDay',
    taken: { date: taken, name: bounded(takenBy) as string },
    problem: 'dayTaken',
  });
}

/** The shape of `CalendarYearRange`, kept here so that this file imports nothing of the calendar. */
export interface YearRange {
  readonly min: number;
  readonly max: number;
}

/** A year outside the supported range: no data, estimate or rule answers it. */
export function yearOutOfRange(year: number, range: YearRange): TutynushyError {
  return new TutynushyError('CALENDAR_DATA_MISSING', {
    problem: 'yearOutOfRange',
    year,
    missing: [],
    min: range.min,
    max: range.max,
  });
}

/** A year a strict calendar (`estimates: false`) refuses: its data is not all confirmed. */
export function yearNotConfirmed(
  year: number,
  missing: readonly ('kurbanAit' | 'transferActs')[],
  kurbanAitEstimate: LocalDate | undefined,
): TutynushyError {
  return new TutynushyError('CALENDAR_DATA_MISSING', {
    problem: 'notConfirmed',
    year,
    missing,
    ...(kurbanAitEstimate === undefined ? {} : { kurbanAitEstimate }),
  });
}

/** No announced Kurban Ait date, and a runtime whose `Intl` cannot estimate one. */
export function kurbanAitUnknown(year: number, runtimeCalendar: string): TutynushyError {
  return new TutynushyError('CALENDAR_DATA_MISSING', {
    problem: 'intlCalendarUnsupported',
    year,
    missing: ['kurbanAit'],
    runtimeCalendar: bounded(runtimeCalendar) as string,
  });
}
