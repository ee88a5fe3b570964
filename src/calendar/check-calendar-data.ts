// The checks of calendar data, entry by entry: what `createWorkCalendar`
// accepts and what a calendar passed to any function must hold. Each returns
// a clean copy (only the known keys), or throws naming the field.
import { type Labels, type LocalDate, safeParseLocalDate } from '../core/index.js';
import { daysInMonth, isoWeekday } from '../core/local-date.js';
import { invalidCalendarData, tooManyEntries, unknownKey } from './errors.js';
import type { HolidayRule } from './holidays.js';
import type { KurbanAitDate } from './kurban-ait.js';
import type { LegalSource } from './sources.js';
import type { TransferAct } from './transfer-acts.js';
import { CALENDAR_YEAR_RANGE } from './year-range.js';

/** The most entries a list of calendar data may hold: far more than any year needs, few enough to read at once. */
export const MAX_ENTRIES = 1000;

const FN = 'createWorkCalendar';
const YEAR = { expected: 'integerInRange', min: 1000, max: 9999 } as const;

/** A Kurban Ait date supplied by a caller; `estimate` defaults to `false`. */
export interface KurbanAitInput {
  /** The first day of Kurban Ait that year. */
  readonly date: LocalDate;
  /** `true` when the date is not announced yet, only estimated. */
  readonly estimate?: boolean | undefined;
  /** The act or announcement that names the date. */
  readonly source?: LegalSource | undefined;
}

// A misspelt key (`form` for `from`, `transferAct`) would otherwise be dropped
// without a word — and a holiday rule without its `from` holds for every year.
function checkKeys(value: object, known: readonly string[], field: string): void {
  for (const key in value) if (!known.includes(key)) throw unknownKey(FN, field, key, known);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A list of entries, its length checked before anything is read: `new
 * Array(2 ** 32 - 1)` is refused at once rather than walked. Absent is empty.
 */
export function checkList(value: unknown, field: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw invalidCalendarData(field, value, 'array', 'notAnArray');
  }
  if (value.length > MAX_ENTRIES) throw tooManyEntries(field, value.length, MAX_ENTRIES);
  return value;
}

/** Each entry of a list checked by `check`, with its index in the field path. */
export function checkEach<T>(
  list: unknown,
  field: string,
  check: (value: unknown, at: string) => T,
): T[] {
  const entries = checkList(list, field);
  const out: T[] = [];
  for (let i = 0; i < entries.length; i++) out.push(check(entries[i], `${field}[${i}]`));
  return out;
}

function checkDate(value: unknown, field: string): LocalDate {
  const parsed = safeParseLocalDate(value);
  if (!parsed.ok) {
    throw invalidCalendarData(field, value, 'date', 'notADate');
  }
  const year = Number(parsed.value.slice(0, 4));
  if (year < CALENDAR_YEAR_RANGE.min || year > CALENDAR_YEAR_RANGE.max) {
    // The years the calendar is computed for, as dates.
    const range = {
      expected: 'dateInRange',
      min: `${CALENDAR_YEAR_RANGE.min}-01-01`,
      max: `${CALENDAR_YEAR_RANGE.max}-12-31`,
    } as const;
    throw invalidCalendarData(field, value, range, 'yearOutOfRange');
  }
  return parsed.value;
}

function isYear(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= YEAR.min && (value as number) <= YEAR.max;
}

function checkRuleYear(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!isYear(value)) throw invalidCalendarData(field, value, YEAR, 'notAYear');
  return value;
}

function checkText(value: unknown, field: string): string | undefined {
  if (value !== undefined && typeof value !== 'string') {
    throw invalidCalendarData(field, value, 'string', 'notAText');
  }
  return value;
}

/** A source `{ act, article?, note? }` naming its act. */
export function checkSource(value: unknown, field: string): LegalSource {
  if (!isObject(value) || typeof value['act'] !== 'string' || value['act'].trim() === '') {
    throw invalidCalendarData(field, value, 'legalSource', 'notASource');
  }
  checkKeys(value, ['act', 'article', 'note'], field);
  return {
    act: value['act'],
    article: checkText(value['article'], `${field}.article`),
    note: checkText(value['note'], `${field}.note`),
  };
}

function checkLabels(value: unknown, field: string): Labels {
  if (
    !isObject(value) ||
    typeof value['kk'] !== 'string' ||
    typeof value['ru'] !== 'string' ||
    typeof value['en'] !== 'string'
  ) {
    throw invalidCalendarData(field, value, 'labels', 'notLabels');
  }
  return { kk: value['kk'], ru: value['ru'], en: value['en'] };
}

const HOLIDAY_KEYS = ['key', 'month', 'day', 'from', 'to', 'name', 'source'];

/** A holiday rule `{ key, month, day, from?, to?, name, source }`. */
export function checkHoliday(value: unknown, field: string): HolidayRule {
  if (!isObject(value)) {
    throw invalidCalendarData(field, value, 'holidayRule', 'notAHolidayRule');
  }
  checkKeys(value, HOLIDAY_KEYS, field);
  const { key, month, day } = value;
  if (typeof key !== 'string' || key === '') {
    throw invalidCalendarData(`${field}.key`, key, 'nonEmptyString', 'emptyKey');
  }
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    const months = { expected: 'integerInRange', min: 1, max: 12 } as const;
    throw invalidCalendarData(`${field}.month`, month, months, 'monthOutOfRange');
  }
  const length = daysInMonth(2024, month as number);
  if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > length) {
    const days = { expected: 'integerInRange', min: 1, max: length } as const;
    throw invalidCalendarData(`${field}.day`, day, days, 'dayOutOfRange');
  }
  const from = checkRuleYear(value['from'], `${field}.from`);
  const to = checkRuleYear(value['to'], `${field}.to`);
  if (from !== undefined && to !== undefined && to < from) {
    const years = { expected: 'notBefore', min: from, max: YEAR.max } as const;
    throw invalidCalendarData(`${field}.to`, to, years, 'toBeforeFrom');
  }
  return {
    key,
    month: month as number,
    day: day as number,
    from,
    to,
    name: checkLabels(value['name'], `${field}.name`),
    source: checkSource(value['source'], `${field}.source`),
  };
}

const SUPPLIED: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'date supplied by the calendar’s creator',
};

const KURBAN_AIT_KEYS = ['date', 'estimate', 'source'];

/** A Kurban Ait entry `{ date, estimate?, source? }`. */
export function checkKurbanAit(value: unknown, field: string): KurbanAitDate {
  if (!isObject(value)) {
    throw invalidCalendarData(field, value, 'kurbanAitEntry', 'notAKurbanAitEntry');
  }
  checkKeys(value, KURBAN_AIT_KEYS, field);
  const { estimate, source } = value;
  if (estimate !== undefined && typeof estimate !== 'boolean') {
    throw invalidCalendarData(`${field}.estimate`, estimate, 'boolean', 'notABoolean');
  }
  return {
    date: checkDate(value['date'], `${field}.date`),
    estimate: estimate ?? false,
    source: source === undefined ? SUPPLIED : checkSource(source, `${field}.source`),
  };
}

const TRANSFER_KEYS = ['workingDay', 'dayOff', 'source'];

/** A transfer act `{ workingDay, dayOff, source }`: a Saturday or Sunday for a Monday–Friday. */
export function checkTransfer(value: unknown, field: string): TransferAct {
  if (!isObject(value)) {
    throw invalidCalendarData(field, value, 'transferAct', 'notATransferAct');
  }
  checkKeys(value, TRANSFER_KEYS, field);
  const workingDay = checkDate(value['workingDay'], `${field}.workingDay`);
  const dayOff = checkDate(value['dayOff'], `${field}.dayOff`);
  if (isoWeekday(workingDay) < 6) {
    throw invalidCalendarData(`${field}.workingDay`, workingDay, 'weekendDay', 'notWeekend');
  }
  if (isoWeekday(dayOff) > 5) {
    throw invalidCalendarData(`${field}.dayOff`, dayOff, 'weekday', 'notWeekday');
  }
  return { workingDay, dayOff, source: checkSource(value['source'], `${field}.source`) };
}

/** A year whose transfer acts are all listed: inside the supported range. */
export function checkConfirmedYear(value: unknown, field: string): number {
  if (
    !Number.isInteger(value) ||
    (value as number) < CALENDAR_YEAR_RANGE.min ||
    (value as number) > CALENDAR_YEAR_RANGE.max
  ) {
    const years = {
      expected: 'integerInRange',
      min: CALENDAR_YEAR_RANGE.min,
      max: CALENDAR_YEAR_RANGE.max,
    } as const;
    throw invalidCalendarData(field, value, years, 'yearOutOfRange');
  }
  return value as number;
}

/** `true` or `false`. */
export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw invalidCalendarData(field, value, 'boolean', 'notABoolean');
  }
  return value;
}

/** One Kurban Ait date per year: a second one for a year is refused, naming it. */
export function checkOneKurbanAitPerYear(entries: readonly KurbanAitDate[], field: string): void {
  const years = new Set<string>();
  entries.forEach((entry, i) => {
    const year = entry.date.slice(0, 4);
    if (years.has(year)) {
      const once = { expected: 'oneKurbanAitPerYear', year: Number(year) } as const;
      throw invalidCalendarData(`${field}[${i}].date`, entry.date, once, 'duplicateYear');
    }
    years.add(year);
  });
}

function isTable(value: unknown): boolean {
  return Array.isArray(value);
}

/**
 * Checks a calendar built by hand entry by entry, as `createWorkCalendar`
 * checks its overrides: every table an array of at most {@link MAX_ENTRIES},
 * every entry valid, one Kurban Ait date per year.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` naming the field (`base.holidays[3].month`).
 */
export function checkCalendarData(calendar: unknown, field: string): void {
  if (
    !isObject(calendar) ||
    !['holidays', 'religiousDaysOff', 'kurbanAit', 'transferActs', 'confirmedYears'].every(
      (table) => isTable(calendar[table]),
    )
  ) {
    throw invalidCalendarData(field, calendar, 'calendarData', 'notACalendar');
  }
  checkEach(calendar['holidays'], `${field}.holidays`, checkHoliday);
  checkEach(calendar['religiousDaysOff'], `${field}.religiousDaysOff`, checkHoliday);
  checkOneKurbanAitPerYear(
    checkEach(calendar['kurbanAit'], `${field}.kurbanAit`, checkKurbanAit),
    `${field}.kurbanAit`,
  );
  checkEach(calendar['transferActs'], `${field}.transferActs`, checkTransfer);
  checkEach(calendar['confirmedYears'], `${field}.confirmedYears`, checkConfirmedYear);
  checkBoolean(calendar['estimates'], `${field}.estimates`);
}
