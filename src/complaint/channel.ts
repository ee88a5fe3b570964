import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * How an appeal reached the department. E-Tutynushy is counted apart in the
 * KPI «appeals received through the unified system»; e-Otinish (the general
 * e-appeals portal) and paper still bring most of them (in Shymkent, 112 of
 * 1902 appeals in the first five months of 2024 came through E-Tutynushy).
 *
 * @example
 * ```ts
 * CHANNELS.eTutynushy.kk; // 'Е-Тұтынушы'
 * ```
 */
export const CHANNELS = /* @__PURE__ */ deepFreeze({
  eTutynushy: { kk: 'Е-Тұтынушы', ru: 'Е-Потребитель', en: 'E-Tutynushy' },
  eOtinish: { kk: 'e-Өтініш', ru: 'е-Отиниш', en: 'e-Otinish' },
  paper: { kk: 'қағаз жүзінде', ru: 'на бумажном носителе', en: 'on paper' },
  reception: { kk: 'жеке қабылдау', ru: 'личный приём', en: 'in-person reception' },
  hotline: { kk: 'жедел желі', ru: 'горячая линия', en: 'hotline' },
  messenger: { kk: 'мессенджер', ru: 'мессенджер', en: 'messenger' },
  email: { kk: 'электрондық пошта', ru: 'электронная почта', en: 'email' },
  other: { kk: 'басқа', ru: 'прочее', en: 'other' },
} as const satisfies Record<string, Labels>);

/** A channel key: `eTutynushy`, `eOtinish`, `paper`, … . */
export type Channel = keyof typeof CHANNELS;

/**
 * Every {@link Channel}, the unified system first.
 *
 * @example
 * ```ts
 * CHANNEL_KEYS.length; // 8
 * ```
 */
export const CHANNEL_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(CHANNELS),
) as readonly Channel[];

/**
 * Tells whether `value` is a {@link Channel} key.
 *
 * @example
 * ```ts
 * isChannel('eOtinish'); // true
 * isChannel('fax');      // false
 * ```
 */
export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(CHANNELS, value);
}

/**
 * The name of a channel in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown channel, `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * channelLabel('eTutynushy', 'ru'); // 'Е-Потребитель'
 * ```
 */
export function channelLabel(channel: Channel, locale: Locale): string {
  return labelOf(CHANNELS, channel, locale);
}
