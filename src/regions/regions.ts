import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * What kind of top-level unit a region is: an oblast, or a city of
 * republican significance (Astana, Almaty, Shymkent), with its names.
 *
 * @example
 * ```ts
 * REGION_KINDS.city.ru; // 'город республиканского значения'
 * ```
 */
export const REGION_KINDS = /* @__PURE__ */ deepFreeze({
  region: { kk: 'облыс', ru: 'область', en: 'region' },
  city: {
    kk: 'республикалық маңызы бар қала',
    ru: 'город республиканского значения',
    en: 'city of republican significance',
  },
} as const satisfies Record<string, Labels>);

/** `region` (oblast) or `city` (city of republican significance). */
export type RegionKind = keyof typeof REGION_KINDS;

/**
 * The name of a region kind in the given language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * regionKindLabel('region', 'kk'); // 'облыс'
 * regionKindLabel('city', 'en');   // 'city of republican significance'
 * ```
 */
export function regionKindLabel(kind: RegionKind, locale: Locale): string {
  return labelOf(REGION_KINDS, kind, locale);
}

/**
 * The two-digit top-level KATO code of a region or city of republican
 * significance: `'10'`, `'11'`, … `'79'`, the same number as its ISO 3166-2:KZ code.
 */
export type RegionCode =
  | '10'
  | '11'
  | '15'
  | '19'
  | '23'
  | '27'
  | '31'
  | '33'
  | '35'
  | '39'
  | '43'
  | '47'
  | '55'
  | '59'
  | '61'
  | '62'
  | '63'
  | '71'
  | '75'
  | '79';

/**
 * Every {@link RegionCode}, in ascending order (the order of {@link REGIONS}); frozen.
 *
 * @example
 * ```ts
 * REGION_CODES.length; // 20
 * REGION_CODES[0];     // '10'
 * REGION_CODES[19];    // '79'
 * ```
 */
export const REGION_CODES: readonly RegionCode[] = /* @__PURE__ */ deepFreeze([
  '10',
  '11',
  '15',
  '19',
  '23',
  '27',
  '31',
  '33',
  '35',
  '39',
  '43',
  '47',
  '55',
  '59',
  '61',
  '62',
  '63',
  '71',
  '75',
  '79',
] as const);

/**
 * One of the 20 top-level units: a region (oblast) or a city of republican significance.
 */
export interface Region {
  /** The two-digit top-level KATO code: `'79'`. */
  readonly code: RegionCode;
  /** The 9-digit KATO code: `'790000000'`. */
  readonly kato: `${RegionCode}0000000`;
  /** The ISO 3166-2 code: `'KZ-79'`. */
  readonly iso: `KZ-${RegionCode}`;
  /** `region` or `city` (of republican significance). */
  readonly kind: RegionKind;
  /** The official name: «Шымкент қаласы», «город Шымкент», «Shymkent». */
  readonly name: Labels;
  /** The administrative centre (a city is its own). */
  readonly centre: Labels;
}

/**
 * The 17 regions and 3 cities of republican significance of Kazakhstan since
 * the Abai, Jetisu and Ulytau regions were formed in June 2022 (by the
 * Presidential Decree of 3 May 2022 on the administrative-territorial structure),
 * in the order of their codes. Frozen, each region and its names too, so
 * that no caller can change what later lookups return.
 *
 * - `code`: the top-level KATO code, which is also the number of the ISO
 *   3166-2:KZ code; `kato`: the full 9-digit KATO code; `iso`: `KZ-` + code.
 * - `name`: the official Kazakh and Russian names («Ақмола облысы»,
 *   «Акмолинская область»; the three 2022 regions keep their Kazakh form in
 *   Russian: «область Абай»), and the usual English form («Akmola Region»,
 *   «Astana»).
 * - `centre`: the administrative centre; a city is its own centre. English
 *   follows the Kazakh form of the name (Oral, Petropavl, Oskemen), Russian
 *   the Russian one (Уральск, Петропавловск, Усть-Каменогорск).
 *
 * @example
 * ```ts
 * REGIONS.length;          // 20
 * REGIONS[19]?.name.kk;    // 'Шымкент қаласы'
 * REGIONS[1]?.centre.en;   // 'Kokshetau'
 * ```
 */
export const REGIONS: readonly Region[] = /* @__PURE__ */ deepFreeze([
  {
    code: '10',
    kato: '100000000',
    iso: 'KZ-10',
    kind: 'region',
    name: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' },
    centre: { kk: 'Семей', ru: 'Семей', en: 'Semey' },
  },
  {
    code: '11',
    kato: '110000000',
    iso: 'KZ-11',
    kind: 'region',
    name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
    centre: { kk: 'Көкшетау', ru: 'Кокшетау', en: 'Kokshetau' },
  },
  {
    code: '15',
    kato: '150000000',
    iso: 'KZ-15',
    kind: 'region',
    name: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
    centre: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
  },
  {
    code: '19',
    kato: '190000000',
    iso: 'KZ-19',
    kind: 'region',
    name: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
    centre: { kk: 'Қонаев', ru: 'Конаев', en: 'Konaev' },
  },
  {
    code: '23',
    kato: '230000000',
    iso: 'KZ-23',
    kind: 'region',
    name: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
    centre: { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
  },
  {
    code: '27',
    kato: '270000000',
    iso: 'KZ-27',
    kind: 'region',
    name: {
      kk: 'Батыс Қазақстан облысы',
      ru: 'Западно-Казахстанская область',
      en: 'West Kazakhstan Region',
    },
    centre: { kk: 'Орал', ru: 'Уральск', en: 'Oral' },
  },
  {
    code: '31',
    kato: '310000000',
    iso: 'KZ-31',
    kind: 'region',
    name: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Jambyl Region' },
    centre: { kk: 'Тараз', ru: 'Тараз', en: 'Taraz' },
  },
  {
    code: '33',
    kato: '330000000',
    iso: 'KZ-33',
    kind: 'region',
    name: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Jetisu Region' },
    centre: { kk: 'Талдықорған', ru: 'Талдыкорган', en: 'Taldykorgan' },
  },
  {
    code: '35',
    kato: '350000000',
    iso: 'KZ-35',
    kind: 'region',
    name: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
    centre: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
  },
  {
    code: '39',
    kato: '390000000',
    iso: 'KZ-39',
    kind: 'region',
    name: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
    centre: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
  },
  {
    code: '43',
    kato: '430000000',
    iso: 'KZ-43',
    kind: 'region',
    name: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
    centre: { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
  },
  {
    code: '47',
    kato: '470000000',
    iso: 'KZ-47',
    kind: 'region',
    name: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
    centre: { kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
  },
  {
    code: '55',
    kato: '550000000',
    iso: 'KZ-55',
    kind: 'region',
    name: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
    centre: { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
  },
  {
    code: '59',
    kato: '590000000',
    iso: 'KZ-59',
    kind: 'region',
    name: {
      kk: 'Солтүстік Қазақстан облысы',
      ru: 'Северо-Казахстанская область',
      en: 'North Kazakhstan Region',
    },
    centre: { kk: 'Петропавл', ru: 'Петропавловск', en: 'Petropavl' },
  },
  {
    code: '61',
    kato: '610000000',
    iso: 'KZ-61',
    kind: 'region',
    name: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
    centre: { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' },
  },
  {
    code: '62',
    kato: '620000000',
    iso: 'KZ-62',
    kind: 'region',
    name: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
    centre: { kk: 'Жезқазған', ru: 'Жезказган', en: 'Zhezkazgan' },
  },
  {
    code: '63',
    kato: '630000000',
    iso: 'KZ-63',
    kind: 'region',
    name: {
      kk: 'Шығыс Қазақстан облысы',
      ru: 'Восточно-Казахстанская область',
      en: 'East Kazakhstan Region',
    },
    centre: { kk: 'Өскемен', ru: 'Усть-Каменогорск', en: 'Oskemen' },
  },
  {
    code: '71',
    kato: '710000000',
    iso: 'KZ-71',
    kind: 'city',
    name: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana' },
    centre: { kk: 'Астана', ru: 'Астана', en: 'Astana' },
  },
  {
    code: '75',
    kato: '750000000',
    iso: 'KZ-75',
    kind: 'city',
    name: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty' },
    centre: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  },
  {
    code: '79',
    kato: '790000000',
    iso: 'KZ-79',
    kind: 'city',
    name: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent' },
    centre: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
  },
]);
