import { describe, expect, it } from 'vitest';
import {
  instantToEpochMs,
  isInstant,
  kazakhstanClock,
  kazakhstanDate,
  safeInstantToEpochMs,
} from '../../src/core/index.js';

describe('instants on the Kazakhstan clock', () => {
  it('reads 18:45 local on both sides of the 2024-03-01 switch from UTC+6 to UTC+5', () => {
    expect(kazakhstanClock('2024-02-29T12:45:00Z')).toEqual({
      date: '2024-02-29',
      minutes: 18 * 60 + 45,
      offsetMinutes: 360,
    });
    expect(kazakhstanClock('2024-03-01T13:45:00Z')).toEqual({
      date: '2024-03-01',
      minutes: 18 * 60 + 45,
      offsetMinutes: 300,
    });
    expect(kazakhstanClock('2024-02-29T18:45:00+06:00').minutes).toBe(18 * 60 + 45);
    expect(kazakhstanClock('2024-03-01T18:45:00+05:00').minutes).toBe(18 * 60 + 45);
  });

  it('moves the date across midnight by the zone, not by the offset written', () => {
    expect(kazakhstanDate('2024-05-31T20:00:00Z')).toBe('2024-06-01');
    expect(kazakhstanDate('2024-01-31T23:30:00+03:00')).toBe('2024-02-01'); // 02:30 in Almaty (UTC+6)
    expect(kazakhstanDate(new Date('2024-03-01T18:59:00Z'))).toBe('2024-03-01');
    expect(kazakhstanDate(new Date('2024-03-01T19:00:00Z'))).toBe('2024-03-02');
  });

  it.each([
    ['2024-05-03T18:45:00', 'offset'],
    ['2024-05-03', 'offset'],
    ['2024-02-30T10:00:00+05:00', 'does not exist'],
    ['2024-05-03T24:00:00+05:00', 'does not exist'],
    ['2024-05-03T10:00:00+15:00', 'offset +15:00 does not exist'],
    ['', 'offset'],
  ])('rejects %j', (input, reason) => {
    const result = safeInstantToEpochMs(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INSTANT');
      expect(result.error.message).toContain(reason);
    }
    expect(isInstant(input)).toBe(false);
  });

  it('accepts seconds, fractions and Z', () => {
    expect(instantToEpochMs('1970-01-01T06:00:00+06:00')).toBe(0);
    expect(instantToEpochMs('1970-01-01T00:00:00.250Z')).toBe(250);
    expect(instantToEpochMs('1970-01-01T00:01Z')).toBe(60_000);
    expect(() => instantToEpochMs(new Date(Number.NaN))).toThrow(/invalid/);
  });
});
