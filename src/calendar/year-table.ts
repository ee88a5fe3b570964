import type { Labels, LocalDate } from '../core/index.js';
import { fromEpochDay, isLeapYear, toEpochDay } from '../core/local-date.js';
import {
  HOLIDAY,
  isWorkingCode,
  RELIGIOUS,
  SUBSTITUTE,
  TRANSFER_OFF,
  WEEKEND,
  WORKDAY,
  WORKING_WEEKEND,
} from './day-codes.js';
import { type HolidayRule, inForce } from './holidays.js';
import { KURBAN_AIT_NAME } from './religious-days.js';
import type { LegalSource } from './sources.js';
import type { TransferAct } from './transfer-acts.js';
import type { WorkCalendar } from './work-calendar.js';

/**
 * One special day of a year as the table records it: what it is and what it
 * comes from. The published form, with names, is made from it on demand
 * (see `calendarDays`), so that answering `isWorkingDay` needs no names.
 *
 * @internal
 */
export interface SpecialDay {
  readonly epochDay: number;
  /** Its day code (`HOLIDAY`, `SUBSTITUTE`, …), which says its kind. */
  readonly code: number;
  /** For a holiday, a religious day off or a substitute: the rule's name and source. */
  readonly rule?: { readonly name: Labels; readonly source: LegalSource } | undefined;
  /** For a transferred day off or a working weekend day: the act. */
  readonly act?: TransferAct | undefined;
  /** The holiday a substitute replaces, or the other day of a transfer. */
  readonly related?: LocalDate | undefined;
  /** The day rests on an estimate (a Kurban Ait not yet announced). */
  readonly estimate?: boolean | undefined;
}

/** A year resolved into a code per day: built once per calendar and year, then read without allocation. @internal */
export interface YearTable {
  readonly year: number;
  /** Epoch day of 1 January. */
  readonly firstEpochDay: number;
  /** A day code per day of the year (index 0 = 1 January). */
  readonly codes: Uint8Array;
  /** Working days from 1 January up to and including each day: the prefix count. */
  readonly cumulative: Uint16Array;
  /** The day of the year (index) of each working day, in order: the k-th working day is `workingDays[k - 1]`. */
  readonly workingDays: Uint16Array;
  /** The special days of the year in date order. */
  readonly special: readonly SpecialDay[];
}

/** What the table of a year is built from, besides the calendar's rules. @internal */
export interface YearInput {
  readonly year: number;
  /** The first day of Kurban Ait used for the year, and whether it is an estimate. */
  readonly kurbanAit:
    | { readonly date: LocalDate; readonly estimate: boolean; readonly source: LegalSource }
    | undefined;
  /** The first day of Kurban Ait of the year before, if known: a day already off for a December substitute. */
  readonly kurbanAitBefore: LocalDate | undefined;
}

const THURSDAY_SHIFT = 3; // 1970-01-01 was a Thursday: (epochDay + 3) mod 7 is 0 on Mondays, 5 and 6 at weekends.

function isWeekendEpochDay(epochDay: number): boolean {
  return (((epochDay + THURSDAY_SHIFT) % 7) + 7) % 7 >= 5;
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
    const date = inForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date === undefined) continue;
    const epochDay = toEpochDay(date);
    if (!byDay.has(epochDay)) byDay.set(epochDay, { epochDay, rule });
  }
  return [...byDay.values()].sort((a, b) => a.epochDay - b.epochDay);
}

// The days off of a year that are not holidays (religious and transferred
// days off), as epoch days: the weekend rule skips them.
function otherDaysOff(
  calendar: WorkCalendar,
  year: number,
  kurbanAit: LocalDate | undefined,
): number[] {
  const dates: LocalDate[] = calendar.transferActs.map((act) => act.dayOff);
  for (const rule of calendar.religiousDaysOff) {
    const date = inForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date !== undefined) dates.push(date);
  }
  if (kurbanAit !== undefined) dates.push(kurbanAit);
  const prefix = `${year}-`;
  return dates.filter((date) => date.startsWith(prefix)).map((date) => toEpochDay(date));
}

/**
 * Resolves a year of a calendar into its table: the holidays (Law
 * No. 267-II art. 1), the religious days off (Labour Code art. 84 p. 5),
 * the transfer acts (art. 85 p. 3) and the weekend rule (Law No. 267-II
 * art. 5), in that order, then the prefix count of working days.
 *
 * @internal
 */
export function buildYearTable(calendar: WorkCalendar, input: YearInput): YearTable {
  const { year } = input;
  const firstEpochDay = toEpochDay(`${year}-01-01`);
  const length = isLeapYear(year) ? 366 : 365;
  const codes = new Uint8Array(length);
  for (let i = 0; i < length; i++)
    codes[i] = isWeekendEpochDay(firstEpochDay + i) ? WEEKEND : WORKDAY;
  // Each day is marked once: holidays on distinct dates, religious days off
  // only where no holiday is, transfers on ordinary days (checked when the
  // calendar was made), substitutes on free weekdays.
  const special: SpecialDay[] = [];
  const inYear = (epochDay: number): boolean =>
    epochDay >= firstEpochDay && epochDay < firstEpochDay + length;
  const mark = (day: SpecialDay): void => {
    codes[day.epochDay - firstEpochDay] = day.code;
    special.push(day);
  };

  // 1. Holidays (art. 1), listed on whatever day they fall.
  const holidays = holidaysOf(calendar, year);
  for (const { epochDay, rule } of holidays) {
    mark({ epochDay, code: HOLIDAY, rule });
  }

  // 2. Religious days off: never moved; a holiday on the same date already gives the day off.
  const religious = (date: LocalDate, rule: SpecialDay['rule'], estimate: boolean): void => {
    const epochDay = toEpochDay(date);
    if ((codes[epochDay - firstEpochDay] as number) < HOLIDAY) {
      mark({ epochDay, code: RELIGIOUS, rule, estimate });
    }
  };
  for (const rule of calendar.religiousDaysOff) {
    const date = inForce(rule, year) ? dateOf(year, rule) : undefined;
    if (date !== undefined) religious(date, rule, false);
  }
  const { kurbanAit } = input;
  if (kurbanAit !== undefined) {
    religious(
      kurbanAit.date,
      { name: KURBAN_AIT_NAME, source: kurbanAit.source },
      kurbanAit.estimate,
    );
  }

  // 3. Transfer acts (Labour Code art. 85 p. 3), each on ordinary days: a
  // calendar with an act on a day already off is refused when it is made.
  for (const act of calendar.transferActs) {
    const off = toEpochDay(act.dayOff);
    const working = toEpochDay(act.workingDay);
    if (inYear(off)) {
      mark({ epochDay: off, code: TRANSFER_OFF, act, related: act.workingDay });
    }
    if (inYear(working)) {
      mark({ epochDay: working, code: WORKING_WEEKEND, act, related: act.dayOff });
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
    ...otherDaysOff(calendar, year - 1, input.kurbanAitBefore),
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
      mark({ epochDay: candidate, code: SUBSTITUTE, rule, related: fromEpochDay(epochDay) });
    } else {
      taken.add(candidate);
    }
  }

  // 5. The prefix count, and each working day's place, for constant-time arithmetic.
  const cumulative = new Uint16Array(length);
  const positions: number[] = [];
  for (let i = 0; i < length; i++) {
    if (isWorkingCode(codes[i])) positions.push(i);
    cumulative[i] = positions.length;
  }
  return {
    year,
    firstEpochDay,
    codes,
    cumulative,
    workingDays: Uint16Array.from(positions),
    special: special.sort((a, b) => a.epochDay - b.epochDay),
  };
}
