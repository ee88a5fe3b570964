import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDays,
  createWorkCalendar,
  isConfirmedYear,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingDays,
  provisionalYearsBetween,
  workingDaysBetween,
  workingWeekendDays,
} from '../../src/calendar/index.js';
import type { LocalDate } from '../../src/core/index.js';
import { addDays, fromEpochDay, toEpochDay } from '../../src/core/local-date.js';
import { thrown } from '../support/errors.js';

const kinds = (year: number, from: LocalDate, to: LocalDate): string[] =>
  calendarDays(year)
    .filter((d) => d.date >= from && d.date <= to)
    .map((d) => `${d.date} ${d.kind}`);

describe('worked examples around the awkward days', () => {
  it('May 2024: the working Saturday 4 May and the 8 May transfer', () => {
    expect(kinds(2024, '2024-05-01', '2024-05-10')).toEqual([
      '2024-05-01 holiday',
      '2024-05-04 workingWeekend',
      '2024-05-07 holiday',
      '2024-05-08 transferDayOff',
      '2024-05-09 holiday',
    ]);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(isWorkingDay('2024-05-05')).toBe(false);
    expect(isWorkingDay('2024-05-08')).toBe(false);
    expect(nextWorkingDay('2024-05-03')).toBe('2024-05-04');
    expect(nextWorkingDay('2024-05-06')).toBe('2024-05-10');
    expect(addWorkingDays('2024-05-03', 1)).toBe('2024-05-04');
    expect(addWorkingDays('2024-05-03', 2)).toBe('2024-05-06');
    expect(addWorkingDays('2024-05-03', 3)).toBe('2024-05-10');
    expect(addWorkingDays('2024-05-03', 0)).toBe('2024-05-03');
    expect(workingDaysBetween('2024-05-03', '2024-05-10')).toBe(3);
    expect(workingDaysBetween('2024-05-10', '2024-05-03')).toBe(-3);
    const transfer = calendarDays(2024).find((d) => d.date === '2024-05-08');
    expect(transfer?.relatedDate).toBe('2024-05-04');
    expect(transfer?.source.act).toContain('17.04.2024');
    expect(workingWeekendDays(2024).map((d) => [d.date, d.relatedDate])).toEqual([
      ['2024-05-04', '2024-05-08'],
    ]);
  });

  it('Nauryz 2026: Saturday to Monday, then days off on Tuesday 24 and Wednesday 25 March', () => {
    expect(
      nonWorkingDays(2026)
        .filter((d) => d.date.startsWith('2026-03-2'))
        .map((d) => `${d.date} ${d.kind}`),
    ).toEqual([
      '2026-03-21 holiday',
      '2026-03-22 holiday',
      '2026-03-23 holiday',
      '2026-03-24 substituteDayOff',
      '2026-03-25 substituteDayOff',
    ]);
    const substitutes = nonWorkingDays(2026).filter((d) => d.kind === 'substituteDayOff');
    expect(
      substitutes.filter((d) => d.date.startsWith('2026-03-2')).map((d) => d.relatedDate),
    ).toEqual(['2026-03-21', '2026-03-22']);
    expect(substitutes[0]?.source).toEqual({ act: 'holidaysLaw', article: 'art. 5' });
    for (const date of ['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24', '2026-03-25'])
      expect(isWorkingDay(date)).toBe(false);
    expect(isWorkingDay('2026-03-20')).toBe(true);
    expect(isWorkingDay('2026-03-26')).toBe(true);
    expect(nextWorkingDay('2026-03-20')).toBe('2026-03-26');
    expect(workingDaysBetween('2026-03-20', '2026-03-26')).toBe(1);
  });

  it('New Year 2025: 3 January off by transfer, Sunday 5 January working, 7 January never moved', () => {
    expect(kinds(2025, '2025-01-01', '2025-01-08')).toEqual([
      '2025-01-01 holiday',
      '2025-01-02 holiday',
      '2025-01-03 transferDayOff',
      '2025-01-05 workingWeekend',
      '2025-01-07 religiousDayOff',
    ]);
    expect(isWorkingDay('2025-01-05')).toBe(true);
    expect(isWorkingDay('2025-01-04')).toBe(false);
    expect(nextWorkingDay('2024-12-31')).toBe('2025-01-05');
    expect(addWorkingDays('2024-12-31', 2)).toBe('2025-01-06');
    expect(addWorkingDays('2024-12-31', 3)).toBe('2025-01-08');
  });

  it('2022: 7 May on Saturday and 9 May on Monday give Tuesday 10 May, in date order', () => {
    expect(kinds(2022, '2022-05-07', '2022-05-10')).toEqual([
      '2022-05-07 holiday',
      '2022-05-09 holiday',
      '2022-05-10 substituteDayOff',
    ]);
  });

  it('religious days on a weekend are listed and not moved; 16 December is one day from 2022', () => {
    expect(kinds(2024, '2024-01-07', '2024-01-08')).toEqual(['2024-01-07 religiousDayOff']);
    expect(isWorkingDay('2024-01-08')).toBe(true);
    expect(kinds(2024, '2024-06-16', '2024-06-17')).toEqual(['2024-06-16 religiousDayOff']);
    expect(isWorkingDay('2024-06-17')).toBe(true);
    expect(isWorkingDay('2022-12-16')).toBe(false);
    expect(isWorkingDay('2024-12-17')).toBe(true);
    expect(kinds(2023, '2023-12-16', '2023-12-18')).toEqual([
      '2023-12-16 holiday',
      '2023-12-18 substituteDayOff',
    ]);
  });

  it('30 August for the last time in 2025, none in 2026; 25 October from 2022', () => {
    expect(kinds(2025, '2025-08-30', '2025-09-01')).toEqual([
      '2025-08-30 holiday',
      '2025-09-01 substituteDayOff',
    ]);
    expect(isWorkingDay('2026-08-31')).toBe(true);
    expect(kinds(2026, '2026-08-01', '2026-08-31')).toEqual([]);
    expect(kinds(2026, '2026-03-15', '2026-03-16')).toEqual([]);
    expect(isWorkingDay('2026-03-16')).toBe(true);
    expect(isWorkingDay('2022-10-25')).toBe(false);
  });

  it('names each day in three languages and cites its act', () => {
    const nauryz = nonWorkingDays(2026).find((d) => d.date === '2026-03-24');
    expect(nauryz?.name).toEqual({
      kk: 'Наурыз мейрамы (қайта белгіленген демалыс)',
      ru: 'Наурыз мейрамы — перенесённый выходной',
      en: 'Nauryz (substitute day off)',
    });
    const kurban = nonWorkingDays(2026).find(
      (d) => d.kind === 'religiousDayOff' && d.date > '2026-02',
    );
    expect(kurban).toMatchObject({
      date: '2026-05-27',
      name: { en: 'Kurban Ait (first day)' },
      source: { act: 'labourCode', article: 'art. 84 p. 5' },
      provisional: false,
    });
    const first = nonWorkingDays(2025)[0];
    expect(first).toMatchObject({
      date: '2025-01-01',
      kind: 'holiday',
      name: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
      source: { act: 'holidaysLaw', article: 'art. 1' },
    });
  });

  it('returns frozen data, so that a caller cannot change the calendar', () => {
    const days = nonWorkingDays(2024);
    expect(Object.isFrozen(calendarDays(2024))).toBe(true);
    expect(Object.isFrozen(days[0])).toBe(true);
    expect(calendarDays(2024)).toBe(calendarDays(2024));
  });
});

describe('bad input gets typed errors', () => {
  // Each bad date with what is wrong with it: February 2024 has 29 days, February 2025 28.
  it.each([
    ['2024-02-30', { problem: 'day', lastDay: 29 }],
    ['2024-5-1', { problem: 'format' }],
    ['2024-13-01', { problem: 'month' }],
    ['', { problem: 'format' }],
    ['2025-02-29', { problem: 'day', lastDay: 28 }],
    ['2024-00-10', { problem: 'month' }],
    ['2024-05-0a', { problem: 'format' }],
    ['2024/05/01', { problem: 'format' }],
    ['0999-01-01', { problem: 'year' }],
  ])('%j → INVALID_DATE (%o)', (input, reason) => {
    for (const fn of [
      () => isWorkingDay(input),
      () => nextWorkingDay(input),
      () => addWorkingDays(input, 1),
      () => workingDaysBetween(input, '2024-05-01'),
      () => workingDaysBetween('2024-05-01', input),
    ]) {
      expect(thrown(fn, 'INVALID_DATE').details).toEqual({ received: input, ...reason });
    }
  });

  it('rejects wrong types and a 50 kB string with a short message', () => {
    for (const value of [null, undefined, 20240501, Number.NaN, new Date(), {}, ['2024-05-01']]) {
      expect(thrown(() => isWorkingDay(value as unknown as string)).code).toBe('INVALID_DATE');
    }
    const huge = '2024-05-01'.repeat(5_000);
    const error = thrown(() => isWorkingDay(huge), 'INVALID_DATE');
    expect(error.details).toEqual({ received: `${huge.slice(0, 200)}…`, problem: 'format' });
    expect(error.message.length).toBeLessThan(300);
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['3'], [null]])(
    'a number of working days %j → INVALID_ARGUMENT',
    (n) => {
      const error = thrown(() => addWorkingDays('2024-05-03', n as unknown as number));
      expect(error.details).toEqual({
        fn: 'addWorkingDays',
        field: 'amount',
        received: n,
        expected: 'nonNegativeInteger',
        min: 0,
        max: Number.MAX_SAFE_INTEGER,
        problem: 'notACount',
      });
    },
  );

  it('a strict calendar refuses a year without confirmed data, naming the year and what is missing', () => {
    const strict = createWorkCalendar({ estimates: false });
    const later = thrown(() => isWorkingDay('2027-01-04', { calendar: strict }));
    expect(later.code).toBe('CALENDAR_DATA_MISSING');
    expect(later.details).toEqual({
      problem: 'notConfirmed',
      year: 2027,
      missing: ['kurbanAit', 'transferActs'],
      kurbanAitEstimate: '2027-05-16',
    });
    const earlier = thrown(() => nonWorkingDays(2021, { calendar: strict }));
    expect(earlier.code).toBe('CALENDAR_DATA_MISSING');
    expect(earlier.details).toEqual({
      problem: 'notConfirmed',
      year: 2021,
      missing: ['transferActs'],
    });
    // A search that runs past the data stops with the same error.
    expect(thrown(() => nextWorkingDay('2026-12-31', { calendar: strict })).code).toBe(
      'CALENDAR_DATA_MISSING',
    );
    expect(
      thrown(() => workingDaysBetween('2021-12-30', '2022-01-05', { calendar: strict })).code,
    ).toBe('CALENDAR_DATA_MISSING');
    // 31 December 2021 and 5 January 2022: 3 and 4 January are substitutes for New Year's weekend.
    expect(workingDaysBetween('2021-12-30', '2022-01-05')).toBe(2);
  });

  it('a year outside the range is refused, and a year that is no year is a bad argument', () => {
    const range = { problem: 'yearOutOfRange', missing: [], min: 2020, max: 2038 };
    expect(thrown(() => isWorkingDay('2040-01-02')).details).toEqual({ ...range, year: 2040 });
    expect(thrown(() => nonWorkingDays(2019)).details).toEqual({ ...range, year: 2019 });
  });

  it.each([[2024.5], [Number.NaN], ['2024'], [999], [10_000]])(
    'a year %j → INVALID_ARGUMENT',
    (year) => {
      expect(thrown(() => nonWorkingDays(year as unknown as number)).details).toEqual({
        fn: 'nonWorkingDays',
        field: 'year',
        received: year,
        expected: 'integerInRange',
        min: 1000,
        max: 9999,
        problem: 'notAYear',
      });
    },
  );
});

// Dates over the whole range, far enough from its end that a term of up to
// 120 working days stays inside it.
const dates = fc
  .integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2038-05-31') })
  .map(fromEpochDay);

describe('laws of working-day arithmetic', () => {
  propTest.prop([dates, fc.nat({ max: 60 }), fc.nat({ max: 60 })])(
    'addWorkingDays(addWorkingDays(d, a), b) = addWorkingDays(d, a + b)',
    (d, a, b) => {
      expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
    },
  );

  propTest.prop([dates, fc.nat({ max: 120 })])(
    'workingDaysBetween(d, addWorkingDays(d, n)) = n',
    (d, n) => {
      expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
    },
  );

  propTest.prop([dates, fc.integer({ min: 1, max: 120 })])(
    'addWorkingDays(d, n) is a working day, and so is its count: one more than n - 1',
    (d, n) => {
      const end = addWorkingDays(d, n);
      expect(isWorkingDay(end)).toBe(true);
      expect(end > d).toBe(true);
      expect(addWorkingDays(d, n - 1) < end).toBe(true);
    },
  );

  propTest.prop([dates])(
    'nextWorkingDay(d) is a working day and nothing strictly between is',
    (d) => {
      const next = nextWorkingDay(d);
      expect(next > d).toBe(true);
      expect(isWorkingDay(next)).toBe(true);
      for (let day = addDays(d, 1); day < next; day = addDays(day, 1)) {
        expect(isWorkingDay(day)).toBe(false);
      }
      expect(addWorkingDays(d, 1)).toBe(next);
    },
  );

  propTest.prop([dates, dates], { numRuns: 50 })(
    'workingDaysBetween counts the working days in (from, to], and is antisymmetric',
    (from, to) => {
      const [a, b] = from <= to ? [from, to] : [to, from];
      let count = 0;
      for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkingDay(day)) count++;
      expect(workingDaysBetween(a, b)).toBe(count);
      expect(workingDaysBetween(b, a)).toBe(0 - count);
    },
  );

  it('runs across years in one step per year for long terms', () => {
    const far = addWorkingDays('2022-01-01', 1500);
    expect(workingDaysBetween('2022-01-01', far)).toBe(1500);
    expect(isWorkingDay(far)).toBe(true);
    expect(addWorkingDays(addWorkingDays('2022-01-01', 700), 800)).toBe(far);
    // A whole year by the prefix count equals the year counted day by day, for every year.
    for (let year = 2021; year <= 2038; year++) {
      let count = 0;
      for (let day = `${year}-01-01`; day <= `${year}-12-31`; day = addDays(day, 1)) {
        if (isWorkingDay(day)) count++;
      }
      expect([year, workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)]).toEqual([
        year,
        count,
      ]);
    }
  });

  propTest.prop([dates, fc.nat({ max: 40 })], { numRuns: 200 })(
    'addWorkingDays agrees with a day-by-day walk over isWorkingDay',
    (d, n) => {
      let day = d;
      for (let left = n; left > 0; ) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      expect(addWorkingDays(d, n)).toBe(day);
    },
  );
});

it('never answers -0 for a backward range without working days', () => {
  expect(Object.is(workingDaysBetween('2024-05-05', '2024-05-04'), 0)).toBe(true);
  expect(Object.is(workingDaysBetween('2024-05-12', '2024-05-11'), 0)).toBe(true);
  expect(workingDaysBetween('2024-05-04', '2024-05-03')).toBe(-1);
});

it('lists the special days of a year as the examples say', () => {
  expect(
    calendarDays(2025)
      .slice(2, 4)
      .map((d) => [d.date, d.kind]),
  ).toEqual([
    ['2025-01-03', 'transferDayOff'],
    ['2025-01-05', 'workingWeekend'],
  ]);
  expect(workingWeekendDays(2022).map((d) => d.date)).toEqual([
    '2022-03-05',
    '2022-08-27',
    '2022-10-22',
  ]);
});

describe('provisional years', () => {
  const CONFIRMED = new Set([2022, 2023, 2024, 2025, 2026]);

  propTest.prop([dates, dates])(
    'provisionalYearsBetween lists exactly the years between that are not confirmed, in either order',
    (a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      const years: number[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        if (!CONFIRMED.has(year)) years.push(year);
      }
      expect(provisionalYearsBetween(a, b)).toEqual(years);
      expect(provisionalYearsBetween(b, a)).toEqual(years);
    },
  );

  propTest.prop([dates, fc.nat({ max: 120 })])(
    'a term is provisional exactly when a year it counted through is not confirmed',
    (d, n) => {
      const end = addWorkingDays(d, n);
      const years = provisionalYearsBetween(d, end);
      expect(years.length === 0).toBe(
        isConfirmedYear(Number(d.slice(0, 4))) && isConfirmedYear(Number(end.slice(0, 4))),
      );
    },
  );
});
