// One convention for every function of the calendar: the subject first, the
// calendar in an options object last, and every options object refuses what
// it does not know — a misspelt key would otherwise be ignored and a legal
// date come out wrong.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CALENDAR_YEAR_RANGE,
  calendarDays,
  calendarYearStatus,
  createWorkCalendar,
  extensionLimit,
  extensionNoticeDeadline,
  isConfirmedYear,
  isWorkingDay,
  kazakhstanCalendar,
  nextWorkingDay,
  nonWorkingDays,
  provisionalYearsBetween,
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
  sellerAnswerDeadline,
  workingDaysBetween,
  workingWeekendDays,
} from '../../src/calendar/index.js';
import { formatError } from '../../src/core/format-error.js';
import { LOCALES } from '../../src/core/labels.js';
import { thrown } from '../support/errors.js';

type Call = (options: never) => unknown;

const CALLS: readonly [string, Call, readonly string[]][] = [
  ['isWorkingDay', (o) => isWorkingDay('2024-05-04', o), ['calendar']],
  ['nextWorkingDay', (o) => nextWorkingDay('2024-05-03', o), ['calendar']],
  ['addWorkingDays', (o) => addWorkingDays('2024-05-03', 3, o), ['calendar']],
  ['workingDaysBetween', (o) => workingDaysBetween('2024-05-03', '2024-05-10', o), ['calendar']],
  ['nonWorkingDays', (o) => nonWorkingDays(2024, o), ['calendar']],
  ['calendarDays', (o) => calendarDays(2024, o), ['calendar']],
  ['workingWeekendDays', (o) => workingWeekendDays(2024, o), ['calendar']],
  ['calendarYearStatus', (o) => calendarYearStatus(2024, o), ['calendar']],
  ['isConfirmedYear', (o) => isConfirmedYear(2024, o), ['calendar']],
  [
    'provisionalYearsBetween',
    (o) => provisionalYearsBetween('2024-05-03', '2024-05-10', o),
    ['calendar'],
  ],
  [
    'registrationDate',
    (o) => registrationDate('2024-03-01T10:00:00+05:00', o),
    ['calendar', 'workdayEnd'],
  ],
  ['reviewDeadline', (o) => reviewDeadline('2024-03-01', o), ['calendar']],
  ['extensionLimit', (o) => extensionLimit('2024-03-01', o), ['calendar', 'from']],
  ['extensionNoticeDeadline', (o) => extensionNoticeDeadline('2024-03-01', o), ['calendar']],
  ['redirectDeadline', (o) => redirectDeadline('2024-03-01', o), ['calendar']],
  ['refusalDeadline', (o) => refusalDeadline('2024-03-01', o), ['calendar']],
  ['sellerAnswerDeadline', (o) => sellerAnswerDeadline('2024-03-01', o), ['calendar']],
];

describe.each(CALLS)('%s', (fn, call, known) => {
  it('takes the calendar in its options, and answers as without them', () => {
    expect(call({ calendar: kazakhstanCalendar } as never)).toEqual(call(undefined as never));
    expect(call({} as never)).toEqual(call(undefined as never));
  });

  it('refuses an unknown key by name, naming the function and listing the known keys', () => {
    const error = thrown(() => call({ calender: kazakhstanCalendar } as never), 'INVALID_ARGUMENT');
    expect(error.details).toEqual({
      fn,
      field: 'calender',
      received: 'calender',
      expected: 'knownKey',
      allowed: known,
      problem: 'unknownKey',
    });
  });

  it('refuses options that are not an object, listing the known keys, and a calendar that is not one', () => {
    // Each value as the error keeps it: an array by its length, an object by its type.
    for (const [options, kept] of [
      [null, null],
      ['calendar', 'calendar'],
      [[], { type: 'array', length: 0 }],
      [5, 5],
    ] as const) {
      const error = thrown(() => call(options as never), 'INVALID_ARGUMENT');
      expect(error.details).toEqual({
        fn,
        field: 'options',
        received: kept,
        expected: 'options',
        allowed: known,
        problem: 'notAnObject',
      });
    }
    for (const [calendar, kept] of [
      [null, null],
      ['kz', 'kz'],
      [5, 5],
      [{ holidays: [] }, { type: 'object' }],
    ] as const) {
      const error = thrown(() => call({ calendar } as never), 'INVALID_ARGUMENT');
      expect(error.details).toEqual({
        fn,
        field: 'calendar',
        received: kept,
        expected: 'calendar',
        problem: 'notACalendar',
      });
    }
  });
});

describe('the misspelt keys that gave wrong legal dates', () => {
  it('registrationDate({ workDayEnd }) is refused; the real key gives the next working day', () => {
    const error = thrown(
      () => registrationDate('2024-03-01T17:45:00+05:00', { workDayEnd: '17:00' } as never),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'registrationDate',
      field: 'workDayEnd',
      received: 'workDayEnd',
      expected: 'knownKey',
      allowed: ['calendar', 'workdayEnd'],
      problem: 'unknownKey',
    });
    expect(registrationDate('2024-03-01T17:45:00+05:00', { workdayEnd: '17:00' })).toBe(
      '2024-03-04',
    );
  });

  it('extensionLimit({ form }) is refused; the real key counts from the review deadline', () => {
    const error = thrown(
      () => extensionLimit('2024-05-03', { form: 'reviewDeadline' } as never),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'extensionLimit',
      field: 'form',
      received: 'form',
      expected: 'knownKey',
      allowed: ['calendar', 'from'],
      problem: 'unknownKey',
    });
    // 15 working days after 3 May 2024 end on 28 May; two months later, 28 July, is a Sunday.
    expect(extensionLimit('2024-05-03', { from: 'reviewDeadline' })).toBe('2024-07-29');
  });

  it('createWorkCalendar({ estimate }) is refused, not read as the default', () => {
    const error = thrown(
      () => createWorkCalendar({ estimate: false } as never),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'estimate',
      received: 'estimate',
      expected: 'knownKey',
      allowed: ['base', 'holidays', 'kurbanAit', 'transferActs', 'confirmedYears', 'estimates'],
      problem: 'unknownKey',
    });
  });
});

describe('bounded input, bounded errors', () => {
  it('a key of a million characters gives short messages and a short field', () => {
    const key = 'k'.repeat(1_000_000);
    for (const call of [
      () => createWorkCalendar({ [key]: 1 } as never),
      () => isWorkingDay('2024-05-04', { [key]: 1 } as never),
      () => createWorkCalendar({ holidays: [{ [key]: 1 }] } as never),
    ]) {
      const error = thrown(call, 'INVALID_ARGUMENT');
      expect(error.details.problem).toBe('unknownKey');
      // The field keeps the start of the path, cut to 200 characters and marked with «…».
      expect(error.details.field).toMatch(/^(holidays\[0\]\.)?k+…$/);
      expect(error.details.field.length).toBeLessThanOrEqual(201);
      for (const locale of LOCALES) expect(formatError(error, locale).length).toBeLessThan(400);
      expect(JSON.stringify(error.details).length).toBeLessThan(600);
    }
  });

  it('an array too long for a calendar is refused by its length, before it is read', () => {
    for (const field of ['holidays', 'kurbanAit', 'transferActs', 'confirmedYears'] as const) {
      const error = thrown(
        () => createWorkCalendar({ [field]: new Array(2 ** 32 - 1) }),
        'INVALID_ARGUMENT',
      );
      expect(error.details).toEqual({
        fn: 'createWorkCalendar',
        field,
        received: { type: 'array', length: 4_294_967_295 },
        expected: 'atMost',
        max: 1000,
        problem: 'tooMany',
      });
    }
    const base = { ...kazakhstanCalendar, holidays: new Array(2 ** 32 - 1) };
    expect(thrown(() => createWorkCalendar({ base }), 'INVALID_ARGUMENT').details).toEqual({
      fn: 'createWorkCalendar',
      field: 'base.holidays',
      received: { type: 'array', length: 4_294_967_295 },
      expected: 'atMost',
      max: 1000,
      problem: 'tooMany',
    });
  });

  it('a hole in a list is named, not skipped', () => {
    const error = thrown(
      () => createWorkCalendar({ transferActs: new Array(2) }),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferActs[0]',
      received: undefined,
      expected: 'transferAct',
      problem: 'notATransferAct',
    });
    expect(error.details).toHaveProperty('received', undefined);
  });

  it('a calendar built by hand is refused, and checked entry by entry when passed as a base', () => {
    const byHand = { ...kazakhstanCalendar };
    const refused = thrown(
      () => isWorkingDay('2024-05-04', { calendar: byHand }),
      'INVALID_ARGUMENT',
    );
    expect(refused.details).toEqual({
      fn: 'isWorkingDay',
      field: 'calendar',
      received: { type: 'object' },
      expected: 'calendar',
      problem: 'notACalendar',
    });
    // Every language says how to use such a calendar.
    for (const locale of LOCALES) {
      expect(formatError(refused, locale)).toContain('createWorkCalendar({ base })');
    }
    expect(isWorkingDay('2024-05-04', { calendar: createWorkCalendar({ base: byHand }) })).toBe(
      true,
    );
    const broken = {
      ...kazakhstanCalendar,
      holidays: [...kazakhstanCalendar.holidays, { key: 'x', month: 13, day: 1 }],
    };
    expect(thrown(() => createWorkCalendar({ base: broken as never })).details).toEqual({
      fn: 'createWorkCalendar',
      field: `base.holidays[${kazakhstanCalendar.holidays.length}].month`,
      received: 13,
      expected: 'integerInRange',
      min: 1,
      max: 12,
      problem: 'monthOutOfRange',
    });
    const twice = {
      ...kazakhstanCalendar,
      kurbanAit: [{ date: '2027-05-16' }, { date: '2027-05-17' }],
    };
    expect(thrown(() => createWorkCalendar({ base: twice as never })).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'base.kurbanAit[1].date',
      received: '2027-05-17',
      expected: 'oneKurbanAitPerYear',
      year: 2027,
      problem: 'duplicateYear',
    });
    const noEstimates = { ...kazakhstanCalendar, estimates: 'yes' };
    expect(thrown(() => createWorkCalendar({ base: noEstimates as never })).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'base.estimates',
      received: 'yes',
      expected: 'boolean',
      problem: 'notABoolean',
    });
  });
});

describe('years outside the supported range', () => {
  it('raise CALENDAR_DATA_MISSING naming the year and the range, as data', () => {
    expect(CALENDAR_YEAR_RANGE).toEqual({ min: 2020, max: 2038 });
    for (const [year, call] of [
      [2040, () => isWorkingDay('2040-01-02')],
      [2019, () => isWorkingDay('2019-12-31')],
      [2039, () => nonWorkingDays(2039)],
      [2039, () => calendarYearStatus(2039)],
      [2019, () => isConfirmedYear(2019)],
      [2039, () => addWorkingDays('2038-12-30', 5)],
      [2039, () => addWorkingDays('2024-05-03', Number.MAX_SAFE_INTEGER)],
      [2019, () => workingDaysBetween('2019-12-30', '2020-01-05')],
    ] as const) {
      expect(thrown(call, 'CALENDAR_DATA_MISSING').details).toEqual({
        problem: 'yearOutOfRange',
        year,
        missing: [],
        min: 2020,
        max: 2038,
      });
    }
    expect(addWorkingDays('2038-12-30', 1)).toBe('2038-12-31');
  });

  it('data for a year outside it is refused when the calendar is made', () => {
    const error = thrown(() => createWorkCalendar({ kurbanAit: [{ date: '2039-01-05' }] }));
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'kurbanAit[0].date',
      received: '2039-01-05',
      expected: 'dateInRange',
      min: '2020-01-01',
      max: '2038-12-31',
      problem: 'yearOutOfRange',
    });
    expect(thrown(() => createWorkCalendar({ confirmedYears: [2040] })).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'confirmedYears[0]',
      received: 2040,
      expected: 'integerInRange',
      min: 2020,
      max: 2038,
      problem: 'yearOutOfRange',
    });
  });
});
