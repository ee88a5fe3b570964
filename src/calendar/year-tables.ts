import type { WorkCalendar } from './work-calendar.js';
import { CALENDAR_YEAR_RANGE, checkYearInRange } from './year-range.js';
import { kurbanAitDateOf, resolveYear, type YearFacts } from './year-status.js';
import { buildYearTable, type YearTable } from './year-table.js';

interface YearSlot {
  readonly facts: YearFacts;
  table?: YearTable;
}

// Per calendar object, each year of the range resolved once and its table
// built once. A WeakMap keyed by the (immutable) calendar lets a calendar and
// its tables be collected together.
const years = new WeakMap<WorkCalendar, (YearSlot | undefined)[]>();

// The calendar is already checked by the public function that asked.
function slotOf(calendar: WorkCalendar, year: number): YearSlot {
  const index = year - CALENDAR_YEAR_RANGE.min;
  const known = years.get(calendar)?.[index];
  if (known !== undefined) return known;
  checkYearInRange(year);
  let byYear = years.get(calendar);
  if (byYear === undefined) {
    byYear = [];
    years.set(calendar, byYear);
  }
  const slot: YearSlot = { facts: resolveYear(calendar, year) };
  byYear[index] = slot;
  return slot;
}

/**
 * The facts of a year for a calendar, resolved on first use and cached.
 *
 * @throws {@link TutynushyError} `CALENDAR_DATA_MISSING` for a year outside
 * `CALENDAR_YEAR_RANGE`; `INVALID_ARGUMENT` for something that is not a calendar.
 * @internal
 */
export function yearFacts(calendar: WorkCalendar, year: number): YearFacts {
  return slotOf(calendar, year).facts;
}

/**
 * The resolved table of a year, built on first use and cached: after that a
 * lookup of two indices.
 *
 * @throws {@link TutynushyError} `CALENDAR_DATA_MISSING` for a year the
 * calendar cannot answer (outside `CALENDAR_YEAR_RANGE`, or not confirmed on
 * a strict calendar); `INVALID_ARGUMENT` for something that is not a calendar.
 * @internal
 */
export function yearTable(calendar: WorkCalendar, year: number): YearTable {
  const slot = slotOf(calendar, year);
  if (slot.table !== undefined) return slot.table;
  const { facts } = slot;
  if (facts.failure !== undefined) throw facts.failure;
  slot.table = buildYearTable(calendar, {
    year,
    kurbanAit: facts.kurbanAit,
    kurbanAitBefore: kurbanAitDateOf(calendar, year - 1),
  });
  return slot.table;
}
