import { type LocalDate, TutynushyError } from '../core/index.js';
import { describeValue } from '../core/describe.js';
import { fromEpochDay, isLeapYear, toEpochDay } from '../core/local-date.js';
import type { CalendarDay } from './calendar-day.js';
import { checkCalendar } from './check-calendar.js';
import { type HolidayRule, holidayInForce } from './holidays.js';
import { KURBAN_AIT_NAME, type KurbanAitDate } from './religious-days.js';
import type { TransferAct } from './transfer-acts.js';
import { kazakhstanCalendar, type WorkCalendar } from './work-calendar.js';

/** What a year's data lacks: its announced Kurban Ait date, or the knowledge that its transfer acts are all listed. */
export type CalendarDataGap = 'kurbanAit' | 'transferActs';

/** How far a calendar can answer for a year. */
export interface CalendarYearStatus {
  readonly year: number;
  /**
   * `confirmed` — every fact is known; `provisional` — answered from
   * estimates (only a calendar created with `{ estimates: true }`);
   * `missing` — questions about the year raise `CALENDAR_DATA_MISSING`.
   */
  readonly status: 'confirmed' | 'provisional' | 'missing';
  /** What is not confirmed (empty for a confirmed year). */
  readonly missing: readonly CalendarDataGap[];
}

// Day codes of the per-year table. Working days are the two codes below 3
// except WEEKEND, checked as `code === WORKDAY || code === WORKING_WEEKEND`.
export const WORKDAY = 0;
export const WEEKEND = 1;
export const WORKING_WEEKEND = 2;
const HOLIDAY = 3;
const SUBSTITUTE = 4;
const RELIGIOUS = 5;
const TRANSFER_OFF = 6;

/** A year resolved into a code per day: built once per calendar and year, then read without allocation. @internal */
export interface YearTable {
  readonly year: number;
  readonly status: 'confirmed' | 'provisional';
  /** Epoch day of 1 January. */
  readonly firstEpochDay: number;
  /** A day code per day of the year (index 0 = 1 January). */
  readonly codes: Uint8Array;
  /** Working days from 1 January up to and including each day. */
  readonly cumulative: Uint16Array;
  /** The special days of the year in date order. */
  readonly days: readonly CalendarDay[];
}

function kurbanAitOf(calendar: WorkCalendar, year: number): KurbanAitDate | undefined {
  const prefix = String(year);
  return calendar.kurbanAit.find((entry) => entry.date.startsWith(prefix));
}

/**
 * How far a calendar can answer for a year, without throwing.
 *
 * @example
 * ```ts
 * calendarYearStatus(2026); // { year: 2026, status: 'confirmed', missing: [] }
 * calendarYearStatus(2027); // { year: 2027, status: 'missing', missing: ['kurbanAit', 'transferActs'] }
 * calendarYearStatus(2027, createWorkCalendar({ estimates: true })).status; // 'provisional'
 * ```
 */
export function calendarYearStatus(
  year: number,
  calendar: WorkCalendar = kazakhstanCalendar,
): CalendarYearStatus {
  checkYear(year);
  checkCalendar(calendar);
  const kurbanAit = kurbanAitOf(calendar, year);
  const missing: CalendarDataGap[] = [];
  if (kurbanAit === undefined || kurbanAit.estimate) missing.push('kurbanAit');
  if (!calendar.confirmedYears.includes(year)) missing.push('transferActs');
  const status =
    missing.length === 0
      ? 'confirmed'
      : calendar.estimates && kurbanAit !== undefined
        ? 'provisional'
        : 'missing';
  return { year, status, missing };
}

/** @internal */
export function checkYear(year: unknown): asserts year is number {
  if (!Number.isInteger(year) || (year as number) < 1000 || (year as number) > 9999) {
    throw new TutynushyError(
      'INVALID_ARGUMENT',
      `Invalid year ${describeValue(year)}: expected an integer from 1000 to 9999`,
      { value: year },
    );
  }
}

function missingError(status: CalendarYearStatus, calendar: WorkCalendar): TutynushyError {
  const { year } = status;
  const kurbanAit = kurbanAitOf(calendar, year);
  const reasons: string[] = [];
  if (status.missing.includes('kurbanAit')) {
    reasons.push(
      kurbanAit === undefined
        ? 'the first day of Kurban Ait is not known'
        : `the first day of Kurban Ait is only estimated (${kurbanAit.date})`,
    );
  }
  if (status.missing.includes('transferActs')) {
    reasons.push(`the transfer acts of ${year} are not known`);
  }
  return new TutynushyError(
    'CALENDAR_DATA_MISSING',
    `No confirmed working-day calendar for ${year}: ${reasons.join(' and ')}. ` +
      'Supply the data with createWorkCalendar({ kurbanAit, transferActs, confirmedYears })' +
      (kurbanAit === undefined
        ? ''
        : ', or accept estimates with createWorkCalendar({ estimates: true })'),
    {
      year,
      missing: status.missing,
      ...(kurbanAit === undefined ? {} : { kurbanAitEstimate: kurbanAit.date }),
    },
  );
}

const THURSDAY_SHIFT = 3; // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays, 5 and 6 at weekends.

function isWeekendEpochDay(epochDay: number): boolean {
  return (((epochDay + THURSDAY_SHIFT) % 7) + 7) % 7 >= 5;
}

function ddmmyyyy(date: LocalDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function dateOf(year: number, rule: HolidayRule): LocalDate | undefined {
  if (rule.month === 2 && rule.day === 29 && !isLeapYear(year)) return undefined;
  return `${year}-${String(rule.month).padStart(2, '0')}-${String(rule.day).padStart(2, '0')}`;
}

interface DatedHoliday {
  readonly epochDay: number;
  readonly rule: HolidayRule;
}

// The holidays in force in a year, one per date (the first rule listed for a
// date names it: two rules on one date give one day off and one substitute).
function holidaysOf(calendar: WorkCalendar, year: number): DatedHoliday[] {
  const byDay = new Map<number, DatedHoliday>();
  for (const rule of calendar.holidays) {
    const date = holidayInForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date === undefined) continue;
    const epochDay = toEpochDay(date);
    if (!byDay.has(epochDay)) byDay.set(epochDay, { epochDay, rule });
  }
  return [...byDay.values()].sort((a, b) => a.epochDay - b.epochDay);
}

function transferClash(act: TransferAct, taken: CalendarDay): TutynushyError {
  return new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid calendar data: the transfer act ${act.workingDay} → ${act.dayOff} (${act.source.act}) ` +
      `uses ${taken.date}, which is already taken (${taken.name.en}): expected an ordinary Monday–Friday ` +
      'as the day off and an ordinary Saturday or Sunday as the working day',
    { field: 'transferActs', value: act, taken: taken.date },
  );
}

// The days off of a year that are not holidays (religious and transferred
// days off), as epoch days: the weekend rule skips them.
function otherDaysOff(calendar: WorkCalendar, year: number): number[] {
  const dates: LocalDate[] = calendar.transferActs.map((act) => act.dayOff);
  for (const rule of calendar.religiousDaysOff) {
    const date = holidayInForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date !== undefined) dates.push(date);
  }
  const kurbanAit = kurbanAitOf(calendar, year);
  if (kurbanAit !== undefined) dates.push(kurbanAit.date);
  const prefix = `${year}-`;
  return dates.filter((date) => date.startsWith(prefix)).map((date) => toEpochDay(date));
}

function buildYearTable(calendar: WorkCalendar, year: number, provisional: boolean): YearTable {
  const firstEpochDay = toEpochDay(`${year}-01-01`);
  const length = isLeapYear(year) ? 366 : 365;
  const codes = new Uint8Array(length);
  for (let i = 0; i < length; i++)
    codes[i] = isWeekendEpochDay(firstEpochDay + i) ? WEEKEND : WORKDAY;
  const days = new Map<number, CalendarDay>();
  const inYear = (epochDay: number): boolean =>
    epochDay >= firstEpochDay && epochDay < firstEpochDay + length;
  const mark = (epochDay: number, code: number, day: CalendarDay): void => {
    codes[epochDay - firstEpochDay] = code;
    days.set(epochDay, day);
  };

  // 1. Holidays (art. 1), listed on whatever day they fall.
  const holidays = holidaysOf(calendar, year);
  for (const { epochDay, rule } of holidays) {
    mark(epochDay, HOLIDAY, {
      date: fromEpochDay(epochDay),
      kind: 'holiday',
      name: rule.name,
      source: rule.source,
      provisional: false,
    });
  }

  // 2. Religious days off: never moved; a holiday on the same date already gives the day off.
  const religious: {
    date: LocalDate;
    rule: Pick<HolidayRule, 'name' | 'source'>;
    estimate: boolean;
  }[] = [];
  for (const rule of calendar.religiousDaysOff) {
    const date = holidayInForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date !== undefined) religious.push({ date, rule, estimate: false });
  }
  const kurbanAit = kurbanAitOf(calendar, year);
  if (kurbanAit !== undefined) {
    religious.push({
      date: kurbanAit.date,
      rule: { name: KURBAN_AIT_NAME, source: kurbanAit.source },
      estimate: kurbanAit.estimate,
    });
  }
  for (const { date, rule, estimate } of religious) {
    const epochDay = toEpochDay(date);
    if (days.has(epochDay)) continue;
    mark(epochDay, RELIGIOUS, {
      date,
      kind: 'religiousDayOff',
      name: rule.name,
      source: rule.source,
      provisional: estimate,
    });
  }

  // 3. Transfer acts (Labour Code art. 85 p. 3). A transfer onto a day that is
  // already a holiday, a religious day off or part of another transfer would
  // lose the day it promises, so the data is refused rather than half applied.
  for (const act of calendar.transferActs) {
    const off = toEpochDay(act.dayOff);
    const working = toEpochDay(act.workingDay);
    for (const epochDay of [off, working]) {
      const already = days.get(epochDay);
      if (already !== undefined) throw transferClash(act, already);
    }
    if (inYear(off)) {
      mark(off, TRANSFER_OFF, {
        date: act.dayOff,
        kind: 'transferDayOff',
        name: {
          kk: `Демалыс күні (${ddmmyyyy(act.workingDay)} бастап ауыстырылды)`,
          ru: `Перенесённый день отдыха (с ${ddmmyyyy(act.workingDay)})`,
          en: `Day off transferred from ${ddmmyyyy(act.workingDay)}`,
        },
        source: act.source,
        relatedDate: act.workingDay,
        provisional: false,
      });
    }
    if (inYear(working)) {
      mark(working, WORKING_WEEKEND, {
        date: act.workingDay,
        kind: 'workingWeekend',
        name: {
          kk: `Жұмыс күні (демалыс ${ddmmyyyy(act.dayOff)} күніне ауыстырылды)`,
          ru: `Рабочий день (выходной перенесён на ${ddmmyyyy(act.dayOff)})`,
          en: `Working day (day off moved to ${ddmmyyyy(act.dayOff)})`,
        },
        source: act.source,
        relatedDate: act.dayOff,
        provisional: false,
      });
    }
  }

  // 4. The weekend rule (Law No. 267-II art. 5): a holiday on a Saturday or
  // Sunday gives a day off on the next working day after it, holidays taken in
  // date order so that each substitute skips the days already off (2026:
  // Nauryz Sat 21 – Mon 23 March gives Tue 24 and Wed 25). The holidays of the
  // year before are replayed first, against that year's other days off, since
  // a substitute for a weekend holiday in late December may land in January.
  const before = holidaysOf(calendar, year - 1);
  const taken = new Set([
    ...before.map((holiday) => holiday.epochDay),
    ...otherDaysOff(calendar, year - 1),
  ]);
  const end = firstEpochDay + length;
  const isFree = (epochDay: number): boolean =>
    inYear(epochDay)
      ? codes[epochDay - firstEpochDay] === WORKDAY
      : !isWeekendEpochDay(epochDay) && !taken.has(epochDay);
  for (const { epochDay, rule } of [...before, ...holidays]) {
    if (!isWeekendEpochDay(epochDay)) continue;
    let candidate = epochDay + 1;
    while (candidate < end && !isFree(candidate)) candidate++;
    if (candidate >= end) continue; // the next year's table places it
    if (inYear(candidate)) {
      mark(candidate, SUBSTITUTE, {
        date: fromEpochDay(candidate),
        kind: 'substituteDayOff',
        name: {
          kk: `${rule.name.kk} (қайта белгіленген демалыс)`,
          ru: `${rule.name.ru} — перенесённый выходной`,
          en: `${rule.name.en} (substitute day off)`,
        },
        source: { act: 'holidaysLaw', article: 'art. 5' },
        relatedDate: fromEpochDay(epochDay),
        provisional: false,
      });
    } else {
      taken.add(candidate);
    }
  }

  const cumulative = new Uint16Array(length);
  let working = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i];
    if (code === WORKDAY || code === WORKING_WEEKEND) working++;
    cumulative[i] = working;
  }
  const sorted = [...days.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, day]) => Object.freeze(day));
  return {
    year,
    status: provisional ? 'provisional' : 'confirmed',
    firstEpochDay,
    codes,
    cumulative,
    days: Object.freeze(sorted),
  };
}

// One table per calendar object and year. A WeakMap keyed by the (immutable)
// calendar lets a calendar and its tables be collected together.
const tables = new WeakMap<WorkCalendar, Map<number, YearTable>>();

/**
 * The resolved table of a year, built on first use and cached.
 *
 * @throws {@link TutynushyError} `CALENDAR_DATA_MISSING` for a year the calendar cannot answer.
 * @internal
 */
export function yearTable(calendar: WorkCalendar, year: number): YearTable {
  const cached = tables.get(calendar)?.get(year);
  if (cached !== undefined) return cached;
  checkCalendar(calendar);
  let byYear = tables.get(calendar);
  if (byYear === undefined) {
    byYear = new Map();
    tables.set(calendar, byYear);
  }
  const status = calendarYearStatus(year, calendar);
  if (status.status === 'missing') throw missingError(status, calendar);
  const table = buildYearTable(calendar, year, status.status === 'provisional');
  byYear.set(year, table);
  return table;
}
