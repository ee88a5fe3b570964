// Kurban Ait: announced dates as data, the Umm al-Qura calendar of Intl for
// the years not yet announced. The announced dates are those of the Spiritual
// Administration of Muslims of Kazakhstan, 2020–2026; the estimates for
// 2027–2030 are the Umm al-Qura 10 Dhu al-Hijjah as published in its tables.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  calendarYearStatus,
  createWorkCalendar,
  isWorkingDay,
  KURBAN_AIT_DATES,
  nonWorkingDays,
} from '../../src/calendar/index.js';
import { ummAlQuraKurbanAit } from '../../src/calendar/umm-al-qura.js';
import { isTutynushyError } from '../../src/core/errors.js';
import { formatError } from '../../src/core/format-error.js';
import { LOCALES } from '../../src/core/labels.js';

describe('the Umm al-Qura estimate', () => {
  it('gives exactly the announced dates of 2022–2026', () => {
    const announced = KURBAN_AIT_DATES.filter((d) => d.date >= '2022');
    expect(announced.map((d) => d.date)).toEqual([
      '2022-07-09',
      '2023-06-28',
      '2024-06-16',
      '2025-06-06',
      '2026-05-27',
    ]);
    expect(announced.map((d) => ummAlQuraKurbanAit(Number(d.date.slice(0, 4))))).toEqual(
      announced.map((d) => d.date),
    );
  });

  it('gives 2027-05-16, 2028-05-05, 2029-04-24 and 2030-04-13', () => {
    expect([2027, 2028, 2029, 2030].map(ummAlQuraKurbanAit)).toEqual([
      '2027-05-16',
      '2028-05-05',
      '2029-04-24',
      '2030-04-13',
    ]);
  });

  it('comes one lunar year (354 or 355 days) after the year before, over the whole range', () => {
    for (let year = 2020; year < 2038; year++) {
      const gap =
        (Date.parse(ummAlQuraKurbanAit(year + 1) as string) -
          Date.parse(ummAlQuraKurbanAit(year) as string)) /
        86_400_000;
      expect([year, gap === 354 || gap === 355]).toEqual([year, true]);
    }
  });

  it('is what the default calendar uses for a year not yet announced, flagged provisional', () => {
    const kurban = (year: number) =>
      nonWorkingDays(year).filter((d) => d.kind === 'religiousDayOff' && d.date > `${year}-01-07`);
    expect(kurban(2029).map((d) => [d.date, d.provisional])).toEqual([['2029-04-24', true]]);
    expect(kurban(2026).map((d) => [d.date, d.provisional])).toEqual([['2026-05-27', false]]);
  });
});

describe('an announced date always wins', () => {
  it('over the estimate, and its year is confirmed once its transfer acts are known', () => {
    // Suppose the 2027 announcement said 17 May: the estimate (16 May) is no longer a day off.
    const calendar = createWorkCalendar({
      kurbanAit: [{ date: '2027-05-17', source: { act: 'ДУМК, объявление (пример)' } }],
      confirmedYears: [2027],
    });
    expect(isWorkingDay('2027-05-16', { calendar })).toBe(false); // a Sunday all the same
    expect(isWorkingDay('2027-05-17', { calendar })).toBe(false);
    expect(isWorkingDay('2027-05-17')).toBe(true);
    expect(calendarYearStatus(2027, { calendar })).toEqual({
      year: 2027,
      status: 'confirmed',
      missing: [],
    });
  });

  it('a supplied date marked as an estimate keeps its year provisional', () => {
    const calendar = createWorkCalendar({ kurbanAit: [{ date: '2027-05-17', estimate: true }] });
    expect(
      nonWorkingDays(2027, { calendar }).find((d) => d.date === '2027-05-17')?.provisional,
    ).toBe(true);
    expect(calendarYearStatus(2027, { calendar }).missing).toEqual(['kurbanAit', 'transferActs']);
  });

  it('keeps the announced 2024 date, moved a day after the first announcement', () => {
    const day = KURBAN_AIT_DATES.find((d) => d.date.startsWith('2024'));
    expect(day?.date).toBe('2024-06-16');
    expect(day?.source.note).toContain('17 June');
  });
});

describe('a runtime whose Intl has no Umm al-Qura calendar', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Node built without full ICU resolves any calendar it lacks to 'gregory':
  // a fresh copy of the module under such an Intl.
  async function withoutUmmAlQura() {
    const Real = Intl.DateTimeFormat;
    class Gregorian extends Real {
      constructor(locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
        super(String(locale).replace(/-u-.*$/, ''), options);
      }
    }
    vi.stubGlobal('Intl', Object.create(Intl, { DateTimeFormat: { value: Gregorian } }));
    vi.resetModules();
    return import('../../src/calendar/index.js');
  }

  it('answers the announced years, and refuses the others with a typed error, never a Gregorian guess', async () => {
    const fresh = await withoutUmmAlQura();
    expect(fresh.isWorkingDay('2026-05-27')).toBe(false);
    expect(fresh.calendarYearStatus(2027).status).toBe('missing');
    let caught: unknown;
    try {
      fresh.isWorkingDay('2027-01-05');
    } catch (error) {
      caught = error;
    }
    // The fresh copy's error is a TutynushyError to this copy too (the class is branded).
    if (!isTutynushyError(caught, 'CALENDAR_DATA_MISSING')) throw caught;
    expect(caught.details).toEqual({
      problem: 'intlCalendarUnsupported',
      year: 2027,
      missing: ['kurbanAit'],
      runtimeCalendar: 'gregory',
    });
    // Every language says what the runtime has and how to supply the date.
    for (const locale of LOCALES) {
      expect(formatError(caught, locale)).toContain('"gregory"');
      expect(formatError(caught, locale)).toContain('createWorkCalendar({ kurbanAit })');
    }
    // Supplying the date answers the year.
    const calendar = fresh.createWorkCalendar({
      kurbanAit: [{ date: '2027-05-16', estimate: true }],
    });
    expect(fresh.isWorkingDay('2027-05-17', { calendar })).toBe(true);
    expect(fresh.calendarYearStatus(2027, { calendar }).status).toBe('provisional');
  });
});
