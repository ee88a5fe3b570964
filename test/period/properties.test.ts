import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  toEpochDay,
} from '../../src/core/local-date.js';
import {
  comparePeriods,
  dayRangePeriod,
  formatPeriod,
  halfYearPeriod,
  isSamePeriod,
  monthPeriod,
  months,
  monthsOfYear,
  type Period,
  parsePeriod,
  periodContains,
  quarterPeriod,
  samePeriodLastYear,
  yearPeriod,
} from '../../src/period/index.js';
import { PeriodSchema } from '../../src/schemas/index.js';

const FIRST_DAY = toEpochDay('1000-01-01');
const LAST_DAY = toEpochDay('9999-12-31');

const year = fc.integer({ min: 1000, max: 9999 });
const monthNumber = fc.integer({ min: 1, max: 12 });

// Whole months from one month index (year × 12 + month − 1) to a later one,
// written as a code, so that parsePeriod decides its kind.
const monthSpan = fc
  .tuple(fc.integer({ min: 1000 * 12, max: 9999 * 12 + 11 }), fc.integer({ min: 0, max: 40 }))
  .map(([first, length]) => {
    const last = Math.min(first + length, 9999 * 12 + 11);
    const text = (index: number) =>
      `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    return first === last ? parsePeriod(text(first)) : parsePeriod(`${text(first)}/${text(last)}`);
  });

const dayRange = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.integer({ min: 0, max: 800 }))
  .map(([first, length]) =>
    dayRangePeriod(fromEpochDay(first), fromEpochDay(Math.min(first + length, LAST_DAY))),
  );

const period: fc.Arbitrary<Period> = fc.oneof(
  year.map((y) => yearPeriod(y)),
  fc.tuple(year, fc.constantFrom(1 as const, 2 as const)).map(([y, h]) => halfYearPeriod(y, h)),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const))
    .map(([y, q]) => quarterPeriod(y, q)),
  fc.tuple(year, monthNumber).map(([y, m]) => monthPeriod(y, m)),
  fc.tuple(year, monthNumber).map(([y, n]) => monthsOfYear(y, n)),
  monthSpan,
  dayRange,
);

const later = period.filter((p) => Number(p.start.slice(0, 4)) > 1000);
const monthAligned = period.filter((p) => p.kind !== 'dayRange');

describe('period laws', () => {
  test.prop([period])('parsePeriod(p.code) gives p back', (p) => {
    expect(parsePeriod(p.code)).toStrictEqual(p);
    expect(parsePeriod(JSON.parse(JSON.stringify(p)).code)).toStrictEqual(p);
    expect(PeriodSchema.parse(JSON.parse(JSON.stringify(p)))).toStrictEqual(p);
  });

  test.prop([period])('a period starts no later than it ends, on real dates', (p) => {
    expect(p.start <= p.end).toBe(true);
    expect(parsePeriod(`${p.start}/${p.end}`).kind).toBe('dayRange');
  });

  test.prop([period, fc.integer({ min: -40, max: 900 })])(
    'periodContains agrees with comparing the day with start and end',
    (p, offset) => {
      const day = toEpochDay(p.start) + offset;
      fc.pre(day >= FIRST_DAY && day <= LAST_DAY);
      const date = fromEpochDay(day);
      expect(periodContains(p, date)).toBe(p.start <= date && date <= p.end);
    },
  );

  test.prop([later])('samePeriodLastYear keeps the kind and moves one year back', (p) => {
    const q = samePeriodLastYear(p);
    expect(q.kind).toBe(p.kind);
    expect(q.start).toBe(addMonths(p.start, -12));
    if (p.kind === 'dayRange') {
      expect(q.end).toBe(addMonths(p.end, -12));
    } else {
      // Whole months stay whole: the last day of the same month a year earlier.
      const endYear = Number(p.end.slice(0, 4)) - 1;
      const endMonth = Number(p.end.slice(5, 7));
      expect(q.end).toBe(`${endYear}-${p.end.slice(5, 7)}-${daysInMonth(endYear, endMonth)}`);
      expect(q.code.replace(/\d{4}/g, (y) => String(Number(y) + 1))).toBe(p.code);
      expect(months(q).length).toBe(months(p).length);
    }
    expect(parsePeriod(q.code)).toStrictEqual(q);
  });

  test.prop([monthAligned])('months(p) covers exactly the days of p, month after month', (p) => {
    const list = months(p);
    expect(list[0]?.start).toBe(p.start);
    expect(list[list.length - 1]?.end).toBe(p.end);
    for (let i = 1; i < list.length; i += 1) {
      expect(list[i]?.start).toBe(addDays(list[i - 1]?.end ?? '', 1));
    }
    const days = list.reduce((sum, m) => sum + daysBetween(m.start, m.end) + 1, 0);
    expect(days).toBe(daysBetween(p.start, p.end) + 1);
    for (const m of list) expect(m.kind).toBe('month');
  });

  test.prop([monthAligned])('a day range of the same days has the same months', (p) => {
    const days = parsePeriod(`${p.start}/${p.end}`);
    expect(isSamePeriod(days, p)).toBe(true);
    expect(months(days)).toStrictEqual(months(p));
  });

  test.prop([period, period])(
    'comparePeriods is zero exactly for the same days, and antisymmetric',
    (a, b) => {
      expect(comparePeriods(a, b) === 0).toBe(isSamePeriod(a, b));
      // Signs add to zero: `-Math.sign(0)` is −0, which toBe (Object.is) tells from 0.
      expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
    },
  );

  test.prop([period, period, fc.constantFrom('kk' as const, 'ru' as const, 'en' as const)])(
    'two periods of the same kind never get the same phrase',
    (a, b, locale) => {
      fc.pre(a.kind === b.kind && a.code !== b.code);
      expect(formatPeriod(a, locale)).not.toBe(formatPeriod(b, locale));
      expect(formatPeriod(a, locale, { style: 'statistics' })).not.toBe(
        formatPeriod(b, locale, { style: 'statistics' }),
      );
    },
  );
});
