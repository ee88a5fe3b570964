import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The social networks a department posts on. Reports break social posts
 * down by network (Shymkent 5M-2024: Instagram 980, Facebook 980); a brand
 * name reads the same in every language.
 *
 * @example
 * ```ts
 * SOCIAL_PLATFORMS.vk.ru; // 'ВКонтакте'
 * ```
 */
export const SOCIAL_PLATFORMS = /* @__PURE__ */ deepFreeze({
  instagram: { kk: 'Instagram', ru: 'Instagram', en: 'Instagram' },
  facebook: { kk: 'Facebook', ru: 'Facebook', en: 'Facebook' },
  telegram: { kk: 'Telegram', ru: 'Telegram', en: 'Telegram' },
  tiktok: { kk: 'TikTok', ru: 'TikTok', en: 'TikTok' },
  youtube: { kk: 'YouTube', ru: 'YouTube', en: 'YouTube' },
  vk: { kk: 'ВКонтакте', ru: 'ВКонтакте', en: 'VK' },
  x: { kk: 'X (Twitter)', ru: 'X (Twitter)', en: 'X (Twitter)' },
  threads: { kk: 'Threads', ru: 'Threads', en: 'Threads' },
  other: { kk: 'басқа желі', ru: 'другая сеть', en: 'other network' },
} as const satisfies Record<string, Labels>);

/** A social network key: `instagram`, `facebook`, `telegram`, … . */
export type SocialPlatform = keyof typeof SOCIAL_PLATFORMS;

/**
 * Every {@link SocialPlatform}.
 *
 * @example
 * ```ts
 * SOCIAL_PLATFORM_KEYS.length; // 9
 * SOCIAL_PLATFORM_KEYS[0];     // 'instagram'
 * ```
 */
export const SOCIAL_PLATFORM_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(SOCIAL_PLATFORMS),
) as readonly SocialPlatform[];

/**
 * Tells whether `value` is a {@link SocialPlatform}.
 *
 * @example
 * ```ts
 * isSocialPlatform('telegram'); // true
 * isSocialPlatform('Instagram'); // false — keys are lower case
 * ```
 */
export function isSocialPlatform(value: unknown): value is SocialPlatform {
  return typeof value === 'string' && Object.hasOwn(SOCIAL_PLATFORMS, value);
}

/**
 * The label of a social network in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown network, `INVALID_LOCALE`.
 * @example
 * ```ts
 * socialPlatformLabel('instagram', 'kk'); // 'Instagram'
 * socialPlatformLabel('other', 'ru');     // 'другая сеть'
 * ```
 */
export function socialPlatformLabel(platform: SocialPlatform, locale: Locale): string {
  return labelOf(SOCIAL_PLATFORMS, platform, locale);
}
