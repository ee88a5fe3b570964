import { describe, expect, it } from 'vitest';
import {
  CLOCKS,
  createWorkCalendar,
  extensionLimit,
  extensionNoticeDeadline,
  formatLegalSource,
  provisionalYearsBetween,
  redirectDeadline,
  refusalDeadline,
  registrationDate,
  reviewDeadline,
  sellerAnswerDeadline,
} from '../../src/calendar/index.js';
import { kazakhstanClock } from '../../src/core/instant.js';
import { thrown } from '../support/errors.js';

describe('registrationDate across the UTC+6 → UTC+5 switch of 2024-03-01', () => {
  it('Thursday 2024-02-29 at 18:45 (UTC+6) is after 18:30: registered Friday 2024-03-01', () => {
    expect(kazakhstanClock('2024-02-29T18:45:00+06:00')).toEqual({
      date: '2024-02-29',
      minutes: 18 * 60 + 45,
      offsetMinutes: 360,
    });
    expect(registrationDate('2024-02-29T18:45:00+06:00')).toBe('2024-03-01');
    // The same instant in UTC: 12:45Z is 18:45 in Almaty before the switch.
    expect(registrationDate('2024-02-29T12:45:00Z')).toBe('2024-03-01');
    expect(registrationDate(new Date('2024-02-29T12:45:00Z'))).toBe('2024-03-01');
  });

  it('Friday 2024-03-01 at 18:45 (UTC+5) is after 18:30: registered Monday 2024-03-04', () => {
    expect(kazakhstanClock('2024-03-01T13:45:00Z').offsetMinutes).toBe(300);
    expect(registrationDate('2024-03-01T18:45:00+05:00')).toBe('2024-03-04');
    expect(registrationDate('2024-03-01T13:45:00Z')).toBe('2024-03-04');
    // 12:45Z on 1 March is 17:45 in Almaty under UTC+5 (it would have been 18:45 under UTC+6).
    expect(registrationDate('2024-03-01T12:45:00Z')).toBe('2024-03-01');
  });

  it('registers on the day within working hours, the next working day otherwise', () => {
    expect(registrationDate('2024-03-01T18:00:00+05:00')).toBe('2024-03-01');
    expect(registrationDate('2024-03-01T18:29:59+05:00')).toBe('2024-03-01');
    expect(registrationDate('2024-03-01T18:30:00+05:00')).toBe('2024-03-04');
    expect(registrationDate('2024-03-01T06:00:00+05:00')).toBe('2024-03-01');
    // An instant given in another zone is read on the Almaty clock: 23:30 in Moscow is 01:30 next day.
    expect(registrationDate('2024-05-02T23:30:00+03:00')).toBe('2024-05-03');
    // A non-working day at any hour: Saturday 9 March 2024 → Monday 11 March (8 March was a holiday).
    expect(registrationDate('2024-03-09T10:00:00+05:00')).toBe('2024-03-11');
    expect(registrationDate('2024-03-07T19:00:00+05:00')).toBe('2024-03-11');
    // The working Saturday of 4 May 2024 registers on the day.
    expect(registrationDate('2024-05-04T10:00:00+05:00')).toBe('2024-05-04');
    expect(registrationDate('2024-05-03T19:00:00+05:00')).toBe('2024-05-04');
  });

  it('takes another end of the working day', () => {
    expect(registrationDate('2024-03-01T18:45:00+05:00', { workdayEnd: '19:00' })).toBe(
      '2024-03-01',
    );
    expect(registrationDate('2024-03-01T17:15:00+05:00', { workdayEnd: '17:00' })).toBe(
      '2024-03-04',
    );
  });

  it.each([['18.30'], ['24:00'], ['8:30'], [''], [1830]])('rejects workdayEnd %j', (end) => {
    const error = thrown(
      () => registrationDate('2024-03-01T10:00:00+05:00', { workdayEnd: end as string }),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'registrationDate',
      field: 'workdayEnd',
      received: end,
      expected: 'timeOfDay',
      problem: 'notATime',
    });
  });

  it.each([
    ['2024-03-01T18:45:00'],
    ['2024-03-01'],
    [''],
    ['x'.repeat(50_000)],
    [new Date(Number.NaN)],
    [null],
  ])('rejects the instant %#', (instant) => {
    expect(thrown(() => registrationDate(instant as string)).code).toBe('INVALID_INSTANT');
  });

  it('counts on the statutory calendar past the confirmed years, or refuses on a strict one', () => {
    // Saturday 2 January 2027 gives Monday 4 January off.
    expect(registrationDate('2027-01-04T10:00:00+05:00')).toBe('2027-01-05');
    const strict = createWorkCalendar({ estimates: false });
    expect(
      thrown(() => registrationDate('2027-01-04T10:00:00+05:00', { calendar: strict })).code,
    ).toBe('CALENDAR_DATA_MISSING');
  });
});

describe('the deadline clocks', () => {
  it('review: 15 working days after receipt', () => {
    expect(reviewDeadline('2024-04-30')).toBe('2024-05-24');
    expect(reviewDeadline('2024-01-10')).toBe('2024-01-31');
    expect(reviewDeadline('2026-03-13')).toBe('2026-04-08');
  });

  it('extension: two months from receipt by default, on a working day', () => {
    expect(extensionLimit('2024-01-10')).toBe('2024-03-11');
    expect(extensionLimit('2024-12-31')).toBe('2025-02-28');
    expect(extensionLimit('2024-12-30')).toBe('2025-02-28');
    expect(extensionLimit('2023-12-31')).toBe('2024-02-29');
    // 21 March 2024 is Nauryz, 22 too, 23 (Saturday) moves to Monday 25: Tuesday 26.
    expect(extensionLimit('2024-01-21')).toBe('2024-03-26');
    expect(extensionLimit('2024-01-10', { from: 'reviewDeadline' })).toBe('2024-04-01');
    expect(extensionLimit('2024-01-10', { from: 'receipt' })).toBe('2024-03-11');
    const error = thrown(() => extensionLimit('2024-01-10', { from: 'registration' as never }));
    expect(error.details).toEqual({
      fn: 'extensionLimit',
      field: 'from',
      received: 'registration',
      expected: 'oneOf',
      allowed: ['receipt', 'reviewDeadline'],
      problem: 'notOneOf',
    });
  });

  it('notice of extension, redirect and refusal in working days', () => {
    expect(extensionNoticeDeadline('2024-05-03')).toBe('2024-05-10');
    expect(redirectDeadline('2026-03-20')).toBe('2026-03-30');
    expect(refusalDeadline('2024-12-30')).toBe('2025-01-09');
    expect(redirectDeadline('2024-05-03')).toBe('2024-05-10');
    expect(refusalDeadline('2024-05-03')).toBe('2024-05-14');
  });

  it('seller’s answer: 10 calendar days, moved off a non-working day', () => {
    expect(sellerAnswerDeadline('2024-05-01')).toBe('2024-05-13');
    expect(sellerAnswerDeadline('2024-05-02')).toBe('2024-05-13');
    expect(sellerAnswerDeadline('2024-05-03')).toBe('2024-05-13');
    expect(sellerAnswerDeadline('2024-04-24')).toBe('2024-05-04'); // the working Saturday
    expect(sellerAnswerDeadline('2024-04-27')).toBe('2024-05-10'); // 7 May is a holiday, 8 and 9 off
    expect(sellerAnswerDeadline('2026-03-13')).toBe('2026-03-26');
  });

  it('rejects bad dates with INVALID_DATE', () => {
    for (const clock of [
      reviewDeadline,
      extensionLimit,
      extensionNoticeDeadline,
      redirectDeadline,
      refusalDeadline,
      sellerAnswerDeadline,
    ]) {
      for (const bad of ['2024-02-30', '2024-5-1', '2024-13-01', '']) {
        expect(thrown(() => clock(bad)).code).toBe('INVALID_DATE');
      }
    }
  });

  it('counts through 2027 by default, provisionally, and on the calendar it is given', () => {
    // 1–2 January 2027 (Saturday 2 moves to Monday 4) and 7 January are off.
    expect(reviewDeadline('2026-12-25')).toBe('2027-01-20');
    expect(provisionalYearsBetween('2026-12-25', reviewDeadline('2026-12-25'))).toEqual([2027]);
    expect(provisionalYearsBetween('2026-01-05', reviewDeadline('2026-01-05'))).toEqual([]);
    // A transfer act of our own: Friday 8 January 2027 off, Saturday 9 January worked.
    const calendar = createWorkCalendar({
      transferActs: [{ workingDay: '2027-01-09', dayOff: '2027-01-08', source: { act: 'пример' } }],
    });
    expect(reviewDeadline('2026-12-25', { calendar })).toBe('2027-01-20');
    // From Wednesday 6 January: 7 (Christmas) and 8 are off; Saturday 9, Monday 11, Tuesday 12.
    expect(redirectDeadline('2027-01-06', { calendar })).toBe('2027-01-12');
    expect(redirectDeadline('2027-01-06')).toBe('2027-01-12'); // 8, 11, 12 without the act
    const strict = createWorkCalendar({ estimates: false });
    expect(thrown(() => reviewDeadline('2026-12-25', { calendar: strict })).code).toBe(
      'CALENDAR_DATA_MISSING',
    );
  });
});

describe('CLOCKS', () => {
  it('lists each clock with its length, unit and source', () => {
    expect(CLOCKS.reviewDeadline.length).toBe(15);
    expect(CLOCKS.reviewDeadline.unit).toBe('workingDays');
    expect(CLOCKS.reviewDeadline.source).toEqual({
      act: 'administrativeProcedureCode',
      article: 'art. 76',
    });
    expect(Object.entries(CLOCKS).map(([key, clock]) => [key, clock.length, clock.unit])).toEqual([
      ['registrationDate', 0, 'workingDays'],
      ['reviewDeadline', 15, 'workingDays'],
      ['extensionLimit', 2, 'months'],
      ['extensionNoticeDeadline', 3, 'workingDays'],
      ['redirectDeadline', 3, 'workingDays'],
      ['refusalDeadline', 5, 'workingDays'],
      ['sellerAnswerDeadline', 10, 'calendarDays'],
    ]);
    expect(formatLegalSource(CLOCKS.sellerAnswerDeadline.source, 'ru')).toBe(
      'Закон Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей», п. 2 ст. 42-4',
    );
    for (const clock of Object.values(CLOCKS)) {
      expect(clock.name.kk && clock.name.ru && clock.name.en).toBeTruthy();
    }
  });
});

describe('registrationDate at the edges of the working day', () => {
  it('18:30 exactly is the end of the working day: registered the next working day', () => {
    expect(registrationDate('2024-03-01T18:30:00+05:00')).toBe('2024-03-04');
    expect(registrationDate('2024-03-01T18:29:59.999+05:00')).toBe('2024-03-01');
    // The same instants as Date objects (13:30Z is 18:30 in Almaty under UTC+5).
    expect(registrationDate(new Date('2024-03-01T13:30:00Z'))).toBe('2024-03-04');
    expect(registrationDate(new Date('2024-03-01T13:29:59Z'))).toBe('2024-03-01');
    // Before the switch 18:30 in Almaty was 12:30Z.
    expect(registrationDate(new Date('2024-02-29T12:30:00Z'))).toBe('2024-03-01');
  });

  it('00:00 on a working day is that day; 00:00 on a holiday is the next working day', () => {
    expect(registrationDate('2024-03-04T00:00:00+05:00')).toBe('2024-03-04');
    // 19:00Z on 3 March is midnight of 4 March in Almaty.
    expect(registrationDate('2024-03-03T19:00:00Z')).toBe('2024-03-04');
    expect(registrationDate('2024-03-08T00:00:00+05:00')).toBe('2024-03-11'); // Women's Day, a Friday
  });

  it('on a holiday or a transferred day off, within working hours, the next working day', () => {
    expect(registrationDate('2024-03-08T10:00:00+05:00')).toBe('2024-03-11');
    expect(registrationDate('2024-05-08T10:00:00+05:00')).toBe('2024-05-10'); // 8 May transfer, 9 May Victory Day
    expect(registrationDate('2026-03-23T10:00:00+05:00')).toBe('2026-03-26'); // Nauryz, then 24 and 25 March
  });

  it.each([['25:00'], ['18:3'], ['18:30:00'], [' 18:30'], [null], [18.5]])(
    'rejects workdayEnd %j, naming it',
    (end) => {
      const error = thrown(
        () => registrationDate('2024-03-01T10:00:00+05:00', { workdayEnd: end as string }),
        'INVALID_ARGUMENT',
      );
      expect(error.details).toEqual({
        fn: 'registrationDate',
        field: 'workdayEnd',
        received: end,
        expected: 'timeOfDay',
        problem: 'notATime',
      });
    },
  );

  it('00:00 as the end of the working day sends everything to the next working day', () => {
    expect(registrationDate('2024-03-01T00:00:00+05:00', { workdayEnd: '00:00' })).toBe(
      '2024-03-04',
    );
    expect(registrationDate('2024-03-01T23:58:00+05:00', { workdayEnd: '23:59' })).toBe(
      '2024-03-01',
    );
  });
});

describe('the clocks refuse options they cannot read', () => {
  // Each clock with the option keys it knows.
  const clocks: readonly [string, (options: never) => string, readonly string[]][] = [
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

  it.each(clocks)('%s: null, a string or an array instead of options', (name, clock, known) => {
    // Each value as the error keeps it: an array by its length.
    for (const [options, kept] of [
      [null, null],
      ['calendar', 'calendar'],
      [[], { type: 'array', length: 0 }],
    ] as const) {
      expect(thrown(() => clock(options as never), 'INVALID_ARGUMENT').details).toEqual({
        fn: name,
        field: 'options',
        received: kept,
        expected: 'options',
        allowed: known,
        problem: 'notAnObject',
      });
    }
  });

  it.each(clocks)('%s: calendar null or not a calendar', (name, clock) => {
    for (const [calendar, kept] of [
      [null, null],
      [{}, { type: 'object' }],
    ] as const) {
      expect(thrown(() => clock({ calendar } as never), 'INVALID_ARGUMENT').details).toEqual({
        fn: name,
        field: 'calendar',
        received: kept,
        expected: 'calendar',
        problem: 'notACalendar',
      });
    }
  });

  it('extensionLimit: from null is named, not read as the default', () => {
    const error = thrown(() => extensionLimit('2024-01-10', { from: null } as never));
    expect(error.details).toEqual({
      fn: 'extensionLimit',
      field: 'from',
      received: null,
      expected: 'oneOf',
      allowed: ['receipt', 'reviewDeadline'],
      problem: 'notOneOf',
    });
  });

  it('seller’s answer counts calendar days, holidays included, and only the last day moves', () => {
    // 10 calendar days from Friday 1 March 2024: 8 March (a holiday) inside the term does not lengthen it.
    expect(sellerAnswerDeadline('2024-03-01')).toBe('2024-03-11');
    // From 22 December 2025: the tenth day is 1 January 2026, then 2 January (holiday) → Monday 5 January.
    expect(sellerAnswerDeadline('2025-12-22')).toBe('2026-01-05');
  });
});
