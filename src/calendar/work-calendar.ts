import type { HolidayRule } from './holidays.js';
import type { KurbanAitDate } from './kurban-ait.js';
import type { TransferAct } from './transfer-acts.js';

/**
 * A working-day calendar as data: the rules and tables every working-day
 * question is answered from. Immutable (deeply frozen); make a changed one
 * with {@link createWorkCalendar}. The functions of this module resolve each
 * year once per calendar object, on first use.
 */
export interface WorkCalendar {
  /** Holidays: days off, moved to the next working day when they fall on a weekend. */
  readonly holidays: readonly HolidayRule[];
  /** Religious days off on a fixed date (7 January): never moved. */
  readonly religiousDaysOff: readonly HolidayRule[];
  /**
   * The first day of Kurban Ait of the years it is announced for (an entry
   * may be marked as an estimate); a year without an entry takes the
   * Umm al-Qura estimate when the calendar accepts estimates.
   */
  readonly kurbanAit: readonly KurbanAitDate[];
  /** Transfers of days off by act. */
  readonly transferActs: readonly TransferAct[];
  /** Years whose transfer acts are all listed in {@link WorkCalendar.transferActs} (possibly none). */
  readonly confirmedYears: readonly number[];
  /**
   * Whether years that are not confirmed are answered, flagged provisional
   * (`true`, the default), or refused with `CALENDAR_DATA_MISSING` (`false`).
   */
  readonly estimates: boolean;
}
