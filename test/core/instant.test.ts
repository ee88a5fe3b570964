import { describe, expect, it } from 'vitest';
import { isInstant, kazakhstanDate } from '../../src/core/index.js';
import { instantToEpochMs, kazakhstanClock, safeInstantToEpochMs } from '../../src/core/instant.js';

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
    expect(() => instantToEpochMs('2024-05-03T18:45:00')).toThrow(
      expect.objectContaining({ code: 'INVALID_INSTANT' }),
    );
    expect(safeInstantToEpochMs('yesterday').ok).toBe(false);
    expect(instantToEpochMs('1970-01-01T00:00:00.250Z')).toBe(250);
    expect(instantToEpochMs('1970-01-01T00:01Z')).toBe(60_000);
    expect(() => instantToEpochMs(new Date(Number.NaN))).toThrow(/invalid/);
  });
});

describe('instantToEpochMs agrees with Date.parse', () => {
  it('on every accepted shape', async () => {
    const { fc } = await import('@fast-check/vitest');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1000-01-02T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom('minutes', 'seconds', 'millis', 'nanos'),
        (date, offset, precision) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString();
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone =
            offset === 0
              ? 'Z'
              : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const body =
            precision === 'minutes'
              ? local.slice(0, 16)
              : precision === 'seconds'
                ? local.slice(0, 19)
                : precision === 'millis'
                  ? local.slice(0, 23)
                  : `${local.slice(0, 23)}456789`;
          const text = `${body}${zone}`;
          expect(instantToEpochMs(text)).toBe(Date.parse(text));
        },
      ),
    );
  });
});

describe('instant shapes at the edges', () => {
  it.each([
    ['1970-01-01T00:00:00.1Z', 100],
    ['1970-01-01T00:00:00.12Z', 120],
    ['1970-01-01T00:00:00.123456789Z', 123],
    ['1970-01-01T05:00+05:00', 0],
    ['1970-01-01T00:00-00:30', 1_800_000],
  ])('%s is %i ms', (text, ms) => {
    expect(instantToEpochMs(text)).toBe(ms);
  });

  it.each([
    '1970-01-01T00:00:00.Z',
    '1970-01-01T00:00:00.1234567891Z',
    '1970-01-01T00:00:00ZZ',
    '1970-01-01T00:00:00+0500',
    '1970-01-01 00:00:00Z',
    '1970-01-01T0:00:00Z',
    `1970-01-01T00:00:00${'0'.repeat(50_000)}Z`,
  ])('%s is not an instant', (text) => {
    expect(safeInstantToEpochMs(text).ok).toBe(false);
  });
});

describe('Dates far outside the calendar', () => {
  it('are refused as instants, naming the year', () => {
    const result = safeInstantToEpochMs(new Date(Date.UTC(99_999, 0, 1)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INSTANT');
      expect(result.error.message).toContain('year 99999 is outside 1000–9998');
    }
    expect(safeInstantToEpochMs(new Date('2024-03-01T13:45:00Z'))).toEqual({
      ok: true,
      value: Date.parse('2024-03-01T13:45:00Z'),
    });
  });
});
