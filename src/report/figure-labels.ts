import { CHANNELS } from '../complaint/channel.js';
import { CARRIED_OVER, COMPLAINT_OUTCOMES } from '../complaint/outcome.js';
import { invalidArgumentError } from '../core/error-factories.js';
import { deepFreeze } from '../core/freeze.js';
import { type Labels, type Locale, label } from '../core/labels.js';
import { received } from '../core/received.js';
import { SECTORS } from '../core/sector.js';
import { OUTREACH_KIND_HEADINGS } from '../outreach/kind.js';
import { SOCIAL_PLATFORMS } from '../outreach/platform.js';
import { regionByCode } from '../regions/lookup.js';

/**
 * The four KPIs of a department report, in the order reports give them,
 * with their published names (Kazakh as published; Russian as department
 * reports use it).
 *
 * @example
 * ```ts
 * REPORT_KPIS.quality.kk; // 'Жеке және заңды тұлғалардың өтініштерін қарау сапасы'
 * REPORT_KPIS.lawsuits.ru; // 'Исковая работа'
 * ```
 */
export const REPORT_KPIS = /* @__PURE__ */ deepFreeze({
  unifiedSystem: {
    kk: 'Тұтынушылардың құқықтарын қорғаудың бірыңғай ақпараттық жүйеде жұмыс істеу',
    ru: 'Работа в единой информационной системе защиты прав потребителей',
    en: 'Work in the unified consumer-protection information system',
  },
  outreach: {
    kk: 'Ақпараттық-түсіндіру жұмысы (құқықтық сауаттылықты арттыру)',
    ru: 'Информационно-разъяснительная работа (повышение правовой грамотности)',
    en: 'Information and outreach work (raising legal literacy)',
  },
  quality: {
    kk: 'Жеке және заңды тұлғалардың өтініштерін қарау сапасы',
    ru: 'Качество рассмотрения обращений физических и юридических лиц',
    en: 'Quality of review of appeals of individuals and legal entities',
  },
  lawsuits: {
    kk: 'Талап-арыз қызметі',
    ru: 'Исковая работа',
    en: 'Lawsuit work',
  },
} as const satisfies Record<string, Labels>);

/** A key of {@link REPORT_KPIS}. */
export type ReportKpi = keyof typeof REPORT_KPIS;

const FIGURES: Readonly<Record<string, Labels>> = /* @__PURE__ */ deepFreeze({
  'appeals.openAtStart': {
    kk: 'Кезең басында қаралуда болған өтініштер',
    ru: 'Обращений на рассмотрении на начало периода',
    en: 'Appeals open at the start',
  },
  'appeals.received': { kk: 'Түскен өтініштер', ru: 'Поступило обращений', en: 'Appeals received' },
  'appeals.reviewed': {
    kk: 'Қаралған өтініштердің жалпы саны',
    ru: 'Рассмотрено обращений',
    en: 'Appeals reviewed',
  },
  'appeals.closed': {
    kk: 'Қарауы аяқталған өтініштер',
    ru: 'Завершено рассмотрение обращений',
    en: 'Appeals closed',
  },
  'appeals.returnedToConsumers': {
    kk: 'Тұтынушыларға қайтарылған ақшалай қаражат',
    ru: 'Возвращено потребителям денежных средств',
    en: 'Money returned to consumers',
  },
  'appeals.satisfactionRate': {
    kk: 'Қанағаттандырылғандардың қарауы аяқталғандардағы үлесі',
    ru: 'Доля удовлетворённых от завершённых',
    en: 'Satisfied of closed',
  },
  'appeals.satisfiedOfReviewed': {
    kk: 'Қанағаттандырылғандардың қаралғандардағы үлесі',
    ru: 'Доля удовлетворённых от рассмотренных',
    en: 'Satisfied of reviewed',
  },
  'appeals.timelyRate': {
    kk: 'Мерзімінде қаралғандардың үлесі',
    ru: 'Доля рассмотренных в срок',
    en: 'Closed on time',
  },
  'appeals.viaUnifiedSystem': {
    kk: 'Бірыңғай ақпараттық жүйе арқылы түскен өтініштер',
    ru: 'Поступило обращений через единую информационную систему',
    en: 'Appeals received through E-Tutynushy',
  },
  'lawsuits.participated': {
    kk: 'Сот отырыстарына қатысқан сот істері',
    ru: 'Иски, по которым принято участие в судебных заседаниях',
    en: 'Lawsuits with court sessions attended',
  },
  'lawsuits.asThirdParty': {
    kk: 'оның ішінде үшінші тұлға ретінде',
    ru: 'из них в качестве третьего лица',
    en: 'of which as a third party',
  },
  'lawsuits.asPlaintiff': {
    kk: 'оның ішінде талапкер ретінде',
    ru: 'из них в качестве истца',
    en: 'of which as plaintiff',
  },
  'lawsuits.decidedForConsumers': {
    kk: 'Тұтынушылардың пайдасына шешілген істер',
    ru: 'Решено в пользу потребителей',
    en: "Decided in consumers' favour",
  },
  'lawsuits.recovered': {
    kk: 'Соттың шешімімен өндірілген сома',
    ru: 'Взыскано по решениям суда',
    en: 'Recovered by court decisions',
  },
  'lawsuits.collected': {
    kk: 'Іс жүзінде өндірілген сома',
    ru: 'Фактически взыскано',
    en: 'Actually collected',
  },
  'outreach.total': {
    kk: 'Ақпараттық-түсіндіру іс-шараларының жалпы саны',
    ru: 'Всего информационно-разъяснительных мероприятий',
    en: 'Outreach activities',
  },
  'unifiedSystem.consumerAccounts': {
    kk: 'Тіркелген пайдаланушылар саны',
    ru: 'Количество зарегистрированных пользователей',
    en: 'Users registered',
  },
  'unifiedSystem.businessAccounts': {
    kk: 'Тіркелген кәсіпкерлік субъектілерінің саны',
    ru: 'Количество зарегистрированных субъектов предпринимательства',
    en: 'Business entities registered',
  },
  'unifiedSystem.cumulative.consumerAccounts': {
    kk: 'Тіркелген пайдаланушылар, жиынтығы',
    ru: 'Зарегистрировано пользователей, нарастающим итогом',
    en: 'Users registered to date',
  },
  'unifiedSystem.cumulative.businessAccounts': {
    kk: 'Тіркелген кәсіпкерлік субъектілері, жиынтығы',
    ru: 'Зарегистрировано субъектов предпринимательства, нарастающим итогом',
    en: 'Business entities registered to date',
  },
  'unifiedSystem.appeals': {
    kk: 'Жүйе арқылы түскен өтініштер',
    ru: 'Поступило обращений через систему',
    en: 'Appeals received through the system',
  },
});

const GROUPS: Readonly<Record<string, readonly [Labels, Readonly<Record<string, Labels>>]>> = {
  'appeals.outcomes': [{ kk: '', ru: '', en: '' }, COMPLAINT_OUTCOMES],
  'appeals.byChannel': [{ kk: 'Түсу арнасы', ru: 'Канал поступления', en: 'Channel' }, CHANNELS],
  'appeals.bySector': [{ kk: 'Сала', ru: 'Отрасль', en: 'Sector' }, SECTORS],
  'outreach.byKind': [{ kk: '', ru: '', en: '' }, OUTREACH_KIND_HEADINGS],
  'outreach.socialByPlatform': [
    { kk: 'Әлеуметтік желі', ru: 'Социальная сеть', en: 'Social network' },
    SOCIAL_PLATFORMS,
  ],
};

const capitalized = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The name of a report figure, by its path, in a language: what a CSV row,
 * a table or a finding calls it.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE`; `INVALID_REGION` for a
 * `appeals.byRegion.*` path of no region; `INVALID_ARGUMENT` for a path that
 * is not a string.
 * @example
 * ```ts
 * reportFigureLabel('appeals.reviewed', 'kk');           // 'Қаралған өтініштердің жалпы саны'
 * reportFigureLabel('appeals.outcomes.satisfied', 'ru'); // 'Удовлетворено'
 * reportFigureLabel('appeals.byRegion.79', 'en');        // 'Region: Shymkent'
 * reportFigureLabel('appeals.byChannel.eOtinish', 'kk'); // 'Түсу арнасы: e-Өтініш'
 * reportFigureLabel('appeals.unknown', 'en');            // 'appeals.unknown'
 * ```
 */
export function reportFigureLabel(path: string, locale: Locale): string {
  if (typeof path !== 'string') {
    throw invalidArgumentError({
      fn: 'reportFigureLabel',
      field: 'path',
      received: received(path),
      expected: 'string',
    });
  }
  const own = Object.hasOwn(FIGURES, path) ? FIGURES[path] : undefined;
  if (own !== undefined) return label(own, locale);
  if (path === 'appeals.carriedOver') return capitalized(label(CARRIED_OVER, locale));
  const dot = path.lastIndexOf('.');
  const group = path.slice(0, dot);
  const key = path.slice(dot + 1);
  if (group === 'appeals.byRegion') {
    const prefix = { kk: 'Өңір', ru: 'Регион', en: 'Region' };
    return `${label(prefix, locale)}: ${label(regionByCode(key).name, locale)}`;
  }
  const known = Object.hasOwn(GROUPS, group) ? GROUPS[group] : undefined;
  const item = known !== undefined && Object.hasOwn(known[1], key) ? known[1][key] : undefined;
  if (known === undefined || item === undefined) return path;
  const prefix = label(known[0], locale);
  // After «Канал поступления:» a name goes on in its own case (е-Отиниш, розничная торговля).
  const name = label(item, locale);
  return prefix === '' ? capitalized(name) : `${prefix}: ${name}`;
}
