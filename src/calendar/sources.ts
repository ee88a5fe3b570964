import type { Labels, Locale } from '../core/index.js';
import { label } from '../core/index.js';
import { deepFreeze } from './deep-freeze.js';
import { invalidValue } from './errors.js';

/**
 * The acts the calendar and the clocks stand on. Each rule of the module
 * cites one of these (or, for data a user adds, the act's citation as
 * published), so that docs and reports can say where a date comes from.
 *
 * @example
 * ```ts
 * LEGAL_ACTS.holidaysLaw.citation; // 'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»'
 * ```
 */
export const LEGAL_ACTS = /* @__PURE__ */ deepFreeze({
  holidaysLaw: {
    citation: 'Закон РК от 13.12.2001 № 267-II «О праздниках в Республике Казахстан»',
    name: {
      kk: '«Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II Заң',
      ru: 'Закон Республики Казахстан от 13 декабря 2001 года № 267-II «О праздниках в Республике Казахстан»',
      en: 'Law of the Republic of Kazakhstan No. 267-II of 13 December 2001 “On Holidays in the Republic of Kazakhstan”',
    },
    url: 'https://adilet.zan.kz/rus/docs/Z010000267_',
  },
  labourCode: {
    citation: 'Трудовой кодекс РК от 23.11.2015 № 414-V',
    name: {
      kk: 'Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V Еңбек кодексі',
      ru: 'Трудовой кодекс Республики Казахстан от 23 ноября 2015 года № 414-V',
      en: 'Labour Code of the Republic of Kazakhstan No. 414-V of 23 November 2015',
    },
    url: 'https://adilet.zan.kz/rus/docs/K1500000414',
  },
  administrativeProcedureCode: {
    citation: 'Административный процедурно-процессуальный кодекс РК от 29.06.2020 № 350-VI',
    name: {
      kk: 'Қазақстан Республикасының 2020 жылғы 29 маусымдағы № 350-VI Әкімшілік рәсімдік-процестік кодексі',
      ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан от 29 июня 2020 года № 350-VI',
      en: 'Administrative Procedural and Process Code of the Republic of Kazakhstan No. 350-VI of 29 June 2020',
    },
    url: 'https://adilet.zan.kz/rus/docs/K2000000350',
  },
  consumerProtectionLaw: {
    citation: 'Закон РК от 04.05.2010 № 274-IV «О защите прав потребителей»',
    name: {
      kk: '«Тұтынушылардың құқықтарын қорғау туралы» 2010 жылғы 4 мамырдағы № 274-IV Заң',
      ru: 'Закон Республики Казахстан от 4 мая 2010 года № 274-IV «О защите прав потребителей»',
      en: 'Law of the Republic of Kazakhstan No. 274-IV of 4 May 2010 “On Consumer Rights Protection”',
    },
    url: 'https://adilet.zan.kz/rus/docs/Z100000274_',
  },
  civilCode: {
    citation: 'Гражданский кодекс РК (Общая часть) от 27.12.1994',
    name: {
      kk: 'Қазақстан Республикасының 1994 жылғы 27 желтоқсандағы Азаматтық кодексі (Жалпы бөлім)',
      ru: 'Гражданский кодекс Республики Казахстан (Общая часть) от 27 декабря 1994 года',
      en: 'Civil Code of the Republic of Kazakhstan (General Part) of 27 December 1994',
    },
    url: 'https://adilet.zan.kz/rus/docs/K940001000_',
  },
  constitution2026: {
    citation: 'Конституция РК, принятая на республиканском референдуме 15.03.2026',
    name: {
      kk: '2026 жылғы 15 наурызда республикалық референдумда қабылданған Қазақстан Республикасының Конституциясы',
      ru: 'Конституция Республики Казахстан, принятая на республиканском референдуме 15 марта 2026 года',
      en: 'Constitution of the Republic of Kazakhstan adopted by the referendum of 15 March 2026',
    },
    url: undefined,
  },
} as const satisfies Record<
  string,
  { readonly citation: string; readonly name: Labels; readonly url: string | undefined }
>);

/** A key of {@link LEGAL_ACTS}: `holidaysLaw`, `labourCode`, … . */
export type LegalActKey = keyof typeof LEGAL_ACTS;

/**
 * Where a rule or a date comes from: an act and, when it matters, the
 * article. `act` is a key of {@link LEGAL_ACTS} for the acts the library
 * knows, or the act's citation as published for data a user adds
 * (`'Приказ Министра труда и социальной защиты населения РК от … № …'`).
 */
export interface LegalSource {
  /** A {@link LegalActKey}, or the citation of another act as published. */
  readonly act: string;
  /** The article and point, e.g. `'art. 5'` or `'art. 84 p. 5'`. */
  readonly article?: string | undefined;
  /** Anything a reader should know about how sure the fact is. */
  readonly note?: string | undefined;
}

/**
 * Tells whether `value` is a key of {@link LEGAL_ACTS}.
 *
 * @example
 * ```ts
 * isLegalActKey('labourCode'); // true
 * isLegalActKey('toString');   // false
 * ```
 */
export function isLegalActKey(value: unknown): value is LegalActKey {
  return typeof value === 'string' && Object.hasOwn(LEGAL_ACTS, value);
}

const ARTICLE = /^art\.\s*([\w-]+)(?:\s+p\.\s*([\w-]+))?$/;

function formatArticle(article: string, locale: Locale): string {
  const match = ARTICLE.exec(article);
  if (match === null) return article;
  const [, number, point] = match;
  if (locale === 'kk')
    return point === undefined ? `${number}-бап` : `${number}-баптың ${point}-тармағы`;
  if (locale === 'ru') return point === undefined ? `ст. ${number}` : `п. ${point} ст. ${number}`;
  return article;
}

/**
 * A source as a reader sees it: the act's name in the language, then the
 * article (`art. 84 p. 5` reads «84-баптың 5-тармағы», «п. 5 ст. 84»). Acts
 * a user added by citation are shown as given.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a source without a string `act`,
 * `INVALID_LOCALE` for an unknown locale.
 * @example
 * ```ts
 * formatLegalSource({ act: 'labourCode', article: 'art. 84 p. 5' }, 'ru');
 * // 'Трудовой кодекс Республики Казахстан от 23 ноября 2015 года № 414-V, п. 5 ст. 84'
 * formatLegalSource({ act: 'labourCode', article: 'art. 85' }, 'kk');
 * // 'Қазақстан Республикасының 2015 жылғы 23 қарашадағы № 414-V Еңбек кодексі, 85-бап'
 * ```
 */
export function formatLegalSource(source: LegalSource, locale: Locale): string {
  const given = source as Partial<Record<keyof LegalSource, unknown>> | null;
  if (
    typeof given !== 'object' ||
    given === null ||
    typeof given.act !== 'string' ||
    (given.article !== undefined && typeof given.article !== 'string')
  ) {
    throw invalidValue('formatLegalSource', 'source', source, 'legalSource', 'notASource');
  }
  const act = isLegalActKey(source.act) ? label(LEGAL_ACTS[source.act].name, locale) : source.act;
  return source.article === undefined ? act : `${act}, ${formatArticle(source.article, locale)}`;
}
