import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isLocalDate, parseLocalDate, safeParseLocalDate } from '../../src/core/index.js';
import { addDays, addMonths, daysBetween, fromEpochDay, isoWeekday, localDate, toEpochDay } from '../../src/core/local-date.js';
import { codeOf } from '../support/errors.js';

describe('parseLocalDate', () => {
  it('accepts real dates, including 29 February of a leap year', () => {
    expect(parseLocalDate('2024-02-29')).toBe('2024-02-29');
    expect(parseLocalDate('2026-12-31')).toBe('2026-12-31');
  });

  it.each([
    ['2024-02-30', 'day 30 does not exist in 2024-02'],
    ['2025-02-29', 'day 29 does not exist in 2025-02'],
    ['2024-13-01', 'month 13 does not exist'],
    ['2024-00-10', 'month 00 does not exist'],
    ['2024-04-31', 'day 31 does not exist in 2024-04'],
    ['2024-5-1', 'expected YYYY-MM-DD'],
    ['', 'expected YYYY-MM-DD'],
    ['  ', 'expected YYYY-MM-DD'],
    ['2024-05-01T00:00:00Z', 'expected YYYY-MM-DD'],
    ['0999-01-01', 'year from 1000'],
  ])('rejects %j: %s', (input, reason) => {
    const result = safeParseLocalDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_DATE');
      expect(result.error.message).toContain(reason);
      expect(result.error.details['value']).toBe(input);
    }
  });

  it('rejects non-strings and keeps a 50 kB input out of the message', () => {
    expect(codeOf(() => parseLocalDate(20240501))).toBe('INVALID_DATE');
    expect(codeOf(() => parseLocalDate(new Date()))).toBe('INVALID_DATE');
    const huge = '2'.repeat(50_000);
    const result = safeParseLocalDate(huge);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(300);
  });

  it('builds dates from parts and rejects impossible ones', () => {
    expect(localDate(2024, 5, 4)).toBe('2024-05-04');
    expect(codeOf(() => localDate(2024, 2, 30))).toBe('INVALID_DATE');
    expect(codeOf(() => localDate(2024, 1.5, 3))).toBe('INVALID_DATE');
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

  it('counts days across months, leap days and years', () => {
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
