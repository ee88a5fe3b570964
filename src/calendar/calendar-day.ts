import type { Labels, LocalDate, Locale } from '../core/index.js';
import { labelOf } from '../core/labels.js';
import { deepFreeze } from './deep-freeze.js';
import type { LegalSource } from './sources.js';

/**
 * What makes a day special on the calendar, as the published calendars
 * class them:
 * - `holiday` — a holiday (Law No. 267-II art. 1), listed even when it falls on a weekend;
 * - `substituteDayOff` — the weekday off given for a holiday on a weekend (art. 5);
 * - `religiousDayOff` — 7 January or the first day of Kurban Ait (Labour Code art. 84 p. 5), never moved;
 * - `transferDayOff` — a weekday made a day off by a transfer act (Labour Code art. 85 p. 3);
 * - `workingWeekend` — a Saturday or Sunday made a working day by a transfer act.
 *
 * @example
 * ```ts
 * CALENDAR_DAY_KINDS.substituteDayOff.en; // 'substitute day off'
 * ```
 */
export const CALENDAR_DAY_KINDS = /* @__PURE__ */ deepFreeze({
  holiday: { kk: 'мереке', ru: 'праздник', en: 'holiday' },
  substituteDayOff: {
    kk: 'ауыстырылған демалыс күні (мереке демалысқа түскенде)',
    ru: 'перенесённый выходной (праздник в выходной)',
    en: 'substitute day off',
  },
  religiousDayOff: {
    kk: 'діни мереке демалыс күні',
    ru: 'религиозный праздник, день отдыха',
    en: 'religious day off',
  },
  transferDayOff: {
    kk: 'ауыстырылған демалыс күні (акт бойынша)',
    ru: 'перенесённый день отдыха (по акту о переносе)',
    en: 'day off by transfer act',
  },
  workingWeekend: {
    kk: 'жұмыс күні болған демалыс',
    ru: 'рабочий выходной день (по акту о переносе)',
    en: 'working weekend day',
  },
} as const satisfies Record<string, Labels>);

/** A key of {@link CALENDAR_DAY_KINDS}. */
export type CalendarDayKind = keyof typeof CALENDAR_DAY_KINDS;

/**
 * Every {@link CalendarDayKind}.
 *
 * @example
 * ```ts
 * CALENDAR_DAY_KIND_KEYS.length; // 5
 * ```
 */
export const CALENDAR_DAY_KIND_KEYS: readonly CalendarDayKind[] = /* @__PURE__ */ deepFreeze(
  Object.keys(CALENDAR_DAY_KINDS) as CalendarDayKind[],
);

/**
 * Tells whether `value` is a {@link CalendarDayKind}.
 *
 * @example
 * ```ts
 * isCalendarDayKind('substituteDayOff'); // true
 * isCalendarDayKind('weekend');          // false
 * ```
 */
export function isCalendarDayKind(value: unknown): value is CalendarDayKind {
  return typeof value === 'string' && Object.hasOwn(CALENDAR_DAY_KINDS, value);
}

/**
 * The label of a {@link CalendarDayKind}.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE`; `INVALID_ARGUMENT` for a value that is not a kind.
 * @example
 * ```ts
 * calendarDayKindLabel('religiousDayOff', 'en'); // 'religious day off'
 * ```
 */
export function calendarDayKindLabel(kind: CalendarDayKind, locale: Locale): string {
  return labelOf(CALENDAR_DAY_KINDS, kind, locale);
}

/** One special day of a year: a day off that is not a plain weekend, or a working weekend day. */
export interface CalendarDay {
  /** The day. */
  readonly date: LocalDate;
  /** What kind of day it is: a holiday, a religious day off, a day off moved by an act, … */
  readonly kind: CalendarDayKind;
  /** What the day is, in Kazakh, Russian and English. */
  readonly name: Labels;
  /** The act it comes from. */
  readonly source: LegalSource;
  /**
   * For a substitute day off, the holiday it replaces; for a transfer day
   * off, the weekend day that works instead; for a working weekend day, the
   * day off it was exchanged for.
   */
  readonly relatedDate?: LocalDate | undefined;
  /**
   * `true` when the day rests on an estimate (a Kurban Ait date not yet
   * announced). Whether the year may still gain a day off by a transfer act
   * is the year's status (`isConfirmedYear`, `calendarYearStatus`), since no
   * listed day changes when an act is published.
   */
  readonly provisional: boolean;
}
