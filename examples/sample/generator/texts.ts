import type { Sector } from '../../../src/index.js';

// The words of the sample: what consumers write in Shymkent (in Kazakh and
// in Russian), what the department answers, and what it posts. Written the
// way appeals and press releases word them; no text names a real person.

/** How an appeal was put right without money: in kind or otherwise, in Kazakh and Russian. */
export interface Remedies {
  /** Goods replaced, exchanged or repaired, a service done again. */
  readonly inKind?: readonly string[];
  /** Anything else: an order delivered, a contract ended, a bill corrected. */
  readonly nonMonetary?: readonly string[];
}

/** What an appeal is about, and how it can be put right besides a refund. */
export interface Subject extends Remedies {
  readonly text: string;
}

const REPLACED = ['Тауар жаңасына ауыстырылды', 'Товар заменён на новый'];
const EXCHANGED = ['Тауар айырбасталды', 'Товар обменян'];
const REPAIRED = ['Тауар тегін жөнделді', 'Произведён бесплатный гарантийный ремонт'];
const REDONE = ['Қызмет тегін қайта көрсетілді', 'Услуга оказана повторно безвозмездно'];
const FIXED = ['Ақаулар тегін жойылды', 'Недостатки устранены безвозмездно'];
const DELIVERED = ['Тапсырыс жеткізілді', 'Заказ доставлен'];
const CONTRACT_ENDED = ['Шарт бұзылды', 'Договор расторгнут по требованию потребителя'];
const RECALCULATED = ['Төлем қайта есептелді', 'Начисление исправлено'];
const RESTORED = ['Байланыс қалпына келтірілді', 'Услуга связи восстановлена'];

/** Subjects of appeals by sector, Kazakh and Russian, as consumers put them. */
export const SUBJECTS: Readonly<Record<Sector, readonly Subject[]>> = {
  retailTrade: [
    { text: 'Сапасыз тауар', inKind: REPLACED },
    { text: 'Сапасыз тауар үшін ақшаны қайтару' },
    { text: 'Ақаулы тұрмыстық техниканы ауыстыру', inKind: [...REPLACED, ...REPAIRED] },
    { text: 'Кепілдік мерзімінде ұялы телефонды жөндеуден бас тарту', inKind: REPAIRED },
    { text: 'Тауар бағасының сөредегі бағаға сәйкес келмеуі' },
    { text: 'Сапасыз аяқ киім үшін ақшаны қайтару' },
    { text: 'Жарамдылық мерзімі өткен азық-түлікті сату', inKind: REPLACED },
    { text: 'Тиісті сападағы тауарды айырбастаудан бас тарту', inKind: EXCHANGED },
    { text: 'Возврат денег за некачественный товар' },
    { text: 'Обмен товара надлежащего качества', inKind: EXCHANGED },
    { text: 'Отказ в гарантийном ремонте телефона', inKind: REPAIRED },
    { text: 'Несоответствие цены на ценнике и на кассе' },
    { text: 'Продажа товара с истёкшим сроком годности', inKind: REPLACED },
    { text: 'Отказ вернуть деньги за бракованный холодильник' },
    {
      text: 'Некачественная мебель, не соответствует образцу',
      inKind: REPLACED,
      nonMonetary: CONTRACT_ENDED,
    },
  ],
  eCommerce: [
    { text: 'Интернет-дүкеннен тапсырыстың жеткізілмеуі', nonMonetary: DELIVERED },
    { text: 'Интернет арқылы сатып алынған тауардың сипаттамаға сәйкес келмеуі', inKind: REPLACED },
    { text: 'Онлайн тапсырыс үшін алдын ала төлемді қайтару' },
    { text: 'Товар, оплаченный в интернет-магазине, не доставлен', nonMonetary: DELIVERED },
    { text: 'Возврат предоплаты за онлайн-заказ' },
    { text: 'Товар из интернет-магазина не соответствует описанию', inKind: REPLACED },
    { text: 'Нарушение срока доставки заказа', nonMonetary: DELIVERED },
  ],
  householdServices: [
    { text: 'Химиялық тазалаудан кейін бұйымның бүлінуі' },
    { text: 'Тұрмыстық техниканы сапасыз жөндеу', inKind: REDONE },
    { text: 'Некачественный ремонт бытовой техники', inKind: REDONE },
    { text: 'Порча вещи в химчистке' },
    {
      text: 'Нарушение сроков изготовления мебели на заказ',
      nonMonetary: [
        'Жиһаз дайындалып, тапсырылды',
        'Мебель изготовлена и передана заказчику',
        ...CONTRACT_ENDED,
      ],
    },
  ],
  housingAndUtilities: [
    { text: 'Коммуналдық қызметтер үшін төлемнің негізсіз есептелуі', nonMonetary: RECALCULATED },
    { text: 'Мердігердің пәтерді сапасыз жөндеуі', inKind: FIXED },
    { text: 'Неверное начисление за коммунальные услуги', nonMonetary: RECALCULATED },
    { text: 'Некачественный ремонт квартиры подрядчиком', inKind: FIXED },
  ],
  catering: [
    { text: 'Кафеде сапасыз қызмет көрсету', inKind: REDONE },
    { text: 'Некачественное обслуживание в кафе', inKind: REDONE },
    { text: 'Завышение счёта в ресторане' },
  ],
  transport: [
    { text: 'Рейс тоқтатылғанда әуе билетінің құнын қайтару' },
    { text: 'Такси қызметі үшін артық ақы алу' },
    { text: 'Возврат стоимости авиабилета при отмене рейса' },
    {
      text: 'Утеря багажа при перелёте',
      nonMonetary: ['Багаж табылып, жолаушыға жеткізілді', 'Багаж найден и доставлен пассажиру'],
    },
    { text: 'Некачественный ремонт автомобиля на СТО', inKind: FIXED },
  ],
  medicalServices: [
    { text: 'Көрсетілмеген стоматологиялық қызмет үшін ақшаны қайтару' },
    { text: 'Ақылы медициналық қызметтің сапасыздығы', inKind: REDONE },
    { text: 'Возврат денег за неоказанные стоматологические услуги' },
  ],
  communicationServices: [
    { text: 'Интернет байланысының жиі үзілуі', nonMonetary: RESTORED },
    { text: 'Списание средств за неподключённые услуги связи' },
  ],
  education: [
    { text: 'Оқу курсы үшін төленген ақшаны қайтару' },
    { text: 'Возврат оплаты за курсы при расторжении договора' },
  ],
  tourism: [
    { text: 'Туристік жолдама үшін ақшаны қайтару' },
    { text: 'Возврат денег за отменённый тур' },
    {
      text: 'Несоответствие условий тура договору',
      nonMonetary: ['Тур ауыстырылды', 'Предоставлен равноценный тур'],
    },
  ],
  financialServices: [
    {
      text: 'Несиені рәсімдеу кезінде сақтандыруды таңу',
      nonMonetary: ['Сақтандыру шарты бұзылды'],
    },
    {
      text: 'Навязывание страховки при оформлении кредита',
      nonMonetary: ['Договор страхования расторгнут'],
    },
  ],
  realEstate: [
    {
      text: 'Үлестік құрылыс шарты бойынша пәтерді беру мерзімінің бұзылуы',
      nonMonetary: ['Пәтер үлескерге берілді'],
    },
    {
      text: 'Нарушение сроков передачи квартиры по договору долевого участия',
      nonMonetary: ['Квартира передана дольщику'],
    },
  ],
  other: [
    { text: 'Фитнес-клуб абонементі үшін ақшаны қайтару' },
    { text: 'Возврат денег за абонемент фитнес-клуба' },
  ],
};

/** The reasons a head gives for extending a review (АППК art. 76). */
export const EXTENSION_REASONS: readonly string[] = [
  'Тауарға сараптама тағайындалды',
  'Сатушыдан қосымша құжаттар сұратылды',
  'Назначена экспертиза качества товара',
  'Запрошены дополнительные документы у продавца',
  'Необходим выезд на место для осмотра',
];

/** Where an appeal outside the department's competence is sent (АППК art. 65), by sector. */
export const REDIRECT_BODIES: Readonly<Partial<Record<Sector, string>>> = {
  financialServices: 'Агентство Республики Казахстан по регулированию и развитию финансового рынка',
  housingAndUtilities:
    'Шымкент қаласының энергетика және тұрғын үй-коммуналдық шаруашылық басқармасы',
  medicalServices: 'Шымкент қаласының санитариялық-эпидемиологиялық бақылау департаменті',
  communicationServices:
    'Комитет телекоммуникаций Министерства цифрового развития, инноваций и аэрокосмической промышленности',
  education: 'Шымкент қаласының білім басқармасы',
  transport: 'Комитет гражданской авиации Министерства транспорта Республики Казахстан',
  eCommerce: 'Департамент полиции города Шымкент',
  realEstate: 'Шымкент қаласының құрылыс басқармасы',
  catering: 'Шымкент қаласының санитариялық-эпидемиологиялық бақылау департаменті',
  retailTrade: 'Шымкент қаласының санитариялық-эпидемиологиялық бақылау департаменті',
};

/** What the department tells consumers in the media and on its pages. */
export const OUTREACH_TOPICS: readonly string[] = [
  'Тауарды қайтару және айырбастау құқығы',
  'Кепілдік мерзімі дегеніміз не?',
  'Интернет арқылы сатып алу кезіндегі тұтынушының құқықтары',
  'Е-Тұтынушы жүйесі арқылы шағымды қалай беруге болады',
  'Сатушыға талап қою: үлгі және жауап беру мерзімі',
  'Сапасыз тауар сатып алсаңыз не істеу керек',
  'Чекті сақтаңыз!',
  'Қосымша қызметтерді таңуға тыйым салынған',
  'Право на возврат и обмен товара надлежащего качества в течение 14 дней',
  'Что делать, если купили некачественный товар',
  'Как подать жалобу через систему Е-Потребитель',
  'Претензия продавцу: образец и сроки ответа',
  'Права потребителя при покупках в интернете',
  'Гарантийный срок и срок службы: в чём разница',
  'Навязывание дополнительных услуг запрещено',
  'Сохраняйте кассовый чек',
];

/** Topics of the days around 15 March, World Consumer Rights Day. */
export const CONSUMER_DAY_TOPICS: readonly string[] = [
  '15 наурыз – Дүниежүзілік тұтынушылар құқықтарын қорғау күні',
  '15 марта – Всемирный день защиты прав потребителей',
];

/** The television and radio the department speaks on. */
export const BROADCASTERS: readonly string[] = [
  '«Шымкент» телеарнасы',
  '«Otyrar TV» телеарнасы',
  '«Qazaqstan» РТРК Шымкент филиалы',
];

/** The papers and news sites that publish its articles and interviews. */
export const PUBLISHERS: readonly string[] = [
  '«Шымкент келбеті» газеті',
  '«Панорама Шымкента» газеті',
  '«Оңтүстік Қазақстан» газеті',
  '«Kazinform» халықаралық ақпарат агенттігі',
];

/** Where the department's briefings are held. */
export const BRIEFING_HOST = 'Шымкент қаласының өңірлік коммуникациялар қызметі';

/** The court that hears the consumer cases the department joins. */
export const ECONOMIC_COURT = 'Шымкент қаласының мамандандырылған ауданаралық экономикалық соты';
