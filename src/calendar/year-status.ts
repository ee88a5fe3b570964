import type { CalendarDataGap } from '../core/error-details.js';
import type { TutynushyError } from '../core/errors.js';
import { kurbanAitUnknown, yearNotConfirmed } from './errors.js';
import { ESTIMATED, type KurbanAitDate } from './kurban-ait.js';
import { runtimeUmmAlQura, ummAlQuraKurbanAit } from './umm-al-qura.js';
import type { WorkCalendar } from './work-calendar.js';

/** How far a calendar can answer for a year. */
export interface CalendarYearStatus {
  /** The year. */
  readonly year: number;
  /**
   * `confirmed` — every fact is known (Kurban Ait announced, the transfer
   * acts all listed); `provisional` — answered, but with an estimated Kurban
   * Ait or transfer acts still to be published; `missing` — questions about
   * the year raise `CALENDAR_DATA_MISSING` (a calendar created with
   * `{ estimates: false }`, or no way to estimate Kurban Ait).
   */
  readonly status: 'confirmed' | 'provisional' | 'missing';
  /** What is not confirmed (empty for a confirmed year). */
  readonly missing: readonly CalendarDataGap[];
}

/** A year as a calendar resolves it: its status, the Kurban Ait date it uses, and why it cannot answer. @internal */
export interface YearFacts {
  readonly status: CalendarYearStatus;
  /** The announced date, else the Umm al-Qura estimate. */
  readonly kurbanAit: KurbanAitDate | undefined;
  /** The error a question about a `missing` year raises. */
  readonly failure: TutynushyError | undefined;
}

function announced(calendar: WorkCalendar, year: number): KurbanAitDate | undefined {
  const prefix = String(year);
  return calendar.kurbanAit.find((entry) => entry.date.startsWith(prefix));
}

/**
 * Resolves a year of a calendar (inside the range, the calendar checked):
 * what is confirmed, the Kurban Ait date to use, and why it cannot answer.
 *
 * @internal
 */
export function resolveYear(calendar: WorkCalendar, year: number): YearFacts {
  const entry = announced(calendar, year);
  const missing: CalendarDataGap[] = [];
  if (entry === undefined || entry.estimate) missing.push('kurbanAit');
  if (!calendar.confirmedYears.includes(year)) missing.push('transferActs');
  const estimate = entry === undefined ? ummAlQuraKurbanAit(year) : undefined;
  const kurbanAit =
    entry ??
    (estimate === undefined ? undefined : { date: estimate, estimate: true, source: ESTIMATED });
  let failure: TutynushyError | undefined;
  if (missing.length > 0 && !calendar.estimates) {
    failure = yearNotConfirmed(
      year,
      missing,
      missing.includes('kurbanAit') ? kurbanAit?.date : undefined,
    );
  } else if (kurbanAit === undefined) {
    failure = kurbanAitUnknown(year, runtimeUmmAlQura());
  }
  const status =
    missing.length === 0 ? 'confirmed' : failure === undefined ? 'provisional' : 'missing';
  return {
    status: Object.freeze({ year, status, missing: Object.freeze(missing) }),
    kurbanAit,
    failure,
  };
}

/**
 * The first day of Kurban Ait a calendar would use for a year, announced or
 * estimated, without the year's status: what the weekend rule of the next
 * year needs to know about the days already off at the end of this one.
 *
 * @internal
 */
export function kurbanAitDateOf(calendar: WorkCalendar, year: number): string | undefined {
  return announced(calendar, year)?.date ?? ummAlQuraKurbanAit(year);
}
