import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  type DateDetails,
  formatError,
  isLocalDate,
  parseLocalDate,
  safeParseLocalDate,
} from '../../src/core/index.js';
import {
  addDays,
  addMonths,
  compareLocalDates,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  localDate,
  toEpochDay,
} from '../../src/core/local-date.js';
import { thrown } from '../support/errors.js';

describe('parseLocalDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(parseLocalDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each<[string, DateDetails]>([
    ['2024-02-30', { received: '2024-02-30', problem: 'day', lastDay: 29 }],
    ['2025-02-29', { received: '2025-02-29', problem: 'day', lastDay: 28 }],
    ['2024-13-01', { received: '2024-13-01', problem: 'month' }],
    ['2024-00-10', { received: '2024-00-10', problem: 'month' }],
    ['2024-04-31', { received: '2024-04-31', problem: 'day', lastDay: 30 }],
    ['2024-5-1', { received: '2024-5-1', problem: 'format' }],
    ['', { received: '', problem: 'format' }],
    ['  ', { received: '  ', problem: 'format' }],
    ['2024-05-01T00:00:00Z', { received: '2024-05-01T00:00:00Z', problem: 'format' }],
    ['0999-01-01', { received: '0999-01-01', problem: 'year' }],
  ])('rejects %j with INVALID_DATE naming the problem', (input, details) => {
    const result = safeParseLocalDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_DATE');
      expect(result.error.details).toEqual(details);
    }
  });

  it('words a day that does not exist, and a wrong shape, in every language', () => {
    const day = thrown(() => parseLocalDate('2024-02-30'), 'INVALID_DATE');
    expect(day.message).toBe(
      'Invalid date "2024-02-30": day 30 does not exist in 2024-02 (expected 01–29)',
    );
    expect(formatError(day, 'ru')).toBe(
      'Некорректная дата "2024-02-30": дня 30 нет в месяце 2024-02 (ожидалось 01–29)',
    );
    expect(formatError(day, 'kk')).toBe(
      'Жарамсыз күн "2024-02-30": 2024-02 айында 30 деген күн жоқ (01–29 күтілді)',
    );
    const shape = thrown(() => parseLocalDate('2024-5-1'), 'INVALID_DATE');
    expect(shape.message).toBe(
      'Invalid date "2024-5-1": expected YYYY-MM-DD with a four-digit year and two-digit month and day',
    );
    expect(thrown(() => parseLocalDate('2024-13-01')).message).toContain('month 13 does not exist');
    expect(thrown(() => parseLocalDate('0999-01-01')).message).toContain('year from 1000');
  });

  it('rejects non-strings and keeps a 50 kB input out of the message', () => {
    expect(thrown(() => parseLocalDate(20240501), 'INVALID_DATE').details).toEqual({
      received: 20240501,
      problem: 'notAString',
    });
    const date = new Date('2024-05-01T00:00:00Z');
    expect(thrown(() => parseLocalDate(date), 'INVALID_DATE').details).toEqual({
      received: { type: 'date', iso: '2024-05-01T00:00:00.000Z' },
      problem: 'notAString',
    });
    const huge = '2'.repeat(50_000);
    const result = safeParseLocalDate(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message.length).toBeLessThan(300);
      expect(result.error.details).toEqual({ received: `${'2'.repeat(200)}…`, problem: 'format' });
    }
  });

  it('builds dates from parts and rejects impossible ones', () => {
    expect(localDate(2024, 5, 4)).toBe('2024-05-04');
    expect(thrown(() => localDate(2024, 2, 30), 'INVALID_DATE').details).toEqual({
      received: '2024-02-30',
      problem: 'day',
      lastDay: 29,
    });
    expect(thrown(() => localDate(2024, 1.5, 3), 'INVALID_DATE').details).toEqual({
      received: '2024-1.5-03',
      problem: 'format',
    });
  });
});

describe('calendar arithmetic', () => {
  it('knows the weekdays of the awkward days', () => {
    expect(isoWeekday('2024-05-04')).toBe(6); // the working Saturday
    expect(isoWeekday('2025-01-05')).toBe(7); // the working Sunday
    expect(isoWeekday('2026-03-21')).toBe(6); // Nauryz on a Saturday
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('knows the length of months and leap years, and orders dates', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(['2024-05-01', '2024-01-31', '2024-05-01'].sort(compareLocalDates)).toEqual([
      '2024-01-31',
      '2024-05-01',
      '2024-05-01',
    ]);
    expect(localDate(2024, 5, 31)).toBe('2024-05-31');
  });

  it('counts days across months, leap days and years', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(fromEpochDay(19_875)).toBe('2024-06-01');
    expect(addMonths('2024-03-15', 2)).toBe('2024-05-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(toEpochDay('2024-06-01')).toBe(19_875);
    expect(fromEpochDay(0)).toBe('1970-01-01');
  });

  it('adds months clamping to the last day, as terms in months are counted', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  const dates = fc
    .integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2199-12-31') })
    .map(fromEpochDay);

  propTest.prop([dates])('fromEpochDay ∘ toEpochDay is the identity on valid dates', (date) => {
    expect(isLocalDate(date)).toBe(true);
    expect(fromEpochDay(toEpochDay(date))).toBe(date);
  });

  propTest.prop([dates, fc.integer({ min: -5000, max: 5000 })])(
    'addDays agrees with daysBetween and with Date in UTC',
    (date, n) => {
      const later = addDays(date, n);
      expect(daysBetween(date, later)).toBe(n);
      const viaDate = new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(later).toBe(viaDate);
    },
  );

  propTest.prop([dates])('isoWeekday agrees with Date#getUTCDay', (date) => {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    expect(isoWeekday(date)).toBe(day === 0 ? 7 : day);
  });
});
