// 2027 and 2028 worked out by hand from DOMAIN §5: the holidays of Law
// No. 267-II with 15 March as Constitution Day from 2027 and no 30 August from
// 2026, the weekend rule of art. 5 taken in date order, 7 January and the
// estimated first day of Kurban Ait (2027-05-16, 2028-05-05) never moved.
import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  calendarYearStatus,
  createWorkCalendar,
  isWorkingDay,
  KURBAN_AIT_DATES,
  kazakhstanCalendar,
  nonWorkingDays,
} from '../../src/calendar/index.js';
import { addDays, isoWeekday } from '../../src/core/index.js';
import { thrown } from '../support/errors.js';

const estimates = createWorkCalendar({ estimates: true });
const listed = (year: number): string[] =>
  calendarDays(year, estimates).map(
    (d) => `${d.date} ${d.kind}${d.relatedDate === undefined ? '' : ` ${d.relatedDate}`}`,
  );

describe('years after the confirmed data, answered from estimates', () => {
  it('2027: 15 March is Constitution Day, 30 August is not; weekend holidays move in date order', () => {
    expect(listed(2027)).toEqual([
      '2027-01-01 holiday', // Friday
      '2027-01-02 holiday', // Saturday
      '2027-01-04 substituteDayOff 2027-01-02',
      '2027-01-07 religiousDayOff', // Thursday
      '2027-03-08 holiday',
      '2027-03-15 holiday', // Monday: Constitution Day from 2027
      '2027-03-21 holiday', // Sunday
      '2027-03-22 holiday',
      '2027-03-23 holiday',
      '2027-03-24 substituteDayOff 2027-03-21', // the first weekday after 22 and 23 March
      '2027-05-01 holiday', // Saturday
      '2027-05-03 substituteDayOff 2027-05-01',
      '2027-05-07 holiday',
      '2027-05-09 holiday', // Sunday
      '2027-05-10 substituteDayOff 2027-05-09',
      '2027-05-16 religiousDayOff', // Sunday, estimated: not moved
      '2027-07-06 holiday',
      '2027-10-25 holiday',
      '2027-12-16 holiday',
    ]);
    expect(isWorkingDay('2027-08-30', estimates)).toBe(true); // a Monday
    expect(isWorkingDay('2027-05-17', estimates)).toBe(true);
    expect(nonWorkingDays(2027, estimates).find((d) => d.date === '2027-03-15')).toMatchObject({
      name: { kk: 'Қазақстан Республикасының Конституциясы күні', en: 'Constitution Day' },
      source: { act: 'constitution2026' },
      provisional: false,
    });
  });

  it('2028: New Year on a weekend gives two days off, 7 May (Sunday) gives 8 May, 16 December (Saturday) gives 18 December', () => {
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
    expect(calendarYearStatus(2028, estimates)).toEqual({
      year: 2028,
      status: 'provisional',
      missing: ['kurbanAit', 'transferActs'],
    });
  });

  it('flags only the days that rest on an estimate', () => {
    for (const year of [2027, 2028, 2029, 2030]) {
      const provisional = nonWorkingDays(year, estimates).filter((d) => d.provisional);
      expect(provisional.map((d) => d.date)).toEqual(
        KURBAN_AIT_DATES.filter((k) => k.date.startsWith(String(year))).map((k) => k.date),
      );
    }
  });

  it('without estimates, says which year and what is missing', () => {
    const error = thrown(() => isWorkingDay('2027-03-15'));
    expect(error.code).toBe('CALENDAR_DATA_MISSING');
    expect(error.message).toBe(
      'No confirmed working-day calendar for 2027: the first day of Kurban Ait is only estimated (2027-05-16) ' +
        'and the transfer acts of 2027 are not known. Supply the data with ' +
        'createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), or accept estimates with ' +
        'createWorkCalendar({ estimates: true })',
    );
    const before = thrown(() => isWorkingDay('2021-12-17'));
    expect(before.message).toBe(
      'No confirmed working-day calendar for 2021: the transfer acts of 2021 are not known. ' +
        'Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears }), ' +
        'or accept estimates with createWorkCalendar({ estimates: true })',
    );
    const far = thrown(() => isWorkingDay('2031-01-06', estimates));
    expect(far.message).toBe(
      'No confirmed working-day calendar for 2031: the first day of Kurban Ait is not known ' +
        'and the transfer acts of 2031 are not known. Supply the data with ' +
        'createWorkCalendar({ kurbanAit, transferActs, confirmedYears })',
    );
  });
});

describe('holidays in force by year', () => {
  it('16–17 December before 2022, 16 December only from 2022; 25 October from 2022; 1 December until 2021', () => {
    const off = (year: number, monthDay: string): boolean =>
      !isWorkingDay(`${year}-${monthDay}`, estimates);
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
    const augustThirty = [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((year) =>
      calendarDays(year, estimates).some((d) => d.date === `${year}-08-30`),
    );
    expect(augustThirty).toEqual([true, true, true, true, false, false, false]);
    const marchFifteen = [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((year) =>
      calendarDays(year, estimates).some((d) => d.date === `${year}-03-15`),
    );
    expect(marchFifteen).toEqual([false, false, false, false, false, true, true]);
  });
});

describe('the two religious days off never move', () => {
  it('no substitute day is ever given for 7 January or Kurban Ait, 2022–2030', () => {
    let onWeekend = 0;
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]) {
      const days = calendarDays(year, year <= 2026 ? kazakhstanCalendar : estimates);
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
