// The years after the published calendars, by the statute alone. The
// expected days are listed here by hand from the law, not from the code:
// the holidays of Law No. 267-II art. 1 (15 March is Constitution Day from
// 2027 under the Constitution adopted on 15.03.2026, 30 August a day off for
// the last time in 2025), the weekend rule of art. 5 taken in date order,
// 7 January and the first day of Kurban Ait (Labour Code art. 84 p. 5)
// never moved, and no transfer act (none is published for 2027).
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDays,
  calendarYearStatus,
  createWorkCalendar,
  isConfirmedYear,
  isWorkingDay,
  kazakhstanCalendar,
  nextWorkingDay,
  nonWorkingDays,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { addDays, isoWeekday } from '../../src/core/local-date.js';
import { thrown } from '../support/errors.js';

const listed = (year: number): string[] =>
  calendarDays(year).map(
    (d) => `${d.date} ${d.kind}${d.relatedDate === undefined ? '' : ` ${d.relatedDate}`}`,
  );

// 2027 by the statute (1 January 2027 is a Friday).
const DAYS_OFF_2027 = [
  '2027-01-01', // Fri, New Year
  '2027-01-02', // Sat, New Year
  '2027-01-04', // Mon, for Saturday 2 January (art. 5)
  '2027-01-07', // Thu, Orthodox Christmas
  '2027-03-08', // Mon, International Women's Day
  '2027-03-15', // Mon, Constitution Day (from 2027)
  '2027-03-21', // Sun, Nauryz
  '2027-03-22', // Mon, Nauryz
  '2027-03-23', // Tue, Nauryz
  '2027-03-24', // Wed, for Sunday 21 March: the first weekday not already off
  '2027-05-01', // Sat, Unity Day
  '2027-05-03', // Mon, for Saturday 1 May
  '2027-05-07', // Fri, Defender of the Fatherland Day
  '2027-05-09', // Sun, Victory Day
  '2027-05-10', // Mon, for Sunday 9 May
  '2027-05-16', // Sun, Kurban Ait (estimated): a religious day off, not moved
  '2027-07-06', // Tue, Capital Day
  '2027-10-25', // Mon, Republic Day
  '2027-12-16', // Thu, Independence Day
];

describe('2027 on the default calendar, from the statute', () => {
  it('is answered, provisionally: Kurban Ait estimated, transfer acts not yet published', () => {
    expect(calendarYearStatus(2027)).toEqual({
      year: 2027,
      status: 'provisional',
      missing: ['kurbanAit', 'transferActs'],
    });
    expect(isConfirmedYear(2027)).toBe(false);
  });

  it('has exactly the statutory days off, and every other weekday works', () => {
    const off = new Set(DAYS_OFF_2027);
    let date = '2027-01-01';
    let checked = 0;
    while (date <= '2027-12-31') {
      const expected = !off.has(date) && isoWeekday(date) <= 5;
      expect([date, isWorkingDay(date)]).toEqual([date, expected]);
      checked++;
      date = addDays(date, 1);
    }
    expect(checked).toBe(365);
    expect(nonWorkingDays(2027).map((d) => d.date)).toEqual(DAYS_OFF_2027);
  });

  it('lists each day with its kind and, for a substitute, the holiday it replaces', () => {
    expect(listed(2027)).toEqual([
      '2027-01-01 holiday',
      '2027-01-02 holiday',
      '2027-01-04 substituteDayOff 2027-01-02',
      '2027-01-07 religiousDayOff',
      '2027-03-08 holiday',
      '2027-03-15 holiday',
      '2027-03-21 holiday',
      '2027-03-22 holiday',
      '2027-03-23 holiday',
      '2027-03-24 substituteDayOff 2027-03-21',
      '2027-05-01 holiday',
      '2027-05-03 substituteDayOff 2027-05-01',
      '2027-05-07 holiday',
      '2027-05-09 holiday',
      '2027-05-10 substituteDayOff 2027-05-09',
      '2027-05-16 religiousDayOff',
      '2027-07-06 holiday',
      '2027-10-25 holiday',
      '2027-12-16 holiday',
    ]);
  });

  it('the working days around the days off', () => {
    const working = [
      '2027-01-05', // Tue after the New Year substitute
      '2027-01-06',
      '2027-01-08', // Fri after 7 January
      '2027-03-05', // Fri before Women's Day
      '2027-03-09',
      '2027-03-12', // Fri before Constitution Day
      '2027-03-16',
      '2027-03-19', // Fri before Nauryz
      '2027-03-25', // Thu after the Nauryz substitute
      '2027-04-30',
      '2027-05-04',
      '2027-05-06',
      '2027-05-11',
      '2027-05-14', // Fri before Kurban Ait
      '2027-05-17', // Mon after Kurban Ait on a Sunday: not a substitute
      '2027-07-05',
      '2027-07-07',
      '2027-10-22',
      '2027-10-26',
      '2027-12-15',
      '2027-12-17',
      '2027-08-30', // Mon: 30 August is no longer a day off
      '2027-08-31',
    ];
    expect(working.filter((date) => !isWorkingDay(date))).toEqual([]);
    expect(nextWorkingDay('2026-12-31')).toBe('2027-01-05');
    expect(nextWorkingDay('2027-03-19')).toBe('2027-03-25');
    expect(nextWorkingDay('2027-05-14')).toBe('2027-05-17');
    // 4 May (Tue), 5, 6, 11 May: 7 and 10 May are off, 8–9 the weekend.
    expect(addWorkingDays('2027-04-30', 4)).toBe('2027-05-11');
    // 16–19, 25–26, 29–31 March: 15 March, Nauryz and its substitute are off.
    expect(workingDaysBetween('2027-03-12', '2027-03-31')).toBe(9);
  });

  it('marks only the estimated Kurban Ait as provisional', () => {
    const days = nonWorkingDays(2027);
    expect(days.filter((d) => d.provisional).map((d) => d.date)).toEqual(['2027-05-16']);
    expect(days.find((d) => d.date === '2027-05-16')).toMatchObject({
      kind: 'religiousDayOff',
      name: { en: 'Kurban Ait (first day)' },
      source: { act: 'labourCode', article: 'art. 84 p. 5' },
      provisional: true,
    });
    expect(days.find((d) => d.date === '2027-05-16')?.source.note).toContain('Umm al-Qura');
    expect(days.find((d) => d.date === '2027-03-15')).toMatchObject({
      name: { kk: 'Қазақстан Республикасының Конституциясы күні', en: 'Constitution Day' },
      source: { act: 'constitution2026' },
      provisional: false,
    });
  });
});

describe('2028, from the statute', () => {
  it('New Year on a weekend gives two days off, 7 May (Sunday) gives 8 May, 16 December (Saturday) gives 18 December', () => {
    // 1 January 2028 is a Saturday; Kurban Ait is estimated on Friday 5 May.
    expect(listed(2028)).toEqual([
      '2028-01-01 holiday',
      '2028-01-02 holiday',
      '2028-01-03 substituteDayOff 2028-01-01',
      '2028-01-04 substituteDayOff 2028-01-02',
      '2028-01-07 religiousDayOff',
      '2028-03-08 holiday',
      '2028-03-15 holiday',
      '2028-03-21 holiday',
      '2028-03-22 holiday',
      '2028-03-23 holiday',
      '2028-05-01 holiday',
      '2028-05-05 religiousDayOff',
      '2028-05-07 holiday',
      '2028-05-08 substituteDayOff 2028-05-07',
      '2028-05-09 holiday',
      '2028-07-06 holiday',
      '2028-10-25 holiday',
      '2028-12-16 holiday',
      '2028-12-18 substituteDayOff 2028-12-16',
    ]);
  });
});

describe('every year of the range is answered by default', () => {
  it('2022–2026 confirmed; 2020–2021 and 2027–2038 provisional', () => {
    const status = (year: number): string => calendarYearStatus(year).status;
    const years = Array.from({ length: 19 }, (_, i) => 2020 + i);
    expect(years.map((year) => [year, status(year)])).toEqual(
      years.map((year) => [year, year >= 2022 && year <= 2026 ? 'confirmed' : 'provisional']),
    );
    // Every year has its two religious days off and, after 2026, no transfer act.
    for (const year of years) {
      const days = calendarDays(year);
      expect([year, days.filter((d) => d.kind === 'religiousDayOff').length]).toEqual([
        year,
        year === 2032 ? 1 : 2,
      ]);
      if (year > 2026) expect(days.some((d) => d.kind === 'transferDayOff')).toBe(false);
    }
  });

  it('2032: Kurban Ait (estimated 22 March) falls on Nauryz and gives no second day off', () => {
    // Nauryz is Sunday 21 – Tuesday 23 March 2032; the substitute for the Sunday is Wednesday 24.
    expect(
      calendarDays(2032)
        .filter((d) => d.date >= '2032-03-21' && d.date <= '2032-03-31')
        .map((d) => `${d.date} ${d.kind}`),
    ).toEqual([
      '2032-03-21 holiday',
      '2032-03-22 holiday',
      '2032-03-23 holiday',
      '2032-03-24 substituteDayOff',
    ]);
    expect(isWorkingDay('2032-03-25')).toBe(true);
  });

  it('2021 (Kurban Ait announced, transfer acts not in the library) keeps the holidays then in force', () => {
    expect(calendarYearStatus(2021)).toEqual({
      year: 2021,
      status: 'provisional',
      missing: ['transferActs'],
    });
    // 1 December (First President Day) and 16–17 December until 2021; 25 October only from 2022.
    expect(isWorkingDay('2021-12-01')).toBe(false);
    expect(isWorkingDay('2021-12-17')).toBe(false);
    expect(isWorkingDay('2021-10-25')).toBe(true);
    expect(isWorkingDay('2021-07-20')).toBe(false); // Kurban Ait as announced
  });
});

describe('a strict calendar refuses what is not confirmed', () => {
  const strict = createWorkCalendar({ estimates: false });

  it('answers the confirmed years as the default calendar does', () => {
    expect(isWorkingDay('2024-05-04', { calendar: strict })).toBe(true);
    expect(calendarYearStatus(2026, { calendar: strict }).status).toBe('confirmed');
  });

  it('says which year, what is missing and what to supply', () => {
    // The messages of these two errors, in each language, are in messages.test.ts.
    const error = thrown(() => isWorkingDay('2027-03-15', { calendar: strict }));
    expect(error.code).toBe('CALENDAR_DATA_MISSING');
    expect(error.details).toEqual({
      problem: 'notConfirmed',
      year: 2027,
      missing: ['kurbanAit', 'transferActs'],
      kurbanAitEstimate: '2027-05-16',
    });
    const before = thrown(() => isWorkingDay('2021-12-17', { calendar: strict }));
    expect(before.details).toEqual({
      problem: 'notConfirmed',
      year: 2021,
      missing: ['transferActs'],
    });
    expect(before.details).not.toHaveProperty('kurbanAitEstimate');
    expect(calendarYearStatus(2027, { calendar: strict })).toEqual({
      year: 2027,
      status: 'missing',
      missing: ['kurbanAit', 'transferActs'],
    });
    // A count that runs into the year stops with the same error.
    expect(thrown(() => addWorkingDays('2026-12-30', 5, { calendar: strict })).code).toBe(
      'CALENDAR_DATA_MISSING',
    );
    expect(addWorkingDays('2026-12-30', 1, { calendar: strict })).toBe('2026-12-31');
  });

  it('answers a year once its data is supplied', () => {
    const supplied = createWorkCalendar({
      base: strict,
      kurbanAit: [{ date: '2027-05-16', source: { act: 'ДУМК, объявление (пример)' } }],
      confirmedYears: [2027],
    });
    expect(supplied.estimates).toBe(false);
    expect(isWorkingDay('2027-03-15', { calendar: supplied })).toBe(false);
    expect(nonWorkingDays(2027, { calendar: supplied }).filter((d) => d.provisional)).toEqual([]);
  });
});

describe('holidays in force by year', () => {
  it('16–17 December before 2022, 16 December only from 2022; 25 October from 2022; 1 December until 2021', () => {
    const off = (year: number, monthDay: string): boolean => !isWorkingDay(`${year}-${monthDay}`);
    // 2021: 16 and 17 December are Thursday and Friday; 25 October a Monday; 1 December a Wednesday.
    expect([
      off(2021, '12-16'),
      off(2021, '12-17'),
      off(2021, '10-25'),
      off(2021, '12-01'),
    ]).toEqual([true, true, false, true]);
    // 2022: 16 December a Friday; 25 October a Tuesday; 1 December a Thursday.
    expect([off(2022, '12-16'), off(2022, '10-25'), off(2022, '12-01')]).toEqual([
      true,
      true,
      false,
    ]);
    // 2024: 17 December is a Tuesday and a working day.
    expect(off(2024, '12-17')).toBe(false);
  });

  it('30 August is a day off up to 2025 and never after; 15 March only from 2027', () => {
    const years = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2035];
    const has = (year: number, monthDay: string): boolean =>
      calendarDays(year).some((d) => d.date === `${year}-${monthDay}`);
    expect(years.map((year) => has(year, '08-30'))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(years.map((year) => has(year, '03-15'))).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('Republic Day carries its new name from 2026', () => {
    const name = (year: number) =>
      nonWorkingDays(year).find((d) => d.date === `${year}-10-25`)?.name;
    expect(name(2025)).toEqual({
      kk: 'Республика күні',
      ru: 'День Республики',
      en: 'Republic Day',
    });
    expect(name(2027)).toEqual({
      kk: 'Қазақстан Республикасы күні',
      ru: 'День Республики Казахстан',
      en: 'Republic of Kazakhstan Day',
    });
  });
});

describe('the two religious days off never move', () => {
  it('no substitute day is ever given for 7 January or Kurban Ait, 2022–2030', () => {
    let onWeekend = 0;
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]) {
      const days = calendarDays(year, { calendar: kazakhstanCalendar });
      const religious = days.filter((d) => d.kind === 'religiousDayOff');
      expect(religious).toHaveLength(2);
      for (const day of religious) {
        expect(days.some((d) => d.relatedDate === day.date)).toBe(false);
        if (isoWeekday(day.date) >= 6) {
          onWeekend++;
          // The Monday after a religious day on a weekend is a working day unless something else makes it off.
          const monday = addDays(day.date, isoWeekday(day.date) === 6 ? 2 : 1);
          expect(days.find((d) => d.date === monday)?.kind).not.toBe('substituteDayOff');
        }
      }
    }
    // 2022-07-09, 2023-01-07, 2024-01-07, 2024-06-16, 2027-05-16, 2029-01-07, 2030-04-13 fall on a weekend.
    expect(onWeekend).toBe(7);
  });
});
