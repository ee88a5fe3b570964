import type { LocalDate } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import type { LegalSource } from './sources.js';

/**
 * One transfer of a day off (Labour Code art. 85 p. 3): a weekend day made
 * a working day, and a weekday made a day off in exchange, usually to
 * bridge a holiday. Government decrees until 2023, orders of the Ministry
 * of Labour and Social Protection of the Population from 2024.
 */
export interface TransferAct {
  /** The Saturday or Sunday that becomes a working day. */
  readonly workingDay: LocalDate;
  /** The Monday–Friday that becomes a day off instead. */
  readonly dayOff: LocalDate;
  /** The act that made the transfer. */
  readonly source: LegalSource;
}

const DECREE_2022: LegalSource = {
  act: 'Постановление Правительства РК о переносе выходных дней в 2022 году',
  article: 'Labour Code art. 85 p. 3',
};

/**
 * The transfer acts 2022–2026 (2026: none; {@link KAZAKHSTAN_CONFIRMED_YEARS}
 * says the list for a year is complete). A year without a known act has no
 * transfers, and until its acts are published it is provisional. Add a new
 * act with `createWorkCalendar({ transferActs: [ … ], confirmedYears: [ … ] })`.
 *
 * @example
 * ```ts
 * KAZAKHSTAN_TRANSFER_ACTS.filter((a) => a.dayOff.startsWith('2024')).map((a) => [a.workingDay, a.dayOff]);
 * // [['2024-05-04', '2024-05-08']]
 * ```
 */
export const KAZAKHSTAN_TRANSFER_ACTS: readonly TransferAct[] = /* @__PURE__ */ deepFreeze([
  { workingDay: '2022-03-05', dayOff: '2022-03-07', source: DECREE_2022 },
  { workingDay: '2022-08-27', dayOff: '2022-08-29', source: DECREE_2022 },
  { workingDay: '2022-10-22', dayOff: '2022-10-24', source: DECREE_2022 },
  {
    workingDay: '2023-07-01',
    dayOff: '2023-07-07',
    source: {
      act: 'Постановление Правительства РК от 25.04.2023 № 326',
      article: 'Labour Code art. 85 p. 3',
    },
  },
  {
    workingDay: '2024-05-04',
    dayOff: '2024-05-08',
    source: {
      act: 'Приказ Министра труда и социальной защиты населения РК от 17.04.2024',
      article: 'Labour Code art. 85 p. 3',
    },
  },
  {
    workingDay: '2025-01-05',
    dayOff: '2025-01-03',
    source: {
      act: 'Приказ Министра труда и социальной защиты населения РК от 21.11.2024 № 436',
      article: 'Labour Code art. 85 p. 3',
    },
  },
]);

/**
 * The years whose transfer acts are all known (an empty list is an answer,
 * not a gap) and whose Kurban Ait date is announced: the **confirmed** years.
 * Every other year of `CALENDAR_YEAR_RANGE` is answered provisionally, or
 * refused by a calendar created with `{ estimates: false }`.
 *
 * @example
 * ```ts
 * KAZAKHSTAN_CONFIRMED_YEARS; // [2022, 2023, 2024, 2025, 2026]
 * ```
 */
export const KAZAKHSTAN_CONFIRMED_YEARS: readonly number[] = /* @__PURE__ */ deepFreeze([
  2022, 2023, 2024, 2025, 2026,
]);
