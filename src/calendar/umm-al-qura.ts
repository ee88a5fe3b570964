import type { LocalDate } from '../core/index.js';
import { epochDayOf, fromEpochDay } from '../core/local-date.js';

const DAY_MS = 86_400_000;

// The formatter, or the calendar the runtime gave instead of Umm al-Qura
// (a build of Node without full ICU gives 'gregory'): read once.
let reader: Intl.DateTimeFormat | string | undefined;

function ummAlQura(): Intl.DateTimeFormat | string {
  if (reader === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
        timeZone: 'UTC',
        month: 'numeric',
        day: 'numeric',
      });
      const { calendar } = format.resolvedOptions();
      reader = calendar === 'islamic-umalqura' ? format : calendar;
    } catch {
      reader = 'none';
    }
  }
  return reader;
}

function isTenthOfDhulHijjah(format: Intl.DateTimeFormat, epochDay: number): boolean {
  let month = '';
  let day = '';
  for (const part of format.formatToParts(epochDay * DAY_MS)) {
    if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return month === '12' && day === '10';
}

/**
 * The calendar the runtime's `Intl` gives for `islamic-umalqura`:
 * `'islamic-umalqura'` where it has one, what it falls back to otherwise
 * (`'gregory'`), `'none'` without `Intl`.
 *
 * @internal
 */
export function runtimeUmmAlQura(): string {
  const format = ummAlQura();
  return typeof format === 'string' ? format : 'islamic-umalqura';
}

const found = new Map<number, LocalDate | undefined>();

/**
 * The first day of Kurban Ait of a year as the Umm al-Qura calendar of the
 * runtime's `Intl` gives it (10 Dhu al-Hijjah): the estimate for a year
 * whose date is not yet announced. It gives exactly the announced dates of
 * 2022–2026. Never a Gregorian guess: `undefined` when the runtime's `Intl`
 * has no `islamic-umalqura` calendar (see {@link runtimeUmmAlQura}).
 *
 * @internal
 */
export function ummAlQuraKurbanAit(year: number): LocalDate | undefined {
  if (found.has(year)) return found.get(year);
  const format = ummAlQura();
  if (typeof format === 'string') return undefined;
  // A day-by-day read of the year, once per year and process: the date
  // moves about eleven days a year, and a read of a year takes about a millisecond.
  const first = epochDayOf(year, 1, 1);
  const last = epochDayOf(year, 12, 31);
  for (let day = first; day <= last; day++) {
    if (isTenthOfDhulHijjah(format, day)) {
      const date = fromEpochDay(day);
      found.set(year, date);
      return date;
    }
  }
  /* c8 ignore next 2 -- only a runtime whose Umm al-Qura data disagrees with itself gets here */
  found.set(year, undefined);
  return undefined;
}
