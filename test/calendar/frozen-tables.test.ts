// Every exported table of the calendar drives results, so none may be
// changed by a caller: each mutation below throws (test files are ES modules,
// so strict mode) and the results computed from the table stay the same.
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DAY_KIND_KEYS,
  CALENDAR_DAY_KINDS,
  CALENDAR_YEAR_RANGE,
  CLOCKS,
  calendarDayKindLabel,
  formatLegalSource,
  isWorkingDay,
  KAZAKHSTAN_CONFIRMED_YEARS,
  KAZAKHSTAN_HOLIDAYS,
  KAZAKHSTAN_TRANSFER_ACTS,
  KURBAN_AIT_DATES,
  KURBAN_AIT_NAME,
  kazakhstanCalendar,
  LEGAL_ACTS,
  nonWorkingDays,
  ORTHODOX_CHRISTMAS_NAME,
  RELIGIOUS_DAY_OFF_SOURCE,
  reviewDeadline,
} from '../../src/calendar/index.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to try what the types forbid
type Loose = any;
const loose = (value: unknown): Loose => value;

describe('exported tables refuse mutation', () => {
  it('CLOCKS: a clock cannot be shortened or replaced', () => {
    expect(() => {
      loose(CLOCKS).reviewDeadline.length = 5;
    }).toThrow(TypeError);
    expect(() => {
      loose(CLOCKS).reviewDeadline = { length: 5 };
    }).toThrow(TypeError);
    expect(() => {
      loose(CLOCKS.reviewDeadline.source).article = 'art. 1';
    }).toThrow(TypeError);
    expect(CLOCKS.reviewDeadline.length).toBe(15);
    expect(reviewDeadline('2024-04-30')).toBe('2024-05-24');
  });

  it('LEGAL_ACTS: an act cannot be renamed', () => {
    expect(() => {
      loose(LEGAL_ACTS.labourCode.name).ru = 'x';
    }).toThrow(TypeError);
    expect(() => {
      loose(LEGAL_ACTS).forged = { citation: 'x' };
    }).toThrow(TypeError);
    expect(formatLegalSource({ act: 'labourCode', article: 'art. 85' }, 'ru')).toBe(
      'Трудовой кодекс Республики Казахстан от 23 ноября 2015 года № 414-V, ст. 85',
    );
  });

  it('KAZAKHSTAN_HOLIDAYS: no holiday added, moved or renamed', () => {
    expect(() => {
      loose(KAZAKHSTAN_HOLIDAYS).push({ key: 'x', month: 4, day: 1 });
    }).toThrow(TypeError);
    expect(() => {
      loose(KAZAKHSTAN_HOLIDAYS[0]).day = 3;
    }).toThrow(TypeError);
    expect(() => {
      loose(KAZAKHSTAN_HOLIDAYS[0]?.name).en = 'x';
    }).toThrow(TypeError);
    expect(isWorkingDay('2024-04-01')).toBe(true);
    expect(isWorkingDay('2024-01-03')).toBe(true);
    expect(nonWorkingDays(2024)[0]?.name.en).toBe('New Year');
  });

  it('KURBAN_AIT_DATES: an announced date cannot be changed', () => {
    expect(() => {
      loose(KURBAN_AIT_DATES[6]).date = '2026-05-28';
    }).toThrow(TypeError);
    expect(() => {
      loose(KURBAN_AIT_DATES).length = 0;
    }).toThrow(TypeError);
    expect(isWorkingDay('2026-05-27')).toBe(false);
    expect(isWorkingDay('2026-05-28')).toBe(true);
  });

  it('KAZAKHSTAN_TRANSFER_ACTS and KAZAKHSTAN_CONFIRMED_YEARS', () => {
    expect(() => {
      loose(KAZAKHSTAN_TRANSFER_ACTS).pop();
    }).toThrow(TypeError);
    expect(() => {
      loose(KAZAKHSTAN_TRANSFER_ACTS[4]).dayOff = '2024-05-10';
    }).toThrow(TypeError);
    expect(() => {
      loose(KAZAKHSTAN_CONFIRMED_YEARS).push(2027);
    }).toThrow(TypeError);
    expect(isWorkingDay('2024-05-08')).toBe(false);
    expect(isWorkingDay('2025-01-05')).toBe(true);
    expect(kazakhstanCalendar.confirmedYears).toEqual([2022, 2023, 2024, 2025, 2026]);
  });

  it('CALENDAR_DAY_KINDS and CALENDAR_DAY_KIND_KEYS', () => {
    expect(() => {
      loose(CALENDAR_DAY_KINDS.holiday).en = 'x';
    }).toThrow(TypeError);
    expect(() => {
      loose(CALENDAR_DAY_KIND_KEYS).push('weekend');
    }).toThrow(TypeError);
    expect(calendarDayKindLabel('holiday', 'en')).toBe('holiday');
    expect(CALENDAR_DAY_KIND_KEYS).toHaveLength(5);
  });

  it('the names, the religious source, the year range and the calendar itself', () => {
    for (const [table, key] of [
      [KURBAN_AIT_NAME, 'kk'],
      [ORTHODOX_CHRISTMAS_NAME, 'en'],
      [RELIGIOUS_DAY_OFF_SOURCE, 'article'],
      [CALENDAR_YEAR_RANGE, 'max'],
      [kazakhstanCalendar, 'estimates'],
    ] as const) {
      expect(() => {
        loose(table)[key] = 'x';
      }).toThrow(TypeError);
    }
    expect(() => {
      loose(kazakhstanCalendar.religiousDaysOff).length = 0;
    }).toThrow(TypeError);
    expect(isWorkingDay('2027-01-07')).toBe(false);
    expect(CALENDAR_YEAR_RANGE).toEqual({ min: 2020, max: 2038 });
  });

  it('returned lists and days are frozen too', () => {
    const days = nonWorkingDays(2024);
    expect(() => {
      loose(days).push(days[0]);
    }).toThrow(TypeError);
    expect(() => {
      loose(days[0]).date = '2024-01-03';
    }).toThrow(TypeError);
    expect(nonWorkingDays(2024)[0]?.date).toBe('2024-01-01');
  });
});
