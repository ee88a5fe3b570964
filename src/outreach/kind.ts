import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, labelOf } from '../core/labels.js';

/**
 * The kinds of information and outreach work a department reports (the
 * «Ақпараттық-түсіндіру жұмысы» KPI; see the docs page «Outreach
 * activities»). The first four carry the names
 * department reports publish; round tables (e.g. with the Atameken National
 * Chamber of Entrepreneurs), seminars, meetings and other events are named
 * the same way.
 *
 * @example
 * ```ts
 * OUTREACH_KINDS.mediaSpeech.kk; // 'БАҚ-та сөз сөйлеу'
 * OUTREACH_KINDS.briefing.ru;    // 'Проведённые брифинги'
 * ```
 */
export const OUTREACH_KINDS = /* @__PURE__ */ deepFreeze({
  mediaSpeech: { kk: 'БАҚ-та сөз сөйлеу', ru: 'Выступления в СМИ', en: 'Media speeches' },
  mediaPublication: {
    kk: 'БАҚ-тағы жарияланымдар',
    ru: 'Публикации в СМИ',
    en: 'Media publications',
  },
  socialPost: {
    kk: 'Әлеуметтік желілердегі жарияланымдар',
    ru: 'Публикации в социальных сетях',
    en: 'Social media posts',
  },
  briefing: { kk: 'Өткізілген брифингтер', ru: 'Проведённые брифинги', en: 'Briefings held' },
  roundTable: {
    kk: 'Өткізілген дөңгелек үстелдер',
    ru: 'Проведённые круглые столы',
    en: 'Round tables held',
  },
  seminar: { kk: 'Өткізілген семинарлар', ru: 'Проведённые семинары', en: 'Seminars held' },
  meeting: { kk: 'Өткізілген кездесулер', ru: 'Проведённые встречи', en: 'Meetings held' },
  other: { kk: 'Басқа іс-шаралар', ru: 'Другие мероприятия', en: 'Other activities' },
} as const satisfies Record<string, Labels>);

/** An outreach activity kind: `mediaSpeech`, `socialPost`, `briefing`, … . */
export type OutreachKind = keyof typeof OUTREACH_KINDS;

/**
 * Every {@link OutreachKind}, in the order department reports list them.
 *
 * @example
 * ```ts
 * OUTREACH_KIND_KEYS.length; // 8
 * OUTREACH_KIND_KEYS[0];     // 'mediaSpeech'
 * ```
 */
export const OUTREACH_KIND_KEYS = /* @__PURE__ */ Object.freeze(
  Object.keys(OUTREACH_KINDS),
) as readonly OutreachKind[];

/**
 * Tells whether `value` is an {@link OutreachKind}.
 *
 * @example
 * ```ts
 * isOutreachKind('roundTable'); // true
 * isOutreachKind('webinar');    // false — log it as `other`
 * ```
 */
export function isOutreachKind(value: unknown): value is OutreachKind {
  return typeof value === 'string' && Object.hasOwn(OUTREACH_KINDS, value);
}

/**
 * The label of a kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE`.
 * @example
 * ```ts
 * outreachKindLabel('socialPost', 'kk'); // 'Әлеуметтік желілердегі жарияланымдар'
 * outreachKindLabel('socialPost', 'ru'); // 'Публикации в социальных сетях'
 * ```
 */
export function outreachKindLabel(kind: OutreachKind, locale: Locale): string {
  return labelOf(OUTREACH_KINDS, kind, locale);
}

/**
 * The headings a KPI table puts over each kind's count. The Kazakh
 * headings of the first four are the published ones (department reports: «…жиілігі»,
 * frequency, for media and social posts; «…саны», number, for briefings);
 * the others, and the Russian and English, follow the same pattern.
 *
 * @example
 * ```ts
 * OUTREACH_KIND_HEADINGS.mediaPublication.kk; // 'БАҚ-тағы жарияланымдардың жиілігі'
 * OUTREACH_KIND_HEADINGS.briefing.kk;         // 'Өткізілген брифингтер саны'
 * ```
 */
export const OUTREACH_KIND_HEADINGS = /* @__PURE__ */ deepFreeze({
  mediaSpeech: {
    kk: 'БАҚ-та сөз сөйлеу жиілігі',
    ru: 'Частота выступлений в СМИ',
    en: 'Frequency of media speeches',
  },
  mediaPublication: {
    kk: 'БАҚ-тағы жарияланымдардың жиілігі',
    ru: 'Частота публикаций в СМИ',
    en: 'Frequency of media publications',
  },
  socialPost: {
    kk: 'Әлеуметтік желілердегі жарияланымдардың жиілігі',
    ru: 'Частота публикаций в социальных сетях',
    en: 'Frequency of social media posts',
  },
  briefing: {
    kk: 'Өткізілген брифингтер саны',
    ru: 'Количество проведённых брифингов',
    en: 'Number of briefings held',
  },
  roundTable: {
    kk: 'Өткізілген дөңгелек үстелдер саны',
    ru: 'Количество проведённых круглых столов',
    en: 'Number of round tables held',
  },
  seminar: {
    kk: 'Өткізілген семинарлар саны',
    ru: 'Количество проведённых семинаров',
    en: 'Number of seminars held',
  },
  meeting: {
    kk: 'Өткізілген кездесулер саны',
    ru: 'Количество проведённых встреч',
    en: 'Number of meetings held',
  },
  other: {
    kk: 'Басқа іс-шаралар саны',
    ru: 'Количество других мероприятий',
    en: 'Number of other activities',
  },
} as const satisfies Record<OutreachKind, Labels>);

/**
 * The KPI heading of a kind in a language.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for an unknown kind, `INVALID_LOCALE`.
 * @example
 * ```ts
 * outreachKindHeading('mediaSpeech', 'kk'); // 'БАҚ-та сөз сөйлеу жиілігі'
 * ```
 */
export function outreachKindHeading(kind: OutreachKind, locale: Locale): string {
  return labelOf(OUTREACH_KIND_HEADINGS, kind, locale);
}
