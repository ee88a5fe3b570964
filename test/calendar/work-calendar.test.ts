import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DAY_KIND_KEYS,
  CALENDAR_DAY_KINDS,
  calendarDayKindLabel,
  calendarDays,
  calendarYearStatus,
  createWorkCalendar,
  formatLegalSource,
  holidayInForce,
  isCalendarDayKind,
  isConfirmedYear,
  isLegalActKey,
  isWorkingDay,
  KAZAKHSTAN_CONFIRMED_YEARS,
  KAZAKHSTAN_HOLIDAYS,
  KAZAKHSTAN_TRANSFER_ACTS,
  KURBAN_AIT_DATES,
  kazakhstanCalendar,
  LEGAL_ACTS,
  nonWorkingDays,
  workingWeekendDays,
} from '../../src/calendar/index.js';
import { formatError } from '../../src/core/format-error.js';
import { LOCALES } from '../../src/core/labels.js';
import { thrown } from '../support/errors.js';

// The transfer act of 2024 as the library ships it (Labour Code art. 85 p. 3).
const ORDER_2024 = 'Приказ Министра труда и социальной защиты населения РК от 17.04.2024';

describe('kazakhstanCalendar', () => {
  it('is data: confirmed 2022–2026, estimates accepted, deeply frozen', () => {
    expect(isWorkingDay('2024-05-04', { calendar: kazakhstanCalendar })).toBe(true);
    expect(kazakhstanCalendar.confirmedYears).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(kazakhstanCalendar.estimates).toBe(true);
    expect(Object.isFrozen(kazakhstanCalendar)).toBe(true);
    expect(Object.isFrozen(kazakhstanCalendar.holidays)).toBe(true);
    expect(Object.isFrozen(kazakhstanCalendar.holidays[0]?.name)).toBe(true);
    expect(() => {
      (kazakhstanCalendar.transferActs as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it('cites an act for every rule', () => {
    for (const rule of [...kazakhstanCalendar.holidays, ...kazakhstanCalendar.religiousDaysOff]) {
      expect(rule.source.act.length).toBeGreaterThan(0);
    }
    for (const act of kazakhstanCalendar.transferActs) expect(act.source.act).toMatch(/РК/);
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      for (const day of calendarDays(year)) expect(day.source.act.length).toBeGreaterThan(0);
    }
  });

  it('keeps Kurban Ait as announced 2020–2026, and no hand-kept estimate', () => {
    expect(KURBAN_AIT_DATES.filter((d) => !d.estimate).map((d) => d.date)).toEqual([
      '2020-07-31',
      '2021-07-20',
      '2022-07-09',
      '2023-06-28',
      '2024-06-16',
      '2025-06-06',
      '2026-05-27',
    ]);
    expect(KURBAN_AIT_DATES.filter((d) => d.estimate)).toEqual([]);
    expect(KURBAN_AIT_DATES.every((d) => d.source.act === 'labourCode')).toBe(true);
  });

  it('knows when each holiday is in force', () => {
    const [constitution] = KAZAKHSTAN_HOLIDAYS.filter((h) => h.month === 8 && h.day === 30);
    if (constitution === undefined) throw new Error('no 30 August rule');
    expect(holidayInForce(constitution, 2025)).toBe(true);
    expect(holidayInForce(constitution, 2026)).toBe(false);
    const march15 = KAZAKHSTAN_HOLIDAYS.find((h) => h.month === 3 && h.day === 15);
    expect(march15 && holidayInForce(march15, 2026)).toBe(false);
    expect(march15 && holidayInForce(march15, 2027)).toBe(true);
    const dec17 = KAZAKHSTAN_HOLIDAYS.find((h) => h.month === 12 && h.day === 17);
    expect(dec17 && holidayInForce(dec17, 2021)).toBe(true);
    expect(dec17 && holidayInForce(dec17, 2022)).toBe(false);
  });
});

describe('calendarYearStatus and isConfirmedYear', () => {
  it('say how far a calendar can answer, without throwing for a gap in the data', () => {
    expect(calendarYearStatus(2026)).toEqual({ year: 2026, status: 'confirmed', missing: [] });
    expect(calendarYearStatus(2027)).toEqual({
      year: 2027,
      status: 'provisional',
      missing: ['kurbanAit', 'transferActs'],
    });
    const strict = createWorkCalendar({ estimates: false });
    expect(calendarYearStatus(2027, { calendar: strict }).status).toBe('missing');
    expect(calendarYearStatus(2021)).toEqual({
      year: 2021,
      status: 'provisional',
      missing: ['transferActs'],
    });
    expect(calendarYearStatus(2038).status).toBe('provisional');
    expect([2021, 2022, 2026, 2027].map((year) => isConfirmedYear(year))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isConfirmedYear(2026, { calendar: strict })).toBe(true);
    expect(isConfirmedYear(2027, { calendar: strict })).toBe(false);
  });

  it.each([[Number.NaN], [2024.5], ['2024'], [999], [null]])('refuses the year %j', (year) => {
    for (const [fn, call] of [
      ['calendarYearStatus', () => calendarYearStatus(year as never)],
      ['isConfirmedYear', () => isConfirmedYear(year as never)],
    ] as const) {
      expect(thrown(call, 'INVALID_ARGUMENT').details).toEqual({
        fn,
        field: 'year',
        received: year,
        expected: 'integerInRange',
        min: 1000,
        max: 9999,
        problem: 'notAYear',
      });
    }
  });
});

describe('createWorkCalendar', () => {
  it('adds next year’s Kurban Ait date and confirms the year', () => {
    const calendar2027 = createWorkCalendar({
      kurbanAit: [{ date: '2027-05-16', source: { act: 'ДУМК, объявление 2027 года' } }],
      confirmedYears: [2027],
    });
    expect(calendarYearStatus(2027, { calendar: calendar2027 }).status).toBe('confirmed');
    expect(isWorkingDay('2027-03-15', { calendar: calendar2027 })).toBe(false);
    expect(isWorkingDay('2027-08-30', { calendar: calendar2027 })).toBe(true);
    const days = nonWorkingDays(2027, { calendar: calendar2027 });
    expect(days.find((d) => d.date === '2027-03-15')).toMatchObject({
      kind: 'holiday',
      name: { en: 'Constitution Day' },
      source: { act: 'constitution2026' },
    });
    expect(days.find((d) => d.date === '2027-05-16')).toMatchObject({
      kind: 'religiousDayOff',
      provisional: false,
      source: { act: 'ДУМК, объявление 2027 года' },
    });
    // 16 May 2027 is a Sunday: a religious day off is never moved.
    expect(isWorkingDay('2027-05-17', { calendar: calendar2027 })).toBe(true);
    // The default calendar is unchanged: 2027 stays provisional there.
    expect(calendarYearStatus(2027).status).toBe('provisional');
  });

  it('adds a transfer act and an extra holiday', () => {
    const calendar = createWorkCalendar({
      transferActs: [
        {
          workingDay: '2026-12-19',
          dayOff: '2026-12-31',
          source: { act: 'Приказ МТСЗН (пример)', article: 'Labour Code art. 85 p. 3' },
        },
      ],
      holidays: [
        {
          key: 'mourning',
          month: 11,
          day: 2,
          from: 2026,
          to: 2026,
          name: { kk: 'Аза күні', ru: 'День траура', en: 'Day of mourning' },
          source: { act: 'Указ (пример)' },
        },
      ],
    });
    expect(isWorkingDay('2026-12-19', { calendar })).toBe(true);
    expect(isWorkingDay('2026-12-31', { calendar })).toBe(false);
    expect(isWorkingDay('2026-11-02', { calendar })).toBe(false);
    expect(workingWeekendDays(2026, { calendar }).map((d) => d.date)).toEqual(['2026-12-19']);
    expect(isWorkingDay('2026-12-19')).toBe(false);
    expect(isWorkingDay('2026-11-02')).toBe(true);
  });

  it('answers unconfirmed years, flagged provisional, and so does estimates: true said again', () => {
    const estimates = createWorkCalendar({ estimates: true });
    const kurban = nonWorkingDays(2027, { calendar: estimates }).find(
      (d) => d.kind === 'religiousDayOff' && d.date > '2027-02',
    );
    expect(kurban).toMatchObject({ date: '2027-05-16', provisional: true });
    expect(
      nonWorkingDays(2027, { calendar: estimates }).find((d) => d.date === '2027-01-01')
        ?.provisional,
    ).toBe(false);
    expect(isWorkingDay('2030-04-15', { calendar: estimates })).toBe(true);
    expect(isWorkingDay('2028-05-05', { calendar: estimates })).toBe(false);
    expect(isWorkingDay('2031-01-06', { calendar: estimates })).toBe(true);
    expect(thrown(() => isWorkingDay('2039-01-06', { calendar: estimates })).code).toBe(
      'CALENDAR_DATA_MISSING',
    );
    // 2021: Kurban Ait confirmed, transfer acts unknown; 1 December and 16–17 December still days off.
    expect(isWorkingDay('2021-12-01', { calendar: estimates })).toBe(false);
    expect(isWorkingDay('2021-12-17', { calendar: estimates })).toBe(false);
    expect(isWorkingDay('2021-10-25', { calendar: estimates })).toBe(true);
    expect(calendarYearStatus(2021, { calendar: estimates })).toEqual({
      year: 2021,
      status: 'provisional',
      missing: ['transferActs'],
    });
  });

  it('replaces a year’s Kurban Ait estimate by the announced date', () => {
    const calendar = createWorkCalendar({ kurbanAit: [{ date: '2027-05-17' }], estimates: true });
    const religious = nonWorkingDays(2027, { calendar }).filter(
      (d) => d.kind === 'religiousDayOff',
    );
    expect(religious.map((d) => [d.date, d.provisional])).toEqual([
      ['2027-01-07', false],
      ['2027-05-17', false],
    ]);
    expect(calendarYearStatus(2027, { calendar })).toEqual({
      year: 2027,
      status: 'provisional',
      missing: ['transferActs'],
    });
  });

  it('builds on another calendar and keeps each calendar’s answers apart', () => {
    const first = createWorkCalendar({
      kurbanAit: [{ date: '2027-05-16' }],
      confirmedYears: [2027],
    });
    const second = createWorkCalendar({
      base: first,
      holidays: [
        {
          key: 'extra',
          month: 5,
          day: 18,
          from: 2027,
          to: 2027,
          name: { kk: 'Қосымша', ru: 'Дополнительный', en: 'Extra' },
          source: { act: 'пример' },
        },
      ],
    });
    expect(isWorkingDay('2027-05-18', { calendar: first })).toBe(true);
    expect(isWorkingDay('2027-05-18', { calendar: second })).toBe(false);
    expect(calendarYearStatus(2027, { calendar: second }).status).toBe('confirmed');
  });

  it('moves a late-December weekend holiday into January, in date order with New Year', () => {
    // 31 December 2022 is a Saturday; 1 January 2023 a Sunday, 2 January a Monday holiday.
    const calendar = createWorkCalendar({
      holidays: [
        {
          key: 'newYearsEve',
          month: 12,
          day: 31,
          from: 2022,
          to: 2022,
          name: { kk: 'Жаңа жыл қарсаңы', ru: 'Канун Нового года', en: "New Year's Eve" },
          source: { act: 'пример' },
        },
      ],
    });
    expect(
      calendarDays(2023, { calendar })
        .filter((d) => d.date < '2023-01-06')
        .map((d) => `${d.date} ${d.kind} ${d.relatedDate ?? ''}`.trim()),
    ).toEqual([
      '2023-01-01 holiday',
      '2023-01-02 holiday',
      '2023-01-03 substituteDayOff 2022-12-31',
      '2023-01-04 substituteDayOff 2023-01-01',
    ]);
    expect(calendarDays(2022, { calendar }).at(-1)?.date).toBe('2022-12-31');
  });

  // Each row: the overrides, the field at fault, the value it holds, the problem,
  // and what was expected (the catalogues' token with its parameters).
  it.each([
    [
      { kurbanAit: [{ date: '2027-02-30' }] },
      'kurbanAit[0].date',
      '2027-02-30',
      'notADate',
      { expected: 'date' },
    ],
    [
      { kurbanAit: [{ date: '2027-05-16' }, { date: '2027-05-17' }] },
      'kurbanAit[1].date',
      '2027-05-17',
      'duplicateYear',
      { expected: 'oneKurbanAitPerYear', year: 2027 },
    ],
    [
      { kurbanAit: [{ date: '2027-05-16', estimate: 'yes' }] },
      'kurbanAit[0].estimate',
      'yes',
      'notABoolean',
      { expected: 'boolean' },
    ],
    [
      { kurbanAit: [{ date: '2027-05-16', source: {} }] },
      'kurbanAit[0].source',
      { type: 'object' },
      'notASource',
      { expected: 'legalSource' },
    ],
    [{ kurbanAit: '2027-05-16' }, 'kurbanAit', '2027-05-16', 'notAnArray', { expected: 'array' }],
    [
      { transferActs: [{ workingDay: '2027-01-04', dayOff: '2027-01-08', source: { act: 'x' } }] },
      'transferActs[0].workingDay',
      '2027-01-04',
      'notWeekend',
      { expected: 'weekendDay' },
    ],
    [
      { transferActs: [{ workingDay: '2027-01-09', dayOff: '2027-01-10', source: { act: 'x' } }] },
      'transferActs[0].dayOff',
      '2027-01-10',
      'notWeekday',
      { expected: 'weekday' },
    ],
    [
      { transferActs: [{ workingDay: '2027-01-09', dayOff: '2027-01-08' }] },
      'transferActs[0].source',
      undefined,
      'notASource',
      { expected: 'legalSource' },
    ],
    [
      { transferActs: [null] },
      'transferActs[0]',
      null,
      'notATransferAct',
      { expected: 'transferAct' },
    ],
    [
      { confirmedYears: [2027.5] },
      'confirmedYears[0]',
      2027.5,
      'yearOutOfRange',
      { expected: 'integerInRange', min: 2020, max: 2038 },
    ],
    [{ estimates: 'true' }, 'estimates', 'true', 'notABoolean', { expected: 'boolean' }],
    [
      { holidays: [{ key: '', month: 1, day: 1 }] },
      'holidays[0].key',
      '',
      'emptyKey',
      { expected: 'nonEmptyString' },
    ],
    [
      { holidays: [{ key: 'x', month: 13, day: 1 }] },
      'holidays[0].month',
      13,
      'monthOutOfRange',
      { expected: 'integerInRange', min: 1, max: 12 },
    ],
    [
      { holidays: [{ key: 'x', month: 4, day: 31 }] },
      'holidays[0].day',
      31,
      'dayOutOfRange',
      { expected: 'integerInRange', min: 1, max: 30 },
    ],
    [
      { holidays: [{ key: 'x', month: 4, day: 1, from: 2027, to: 2026 }] },
      'holidays[0].to',
      2026,
      'toBeforeFrom',
      { expected: 'notBefore', min: 2027, max: 9999 },
    ],
    [
      { holidays: [{ key: 'x', month: 4, day: 1, from: 'now' }] },
      'holidays[0].from',
      'now',
      'notAYear',
      { expected: 'integerInRange', min: 1000, max: 9999 },
    ],
    [
      { holidays: [{ key: 'x', month: 4, day: 1, name: { kk: 'x' } }] },
      'holidays[0].name',
      { type: 'object' },
      'notLabels',
      { expected: 'labels' },
    ],
    [
      { holidays: [{ key: 'x', month: 4, day: 1, name: { kk: 'x', ru: 'x', en: 'x' } }] },
      'holidays[0].source',
      undefined,
      'notASource',
      { expected: 'legalSource' },
    ],
  ])('rejects bad data %j at %s', (overrides, field, value, problem, expected) => {
    const error = thrown(() => createWorkCalendar(overrides as never), 'INVALID_ARGUMENT');
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field,
      received: value,
      problem,
      ...expected,
    });
  });

  it('rejects overrides that are not an object', () => {
    expect(thrown(() => createWorkCalendar(null as never)).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'options',
      received: null,
      expected: 'options',
      allowed: ['base', 'holidays', 'kurbanAit', 'transferActs', 'confirmedYears', 'estimates'],
      problem: 'notAnObject',
    });
    expect(createWorkCalendar().confirmedYears).toEqual(kazakhstanCalendar.confirmedYears);
  });
});

describe('labels and sources', () => {
  it('labels the kinds of special days', () => {
    expect(isCalendarDayKind('substituteDayOff')).toBe(true);
    expect(isCalendarDayKind('weekend')).toBe(false);
    expect(isCalendarDayKind('toString')).toBe(false);
    expect(calendarDayKindLabel('religiousDayOff', 'en')).toBe('religious day off');
    expect(CALENDAR_DAY_KIND_KEYS).toEqual([
      'holiday',
      'substituteDayOff',
      'religiousDayOff',
      'transferDayOff',
      'workingWeekend',
    ]);
    expect(thrown(() => calendarDayKindLabel('weekend' as never, 'kk')).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('formats a source in each language', () => {
    expect(isLegalActKey('labourCode')).toBe(true);
    expect(isLegalActKey('toString')).toBe(false);
    expect(formatLegalSource({ act: 'labourCode', article: 'art. 84 p. 5' }, 'ru')).toBe(
      'Трудовой кодекс Республики Казахстан от 23 ноября 2015 года № 414-V, п. 5 ст. 84',
    );
    expect(formatLegalSource({ act: 'labourCode', article: 'art. 85' }, 'kk')).toBe(
      'Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V Еңбек кодексі, 85-бап',
    );
    expect(formatLegalSource({ act: 'labourCode', article: 'art. 84 p. 5' }, 'kk')).toBe(
      'Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V Еңбек кодексі, 84-баптың 5-тармағы',
    );
    expect(formatLegalSource({ act: 'holidaysLaw', article: 'art. 5' }, 'en')).toBe(
      `${LEGAL_ACTS.holidaysLaw.name.en}, art. 5`,
    );
    expect(formatLegalSource({ act: 'Приказ МТСЗН № 436' }, 'en')).toBe('Приказ МТСЗН № 436');
    expect(
      formatLegalSource({ act: 'consumerProtectionLaw', article: 'art. 42-4 p. 2' }, 'ru'),
    ).toMatch(/, п\. 2 ст\. 42-4$/);
    expect(formatLegalSource({ act: 'x', article: 'Labour Code art. 85 p. 3' }, 'ru')).toBe(
      'x, Labour Code art. 85 p. 3',
    );
  });
});

describe('the tables as their examples show them', () => {
  it('lists the 2024 transfer act and the 2026 Kurban Ait date', () => {
    expect(
      KAZAKHSTAN_TRANSFER_ACTS.filter((a) => a.dayOff.startsWith('2024')).map((a) => [
        a.workingDay,
        a.dayOff,
      ]),
    ).toEqual([['2024-05-04', '2024-05-08']]);
    expect(KURBAN_AIT_DATES.find((d) => d.date.startsWith('2026'))).toMatchObject({
      date: '2026-05-27',
      estimate: false,
      source: { act: 'labourCode' },
    });
    expect(KAZAKHSTAN_CONFIRMED_YEARS).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(KAZAKHSTAN_HOLIDAYS.filter((h) => h.key === 'nauryz').map((h) => h.day)).toEqual([
      21, 22, 23,
    ]);
    expect(CALENDAR_DAY_KINDS.substituteDayOff.en).toBe('substitute day off');
  });
});

it('rejects something that is not a calendar with INVALID_ARGUMENT', () => {
  // Each value as the error keeps it: an object by its type.
  for (const [calendar, kept] of [
    [null, null],
    ['kz', 'kz'],
    [{}, { type: 'object' }],
    [{ holidays: [] }, { type: 'object' }],
  ] as const) {
    for (const [fn, call] of [
      ['isWorkingDay', () => isWorkingDay('2024-05-04', { calendar } as never)],
      ['calendarYearStatus', () => calendarYearStatus(2024, { calendar } as never)],
    ] as const) {
      expect(thrown(call, 'INVALID_ARGUMENT').details).toEqual({
        fn,
        field: 'calendar',
        received: kept,
        expected: 'calendar',
        problem: 'notACalendar',
      });
    }
    // As a base, what is not shaped like a calendar's data is refused as such.
    expect(thrown(() => createWorkCalendar({ base: calendar as never })).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'base',
      received: kept,
      expected: 'calendarData',
      problem: 'notACalendar',
    });
  }
  // A calendar assembled by hand from the exported tables works once createWorkCalendar has checked it.
  const byHand = createWorkCalendar({ base: { ...kazakhstanCalendar } });
  expect(isWorkingDay('2024-05-04', { calendar: byHand })).toBe(true);
});

describe('createWorkCalendar refuses data it would otherwise drop or half apply', () => {
  const source = { act: 'Приказ МТСЗН (пример)' };

  it('a misspelt or unknown override key, or an array of overrides', () => {
    const misspelt = thrown(
      () => createWorkCalendar({ transferAct: [{ workingDay: '2027-01-09' }] } as never),
      'INVALID_ARGUMENT',
    );
    const known = ['base', 'holidays', 'kurbanAit', 'transferActs', 'confirmedYears', 'estimates'];
    expect(misspelt.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferAct',
      received: 'transferAct',
      expected: 'knownKey',
      allowed: known,
      problem: 'unknownKey',
    });
    expect(thrown(() => createWorkCalendar([] as never)).details).toEqual({
      fn: 'createWorkCalendar',
      field: 'options',
      received: { type: 'array', length: 0 },
      expected: 'options',
      allowed: known,
      problem: 'notAnObject',
    });
  });

  it.each([
    // `form` for `from`: without the check the holiday would hold in every year.
    [
      {
        holidays: [
          {
            key: 'extra',
            month: 11,
            day: 2,
            form: 2027,
            name: { kk: 'x', ru: 'x', en: 'x' },
            source: { act: 'x' },
          },
        ],
      },
      'holidays[0].form',
      'key, month, day, from, to, name, source',
    ],
    [
      { kurbanAit: [{ date: '2027-05-16', estimated: true }] },
      'kurbanAit[0].estimated',
      'date, estimate, source',
    ],
    [
      {
        transferActs: [
          { workingDay: '2027-01-09', dayOff: '2027-01-08', source: { act: 'x' }, note: 'x' },
        ],
      },
      'transferActs[0].note',
      'workingDay, dayOff, source',
    ],
    [
      { kurbanAit: [{ date: '2027-05-16', source: { act: 'x', artcle: 'art. 84' } }] },
      'kurbanAit[0].source.artcle',
      'act, article, note',
    ],
  ])('an unknown key inside an entry (%#)', (overrides, field, known) => {
    const error = thrown(() => createWorkCalendar(overrides as never), 'INVALID_ARGUMENT');
    // The field is the whole path: the entry (its parent) and the key.
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field,
      received: field.split('.').at(-1),
      expected: 'knownKey',
      allowed: known.split(', '),
      problem: 'unknownKey',
    });
  });

  it('a source whose article or note is not a text', () => {
    const error = thrown(() =>
      createWorkCalendar({
        kurbanAit: [{ date: '2027-05-16', source: { act: 'x', article: 84 } }],
      } as never),
    );
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'kurbanAit[0].source.article',
      received: 84,
      expected: 'string',
      problem: 'notAText',
    });
    // Left out, the article is simply not cited.
    expect(
      createWorkCalendar({
        kurbanAit: [{ date: '2027-05-16', source: { act: 'x' } }],
      }).kurbanAit.at(-1)?.source,
    ).toEqual({ act: 'x' });
  });

  it('a transfer that shares a day with another act', () => {
    // 4 May 2024 already works in exchange for 8 May.
    const twice = thrown(
      () =>
        createWorkCalendar({
          transferActs: [{ workingDay: '2024-05-04', dayOff: '2024-05-10', source }],
        }),
      'INVALID_ARGUMENT',
    );
    expect(twice.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferActs[0]',
      received: '2024-05-04 → 2024-05-10',
      expected: 'freeDay',
      problem: 'transferClash',
      transferAct: { workingDay: '2024-05-04', dayOff: '2024-05-10', act: source.act },
      taken: {
        date: '2024-05-04',
        transferAct: { workingDay: '2024-05-04', dayOff: '2024-05-08', act: ORDER_2024 },
      },
    });
    const sameDayOff = thrown(() =>
      createWorkCalendar({
        transferActs: [
          { workingDay: '2027-01-09', dayOff: '2027-01-08', source },
          { workingDay: '2027-01-10', dayOff: '2027-01-08', source },
        ],
      }),
    );
    expect(sameDayOff.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferActs[1]',
      received: '2027-01-10 → 2027-01-08',
      expected: 'freeDay',
      problem: 'transferClash',
      transferAct: { workingDay: '2027-01-10', dayOff: '2027-01-08', act: source.act },
      taken: {
        date: '2027-01-08',
        transferAct: { workingDay: '2027-01-09', dayOff: '2027-01-08', act: source.act },
      },
    });
  });

  it('keeps an act given again once, so that data a release later ships does not break a caller', () => {
    const calendar = createWorkCalendar({
      transferActs: [
        {
          workingDay: '2024-05-04',
          dayOff: '2024-05-08',
          source: { act: 'Приказ Министра труда и социальной защиты населения РК от 17.04.2024' },
        },
      ],
    });
    expect(calendar.transferActs).toHaveLength(KAZAKHSTAN_TRANSFER_ACTS.length);
    expect(isWorkingDay('2024-05-04', { calendar })).toBe(true);
    expect(isWorkingDay('2024-05-08', { calendar })).toBe(false);
  });

  it('a transfer onto a day already off is refused when the calendar is made, naming the act', () => {
    // 9 May 2024 is already Victory Day: the working Saturday 11 May would buy nothing.
    const error = thrown(
      () =>
        createWorkCalendar({
          transferActs: [{ workingDay: '2024-05-11', dayOff: '2024-05-09', source }],
        }),
      'INVALID_ARGUMENT',
    );
    expect(error.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferActs',
      received: '2024-05-11 → 2024-05-09',
      expected: 'freeDay',
      problem: 'dayTaken',
      transferAct: { workingDay: '2024-05-11', dayOff: '2024-05-09', act: 'Приказ МТСЗН (пример)' },
      taken: {
        date: '2024-05-09',
        name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
      },
    });
    const taken = (act: { workingDay: string; dayOff: string }) =>
      thrown(() => createWorkCalendar({ transferActs: [{ ...act, source }] }), 'INVALID_ARGUMENT')
        .details.taken;
    // A weekend holiday made a working day: Saturday 21 March 2026 is Nauryz.
    expect(taken({ workingDay: '2026-03-21', dayOff: '2026-03-27' })).toEqual({
      date: '2026-03-21',
      name: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
    });
    // A religious day off as the day off: 7 January 2026 is a Wednesday.
    expect(taken({ workingDay: '2026-01-10', dayOff: '2026-01-07' })).toEqual({
      date: '2026-01-07',
      name: {
        kk: 'Православиелік Рождество',
        ru: 'Рождество Христово (православное)',
        en: 'Orthodox Christmas',
      },
    });
    // Kurban Ait as announced (Wednesday 27 May 2026), and as estimated (Friday 5 May 2028).
    const kurbanAit = {
      kk: 'Құрбан айт',
      ru: 'Курбан айт (первый день)',
      en: 'Kurban Ait (first day)',
    };
    expect(taken({ workingDay: '2026-05-30', dayOff: '2026-05-27' })).toEqual({
      date: '2026-05-27',
      name: kurbanAit,
    });
    expect(taken({ workingDay: '2028-05-06', dayOff: '2028-05-05' })).toEqual({
      date: '2028-05-05',
      name: kurbanAit,
    });
    // A holiday added onto the day off of a published act: 8 May 2024.
    const onAct = thrown(() =>
      createWorkCalendar({
        holidays: [
          {
            key: 'extra',
            month: 5,
            day: 8,
            from: 2024,
            to: 2024,
            name: { kk: 'x', ru: 'x', en: 'Extra' },
            source,
          },
        ],
      }),
    );
    // The published act is the one refused; the holiday added names the day in each language.
    expect(onAct.details).toEqual({
      fn: 'createWorkCalendar',
      field: 'transferActs',
      received: '2024-05-04 → 2024-05-08',
      expected: 'freeDay',
      problem: 'dayTaken',
      transferAct: { workingDay: '2024-05-04', dayOff: '2024-05-08', act: ORDER_2024 },
      taken: { date: '2024-05-08', name: { kk: 'x', ru: 'x', en: 'Extra' } },
    });
  });
});

it('a substitute carried into January skips the transferred days off at the end of December, as December’s own table does', () => {
  // Saturday 24 December 2022 made a holiday, and 26–30 December made days off by five
  // transfer acts: the first working day after the 24th is Tuesday 3 January 2023 (31 December
  // and 1 January are a weekend, 2 January a holiday), then New Year's Sunday moves to the 4th.
  const source = { act: 'пример' };
  const calendar = createWorkCalendar({
    holidays: [
      {
        key: 'extra',
        month: 12,
        day: 24,
        from: 2022,
        to: 2022,
        name: { kk: 'Қосымша', ru: 'Дополнительный', en: 'Extra' },
        source,
      },
    ],
    transferActs: [26, 27, 28, 29, 30].map((day, i) => ({
      workingDay: ['2022-11-05', '2022-11-12', '2022-11-19', '2022-11-26', '2022-12-03'][i] ?? '',
      dayOff: `2022-12-${day}`,
      source,
    })),
  });
  expect(
    calendarDays(2023, { calendar })
      .filter((d) => d.date < '2023-01-06')
      .map((d) => `${d.date} ${d.kind} ${d.relatedDate ?? ''}`.trim()),
  ).toEqual([
    '2023-01-01 holiday',
    '2023-01-02 holiday',
    '2023-01-03 substituteDayOff 2022-12-24',
    '2023-01-04 substituteDayOff 2023-01-01',
  ]);
  expect(
    calendarDays(2022, { calendar })
      .filter((d) => d.kind === 'substituteDayOff')
      .at(-1)?.date,
  ).toBe('2022-05-10');
});

it('two holiday rules on one weekend date give one day off and one substitute', () => {
  // 16 December 2023 is a Saturday: one substitute, Monday the 18th, however many rules name the day.
  const calendar = createWorkCalendar({
    holidays: [
      {
        key: 'again',
        month: 12,
        day: 16,
        from: 2023,
        to: 2023,
        name: { kk: 'Қайта', ru: 'Снова', en: 'Again' },
        source: { act: 'пример' },
      },
    ],
  });
  expect(
    calendarDays(2023, { calendar })
      .filter((d) => d.date >= '2023-12-01')
      .map((d) => `${d.date} ${d.kind} ${d.name.en}`),
  ).toEqual([
    '2023-12-16 holiday Independence Day',
    '2023-12-18 substituteDayOff Independence Day (substitute day off)',
  ]);
  expect(isWorkingDay('2023-12-19', { calendar })).toBe(true);
});

it('carries a substitute into January however early in December its holiday falls', () => {
  // Saturday 17 December 2022 made a holiday and every weekday from the 19th to the 30th made a
  // day off by transfer (ten working Saturdays in exchange): its substitute is Tuesday 3 January 2023.
  const source = { act: 'пример' };
  const daysOff = [19, 20, 21, 22, 23, 26, 27, 28, 29, 30].map((day) => `2022-12-${day}`);
  const saturdays = ['2022-09-03', '2022-09-10', '2022-09-17', '2022-09-24', '2022-10-01'];
  const moreSaturdays = ['2022-10-08', '2022-10-15', '2022-10-29', '2022-11-05', '2022-11-12'];
  const calendar = createWorkCalendar({
    holidays: [
      {
        key: 'extra',
        month: 12,
        day: 17,
        from: 2022,
        to: 2022,
        name: { kk: 'Қосымша', ru: 'Дополнительный', en: 'Extra' },
        source,
      },
    ],
    transferActs: daysOff.map((dayOff, i) => ({
      workingDay: [...saturdays, ...moreSaturdays][i] ?? '',
      dayOff,
      source,
    })),
  });
  expect(
    calendarDays(2023, { calendar })
      .filter((d) => d.kind === 'substituteDayOff' && d.date < '2023-02-01')
      .map((d) => `${d.date} ${d.relatedDate}`),
  ).toEqual(['2023-01-03 2022-12-17', '2023-01-04 2023-01-01']);
});

describe('the helpers refuse what they cannot read', () => {
  it.each([
    [null, null],
    [{ act: 5 }, { type: 'object' }],
    [{ act: 'labourCode', article: 84 }, { type: 'object' }],
    ['labourCode', 'labourCode'],
  ])('formatLegalSource(%j) → INVALID_ARGUMENT', (source, kept) => {
    const error = thrown(() => formatLegalSource(source as never, 'kk'), 'INVALID_ARGUMENT');
    expect(error.details).toEqual({
      fn: 'formatLegalSource',
      field: 'source',
      received: kept,
      expected: 'legalSource',
      problem: 'notASource',
    });
  });

  it('holidayInForce needs a rule and an integer year', () => {
    const [newYear] = KAZAKHSTAN_HOLIDAYS;
    expect(thrown(() => holidayInForce(null as never, 2024)).details).toEqual({
      fn: 'holidayInForce',
      field: 'rule',
      received: null,
      expected: 'holidayRule',
      problem: 'notAHolidayRule',
    });
    for (const year of [Number.NaN, 2024.5, '2024']) {
      expect(thrown(() => holidayInForce(newYear as never, year as never)).details).toEqual({
        fn: 'holidayInForce',
        field: 'year',
        received: year,
        expected: 'integer',
        problem: 'notAYear',
      });
    }
  });
});

it('a year confirmed twice, or confirmed again, is listed once; two Kurban Ait dates for one year are refused', () => {
  const calendar = createWorkCalendar({ confirmedYears: [2027, 2027, 2026] });
  expect(calendar.confirmedYears).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
  const error = thrown(() =>
    createWorkCalendar({ kurbanAit: [{ date: '2028-05-05' }, { date: '2028-05-04' }] }),
  );
  expect(error.details).toEqual({
    fn: 'createWorkCalendar',
    field: 'kurbanAit[1].date',
    received: '2028-05-04',
    expected: 'oneKurbanAitPerYear',
    year: 2028,
    problem: 'duplicateYear',
  });
  // Every language names the year.
  for (const locale of LOCALES) expect(formatError(error, locale)).toMatch(/2028(?!-)/);
});
