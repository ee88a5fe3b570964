// The published calendar 2022–2026: test/fixtures/calendar/kz-non-working-days-2022-2026.json,
// (built from Law No. 267-II art. 5, Labour Code arts. 84–85 and the transfer acts,
// cross-checked against the Python `holidays` project, MIT). See test/fixtures/README.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDayKind,
  calendarDays,
  isWorkingDay,
  nonWorkingDays,
  workingWeekendDays,
} from '../../src/calendar/index.js';
import { addDays, isoWeekday } from '../../src/core/local-date.js';

interface FixtureDay {
  readonly date: string;
  readonly kind: CalendarDayKind;
  readonly name_kk: string;
  readonly name_ru: string;
}

const fixture = JSON.parse(
  readFileSync(
    new URL('../fixtures/calendar/kz-non-working-days-2022-2026.json', import.meta.url),
    'utf8',
  ),
) as readonly FixtureDay[];

const YEARS = [2022, 2023, 2024, 2025, 2026];

describe('the calendar reproduces the published 2022–2026 calendar', () => {
  it('lists exactly the fixture’s special days, with their kinds, in date order', () => {
    const mine = YEARS.flatMap((year) => calendarDays(year)).map((day) => [day.date, day.kind]);
    expect(mine).toEqual(fixture.map((day) => [day.date, day.kind]));
    expect(mine).toHaveLength(106);
  });

  it('answers every day of 2022–2026: working or not, and the kind of each special day', () => {
    const byDate = new Map(fixture.map((day) => [day.date, day]));
    let date = '2022-01-01';
    let checked = 0;
    while (date <= '2026-12-31') {
      const special = byDate.get(date);
      const weekend = isoWeekday(date) >= 6;
      const expected = special === undefined ? !weekend : special.kind === 'workingWeekend';
      expect([date, isWorkingDay(date)]).toEqual([date, expected]);
      checked++;
      date = addDays(date, 1);
    }
    expect(checked).toBe(1826);
  });

  it('gives every holiday its published Kazakh and Russian name', () => {
    const mine = new Map(YEARS.flatMap((year) => nonWorkingDays(year)).map((d) => [d.date, d]));
    for (const day of fixture.filter((d) => d.kind === 'holiday')) {
      const name = mine.get(day.date)?.name;
      // The fixture writes «Тəуелсіздік» with a Latin schwa (U+0259); the library uses the Kazakh letter ә (U+04D9).
      expect(name?.kk).toBe(day.name_kk.replaceAll('\u0259', '\u04d9'));
      // The fixture's Russian names may carry a remark in brackets after the name.
      expect(day.name_ru.startsWith(name?.ru ?? '∅')).toBe(true);
    }
  });

  it('splits the year into days off and working weekend days', () => {
    for (const year of YEARS) {
      const all = calendarDays(year);
      expect(nonWorkingDays(year).length + workingWeekendDays(year).length).toBe(all.length);
      expect(nonWorkingDays(year).every((d) => !isWorkingDay(d.date))).toBe(true);
      expect(workingWeekendDays(year).every((d) => isWorkingDay(d.date))).toBe(true);
    }
  });
});
