import type { LocalDate } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import type { LegalSource } from './sources.js';

/**
 * The first day of Kurban Ait in one year: a religious day off that is
 * never moved off a weekend (Labour Code art. 84 p. 5). Its date follows
 * the lunar calendar and is announced each year by the Spiritual
 * Administration of Muslims of Kazakhstan, usually in the autumn before.
 */
export interface KurbanAitDate {
  /** The first day of Kurban Ait. */
  readonly date: LocalDate;
  /** `true` for a date not yet announced: its year is provisional. */
  readonly estimate: boolean;
  /** Where the date comes from. */
  readonly source: LegalSource;
}

const ANNOUNCED: LegalSource = {
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'announced by the Spiritual Administration of Muslims of Kazakhstan',
};

/**
 * The first day of Kurban Ait as announced, 2020–2026. An announced date
 * always wins over the Umm al-Qura estimate the calendar uses for a year
 * without one (2024 was first announced as 17 June, then moved to 16 June).
 * Add a newly announced year with `createWorkCalendar({ kurbanAit: [ … ] })`.
 *
 * @example
 * ```ts
 * KURBAN_AIT_DATES.find((d) => d.date.startsWith('2026'));
 * // { date: '2026-05-27', estimate: false, source: { act: 'labourCode', … } }
 * KURBAN_AIT_DATES.at(-1)?.date; // '2026-05-27'
 * ```
 */
export const KURBAN_AIT_DATES: readonly KurbanAitDate[] = /* @__PURE__ */ deepFreeze([
  { date: '2020-07-31', estimate: false, source: ANNOUNCED },
  { date: '2021-07-20', estimate: false, source: ANNOUNCED },
  { date: '2022-07-09', estimate: false, source: ANNOUNCED },
  { date: '2023-06-28', estimate: false, source: ANNOUNCED },
  {
    date: '2024-06-16',
    estimate: false,
    source: { ...ANNOUNCED, note: `${ANNOUNCED.note}: first 17 June, then moved to 16 June` },
  },
  { date: '2025-06-06', estimate: false, source: ANNOUNCED },
  { date: '2026-05-27', estimate: false, source: ANNOUNCED },
]);

/** Where an Umm al-Qura estimate comes from. @internal */
export const ESTIMATED: LegalSource = /* @__PURE__ */ deepFreeze({
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'not yet announced: the Umm al-Qura date (10 Dhu al-Hijjah)',
});
