import type { AmountDetails, EventPlace, TakenDay, TransferActShown } from '../error-details.js';
import { russianPlural } from '../plural.js';
import type { Received } from '../received.js';
import type { RecordIssue } from '../record-issue.js';
import type { MessageCatalogue } from './catalogue.js';
import { characterShown, issuesText, shownText } from './shared.js';

// Русский: те же факты в том же порядке, что и в английском (что не так,
// значение, что ожидалось). Ключи, коды и имена функций не переводятся.

// Родительный падеж после «из», «не более»: из 1 элемента, из 2 элементов.
const genitive = (n: number | string | undefined, one: string, many: string): string =>
  `${n} ${russianPlural(Number(n ?? 0), { one, few: many, many })}`;

const value = (received: Received): string => {
  if (typeof received === 'string') return shownText(received);
  if (typeof received === 'bigint') return `${received}n`;
  if (typeof received === 'number') return Object.is(received, -0) ? '-0' : String(received);
  if (received === null || received === undefined || typeof received === 'boolean')
    return String(received);
  switch (received.type) {
    case 'array':
      return `массив из ${genitive(received.length, 'элемента', 'элементов')}`;
    case 'date':
      return `Date(${received.iso ?? 'Invalid Date'})`;
    case 'tenge':
      return `Tenge(${received.amount})`;
    case 'decimal':
      return `Decimal(${received.value})`;
    case 'function':
      return 'функция';
    case 'symbol':
      return 'символ (Symbol)';
    default:
      return 'объект';
  }
};

const list = (items: readonly unknown[] | undefined): string =>
  (items ?? []).map((item) => String(item)).join(', ');

// Обращение или иск — в именительном и родительном падежах.
const NOUN: Readonly<Record<string, readonly [string, string]>> = {
  complaint: ['обращение', 'обращения'],
  lawsuit: ['иск', 'иска'],
};

const where = ({ recordId, index }: EventPlace): string =>
  `событие №${index}${recordId === undefined ? '' : ` записи ${shownText(recordId)}`}`;

const actText = ({ workingDay, dayOff, act }: TransferActShown): string =>
  `${workingDay} → ${dayOff} (${shownText(act)})`;

const takenText = (taken: TakenDay): string =>
  'name' in taken
    ? `${taken.date} — уже ${taken.name.ru}`
    : `${taken.date} уже занят актом о переносе ${actText(taken.transferAct)}`;

const expectations: MessageCatalogue['expectations'] = {
  object: () => 'объект',
  options: ({ allowed }) =>
    allowed === undefined
      ? 'объект параметров или ничего'
      : `объект параметров, например { ${list(allowed)} }, или ничего`,
  string: () => 'строка',
  nonEmptyString: () => 'непустая строка',
  boolean: () => 'true или false',
  array: () => 'массив',
  iterable: () => 'массив или другой итерируемый объект',
  integer: () => 'целое число',
  integerInRange: ({ min, max }) => `целое число от ${min} до ${max}`,
  nonNegativeInteger: () => 'целое число не меньше 0',
  oneOf: ({ allowed }) => `одно из значений ${list(allowed)}`,
  knownKey: ({ allowed }) => `один из параметров ${list(allowed)}`,
  atMost: ({ max }) => `не более ${genitive(max, 'элемента', 'элементов')}`,
  date: () => 'дата в формате YYYY-MM-DD',
  dateInRange: ({ min, max }) => `дата от ${min} до ${max}`,
  timeOfDay: () => "время ЧЧ:ММ от 00:00 до 23:59, например '18:30'",
  tenge: () => 'значение Tenge (другие значения читает Tenge.of)',
  positiveTenge: () => 'Tenge больше нуля',
  nonNegativeTenge: () => 'Tenge, равный нулю или больше',
  factor: () => 'конечное число, десятичная строка или Decimal',
  factorMagnitude: () => 'величина от 1e-400 до 1e400',
  ratios: () => 'непустой массив долей не меньше нуля, не все из которых равны нулю',
  nonNegativeRatio: () => 'доля не меньше нуля (число, десятичная строка или Decimal)',
  safeInteger: () => 'целое число: безопасное целое (не больше 2^53 − 1 по модулю) или bigint',
  locale: () => 'kk, ru или en',
  calendar: () =>
    'WorkCalendar: kazakhstanCalendar или календарь, созданный createWorkCalendar (собранный вручную календарь передайте через createWorkCalendar({ base }))',
  calendarData: () =>
    'данные календаря { holidays, religiousDaysOff, kurbanAit, transferActs, confirmedYears, estimates }',
  holidayRule: () => 'правило праздника { key, month, day, from?, to?, name, source }',
  legalSource: () => 'источник { act, article?, note? } с названием акта',
  labels: () => 'название { kk, ru, en }',
  kurbanAitEntry: () => 'запись о Курбан айте { date, estimate?, source? }',
  transferAct: () => 'акт о переносе дней отдыха { workingDay, dayOff, source }',
  weekendDay: () => 'суббота или воскресенье, объявленные рабочим днём',
  weekday: () => 'день с понедельника по пятницу, объявленный днём отдыха',
  freeDay: ({ taken }) =>
    `день отдыха с понедельника по пятницу и рабочий день в субботу или воскресенье, не занятые праздником, религиозным днём отдыха или другим актом о переносе${taken === undefined ? '' : ` (${takenText(taken)})`}`,
  notBefore: ({ min }) => `год не раньше ${min}`,
  oneKurbanAitPerYear: ({ year }) =>
    year === undefined ? 'одна дата Курбан айта на год' : `одна дата Курбан айта на ${year} год`,
  region: () => 'регион из REGIONS или regionByCode',
  regions: () => 'массив или другой итерируемый объект регионов',
  replayedComplaint: () => 'обращение в том виде, в каком его возвращает replayComplaint',
  replayedLawsuit: () => 'иск в том виде, в каком его возвращает replayLawsuit',
  relief: () => 'результат удовлетворения обращения (relief) или событие satisfy',
  description: () => 'true или описание',
  businessName: () => 'names.kk, names.ru или оба',
  first11Digits: () => 'строка из первых 11 цифр ИИН или БИН',
  twoDigitYear: () => 'целое число 0–99 (цифры 1–2 БИН)',
  wordsRange: () => 'целое число не больше 999 999 999 999 999 999 по модулю',
  period: () => 'период или его код, например 2024-01/2024-05',
  report: () =>
    'отчёт, как его возвращает buildReport или parseReport (сохранённый JSON читает parseReport)',
  published: () => 'опубликованные показатели в форме PublishedReportSchema',
};

const SCALE = ['единицы', 'тысячи', 'миллионы', 'миллиарды', 'триллионы'];
const scale = (power: number | undefined): string => SCALE[(power ?? 0) / 3] ?? `10^${power}`;
const UNIT = ['единица', 'тысяча', 'миллион', 'миллиард', 'триллион'];
const unit = (power: number | undefined): string => UNIT[(power ?? 0) / 3] ?? `10^${power}`;
const EXAMPLE = 'сумма, например "1424750.50"';

const character = (text: string | undefined): string => {
  const shown = characterShown(text);
  if (shown.kind === 'space') return 'пробел';
  if (shown.kind === 'dash') return 'дефис';
  if (shown.kind === 'whitespace') return `пробельный символ (${shown.codePoint})`;
  return `символ ${shown.kind === 'invisible' ? shown.codePoint : shown.text}`;
};

const decimalPlaces = (n: number): string =>
  `${n} ${russianPlural(n, { one: 'знак', few: 'знака', many: 'знаков' })}`;

const amountProblems: MessageCatalogue['amountProblems'] = {
  notAnAmount: () => 'ожидалась десятичная строка, число, bigint в тенге, Decimal или Tenge',
  forgedTenge: () =>
    'объект с прототипом Tenge, созданный не через Tenge.of и не через Tenge.fromTiyn: создавайте суммы через Tenge.of',
  notATenge: () => 'ожидалось значение Tenge (другие значения читает Tenge.of)',
  sumItem: ({ position }) => `элемент №${position} суммы не является Tenge`,
  notWholeTiyn: () => 'ожидалось целое число тиынов (bigint или безопасное целое число)',
  notANumber: () => 'не число',
  notFinite: () => 'не конечное число',
  unsafeNumber: () =>
    'число от 2^46 (70 368 744 177 664) тенге и больше не может хранить каждый тиын и могло уже потерять часть: передайте десятичную строку или bigint',
  notExactToTiyn: ({ decimals }) =>
    `сумма не точна до тиына: ${decimals === undefined ? 'больше двух знаков' : decimalPlaces(decimals)} после запятой (тиын — это 0,01)`,
  outOfRange: () =>
    'вне допустимого диапазона: Tenge хранит не более 999 999 999 999 999,99 тенге по модулю',
  productNotExact: ({ part, other }) =>
    `${part} × ${other} не равно целому числу тиынов, а запрошено округление "exact"`,
  notDecimalString: () =>
    'ожидалась сумма в виде десятичной строки, например "250000.00", или значение Tenge',
  negative: () => 'ожидалась сумма не меньше нуля, а не отрицательная',
  tooLong: ({ length, max }) =>
    `${length} ${russianPlural(length ?? 0, { one: 'символ', few: 'символа', many: 'символов' })} — длиннее любой суммы (не более ${max})`,
  empty: () => `пустая строка: ожидалась ${EXAMPLE}`,
  blank: () => `только пробелы: ожидалась ${EXAMPLE}`,
  notPlainDecimal: () =>
    'ожидалось десятичное число с точкой, например "1424750", "1424750.5" или "-3.20"',
  surroundingSpace: () =>
    'пробелы по краям: Tenge.of читает простое десятичное число (текст в том виде, как его пишут люди, читает parseTenge)',
  exponent: () =>
    'экспоненциальная запись не читается как сумма: напишите сумму полностью, например "1000"',
  comma: () =>
    'запятая здесь не является ни десятичным знаком, ни разделителем разрядов: пишите "1424750.50" (parseTenge читает "1 424 750,50")',
  notText: () => 'ожидался текст, например «1 424 750 тенге»',
  unexpectedCharacter: ({ part, position }) =>
    `неожиданный ${character(part)} в позиции ${position}`,
  noDigits: () => 'нет цифр: ожидалась сумма, например «1 424 750 тенге»',
  beforeNumber: ({ part }) =>
    part === undefined
      ? 'после знака или валюты нет числа'
      : `«${part}» перед числом не является знаком, ₸ или KZT`,
  currencyTwice: ({ part }) => `валюта указана дважды («${part}»)`,
  scaleWithoutNumber: ({ part }) =>
    `у слова разряда «${part}» нет своего числа (разряд повторён или стоит не на месте)`,
  twoNumbers: ({ part, other }) =>
    `два числа подряд («${other}» и «${part}») без слова разряда между ними`,
  unknownWord: ({ part }) =>
    `неизвестное слово «${part}»: ожидалось теңге, тенге, tenge, KZT, ₸ или разряд, например млн, мың, тыс., M`,
  outOfPlace: ({ part }) => `«${part}» стоит не на своём месте`,
  decimalMarks: ({ part, convention }) =>
    `в «${part}» больше одного десятичного знака${convention === 'comma' ? ' (в kk и ru десятичный знак — запятая)' : ''}`,
  groupsAfterDecimal: ({ part }) => `в «${part}» есть группы цифр после десятичного знака`,
  mixedSeparators: ({ part }) => `в «${part}» разряды разделены разными знаками`,
  notThousands: ({ part, convention }) =>
    `«${part}» не разбито на группы по три цифры (после первой группы в каждой должно быть три цифры${convention === 'point' ? '; в английской записи запятая разделяет тысячи, а точка отделяет дробную часть' : ''})`,
  scalesNotDescending: ({ part, other, scales }) =>
    `«${part}» после «${other}»: ${scale(scales?.[1])} после разряда «${scale(scales?.[0])}», а разряды должны убывать и не повторяться`,
  fractionBeforeScale: ({ part, other }) =>
    `дробь в «${other}», за которой следует «${part}», неоднозначна`,
  missingScale: ({ part, other, readings }) =>
    `неоднозначно: у «${part}» после «${other}» нет слова разряда — это ${readings?.[0]} тенге или ${readings?.[1]}, если пропущено «мың» / «тыс.»: укажите разряд`,
  partTooLarge: ({ part, other, scales }) =>
    `«${part}» после «${other}» — это 1 ${unit(scales?.[0])} или больше`,
  tiynDigits: ({ part }) => `«${part}» тиын: ожидались одна или две цифры (00–99)`,
  tiynAfterFraction: ({ part }) =>
    `у суммы в тенге есть дробная часть, и тиыны тоже указаны («${part}»)`,
  mixedScripts: () =>
    'смешаны кириллические и латинские слова, поэтому десятичный знак неясен: передайте { locale }',
  ambiguousComma: ({ readings }) =>
    `неоднозначно: ${readings?.[0]} с десятичной запятой (kk, ru) или ${readings?.[1]} с запятой как разделителем тысяч (en); передайте { locale }`,
};

const amountText = (d: AmountDetails): string =>
  d.pointReading === undefined
    ? amountProblems[d.problem](d)
    : `${amountProblems[d.problem](d)}; при чтении по-английски: ${amountProblems[d.pointReading]({ ...d, convention: 'point' })}`;

const ID_NOUN = { INVALID_IIN: 'ИИН', INVALID_BIN: 'БИН', INVALID_TAXPAYER_ID: 'ИИН или БИН' };

const taxpayerIdProblems: MessageCatalogue['taxpayerIdProblems'] = {
  notAString: () => 'ожидалась строка из 12 цифр',
  number: (_, code) => {
    const example = code === 'INVALID_BIN' ? '020240000555' : '050707500015';
    return `ожидалась строка из 12 цифр, а не число: число теряет ведущие нули (${ID_NOUN[code]} ${example} стал бы числом ${example.slice(1)}), поэтому передайте ${ID_NOUN[code]} строкой`;
  },
  empty: () => 'пустая строка: ожидалось 12 цифр',
  character: ({ character: found, position }) =>
    `${character(found)} в позиции ${position}: ожидались только 12 цифр 0–9, без пробелов, дефисов и букв`,
  length: ({ length }) =>
    `${length} ${russianPlural(length ?? 0, { one: 'цифра', few: 'цифры', many: 'цифр' })}: ожидалось ровно 12`,
  checkDigit: ({ digit, expectedCheckDigit }) =>
    `неверная контрольная цифра ${digit} (12-я цифра): по цифрам 1–11 она равна ${expectedCheckDigit}`,
  noCheckDigit: () =>
    'для цифр 1–11 контрольной цифры не существует: оба прохода весов дают 10, такой номер никогда не выдаётся',
  centuryAndSex: ({ digit }) =>
    `7-я цифра (век и пол) — ${digit}, такое значение не определено: 1 или 2 — родившиеся в 1800-х годах, 3 или 4 — в 1900-х, 5 или 6 — в 2000-х (нечётная — мужчина, чётная — женщина)`,
  birthDate: ({ date, dateProblem, lastDay }) =>
    `цифры 1–6 вместе с 7-й цифрой дают дату рождения ${date}, которой не существует${dateProblem === undefined ? '' : `: ${dateProblems[dateProblem]({ received: date, problem: dateProblem, lastDay })}`}`,
  registeredIn: ({ date }) =>
    `цифры 3–4 дают месяц регистрации ${date}, которого не существует (ожидалось 01–12)`,
  entityType: ({ digit }) =>
    `5-я цифра (тип лица) — ${digit}, ожидалось 4 (юридическое лицо — резидент), 5 (нерезидент) или 6 (совместное индивидуальное предпринимательство)${(digit ?? 9) <= 3 ? ': 0–3 на этом месте обозначают ИИН, а не БИН' : ''}`,
  unit: ({ digit }) =>
    `6-я цифра (подразделение) — ${digit}, ожидалось 0 (головное подразделение), 1 (филиал), 2 (представительство) или 3 (крестьянское хозяйство)`,
  kind: ({ digit }) =>
    `5-я цифра — ${digit}: 0–3 на этом месте обозначают ИИН, а 4–6 — БИН, поэтому номер не является ни тем, ни другим`,
};

const dateProblems: MessageCatalogue['dateProblems'] = {
  notAString: () => 'ожидалась строка YYYY-MM-DD',
  format: () => 'ожидался формат YYYY-MM-DD: год из четырёх цифр, месяц и день из двух',
  year: () => 'ожидался год от 1000 до 9999',
  month: ({ received }) => `месяца ${String(received).slice(5, 7)} не существует (ожидалось 01–12)`,
  day: ({ received, lastDay }) =>
    `дня ${String(received).slice(8, 10)} нет в месяце ${String(received).slice(0, 7)} (ожидалось 01–${lastDay})`,
};

const instantProblems: MessageCatalogue['instantProblems'] = {
  invalidDate: () => 'объект Date некорректен',
  yearOutOfRange: ({ part }) => `год ${part} вне диапазона 1000–9998`,
  notAString: () => 'ожидалась строка ISO 8601 со смещением, например 2024-05-03T18:45:00+05:00',
  format: () =>
    'ожидалось YYYY-MM-DDTHH:MM[:SS[.fff]], а затем Z или смещение ±HH:MM, например 2024-05-03T18:45:00+05:00',
  noTime: () =>
    'дата — это не момент времени: ожидались время и смещение, например 2024-05-03T18:45:00+05:00',
  offset: ({ part }) => `смещения ${part} не существует`,
  date: ({ part }) => `даты ${part} не существует`,
  time: ({ part }) => `времени ${part} не существует`,
};

const periodWhere = (part: string | undefined): string =>
  part === undefined ? '' : part === 'start' ? 'начало: ' : 'конец: ';
const quotedList = (values: readonly string[]): string => {
  const shown = values.map((v) => `"${v}"`);
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} или ${shown[shown.length - 1]}`;
};

const periodProblems: MessageCatalogue['periodProblems'] = {
  notString: ({ part }) =>
    part === undefined
      ? 'ожидался код периода — строка, например "2024-Q2"'
      : `${periodWhere(part)}ожидалась дата — строка YYYY-MM-DD`,
  empty: () =>
    'ожидался код периода, например "2024", "2024-H1", "2024-Q2", "2024-05", "2024-01/2024-05" или "2024-01-01/2024-05-31"',
  tooLong: ({ max, length }) =>
    `в коде периода не более ${genitive(max, 'символа', 'символов')}, получено ${length}`,
  format: ({ part, expected }) => `${periodWhere(part)}ожидалось ${quotedList(expected)}`,
  lowerCase: ({ expected }) => `буква пишется заглавной: "${expected}"`,
  dateNotPeriod: ({ expected }) => `один день — это диапазон "${expected}"`,
  mixedRange: ({ expected }) =>
    `оба конца диапазона — месяцы или оба — дни: ${quotedList(expected)}`,
  yearOutOfRange: ({ part, year, min, max }) =>
    `${periodWhere(part)}год ${value(year)} не поддерживается (ожидался целый год от ${min} до ${max})`,
  monthOutOfRange: ({ part, month, min, max }) =>
    `${periodWhere(part)}месяца ${value(month)} не существует (ожидалось от ${min} до ${max})`,
  quarterOutOfRange: ({ quarter, min, max }) =>
    `квартала ${value(quarter)} не существует (ожидалось от ${min} до ${max})`,
  halfOutOfRange: ({ half, min, max }) =>
    `полугодия ${value(half)} не существует (ожидалось ${min} или ${max})`,
  monthCountOutOfRange: ({ monthCount, min, max }) =>
    `${value(monthCount)} месяцев года: ожидалось от ${min} до ${max} месяцев с января`,
  dayDoesNotExist: ({ part, date, lastDay }) =>
    `${periodWhere(part)}дня ${date.slice(8, 10)} нет в месяце ${date.slice(0, 7)} (ожидалось 01–${lastDay})`,
  endBeforeStart: ({ start, end }) => `конец ${end} раньше начала ${start}`,
  singleMonthRange: ({ expected }) => `диапазон из одного месяца — это месяц "${expected}"`,
  notWholeMonths: ({ start, end }) => `${start}/${end} не состоит из целых месяцев`,
  notPeriod: () => 'ожидался период в том виде, в каком его возвращает parsePeriod',
  fieldsDisagree: ({ field, actual, expected }) =>
    `его поле ${field} ${value(actual)} не согласуется с кодом (ожидалось ${value(expected)})`,
};

const regionProblems: MessageCatalogue['regionProblems'] = {
  form: () =>
    "ожидался двузначный код КАТО ('79' или 79), девятизначный код КАТО ('790000000') или код ISO 3166-2 ('KZ-79')",
  unknownCode: ({ code, allowed }) =>
    `региона с кодом ${code} нет; коды регионов: ${list(allowed)}`,
  subregion: ({ code }) =>
    `это код КАТО единицы внутри региона, а не самого региона: код региона оканчивается семью нулями (${code}0000000)`,
  notARegion: ({ index }) =>
    `элемент ${index} не является регионом: ожидался регион из REGIONS или regionByCode`,
};

// В родительном падеже: «запись обращения», «запись события иска».
const recordKinds: MessageCatalogue['recordKinds'] = {
  complaint: 'обращения',
  complaintEvent: 'события обращения',
  lawsuit: 'иска',
  lawsuitEvent: 'события иска',
  outreachActivity: 'мероприятия информационно-разъяснительной работы',
  business: 'субъекта предпринимательства',
  systemRegistration: 'регистрации в системе',
  report: 'отчёта',
  publishedReport: 'опубликованного отчёта',
};

const ID_BASIS: Readonly<Record<string, string>> = {
  iin: 'ИИН, который принадлежит человеку: он есть только у индивидуального предпринимателя',
  branch: 'БИН филиала (6-я цифра — 1)',
  representativeOffice: 'БИН представительства (6-я цифра — 2)',
  jointEntrepreneurship: 'БИН совместного индивидуального предпринимательства (5-я цифра — 6)',
  peasantFarm: 'БИН крестьянского хозяйства (6-я цифра — 3)',
  headOffice: 'БИН головного подразделения (6-я цифра — 0)',
};

const WHY_LINK: Readonly<Record<string, string>> = {
  surroundingSpace: 'по краям есть пробелы',
  notAbsolute: 'это не абсолютный адрес',
  protocol: 'допустимы только http и https',
  noDomain: 'у хоста нет домена',
  userInfo: 'данные пользователя перед хостом скрывают настоящий хост',
};

// The event a field sits on, when the issue names it: ` в событии "register"`.
const inEvent = (facts: RecordIssue['facts']): string =>
  typeof facts?.['event'] === 'string' ? ` в событии "${facts['event']}"` : '';

const rules: MessageCatalogue['rules'] = {
  reliefRequired: () =>
    'у удовлетворённого обращения указывается результат: refund (возвращённые деньги), inKind или nonMonetary (true, если без описания)',
  reliefOnlyOnSatisfy: ({ keys, facts }) =>
    `${list(keys)}${inEvent(facts)}: результат удовлетворения указывается только в событии "satisfy"`,
  positiveAmount: () => 'ожидалась сумма больше нуля (если денег нет, не указывайте поле)',
  nothingAwardedAgainstConsumer: () =>
    'решение не в пользу потребителя ничего не присуждает: не указывайте awarded',
  listedTwice: ({ received }) => `${value(received)} указан дважды`,
  businessName: () => 'ожидалось название на kk, ru или на обоих языках',
  kindMatchesId: ({ facts, received }) =>
    `номер — ${ID_BASIS[String(facts?.['basis'])] ?? facts?.['basis']}: ожидался вид ${list(facts?.['kinds'] as readonly string[])}, а не ${value(received)}`,
  businessIdRequired: () =>
    'для учётной записи субъекта предпринимательства нужен businessId: его БИН или ИИН',
  httpLink: ({ facts }) =>
    `ожидался адрес http(s), например https://www.gov.kz/…${typeof facts?.['why'] === 'string' ? ` (${WHY_LINK[facts['why']] ?? facts['why']})` : ''}`,
  plainText: () =>
    'ожидался обычный текст: без управляющих символов, одиночных суррогатов и символов управления направлением письма',
  trimmed: () => 'ожидался идентификатор без пробелов по краям',
  figuresAddUp: ({ facts }) =>
    `${facts?.['figure']} не сходится с показателями, из которых складывается`,
};

const issues: MessageCatalogue['issues'] = {
  unknownField: ({ keys, count, facts }) =>
    `${(count ?? 0) === 1 ? 'неизвестное поле' : 'неизвестные поля'} ${list(keys?.map((key) => shownText(key)))}${(count ?? 0) > (keys?.length ?? 0) ? ` и ещё ${(count ?? 0) - (keys?.length ?? 0)}` : ''}${inEvent(facts)}`,
  required: () => 'отсутствует обязательное поле',
  forbidden: ({ received }) =>
    `здесь это поле недопустимо: не указывайте его (получено ${value(received)})`,
  invalidType: ({ expected, received }) =>
    `ожидалось: ${expected === 'number' ? 'число' : expected === undefined ? 'другой тип' : expectations[expected]({})}, получено ${value(received)}`,
  notOneOf: ({ allowed, received }) =>
    `не входит в число допустимых значений (${list(allowed)}), получено ${value(received)}`,
  blank: ({ received }) => `ожидался непустой текст, получено ${value(received)}`,
  tooLong: ({ max, length }) =>
    `слишком длинное значение (не более ${genitive(max, 'символа', 'символов')})${length === undefined ? '' : `, получено ${length}`}`,
  tooMany: ({ max, length }) =>
    `слишком много элементов (не более ${genitive(max, 'элемента', 'элементов')})${length === undefined ? '' : `, получено ${length}`}`,
  tooSmall: ({ min, received }) => `ожидалось ${min} или больше, получено ${value(received)}`,
  tooLarge: ({ max, received }) => `ожидалось ${max} или меньше, получено ${value(received)}`,
  notInteger: ({ received }) => `ожидалось целое число, получено ${value(received)}`,
  invalidValue: ({ error }) =>
    error === undefined ? 'недопустимое значение' : messageOf(error.code, error.details),
  rule: (issue) => (issue.rule === undefined ? 'недопустимое значение' : rules[issue.rule](issue)),
};

const issueText = (issue: RecordIssue): string => issues[issue.code](issue);

const codes: MessageCatalogue['codes'] = {
  INVALID_ARGUMENT: (d) => {
    const fn = d.fn === undefined ? '' : `${d.fn}: `;
    if (d.expected === 'knownKey')
      return `${fn}неизвестный параметр ${shownText(d.field)}: допустимы ${list(d.allowed)}`;
    const act = d.transferAct === undefined ? '' : ` (${shownText(d.transferAct.act)})`;
    return `${fn}недопустимое значение ${d.field} ${value(d.received)}${act}: ожидалось: ${expectations[d.expected](d)}`;
  },
  INVALID_LOCALE: (d) => `Неизвестный язык ${value(d.received)}: ожидалось "kk", "ru" или "en"`,
  INVALID_AMOUNT: (d) => `Некорректная сумма ${value(d.received)}: ${amountText(d)}`,
  INVALID_IIN: (d) =>
    `Некорректный ИИН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_IIN')}`,
  INVALID_BIN: (d) =>
    `Некорректный БИН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_BIN')}`,
  INVALID_TAXPAYER_ID: (d) =>
    `Некорректный ИИН или БИН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_TAXPAYER_ID')}`,
  INVALID_DATE: (d) => `Некорректная дата ${value(d.received)}: ${dateProblems[d.problem](d)}`,
  INVALID_INSTANT: (d) =>
    `Некорректный момент времени ${value(d.received)}: ${instantProblems[d.problem](d)}`,
  INVALID_PERIOD: (d) =>
    `Некорректный период ${d.fn === undefined ? value(d.received) : `в ${d.fn}`}: ${(periodProblems[d.problem] as (x: typeof d) => string)(d)}`,
  INVALID_REGION: (d) =>
    `Некорректный регион ${value(d.received)}: ${regionProblems[d.problem](d)}`,
  INVALID_RECORD: (d) =>
    `Некорректная запись ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: ${issuesText(d.issues, issueText, (n) => `и ещё ${n}`, '(запись)')}${d.readWith === undefined ? '' : ` (сначала прочитайте запись через ${d.readWith})`}`,
  UNSUPPORTED_SCHEMA_VERSION: (d) =>
    `Не удаётся прочитать запись ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: у неё schemaVersion ${value(d.received)}, а эта версия tutynushy читает schemaVersion ${list(d.supported)} (для более новой записи нужна более новая версия tutynushy)`,
  INVALID_TRANSITION: (d) => {
    if (d.problem === 'overRecovery') {
      const what =
        d.limitFrom === 'settlement' ? 'предусмотренных мировым соглашением' : 'присуждённых';
      return `${where(d)}: взыскание "recover" на ${d.amount} доведёт общую взысканную сумму до ${d.total}, больше ${d.limit}, ${what}; укажите exceedsAwardReason, чтобы объяснить, почему взыскано больше`;
    }
    const [noun, nounGenitive] = NOUN[d.machine] ?? [d.machine, d.machine];
    const allowed =
      d.allowed.length === 0
        ? `в состоянии "${d.state}" ${noun} не принимает событий`
        : `допустимы: ${list(d.allowed)}`;
    return d.problem === 'unknownEvent'
      ? `${where(d)}: ${shownText(d.event)} — не событие ${nounGenitive} (${allowed})`
      : `${where(d)}: событие ${shownText(d.event)} недопустимо в состоянии "${d.state}" (${allowed})`;
  },
  EVENT_OUT_OF_ORDER: (d) => {
    const event = `${where(d)} датировано ${shownText(d.at)}`;
    if (d.problem === 'beforeReceipt')
      return `${event}, раньше получения ${NOUN[d.machine]?.[1] ?? d.machine} (${shownText(d.before)})`;
    const before =
      d.problem === 'beforePrevious'
        ? `предыдущего события (${shownText(d.before)})`
        : `события №${d.beforeIndex} (${shownText(d.before)}; события после него — даты того же дня, они ничего не говорят о часе)`;
    return `${event}, раньше ${before}: события записываются в порядке времени`;
  },
  INVALID_EXTENSION: (d) => {
    const head = `${where(d)}: продление до ${shownText(d.until)}`;
    if (d.problem === 'lapsed')
      return `${head} принято ${d.decidedOn}, когда срок рассмотрения ${d.due} уже истёк: истёкший срок продлить нельзя (ст. 76 АППК)`;
    if (d.problem === 'pastLimit')
      return `${head} выходит за двухмесячный предел ${d.limit} (ст. 76 АППК)`;
    return `${head} не продлевает рассмотрение: срок и так ${d.due}`;
  },
  INCOMPATIBLE_REPORTS: (d) => {
    const regions = (text: string) => (text === 'all' ? 'вся страна' : `регионы ${text}`);
    if (d.problem === 'notLastYear')
      return `Предыдущий отчёт — за ${d.received}, а не за тот же период прошлого года (${d.expected}): чтобы сравнить другие периоды, передайте { anyPeriod: true }`;
    if (d.problem === 'regions')
      return `Нельзя объединить отчёты по разным регионам: отчёт №${d.index} — ${regions(d.received)}, ожидалось: ${regions(d.expected)}`;
    return `Нельзя объединить отчёты за разные периоды: отчёт №${d.index} — за ${d.received}, ожидался ${d.expected}`;
  },
  CALENDAR_DATA_MISSING: (d) => {
    if (d.problem === 'yearOutOfRange')
      return `Нет производственного календаря на ${d.year} год: ожидался год от ${d.min} до ${d.max}`;
    if (d.problem === 'intlCalendarUnsupported')
      return `Нет производственного календаря на ${d.year} год: дата Курбан айта не объявлена, а в Intl этой среды нет календаря islamic-umalqura, чтобы её оценить (есть ${shownText(d.runtimeCalendar ?? '')}): укажите её через createWorkCalendar({ kurbanAit })`;
    const reasons: string[] = [];
    if (d.missing.includes('kurbanAit'))
      reasons.push(
        `дата Курбан айта не объявлена${d.kurbanAitEstimate === undefined ? '' : ` (оценка — ${d.kurbanAitEstimate})`}`,
      );
    if (d.missing.includes('transferActs'))
      reasons.push(`акты о переносе дней отдыха на ${d.year} год неизвестны`);
    return `Нет подтверждённого производственного календаря на ${d.year} год: ${reasons.join(' и ')}. Укажите данные через createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) или примите предварительные ответы: createWorkCalendar({ estimates: true })`;
  },
};

function messageOf(code: string, details: unknown): string {
  const message = (codes as Record<string, ((d: never) => string) | undefined>)[code];
  return message === undefined ? code : message(details as never);
}

/**
 * Сообщения на русском языке, для `formatError(error, 'ru')`.
 *
 * @internal
 */
export const ru: MessageCatalogue = {
  locale: 'ru',
  value,
  expectations,
  amountProblems,
  taxpayerIdProblems,
  dateProblems,
  instantProblems,
  periodProblems,
  regionProblems,
  recordKinds,
  issues,
  rules,
  codes,
};
