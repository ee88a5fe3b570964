import { isCheckedCalendar, markChecked } from './check-calendar.js';
import {
  checkBoolean,
  checkCalendarData,
  checkConfirmedYear,
  checkEach,
  checkHoliday,
  checkKurbanAit,
  checkOneKurbanAitPerYear,
  checkTransfer,
  type KurbanAitInput,
  MAX_ENTRIES,
} from './check-calendar-data.js';
import { checkTransferDays } from './check-transfer-days.js';
import { deepFreeze } from './deep-freeze.js';
import { tooManyEntries, transferClash } from './errors.js';
import type { HolidayRule } from './holidays.js';
import { kazakhstanCalendar } from './kazakhstan-calendar.js';
import { checkOptions } from './options.js';
import type { TransferAct } from './transfer-acts.js';
import type { WorkCalendar } from './work-calendar.js';

/** What {@link createWorkCalendar} adds to or changes in a calendar. */
export interface WorkCalendarOverrides {
  /** The calendar to start from; {@link kazakhstanCalendar} when absent. */
  readonly base?: WorkCalendar | undefined;
  /** More holidays (a new law, a one-off day off: set `from` and `to` to its year). */
  readonly holidays?: readonly HolidayRule[] | undefined;
  /** Kurban Ait dates as announced; each replaces the base calendar's entry (or the estimate) for its year. */
  readonly kurbanAit?: readonly KurbanAitInput[] | undefined;
  /** More transfer acts. */
  readonly transferActs?: readonly TransferAct[] | undefined;
  /** Years whose transfer acts are now all listed (possibly none): with an announced Kurban Ait date the year is confirmed. */
  readonly confirmedYears?: readonly number[] | undefined;
  /**
   * `true`: answer years that are not confirmed, flagged provisional;
   * `false`: refuse them with `CALENDAR_DATA_MISSING`. The base calendar's
   * setting when absent (`true` for {@link kazakhstanCalendar}).
   */
  readonly estimates?: boolean | undefined;
}

const OVERRIDE_KEYS = [
  'base',
  'holidays',
  'kurbanAit',
  'transferActs',
  'confirmedYears',
  'estimates',
] as const;

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
    for (const other of all) {
      const shared = [act.workingDay, act.dayOff].find(
        (date) => date === other.workingDay || date === other.dayOff,
      );
      if (shared !== undefined) throw transferClash(`transferActs[${i}]`, act, other, shared);
    }
    all.push(act);
  });
  return all;
}

function capped<T>(list: readonly T[], field: string): readonly T[] {
  if (list.length > MAX_ENTRIES) throw tooManyEntries(field, list.length, MAX_ENTRIES);
  return list;
}

/**
 * Makes a calendar from {@link kazakhstanCalendar} (or `base`) with more
 * data, so that users need not wait for a release: a newly announced Kurban
 * Ait date, a new transfer act, an extra holiday, a year declared complete —
 * or `{ estimates: false }` for a strict calendar that refuses provisional
 * years. Every entry is checked (lists are capped at 1000 entries, checked
 * before they are read); the result is deeply frozen.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` naming the bad field
 * (`kurbanAit[0].date`, `transferActs[1].workingDay`, …) with
 * `details.problem` saying what is wrong, e.g. a transfer whose working day
 * is not a weekend day (`notWeekend`), a transfer sharing a day with another
 * act (`transferClash`), two Kurban Ait dates for one year
 * (`duplicateYear`), a date outside `CALENDAR_YEAR_RANGE` (`yearOutOfRange`)
 * or an unknown key (`unknownKey`), a transfer whose day off or working
 * day is already a holiday or a religious day off (`dayTaken`).
 * @example
 * ```ts
 * const calendar2027 = createWorkCalendar({
 *   kurbanAit: [{ date: '2027-05-16', source: { act: 'ДУМК, объявление 2027 года' } }],
 *   confirmedYears: [2027],
 * });
 * calendarYearStatus(2027, { calendar: calendar2027 }).status; // 'confirmed'
 * isWorkingDay('2027-03-15', { calendar: calendar2027 });       // false — Constitution Day
 * const strict = createWorkCalendar({ estimates: false });
 * isWorkingDay('2027-03-15', { calendar: strict });             // throws CALENDAR_DATA_MISSING
 * ```
 */
export function createWorkCalendar(overrides?: WorkCalendarOverrides): WorkCalendar {
  const given: WorkCalendarOverrides =
    overrides === undefined ? {} : checkOptions(overrides, OVERRIDE_KEYS, 'createWorkCalendar');
  const base = given.base === undefined ? kazakhstanCalendar : given.base;
  if (!isCheckedCalendar(base)) checkCalendarData(base, 'base');
  const holidays = checkEach(given.holidays, 'holidays', checkHoliday);
  const kurbanAit = checkEach(given.kurbanAit, 'kurbanAit', checkKurbanAit);
  checkOneKurbanAitPerYear(kurbanAit, 'kurbanAit');
  const years = new Set(kurbanAit.map((entry) => entry.date.slice(0, 4)));
  const transferActs = checkEach(given.transferActs, 'transferActs', checkTransfer);
  const confirmedYears = checkEach(given.confirmedYears, 'confirmedYears', checkConfirmedYear);
  const estimates =
    given.estimates === undefined ? base.estimates : checkBoolean(given.estimates, 'estimates');

  const calendar: WorkCalendar = deepFreeze({
    holidays: capped([...base.holidays, ...holidays], 'holidays'),
    religiousDaysOff: base.religiousDaysOff,
    kurbanAit: capped(
      [...base.kurbanAit.filter((entry) => !years.has(entry.date.slice(0, 4))), ...kurbanAit].sort(
        (a, b) => (a.date < b.date ? -1 : 1),
      ),
      'kurbanAit',
    ),
    transferActs: capped(addTransferActs(base.transferActs, transferActs), 'transferActs'),
    confirmedYears: [...new Set([...base.confirmedYears, ...confirmedYears])].sort((a, b) => a - b),
    estimates,
  });
  checkTransferDays(calendar);
  return markChecked(calendar);
}
