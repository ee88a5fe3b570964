import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The sex an IIN records in its 7th digit (odd: male, even: female), with its
 * names (frozen, like every table the library exports).
 *
 * @example
 * ```ts
 * IIN_SEXES.female.ru; // 'женский'
 * ```
 */
export const IIN_SEXES = /* @__PURE__ */ deepFreeze({
  male: { kk: 'ер', ru: 'мужской', en: 'male' },
  female: { kk: 'әйел', ru: 'женский', en: 'female' },
} as const satisfies Record<string, Labels>);

/** `male` or `female`. */
export type IinSex = keyof typeof IIN_SEXES;

/**
 * The kind of taxpayer a BIN's 5th digit records (4, 5 or 6), with its names (frozen).
 *
 * @example
 * ```ts
 * BIN_ENTITY_TYPES.jointIndividualEntrepreneur.en; // 'joint individual entrepreneurship'
 * ```
 */
export const BIN_ENTITY_TYPES = /* @__PURE__ */ deepFreeze({
  resident: {
    kk: 'резидент заңды тұлға',
    ru: 'юридическое лицо — резидент',
    en: 'resident legal entity',
  },
  nonResident: {
    kk: 'бейрезидент заңды тұлға',
    ru: 'юридическое лицо — нерезидент',
    en: 'non-resident legal entity',
  },
  jointIndividualEntrepreneur: {
    kk: 'бірлескен жеке кәсіпкерлік',
    ru: 'совместное индивидуальное предпринимательство',
    en: 'joint individual entrepreneurship',
  },
} as const satisfies Record<string, Labels>);

/** `resident` (digit 5 = 4), `nonResident` (5) or `jointIndividualEntrepreneur` (6). */
export type BinEntityType = keyof typeof BIN_ENTITY_TYPES;

/**
 * Every {@link BinEntityType}, in the order of the digit that encodes it (4, 5, 6).
 *
 * @example
 * ```ts
 * BIN_ENTITY_TYPE_KEYS; // ['resident', 'nonResident', 'jointIndividualEntrepreneur']
 * ```
 */
// Written out rather than Object.keys(…): a literal is free for a bundler to drop.
export const BIN_ENTITY_TYPE_KEYS: readonly BinEntityType[] = /* @__PURE__ */ deepFreeze([
  'resident',
  'nonResident',
  'jointIndividualEntrepreneur',
] as const);

/**
 * The unit a BIN's 6th digit records (0, 1, 2 or 3), with its names (frozen).
 *
 * @example
 * ```ts
 * BIN_UNITS.representativeOffice.kk; // 'өкілдік'
 * ```
 */
export const BIN_UNITS = /* @__PURE__ */ deepFreeze({
  headOffice: { kk: 'бас бөлімше', ru: 'головное подразделение', en: 'head office' },
  branch: { kk: 'филиал', ru: 'филиал', en: 'branch' },
  representativeOffice: { kk: 'өкілдік', ru: 'представительство', en: 'representative office' },
  peasantFarm: {
    kk: 'шаруа (фермер) қожалығы',
    ru: 'крестьянское (фермерское) хозяйство',
    en: 'peasant farm',
  },
} as const satisfies Record<string, Labels>);

/** `headOffice` (digit 6 = 0), `branch` (1), `representativeOffice` (2) or `peasantFarm` (3). */
export type BinUnit = keyof typeof BIN_UNITS;

/**
 * Every {@link BinUnit}, in the order of the digit that encodes it (0–3).
 *
 * @example
 * ```ts
 * BIN_UNIT_KEYS[3]; // 'peasantFarm'
 * ```
 */
export const BIN_UNIT_KEYS: readonly BinUnit[] = /* @__PURE__ */ deepFreeze([
  'headOffice',
  'branch',
  'representativeOffice',
  'peasantFarm',
] as const);

/**
 * The name of a sex in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown key or one that is not a string, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * iinSexLabel('female', 'kk'); // 'әйел'
 * iinSexLabel('male', 'ru');   // 'мужской'
 * ```
 */
export function iinSexLabel(sex: IinSex, locale: Locale): string {
  return labelOf(IIN_SEXES, sex, locale);
}

/**
 * The name of a BIN entity type in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown key or one that is not a string, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * binEntityTypeLabel('nonResident', 'ru'); // 'юридическое лицо — нерезидент'
 * ```
 */
export function binEntityTypeLabel(entityType: BinEntityType, locale: Locale): string {
  return labelOf(BIN_ENTITY_TYPES, entityType, locale);
}

/**
 * The name of a BIN unit in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown key or one that is not a string, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * binUnitLabel('branch', 'en');     // 'branch'
 * binUnitLabel('headOffice', 'kk'); // 'бас бөлімше'
 * ```
 */
export function binUnitLabel(unit: BinUnit, locale: Locale): string {
  return labelOf(BIN_UNITS, unit, locale);
}
