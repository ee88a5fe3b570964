import type { Labels } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import { invalidValue } from './errors.js';
import type { LegalSource } from './sources.js';

/**
 * A holiday that falls on the same day every year it is in force: a day
 * off, moved to the next working day when it falls on a weekend (Law
 * No. 267-II art. 5).
 */
export interface HolidayRule {
  /** What the holiday is, in camelCase (`newYear`, `nauryz`, …); shared by the days of one holiday. */
  readonly key: string;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month. */
  readonly day: number;
  /** The first year it is a day off; unbounded when absent. */
  readonly from?: number | undefined;
  /** The last year it is a day off (inclusive); unbounded when absent. */
  readonly to?: number | undefined;
  /** Its name in Kazakh, Russian and English. */
  readonly name: Labels;
  /** The act that makes it a day off. */
  readonly source: LegalSource;
}

const LAW_ART_1: LegalSource = { act: 'holidaysLaw', article: 'art. 1' };

const NEW_YEAR: Labels = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ: Labels = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' };
const INDEPENDENCE: Labels = {
  kk: 'Тәуелсіздік күні',
  ru: 'День Независимости',
  en: 'Independence Day',
};
const CONSTITUTION: Labels = {
  kk: 'Қазақстан Республикасының Конституциясы күні',
  ru: 'День Конституции РК',
  en: 'Constitution Day',
};

/**
 * The holidays that are days off under Law No. 267-II «О праздниках в
 * Республике Казахстан» (art. 1, with the weekend rule of art. 5 and the
 * Labour Code art. 84), each with the years it is in force:
 *
 * - 30 August, Constitution Day, for the last time in 2025; from 2027 the
 *   Constitution adopted by the referendum of 15.03.2026 makes 15 March
 *   Constitution Day, so 2026 has neither;
 * - 25 October, Republic Day, a day off again from 2022 (named «Қазақстан
 *   Республикасы күні» from 2026);
 * - 16 December, Independence Day, one day from 2022, 16–17 December before;
 * - 1 December, First President Day, 2012–2021.
 *
 * The rules hold for every year of `CALENDAR_YEAR_RANGE` (2020–2038); the
 * library's answers for 2022–2026 match the published calendars day by day.
 *
 * @example
 * ```ts
 * KAZAKHSTAN_HOLIDAYS.filter((h) => h.key === 'nauryz').map((h) => h.day); // [21, 22, 23]
 * KAZAKHSTAN_HOLIDAYS.find((h) => h.month === 3 && h.day === 15)?.from;     // 2027
 * ```
 */
export const KAZAKHSTAN_HOLIDAYS: readonly HolidayRule[] = /* @__PURE__ */ deepFreeze([
  { key: 'newYear', month: 1, day: 1, name: NEW_YEAR, source: LAW_ART_1 },
  { key: 'newYear', month: 1, day: 2, name: NEW_YEAR, source: LAW_ART_1 },
  {
    key: 'womensDay',
    month: 3,
    day: 8,
    name: {
      kk: 'Халықаралық әйелдер күні',
      ru: 'Международный женский день',
      en: "International Women's Day",
    },
    source: LAW_ART_1,
  },
  {
    key: 'constitutionDay',
    month: 3,
    day: 15,
    from: 2027,
    name: CONSTITUTION,
    source: {
      act: 'constitution2026',
      note: 'the day the Constitution was adopted by referendum in 2026',
    },
  },
  { key: 'nauryz', month: 3, day: 21, from: 2010, name: NAURYZ, source: LAW_ART_1 },
  { key: 'nauryz', month: 3, day: 22, name: NAURYZ, source: LAW_ART_1 },
  { key: 'nauryz', month: 3, day: 23, from: 2010, name: NAURYZ, source: LAW_ART_1 },
  {
    key: 'unityDay',
    month: 5,
    day: 1,
    name: {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      en: "Kazakhstan People's Unity Day",
    },
    source: LAW_ART_1,
  },
  {
    key: 'defenderOfTheFatherlandDay',
    month: 5,
    day: 7,
    from: 2013,
    name: {
      kk: 'Отан Қорғаушы күні',
      ru: 'День защитника Отечества',
      en: 'Defender of the Fatherland Day',
    },
    source: LAW_ART_1,
  },
  {
    key: 'victoryDay',
    month: 5,
    day: 9,
    name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
    source: LAW_ART_1,
  },
  {
    key: 'capitalDay',
    month: 7,
    day: 6,
    from: 2009,
    name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
    source: LAW_ART_1,
  },
  {
    key: 'constitutionDay',
    month: 8,
    day: 30,
    to: 2025,
    name: CONSTITUTION,
    source: LAW_ART_1,
  },
  {
    key: 'republicDay',
    month: 10,
    day: 25,
    from: 2022,
    to: 2025,
    name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
    source: LAW_ART_1,
  },
  {
    key: 'republicDay',
    month: 10,
    day: 25,
    from: 2026,
    name: {
      kk: 'Қазақстан Республикасы күні',
      ru: 'День Республики Казахстан',
      en: 'Republic of Kazakhstan Day',
    },
    source: LAW_ART_1,
  },
  {
    key: 'firstPresidentDay',
    month: 12,
    day: 1,
    from: 2012,
    to: 2021,
    name: {
      kk: 'Тұңғыш Президент күні',
      ru: 'День Первого Президента',
      en: 'First President Day',
    },
    source: LAW_ART_1,
  },
  { key: 'independenceDay', month: 12, day: 16, name: INDEPENDENCE, source: LAW_ART_1 },
  {
    key: 'independenceDay',
    month: 12,
    day: 17,
    to: 2021,
    name: INDEPENDENCE,
    source: LAW_ART_1,
  },
]);

/**
 * Whether a rule holds in a year, for rules already checked. @internal
 */
export function inForce(rule: HolidayRule, year: number): boolean {
  return (
    (rule.from === undefined || year >= rule.from) && (rule.to === undefined || year <= rule.to)
  );
}

/**
 * Tells whether a holiday rule is in force in a year.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a rule that is not an object or a year that is not an integer.
 * @example
 * ```ts
 * const [constitution] = KAZAKHSTAN_HOLIDAYS.filter((h) => h.month === 8 && h.day === 30);
 * holidayInForce(constitution, 2025); // true
 * holidayInForce(constitution, 2026); // false
 * ```
 */
export function holidayInForce(rule: HolidayRule, year: number): boolean {
  if (typeof rule !== 'object' || rule === null) {
    throw invalidValue('holidayInForce', 'rule', rule, 'holidayRule', 'notAHolidayRule');
  }
  // The years a rule is in force are what is compared: anything else there is no rule.
  for (const bound of ['from', 'to'] as const) {
    const value: unknown = rule[bound];
    if (value !== undefined && !Number.isInteger(value)) {
      throw invalidValue(
        'holidayInForce',
        `rule.${bound}`,
        value,
        'holidayRule',
        'notAHolidayRule',
      );
    }
  }
  if (!Number.isInteger(year)) {
    throw invalidValue('holidayInForce', 'year', year, 'integer', 'notAYear');
  }
  return inForce(rule, year);
}
