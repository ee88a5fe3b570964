// Every error the calendar throws, made here and nowhere else, so that the
// facts of each are data (`details`) under the same keys everywhere:
// `field` (the option or field path), `received` (the bad value, cut),
// `expected` (what was allowed, as data) and `problem` (which case it is).
// The message is the English sentence for people.
import { describeValue, keepValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';
import type { LocalDate } from '../core/local-date.js';

function invalidArgument(
  message: string,
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
  facts?: Readonly<Record<string, unknown>>,
): TutynushyError {
  // `field` is built from known keys and indices (an unknown key is cut first).
  return new TutynushyError('INVALID_ARGUMENT', message, {
    field,
    received: keepValue(received),
    expected,
    problem,
    ...facts,
  });
}

/** Options that are not an object (`null`, a string, an array). */
export function optionsNotAnObject(
  fn: string,
  received: unknown,
  known: readonly string[],
): TutynushyError {
  return invalidArgument(
    `Invalid options ${describeValue(received)} for ${fn}: expected an object such as { ${known.join(', ')} }, or no options`,
    'options',
    received,
    known,
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
  // A 1 MB key must not make a 1 MB error: the message shows it cut, and so does the path.
  const field = keepValue(parent === '' ? key : `${parent}.${key}`) as string;
  return invalidArgument(
    `Unknown key ${describeValue(key)} in ${parent === '' ? 'the options' : parent} of ${fn}: expected one of ${known.join(', ')}`,
    field,
    key,
    known,
    'unknownKey',
  );
}

/** An option or a field with a value of the wrong kind; `expectedText` says in words what `expected` says as data. */
export function invalidValue(
  fn: string,
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
  expectedText: string,
): TutynushyError {
  return invalidArgument(
    `Invalid ${field} ${describeValue(received)} for ${fn}: expected ${expectedText}`,
    field,
    received,
    expected,
    problem,
  );
}

/** Something passed as a calendar that is not one. */
export function notACalendar(fn: string, field: string, received: unknown): TutynushyError {
  return invalidArgument(
    `Invalid calendar ${describeValue(received)} for ${fn}: expected kazakhstanCalendar or a calendar made by createWorkCalendar (pass one built by hand through createWorkCalendar({ base }))`,
    field,
    received,
    'WorkCalendar',
    'notACalendar',
  );
}

/** Bad data given to `createWorkCalendar` or found in a calendar. */
export function invalidCalendarData(
  field: string,
  received: unknown,
  expected: unknown,
  problem: string,
  expectedText: string,
): TutynushyError {
  return invalidArgument(
    `Invalid calendar data at ${field}: ${describeValue(received)} — expected ${expectedText}`,
    field,
    received,
    expected,
    problem,
  );
}

/** A list longer than a calendar ever needs: refused before it is read. */
export function tooManyEntries(field: string, length: number, max: number): TutynushyError {
  return invalidArgument(
    `Invalid calendar data at ${field}: an array of ${length} — expected at most ${max} entries`,
    field,
    length,
    { max },
    'tooMany',
  );
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
  return invalidArgument(
    `Invalid calendar data: the transfer act ${act.workingDay} → ${act.dayOff} (${String(keepValue(act.source.act))}) ` +
      `uses ${taken}, which is already taken (${takenBy}): expected an ordinary Monday–Friday ` +
      'as the day off and an ordinary Saturday or Sunday as the working day',
    'transferActs',
    `${act.workingDay} → ${act.dayOff}`,
    { dayOff: 'an ordinary Monday–Friday', workingDay: 'an ordinary Saturday or Sunday' },
    'dayTaken',
    { taken },
  );
}

/** The shape of `CalendarYearRange`, kept here so that this file imports nothing of the calendar. */
export interface YearRange {
  readonly min: number;
  readonly max: number;
}

/** A year outside the supported range: no data, estimate or rule answers it. */
export function yearOutOfRange(year: number, range: YearRange): TutynushyError {
  return new TutynushyError(
    'CALENDAR_DATA_MISSING',
    `No working-day calendar for ${year}: expected a year from ${range.min} to ${range.max}`,
    {
      field: 'year',
      received: year,
      expected: range,
      problem: 'yearOutOfRange',
      year,
    },
  );
}

/** A year a strict calendar (`estimates: false`) refuses: its data is not all confirmed. */
export function yearNotConfirmed(
  year: number,
  missing: readonly string[],
  kurbanAitEstimate: LocalDate | undefined,
): TutynushyError {
  const reasons: string[] = [];
  if (missing.includes('kurbanAit')) {
    reasons.push(
      `Kurban Ait is not announced${kurbanAitEstimate === undefined ? '' : ` (estimated ${kurbanAitEstimate})`}`,
    );
  }
  if (missing.includes('transferActs')) reasons.push('its transfer acts are not known');
  return new TutynushyError(
    'CALENDAR_DATA_MISSING',
    `No confirmed working-day calendar for ${year}: ${reasons.join(' and ')}. ` +
      'Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), ' +
      'or accept provisional answers with createWorkCalendar({ estimates: true })',
    {
      field: 'year',
      received: year,
      expected: 'confirmed',
      problem: 'notConfirmed',
      year,
      missing,
      ...(kurbanAitEstimate === undefined ? {} : { kurbanAitEstimate }),
    },
  );
}

/** No announced Kurban Ait date, and a runtime whose `Intl` cannot estimate one. */
export function kurbanAitUnknown(year: number, runtimeCalendar: string): TutynushyError {
  return new TutynushyError(
    'CALENDAR_DATA_MISSING',
    `No working-day calendar for ${year}: Kurban Ait is not announced and this runtime's Intl has no ` +
      `islamic-umalqura calendar to estimate it (got ${describeValue(runtimeCalendar)}): ` +
      'supply it with createWorkCalendar({ kurbanAit })',
    {
      field: 'kurbanAit',
      received: keepValue(runtimeCalendar),
      expected: 'islamic-umalqura',
      problem: 'intlCalendarUnsupported',
      year,
    },
  );
}
