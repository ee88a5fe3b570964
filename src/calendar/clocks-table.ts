import type { Labels } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import type { LegalSource } from './sources.js';

/** The unit a clock counts in. */
export type ClockUnit = 'workingDays' | 'calendarDays' | 'months';

/** One legal clock: how long it runs, in what unit, and the act that sets it. */
export interface Clock {
  /** The clock's name in Kazakh, Russian and English. */
  readonly name: Labels;
  /** The length of the term; 0 for a same-day rule. */
  readonly length: number;
  /** Working days, calendar days or months. */
  readonly unit: ClockUnit;
  /** The act and article that set the term. */
  readonly source: LegalSource;
}

/**
 * The legal clocks of appeal work (the Administrative Procedural and Process
 * Code arts. 64, 65 and 76; Law No. 274-IV arts. 42-4 and 42-6), as data for
 * docs and reports, deeply frozen.
 * Every term counts from the day after the event, and a term whose last day
 * is not a working day ends on the next working day (Civil Code arts. 171,
 * 173; the АППК counts the same way). Each key is also the name of the
 * function that computes it.
 *
 * @example
 * ```ts
 * CLOCKS.reviewDeadline.length;  // 15
 * CLOCKS.reviewDeadline.unit;    // 'workingDays'
 * CLOCKS.reviewDeadline.source;  // { act: 'administrativeProcedureCode', article: 'art. 76' }
 * ```
 */
export const CLOCKS = /* @__PURE__ */ deepFreeze({
  registrationDate: {
    name: {
      kk: 'Жолданымды тіркеу',
      ru: 'Регистрация обращения',
      en: 'Registration of an appeal',
    },
    length: 0,
    unit: 'workingDays',
    source: {
      act: 'administrativeProcedureCode',
      article: 'art. 64 p. 3',
      note: 'registered the day it is received; after working hours or on a non-working day, the next working day',
    },
  },
  reviewDeadline: {
    name: {
      kk: 'Жолданымды қарау мерзімі',
      ru: 'Срок рассмотрения обращения',
      en: 'Review of an appeal',
    },
    length: 15,
    unit: 'workingDays',
    source: { act: 'administrativeProcedureCode', article: 'art. 76' },
  },
  extensionLimit: {
    name: {
      kk: 'Қарау мерзімін ұзартудың шегі',
      ru: 'Предельный срок продления рассмотрения',
      en: 'Longest extension of a review',
    },
    length: 2,
    unit: 'months',
    source: {
      act: 'administrativeProcedureCode',
      article: 'art. 76',
      note: 'at most two months in total, read by default as counted from receipt',
    },
  },
  extensionNoticeDeadline: {
    name: {
      kk: 'Өтініш берушіге мерзімді ұзарту туралы хабарлау',
      ru: 'Уведомление заявителя о продлении срока',
      en: 'Notice of an extension to the applicant',
    },
    length: 3,
    unit: 'workingDays',
    source: { act: 'administrativeProcedureCode', article: 'art. 76' },
  },
  redirectDeadline: {
    name: {
      kk: 'Жолданымды қарау үшін уәкілетті органға жіберу',
      ru: 'Перенаправление обращения по компетенции',
      en: 'Redirecting an appeal outside the body’s competence',
    },
    length: 3,
    unit: 'workingDays',
    source: { act: 'administrativeProcedureCode', article: 'art. 65' },
  },
  refusalDeadline: {
    name: {
      kk: 'Өтінішті қараудан бас тарту туралы шешім',
      ru: 'Решение об отказе в рассмотрении',
      en: 'Decision to refuse consideration',
    },
    length: 5,
    unit: 'workingDays',
    source: { act: 'consumerProtectionLaw', article: 'art. 42-6' },
  },
  sellerAnswerDeadline: {
    name: {
      kk: 'Сатушының тұтынушы талабына жауабы',
      ru: 'Ответ продавца на претензию потребителя',
      en: 'Seller’s answer to a consumer’s claim',
    },
    length: 10,
    unit: 'calendarDays',
    source: { act: 'consumerProtectionLaw', article: 'art. 42-4 p. 2' },
  },
} as const satisfies Record<string, Clock>);

/** A key of {@link CLOCKS}. */
export type ClockKey = keyof typeof CLOCKS;
