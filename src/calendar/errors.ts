// Every error the calendar throws, made here and nowhere else, so that the
// facts of each are data (`details`) under the same keys everywhere:
// `field` (the option or field path), `received` (the bad value, cut),
// `expected` (what was allowed, as a token the message catalogues word in
// Kazakh, Russian and English, with its `min`, `max`, `allowed`, `year` or
// `taken` beside it) and `problem` (which case it is).
import type { TakenDay, TransferActShown } from '../core/error-details.js';
import { calendarDataMissingError, invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import type { Labels } from '../core/labels.js';
import type { LocalDate } from '../core/local-date.js';
import {
  type CalendarExpectation,
  calendarExpectations,
} from '../core/messages/en/expectations/calendar.js';
import type { CommonExpectation } from '../core/messages/en/expectations/common.js';
import { received as bounded } from '../core/received.js';

/** The tokens the calendar's errors name: the common ones and its own. */
export type CalendarToken = CommonExpectation | CalendarExpectation;

/** What a value should have been: the catalogues' token, and what it is worded with. */
export interface Expected {
  readonly expected: CalendarToken;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly allowed?: readonly (string | number)[];
  readonly year?: number;
}

function invalidArgument(
  fn: string,
  field: string,
  received: unknown,
  expected: CalendarToken | Expected,
  problem: string,
): TutynushyError<'INVALID_ARGUMENT'> {
  const { expected: token, ...params } =
    typeof expected === 'string' ? { expected } : (expected as Expected);
  return invalidArgumentError(
    {
      fn,
      // `field` is built from known keys and indices (an unknown key is cut first).
      field,
      received: bounded(received),
      expected: token,
      problem,
      ...params,
    },
    calendarExpectations,
  );
}

/** Options that are not an object (`null`, a string, an array). */
export function optionsNotAnObject(
  fn: string,
  received: unknown,
  known: readonly string[],
): TutynushyError {
  return invalidArgument(
    fn,
    'options',
    received,
    { expected: 'options', allowed: known },
    'notAnObject',
  );
}

/** An option key the function does not know (a misspelt `workDayEnd`, `calender`). */
export function unknownKey(
  fn: string,
  parent: string,
  key: string,
  known: readonly string[],
): TutynushyError {
  // A 1 MB key must not make a 1 MB error: the path is cut, and so is the key.
  const field = bounded(parent === '' ? key : `${parent}.${key}`) as string;
  return invalidArgument(fn, field, key, { expected: 'knownKey', allowed: known }, 'unknownKey');
}

/** An option or an argument with a value of the wrong kind. */
export function invalidValue(
  fn: string,
  field: string,
  received: unknown,
  expected: CalendarToken | Expected,
  problem: string,
): TutynushyError {
  return invalidArgument(fn, field, received, expected, problem);
}

/** Something passed as a calendar that is not one. */
export function notACalendar(fn: string, field: string, received: unknown): TutynushyError {
  return invalidArgument(fn, field, received, 'calendar', 'notACalendar');
}

/** Bad data given to `createWorkCalendar` or found in a calendar. */
export function invalidCalendarData(
  field: string,
  received: unknown,
  expected: CalendarToken | Expected,
  problem: string,
): TutynushyError {
  return invalidArgument('createWorkCalendar', field, received, expected, problem);
}

/** A list longer than a calendar ever needs: refused before it is read. */
export function tooManyEntries(field: string, length: number, max: number): TutynushyError {
  return invalidArgumentError(
    {
      fn: 'createWorkCalendar',
      field,
      received: { type: 'array', length },
      expected: 'atMost',
      max,
      problem: 'tooMany',
    },
    calendarExpectations,
  );
}

/** The parts of a transfer act an error names. */
interface TransferActFacts {
  readonly workingDay: LocalDate;
  readonly dayOff: LocalDate;
  readonly source: { readonly act: string };
}

// The act as the error keeps it: its two days and its act, cut (a user's act may be long).
function shown(act: TransferActFacts): TransferActShown {
  return {
    workingDay: act.workingDay,
    dayOff: act.dayOff,
    act: bounded(act.source.act) as string,
  };
}

function transferError(
  field: string,
  act: TransferActFacts,
  taken: TakenDay,
  problem: 'dayTaken' | 'transferClash',
): TutynushyError {
  return invalidArgumentError(
    {
      fn: 'createWorkCalendar',
      field,
      received: `${act.workingDay} → ${act.dayOff}`,
      expected: 'freeDay',
      problem,
      transferAct: shown(act),
      taken,
    },
    calendarExpectations,
  );
}

/**
 * A transfer act whose day off or working day is already a holiday or a
 * religious day off: `takenBy` names that day in each language.
 */
export function transferDayTaken(
  act: TransferActFacts,
  taken: LocalDate,
  takenBy: Labels,
): TutynushyError {
  const name = {
    kk: bounded(takenBy.kk) as string,
    ru: bounded(takenBy.ru) as string,
    en: bounded(takenBy.en) as string,
  };
  return transferError('transferActs', act, { date: taken, name }, 'dayTaken');
}

/** A transfer act (at `field`) that uses a day another act already uses. */
export function transferClash(
  field: string,
  act: TransferActFacts,
  other: TransferActFacts,
  shared: LocalDate,
): TutynushyError {
  return transferError(field, act, { date: shared, transferAct: shown(other) }, 'transferClash');
}

/** The shape of `CalendarYearRange`, kept here so that this file imports nothing of the calendar. */
export interface YearRange {
  readonly min: number;
  readonly max: number;
}

/** A year outside the supported range: no data, estimate or rule answers it. */
export function yearOutOfRange(year: number, range: YearRange): TutynushyError {
  return calendarDataMissingError({
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
  return calendarDataMissingError({
    problem: 'notConfirmed',
    year,
    missing,
    ...(kurbanAitEstimate === undefined ? {} : { kurbanAitEstimate }),
  });
}

/** No announced Kurban Ait date, and a runtime whose `Intl` cannot estimate one. */
export function kurbanAitUnknown(year: number, runtimeCalendar: string): TutynushyError {
  return calendarDataMissingError({
    problem: 'intlCalendarUnsupported',
    year,
    missing: ['kurbanAit'],
    runtimeCalendar: bounded(runtimeCalendar) as string,
  });
}
