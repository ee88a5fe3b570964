import { type Labels, type LocalDate, safeParseLocalDate, TutynushyError } from '../core/index.js';
import { daysInMonth, isoWeekday } from '../core/local-date.js';
import { describeValue } from '../core/describe.js';
import { checkCalendar } from './check-calendar.js';
import { type HolidayRule, KAZAKHSTAN_HOLIDAYS } from './holidays.js';
import {
  KURBAN_AIT_DATES,
  type KurbanAitDate,
  ORTHODOX_CHRISTMAS_NAME,
  RELIGIOUS_DAY_OFF_SOURCE,
} from './religious-days.js';
import type { LegalSource } from './sources.js';
import {
  KAZAKHSTAN_CONFIRMED_YEARS,
  KAZAKHSTAN_TRANSFER_ACTS,
  type TransferAct,
} from './transfer-acts.js';

/**
 * A working-day calendar as data: the rules and tables every working-day
 * question is answered from. Immutable (deeply frozen); make a changed one
 * with {@link createWorkCalendar}. The functions of this module precompute
 * each year once per calendar object, on first use.
 */
export interface WorkCalendar {
  /** Holidays: days off, moved to the next working day when they fall on a weekend. */
  readonly holidays: readonly HolidayRule[];
  /** Religious days off on a fixed date (7 January): never moved. */
  readonly religiousDaysOff: readonly HolidayRule[];
  /** The first day of Kurban Ait by year, confirmed or estimated: never moved. */
  readonly kurbanAit: readonly KurbanAitDate[];
  /** Transfers of days off by act. */
  readonly transferActs: readonly TransferAct[];
  /** Years whose transfer acts are all listed in {@link WorkCalendar.transferActs} (possibly none). */
  readonly confirmedYears: readonly number[];
  /** Whether years that are not confirmed are answered from estimates (and flagged provisional). */
  readonly estimates: boolean;
}

/** A Kurban Ait date supplied by a caller; `estimate` defaults to `false`. */
export interface KurbanAitInput {
  readonly date: LocalDate;
  readonly estimate?: boolean | undefined;
  readonly source?: LegalSource | undefined;
}

/** What {@link createWorkCalendar} adds to or changes in a calendar. */
export interface WorkCalendarOverrides {
  /** The calendar to start from; {@link kazakhstanCalendar} when absent. */
  readonly base?: WorkCalendar | undefined;
  /** More holidays (a new law, a one-off day off: set `from` and `to` to its year). */
  readonly holidays?: readonly HolidayRule[] | undefined;
  /** Kurban Ait dates; each replaces the base calendar's entry for its year. */
  readonly kurbanAit?: readonly KurbanAitInput[] | undefined;
  /** More transfer acts. */
  readonly transferActs?: readonly TransferAct[] | undefined;
  /** Years whose transfer acts are now all listed (possibly none): with an announced Kurban Ait date the year is confirmed. */
  readonly confirmedYears?: readonly number[] | undefined;
  /** Answer unconfirmed years from estimates, flagged provisional (default: the base calendar's setting). */
  readonly estimates?: boolean | undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const ORTHODOX_CHRISTMAS: HolidayRule = {
  key: 'orthodoxChristmas',
  month: 1,
  day: 7,
  name: ORTHODOX_CHRISTMAS_NAME,
  source: RELIGIOUS_DAY_OFF_SOURCE,
};

/**
 * The Kazakhstan five-day-week calendar as published: the holidays of Law
 * No. 267-II, the religious days off of the Labour Code art. 84 p. 5, the
 * Kurban Ait table and the transfer acts 2022–2026. Years 2022–2026 are
 * confirmed; other years raise `CALENDAR_DATA_MISSING` (see
 * {@link createWorkCalendar} to supply data or accept estimates).
 *
 * @example
 * ```ts
 * isWorkingDay('2024-05-04', kazakhstanCalendar); // true — the working Saturday
 * kazakhstanCalendar.confirmedYears; // [2022, 2023, 2024, 2025, 2026]
 * ```
 */
export const kazakhstanCalendar: WorkCalendar = /* @__PURE__ */ deepFreeze({
  holidays: KAZAKHSTAN_HOLIDAYS,
  religiousDaysOff: [ORTHODOX_CHRISTMAS],
  kurbanAit: KURBAN_AIT_DATES,
  transferActs: KAZAKHSTAN_TRANSFER_ACTS,
  confirmedYears: KAZAKHSTAN_CONFIRMED_YEARS,
  estimates: false,
});

function invalid(field: string, value: unknown, expected: string): TutynushyError {
  return new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid calendar data at ${field}: ${describeValue(value)} — expected ${expected}`,
    { field, value: typeof value === 'string' ? value.slice(0, 200) : value, expected },
  );
}

// A misspelt key (`form` for `from`, `transferAct`) would otherwise be dropped
// without a word — and a holiday rule without its `from` holds for every year.
function checkKeys(value: object, known: readonly string[], field: string): void {
  for (const [key, inner] of Object.entries(value)) {
    if (!known.includes(key)) {
      const at = field === '' ? key : `${field}.${key}`;
      throw invalid(at, inner, `a known key: ${known.join(', ')}`);
    }
  }
}

function checkDate(value: unknown, field: string): LocalDate {
  const parsed = safeParseLocalDate(value);
  if (!parsed.ok)
    throw invalid(field, value, `a date YYYY-MM-DD (${parsed.error.details['reason']})`);
  return parsed.value;
}

function isYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1000 && (value as number) <= 9999;
}

function checkSource(value: unknown, field: string): LegalSource {
  const source = value as Partial<LegalSource> | null;
  if (
    typeof source !== 'object' ||
    source === null ||
    typeof source.act !== 'string' ||
    source.act.trim() === ''
  ) {
    throw invalid(field, value, 'a source { act, article? } naming the act');
  }
  checkKeys(source, ['act', 'article', 'note'], field);
  for (const key of ['article', 'note'] as const) {
    const text = source[key];
    if (text !== undefined && typeof text !== 'string')
      throw invalid(`${field}.${key}`, text, 'a text, or no value');
  }
  return { act: source.act, article: source.article, note: source.note };
}

function checkLabels(value: unknown, field: string): Labels {
  const labels = value as Partial<Labels> | null;
  if (
    typeof labels !== 'object' ||
    labels === null ||
    typeof labels.kk !== 'string' ||
    typeof labels.ru !== 'string' ||
    typeof labels.en !== 'string'
  ) {
    throw invalid(field, value, 'a name { kk, ru, en }');
  }
  return { kk: labels.kk, ru: labels.ru, en: labels.en };
}

function checkHoliday(value: HolidayRule, field: string): HolidayRule {
  if (typeof value !== 'object' || value === null) throw invalid(field, value, 'a holiday rule');
  checkKeys(value, ['key', 'month', 'day', 'from', 'to', 'name', 'source'], field);
  if (typeof value.key !== 'string' || value.key === '')
    throw invalid(`${field}.key`, value.key, 'a non-empty key');
  if (!Number.isInteger(value.month) || value.month < 1 || value.month > 12)
    throw invalid(`${field}.month`, value.month, 'a month 1–12');
  if (!Number.isInteger(value.day) || value.day < 1 || value.day > daysInMonth(2024, value.month))
    throw invalid(`${field}.day`, value.day, `a day of month ${value.month}`);
  if (value.from !== undefined && !isYear(value.from))
    throw invalid(`${field}.from`, value.from, 'a year 1000–9999');
  if (value.to !== undefined && !isYear(value.to))
    throw invalid(`${field}.to`, value.to, 'a year 1000–9999');
  if (value.from !== undefined && value.to !== undefined && value.to < value.from)
    throw invalid(`${field}.to`, value.to, `a year not before from (${value.from})`);
  return {
    key: value.key,
    month: value.month,
    day: value.day,
    from: value.from,
    to: value.to,
    name: checkLabels(value.name, `${field}.name`),
    source: checkSource(value.source, `${field}.source`),
  };
}

const SUPPLIED: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'date supplied by the calendar’s creator',
};

function checkKurbanAit(value: KurbanAitInput, field: string): KurbanAitDate {
  if (typeof value !== 'object' || value === null)
    throw invalid(field, value, 'a Kurban Ait entry { date, estimate?, source? }');
  checkKeys(value, ['date', 'estimate', 'source'], field);
  if (value.estimate !== undefined && typeof value.estimate !== 'boolean')
    throw invalid(`${field}.estimate`, value.estimate, 'true or false');
  return {
    date: checkDate(value.date, `${field}.date`),
    estimate: value.estimate ?? false,
    source: value.source === undefined ? SUPPLIED : checkSource(value.source, `${field}.source`),
  };
}

function checkTransfer(value: TransferAct, field: string): TransferAct {
  if (typeof value !== 'object' || value === null)
    throw invalid(field, value, 'a transfer act { workingDay, dayOff, source }');
  checkKeys(value, ['workingDay', 'dayOff', 'source'], field);
  const workingDay = checkDate(value.workingDay, `${field}.workingDay`);
  const dayOff = checkDate(value.dayOff, `${field}.dayOff`);
  if (isoWeekday(workingDay) < 6)
    throw invalid(`${field}.workingDay`, workingDay, 'a Saturday or Sunday made a working day');
  if (isoWeekday(dayOff) > 5)
    throw invalid(`${field}.dayOff`, dayOff, 'a Monday–Friday made a day off');
  return { workingDay, dayOff, source: checkSource(value.source, `${field}.source`) };
}

// Two acts that share a day would make one weekend day pay for two days off,
// or one day off be paid twice: the second is refused. The same act given
// again (a user's entry that a later release also ships) is kept once.
function addTransferActs(
  base: readonly TransferAct[],
  added: readonly TransferAct[],
): readonly TransferAct[] {
  const all = [...base];
  added.forEach((act, i) => {
    const same = all.find(
      (other) => other.workingDay === act.workingDay && other.dayOff === act.dayOff,
    );
    if (same !== undefined) return;
    const clash = all.find(
      (other) =>
        other.workingDay === act.workingDay ||
        other.dayOff === act.dayOff ||
        other.workingDay === act.dayOff ||
        other.dayOff === act.workingDay,
    );
    if (clash !== undefined) {
      throw invalid(
        `transferActs[${i}]`,
        `${act.workingDay} → ${act.dayOff}`,
        `a transfer on days no other act uses (the act ${clash.workingDay} → ${clash.dayOff} already does)`,
      );
    }
    all.push(act);
  });
  return all;
}

const OVERRIDE_KEYS = [
  'base',
  'holidays',
  'kurbanAit',
  'transferActs',
  'confirmedYears',
  'estimates',
] as const;

function checkList<T>(value: unknown, field: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(field, value, 'an array');
  return value as readonly T[];
}

/**
 * Makes a calendar from {@link kazakhstanCalendar} (or `base`) with more
 * data: next year's Kurban Ait date, a new transfer act, an extra holiday,
 * a year declared complete — so that users need not wait for a release —
 * or `{ estimates: true }` to answer unconfirmed years from estimates.
 * Every entry is checked; the result is deeply frozen.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` naming the bad field
 * (`kurbanAit[0].date`, `transferActs[1].workingDay`, …), e.g. a transfer whose
 * working day is not a weekend day, a transfer sharing a day with another
 * act, two Kurban Ait dates for one year, or an unknown override key. A
 * transfer whose day off is already a holiday is refused when its year is
 * first used.
 * @example
 * ```ts
 * const calendar2027 = createWorkCalendar({
 *   kurbanAit: [{ date: '2027-05-16', source: { act: 'ДУМК, объявление 2027 года' } }],
 *   confirmedYears: [2027],
 * });
 * calendarYearStatus(2027, calendar2027).status; // 'confirmed'
 * isWorkingDay('2027-03-15', calendar2027);       // false — Constitution Day
 * ```
 */
export function createWorkCalendar(overrides: WorkCalendarOverrides = {}): WorkCalendar {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides))
    throw invalid('overrides', overrides, 'an object of overrides');
  checkKeys(overrides, OVERRIDE_KEYS, '');
  const base = overrides.base === undefined ? kazakhstanCalendar : overrides.base;
  checkCalendar(base);
  const holidays = checkList<HolidayRule>(overrides.holidays, 'holidays').map((rule, i) =>
    checkHoliday(rule, `holidays[${i}]`),
  );
  const kurbanAit = checkList<KurbanAitInput>(overrides.kurbanAit, 'kurbanAit').map((entry, i) =>
    checkKurbanAit(entry, `kurbanAit[${i}]`),
  );
  const years = new Set<string>();
  kurbanAit.forEach((entry, i) => {
    const year = entry.date.slice(0, 4);
    if (years.has(year))
      throw invalid(`kurbanAit[${i}].date`, entry.date, `one Kurban Ait date for ${year}`);
    years.add(year);
  });
  const transferActs = checkList<TransferAct>(overrides.transferActs, 'transferActs').map(
    (act, i) => checkTransfer(act, `transferActs[${i}]`),
  );
  const confirmedYears = checkList<number>(overrides.confirmedYears, 'confirmedYears');
  confirmedYears.forEach((year, i) => {
    if (!isYear(year)) throw invalid(`confirmedYears[${i}]`, year, 'a year 1000–9999');
  });
  if (overrides.estimates !== undefined && typeof overrides.estimates !== 'boolean')
    throw invalid('estimates', overrides.estimates, 'true or false');

  return deepFreeze({
    holidays: [...base.holidays, ...holidays],
    religiousDaysOff: base.religiousDaysOff,
    kurbanAit: [
      ...base.kurbanAit.filter((entry) => !years.has(entry.date.slice(0, 4))),
      ...kurbanAit,
    ].sort((a, b) => (a.date < b.date ? -1 : 1)),
    transferActs: addTransferActs(base.transferActs, transferActs),
    confirmedYears: [...new Set([...base.confirmedYears, ...confirmedYears])].sort((a, b) => a - b),
    estimates: overrides.estimates ?? base.estimates,
  });
}
