import type { Labels } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import type { HolidayRule } from './holidays.js';
import type { LegalSource } from './sources.js';

/**
 * The name of the first day of Kurban Ait.
 *
 * @example
 * ```ts
 * KURBAN_AIT_NAME.kk; // 'Құрбан айт'
 * ```
 */
export const KURBAN_AIT_NAME: Labels = /* @__PURE__ */ deepFreeze({
  kk: 'Құрбан айт',
  ru: 'Курбан айт (первый день)',
  en: 'Kurban Ait (first day)',
});

/**
 * The name of Orthodox Christmas, 7 January.
 *
 * @example
 * ```ts
 * ORTHODOX_CHRISTMAS_NAME.ru; // 'Рождество Христово (православное)'
 * ```
 */
export const ORTHODOX_CHRISTMAS_NAME: Labels = /* @__PURE__ */ deepFreeze({
  kk: 'Православиелік Рождество',
  ru: 'Рождество Христово (православное)',
  en: 'Orthodox Christmas',
});

/**
 * The source of the two religious days off: never moved when they fall on a weekend.
 *
 * @example
 * ```ts
 * RELIGIOUS_DAY_OFF_SOURCE.article; // 'art. 84 p. 5'
 * ```
 */
export const RELIGIOUS_DAY_OFF_SOURCE: LegalSource = /* @__PURE__ */ deepFreeze({
  act: 'labourCode',
  article: 'art. 84 p. 5',
  note: 'a religious day off, never moved off a weekend',
});

/** 7 January as a rule of its own: a religious day off, never moved. @internal */
export const ORTHODOX_CHRISTMAS: HolidayRule = /* @__PURE__ */ deepFreeze({
  key: 'orthodoxChristmas',
  month: 1,
  day: 7,
  name: ORTHODOX_CHRISTMAS_NAME,
  source: RELIGIOUS_DAY_OFF_SOURCE,
});
