import type { Labels, LocalDate } from '../core/index.js';
import type { LegalSource } from './sources.js';

/**
 * The first day of Kurban Ait in one year: a religious day off that is
 * never moved off a weekend (Labour Code art. 84 p. 5). Its date follows
 * the lunar calendar and is announced each year, so the table says whether
 * a date is confirmed or only an estimate.
 */
export interface KurbanAitDate {
  /** The first day of Kurban Ait. */
  readonly date: LocalDate;
  /** `true` for a computed estimate not yet announced: used only by a calendar created with `{ estimates: true }`. */
  readonly estimate: boolean;
  /** Where the date comes from. */
  readonly source: LegalSource;
}

/**
 * The name of the first day of Kurban Ait.
 *
 * @example
 * ```ts
 * KURBAN_AIT_NAME.kk; // 'Құрбан айт'
 * ```
 */
export const KURBAN_AIT_NAME: Labels = {
  kk: 'Құрбан айт',
  ru: 'Курбан айт (первый день)',
  en: 'Kurban Ait (first day)',
};

/**
 * The name of Orthodox Christmas, 7 January.
 *
 * @example
 * ```ts
 * ORTHODOX_CHRISTMAS_NAME.ru; // 'Рождество Христово (православное)'
 * ```
 */
export const ORTHODOX_CHRISTMAS_NAME: Labels = {
  kk: 'Православиелік Рождество',
  ru: 'Рождество Христово (православное)',
  en: 'Orthodox Christmas',
};

const ANNOUNCED: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'the date announced for the year',
};
const ESTIMATED: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'an estimate from the lunar calendar, not yet announced',
};

/**
 * The first day of Kurban Ait: confirmed 2020–2026, estimates 2027–2030
 * (used only by a calendar created with `{ estimates: true }`). Add the
 * announced date of a new year with `createWorkCalendar({ kurbanAit: [ … ] })`.
 *
 * @example
 * ```ts
 * KURBAN_AIT_DATES.find((d) => d.date.startsWith('2026'));
 * // { date: '2026-05-27', estimate: false, source: { act: 'labourCode', … } }
 * KURBAN_AIT_DATES.find((d) => d.date.startsWith('2027'))?.estimate; // true
 * ```
 */
export const KURBAN_AIT_DATES: readonly KurbanAitDate[] = [
  { date: '2020-07-31', estimate: false, source: ANNOUNCED },
  { date: '2021-07-20', estimate: false, source: ANNOUNCED },
  { date: '2022-07-09', estimate: false, source: ANNOUNCED },
  { date: '2023-06-28', estimate: false, source: ANNOUNCED },
  { date: '2024-06-16', estimate: false, source: ANNOUNCED },
  { date: '2025-06-06', estimate: false, source: ANNOUNCED },
  { date: '2026-05-27', estimate: false, source: ANNOUNCED },
  { date: '2027-05-16', estimate: true, source: ESTIMATED },
  { date: '2028-05-05', estimate: true, source: ESTIMATED },
  { date: '2029-04-24', estimate: true, source: ESTIMATED },
  { date: '2030-04-13', estimate: true, source: ESTIMATED },
];

/**
 * The source of the two religious days off: never moved when they fall on a weekend.
 *
 * @example
 * ```ts
 * RELIGIOUS_DAY_OFF_SOURCE.article; // 'art. 84 p. 5'
 * ```
 */
export const RELIGIOUS_DAY_OFF_SOURCE: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'a religious day off: not moved when it falls on a weekend',
};
