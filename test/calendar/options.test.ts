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

  it('refuses an unknown key by name, listing the known ones', () => {
    const error = thrown(() => call({ calender: kazakhstanCalendar } as never));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details).toEqual({
      field: 'calender',
      received: 'calender',
      expected: known,
      problem: 'unknownKey',
    });
    expect(error.message).toBe(
      `Unknown key "calender" in the options of ${fn}: expected one of ${known.join(', ')}`,
    );
  });

  it('refuses options that are not an object, and a calendar that is not one', () => {
    for (const options of [null, 'calendar', [], 5]) {
      const error = thrown(() => call(options as never));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.details).toMatchObject({ field: 'options', problem: 'notAnObject' });
      expect(error.message).toContain(`for ${fn}: expected an object such as {`);
    }
    for (const calendar of [null, 'kz', 5]) {
      const error = thrown(() => call({ calendar } as never));
      expect(error.details).toMatchObject({ field: 'calendar', problem: 'notACalendar' });
    }
    const shapeless = thrown(() => call({ calendar: { holidays: [] } } as never));
    expect(shapeless.code).toBe('INVALID_ARGUMENT');
  });
});

describe('the misspelt keys that gave wrong legal dates', () => {
  it('registrationDate({ workDayEnd }) is refused; the real key gives the next working day', () => {
    const error = thrown(() =>
      registrationDate('2024-03-01T17:45:00+05:00', { workDayEnd: '17:00' } as never),
    );
    expect(error.details).toMatchObject({ field: 'workDayEnd', problem: 'unknownKey' });
    expect(registrationDate('2024-03-01T17:45:00+05:00', { workdayEnd: '17:00' })).toBe(
      '2024-03-04',
    );
  });

  it('extensionLimit({ form }) is refused; the real key counts from the review deadline', () => {
    const error = thrown(() => extensionLimit('2024-05-03', { form: 'reviewDeadline' } as never));
    expect(error.details).toMatchObject({ field: 'form', problem: 'unknownKey' });
    expect(error.message).toContain('expected one of calendar, from');
    // 15 working days after 3 May 2024 end on 28 May; two months later, 28 July, is a Sunday.
    expect(extensionLimit('2024-05-03', { from: 'reviewDeadline' })).toBe('2024-07-29');
  });

  it('createWorkCalendar({ estimate }) is refused, not read as the default', () => {
    const error = thrown(() => createWorkCalendar({ estimate: false } as never));
    expect(error.details).toMatchObject({ field: 'estimate', problem: 'unknownKey' });
  });
});

describe('bounded input, bounded errors', () => {
  it('a key of a million characters gives a short message and a short field', () => {
    const key = 'k'.repeat(1_000_000);
    for (const call of [
      () => createWorkCalendar({ [key]: 1 } as never),
      () => isWorkingDay('2024-05-04', { [key]: 1 } as never),
      () => createWorkCalendar({ holidays: [{ [key]: 1 }] } as never),
    ]) {
      const error = thrown(call);
      expect(error.details['problem']).toBe('unknownKey');
      expect(error.message.length).toBeLessThan(400);
      expect(JSON.stringify(error.details).length).toBeLessThan(600);
    }
  });

  it('an array too long for a calendar is refused by its length, before it is read', () => {
    for (const field of ['holidays', 'kurbanAit', 'transferActs', 'confirmedYears'] as const) {
      const error = thrown(() => createWorkCalendar({ [field]: new Array(2 ** 32 - 1) }));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.details).toEqual({
        field,
        received: 2 ** 32 - 1,
        expected: { max: 1000 },
        problem: 'tooMany',
      });
      expect(error.message).toBe(
        `Invalid calendar data at ${field}: an array of 4294967295 — expected at most 1000 entries`,
      );
    }
    const base = { ...kazakhstanCalendar, holidays: new Array(2 ** 32 - 1) };
    expect(thrown(() => createWorkCalendar({ base })).details).toMatchObject({
      field: 'base.holidays',
      problem: 'tooMany',
    });
  });

  it('a hole in a list is named, not skipped', () => {
    const error = thrown(() => createWorkCalendar({ transferActs: new Array(2) }));
    expect(error.details).toMatchObject({ field: 'transferActs[0]', problem: 'notATransferAct' });
  });

  it('a calendar built by hand is refused, and checked entry by entry when passed as a base', () => {
    const byHand = { ...kazakhstanCalendar };
    const refused = thrown(() => isWorkingDay('2024-05-04', { calendar: byHand }));
    expect(refused.details).toMatchObject({ field: 'calendar', problem: 'notACalendar' });
    expect(refused.message).toContain('createWorkCalendar({ base })');
    expect(isWorkingDay('2024-05-04', { calendar: createWorkCalendar({ base: byHand }) })).toBe(
      true,
    );
    const broken = {
      ...kazakhstanCalendar,
      holidays: [...kazakhstanCalendar.holidays, { key: 'x', month: 13, day: 1 }],
    };
    expect(thrown(() => createWorkCalendar({ base: broken as never })).details).toMatchObject({
      field: `base.holidays[${kazakhstanCalendar.holidays.length}].month`,
      received: 13,
      expected: { min: 1, max: 12 },
      problem: 'monthOutOfRange',
    });
    const twice = {
      ...kazakhstanCalendar,
      kurbanAit: [{ date: '2027-05-16' }, { date: '2027-05-17' }],
    };
    expect(thrown(() => createWorkCalendar({ base: twice as never })).details).toMatchObject({
      field: 'base.kurbanAit[1].date',
      problem: 'duplicateYear',
    });
    const noEstimates = { ...kazakhstanCalendar, estimates: 'yes' };
    expect(thrown(() => createWorkCalendar({ base: noEstimates as never })).details).toMatchObject({
      field: 'base.estimates',
      problem: 'notABoolean',
    });
  });
});

describe('years outside the supported range', () => {
  it('raise CALENDAR_DATA_MISSING naming the range, as data', () => {
    for (const call of [
      () => isWorkingDay('2040-01-02'),
      () => isWorkingDay('2019-12-31'),
      () => nonWorkingDays(2039),
      () => calendarYearStatus(2039),
      () => isConfirmedYear(2019),
      () => addWorkingDays('2038-12-30', 5),
      () => addWorkingDays('2024-05-03', Number.MAX_SAFE_INTEGER),
      () => workingDaysBetween('2019-12-30', '2020-01-05'),
    ]) {
      const error = thrown(call);
      expect(error.code).toBe('CALENDAR_DATA_MISSING');
      expect(error.details).toMatchObject({
        field: 'year',
        expected: { min: CALENDAR_YEAR_RANGE.min, max: CALENDAR_YEAR_RANGE.max },
        problem: 'yearOutOfRange',
      });
    }
    expect(thrown(() => isWorkingDay('2040-01-02')).message).toBe(
      'No working-day calendar for 2040: expected a year from 2020 to 2038',
    );
    expect(addWorkingDays('2038-12-30', 1)).toBe('2038-12-31');
  });

  it('data for a year outside it is refused when the calendar is made', () => {
    const error = thrown(() => createWorkCalendar({ kurbanAit: [{ date: '2039-01-05' }] }));
    expect(error.details).toMatchObject({
      field: 'kurbanAit[0].date',
      expected: { min: 2020, max: 2038 },
      problem: 'yearOutOfRange',
    });
    expect(thrown(() => createWorkCalendar({ confirmedYears: [2040] })).details).toMatchObject({
      field: 'confirmedYears[0]',
      problem: 'yearOutOfRange',
    });
  });
});
