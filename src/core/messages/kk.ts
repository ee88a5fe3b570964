import type { AmountDetails, EventPlace, TakenDay, TransferActShown } from '../error-details.js';
import type { Received } from '../received.js';
import type { RecordIssue } from '../record-issue.js';
import type { MessageCatalogue } from './catalogue.js';
import { characterShown, issuesText, shownText } from './shared.js';

// Қазақша: ағылшын тіліндегідей фактілер сол ретпен (не дұрыс емес, мән,
// не күтілді). Кілттер, кодтар және функция атаулары аударылмайды. Сан
// мен мәннің артына жалғау қосылмайтындай етіп құрастырылған: «… күтілді»,
// «берілгені …».

const value = (received: Received): string => {
  if (typeof received === 'string') return shownText(received);
  if (typeof received === 'bigint') return `${received}n`;
  if (typeof received === 'number') return Object.is(received, -0) ? '-0' : String(received);
  if (received === null || received === undefined || typeof received === 'boolean')
    return String(received);
  switch (received.type) {
    case 'array':
      return `массив (${received.length} элемент)`;
    case 'date':
      return `Date(${received.iso ?? 'Invalid Date'})`;
    case 'tenge':
      return `Tenge(${received.amount})`;
    case 'decimal':
      return `Decimal(${received.value})`;
    case 'function':
      return 'функция';
    case 'symbol':
      return 'Symbol';
    default:
      return 'объект';
  }
};

const list = (items: readonly unknown[] | undefined): string =>
  (items ?? []).map((item) => String(item)).join(', ');

const NOUN: Readonly<Record<string, string>> = { complaint: 'өтініш', lawsuit: 'сот ісі' };

const where = ({ recordId, index }: EventPlace): string =>
  recordId === undefined
    ? `№${index} оқиға`
    : `${shownText(recordId)} жазбасының №${index} оқиғасы`;

const actText = ({ workingDay, dayOff, act }: TransferActShown): string =>
  `${workingDay} → ${dayOff} (${shownText(act)})`;

const takenText = (taken: TakenDay): string =>
  'name' in taken
    ? `${taken.date} — ${taken.name.kk}`
    : `${taken.date} күнін ${actText(taken.transferAct)} ауыстыру актісі пайдаланады`;

const expectations: MessageCatalogue['expectations'] = {
  object: () => 'объект',
  options: ({ allowed }) =>
    allowed === undefined
      ? 'параметрлер объектісі немесе ештеңе'
      : `параметрлер объектісі (мысалы { ${list(allowed)} }) немесе ештеңе`,
  string: () => 'мәтін (string)',
  nonEmptyString: () => 'бос емес мәтін',
  boolean: () => 'true немесе false',
  array: () => 'массив',
  iterable: () => 'массив немесе басқа итерацияланатын объект',
  integer: () => 'бүтін сан',
  integerInRange: ({ min, max }) => `${min} – ${max} аралығындағы бүтін сан`,
  nonNegativeInteger: () => '0 немесе одан үлкен бүтін сан',
  oneOf: ({ allowed }) => `мына мәндердің бірі: ${list(allowed)}`,
  knownKey: ({ allowed }) => `мына параметрлердің бірі: ${list(allowed)}`,
  atMost: ({ max }) => `ең көбі ${max} элемент`,
  date: () => 'YYYY-MM-DD пішіміндегі күн',
  dateInRange: ({ min, max }) => `${min} – ${max} аралығындағы күн`,
  timeOfDay: () => "00:00 – 23:59 аралығындағы СС:ММ уақыты, мысалы '18:30'",
  tenge: () => 'Tenge мәні (басқа мәндерді Tenge.of оқиды)',
  positiveTenge: () => 'нөлден үлкен Tenge',
  nonNegativeTenge: () => 'нөл немесе одан үлкен Tenge',
  factor: () => 'шектеулі сан, ондық мәтін немесе Decimal',
  factorMagnitude: () => '1e-400 пен 1e400 аралығындағы шама',
  ratios: () => 'бос емес үлестер массиві: әрқайсысы нөл немесе одан үлкен, бәрі бірдей нөл емес',
  nonNegativeRatio: () => 'нөл немесе одан үлкен үлес (сан, ондық мәтін немесе Decimal)',
  safeInteger: () =>
    'бүтін сан: абсолют шамасы 2^53 − 1-ден аспайтын қауіпсіз бүтін сан немесе bigint',
  locale: () => 'kk, ru немесе en',
  calendar: () =>
    'WorkCalendar: kazakhstanCalendar немесе createWorkCalendar жасаған күнтізбе (қолмен құрастырылған күнтізбені createWorkCalendar({ base }) арқылы беріңіз)',
  calendarData: () =>
    'күнтізбе деректері { holidays, religiousDaysOff, kurbanAit, transferActs, confirmedYears, estimates }',
  holidayRule: () => 'мереке ережесі { key, month, day, from?, to?, name, source }',
  legalSource: () => 'актіні атайтын дереккөз { act, article?, note? }',
  labels: () => 'атау { kk, ru, en }',
  kurbanAitEntry: () => 'Құрбан айт жазбасы { date, estimate?, source? }',
  transferAct: () => 'демалыс күнін ауыстыру актісі { workingDay, dayOff, source }',
  weekendDay: () => 'жұмыс күні болып жарияланған сенбі немесе жексенбі',
  weekday: () => 'демалыс күні болып жарияланған дүйсенбі–жұма күндерінің бірі',
  freeDay: ({ taken }) =>
    `мереке, діни демалыс күні немесе басқа ауыстыру актісі пайдаланбаған күндер: демалыс күні ретінде дүйсенбі–жұма, жұмыс күні ретінде сенбі немесе жексенбі${taken === undefined ? '' : ` (${takenText(taken)})`}`,
  notBefore: ({ min }) => `${min} жылдан ерте емес жыл`,
  oneKurbanAitPerYear: ({ year }) =>
    year === undefined
      ? 'бір жылға Құрбан айттың бір ғана күні'
      : `${year} жылға Құрбан айттың бір ғана күні`,
  region: () => 'REGIONS немесе regionByCode берген өңір',
  regions: () => 'өңірлер массиві немесе басқа итерацияланатын объект',
  replayedComplaint: () => 'replayComplaint қайтарған түрдегі өтініш',
  replayedLawsuit: () => 'replayLawsuit қайтарған түрдегі сот ісі',
  relief: () => 'өтінішті қанағаттандыру нәтижесі (relief) немесе satisfy оқиғасы',
  description: () => 'true немесе сипаттама',
  businessName: () => 'names.kk, names.ru немесе екеуі де',
  first11Digits: () => 'ЖСН немесе БСН-нің алғашқы 11 цифрынан тұратын мәтін',
  twoDigitYear: () => '0–99 аралығындағы бүтін сан (БСН-нің 1–2 цифрлары)',
  wordsRange: () => 'абсолют шамасы 999 999 999 999 999 999-дан аспайтын бүтін сан',
  period: () => 'кезең немесе оның коды, мысалы 2024-01/2024-05',
  report: () =>
    'buildReport немесе parseReport қайтарған есеп (сақталған JSON-ды parseReport оқиды)',
  published: () => 'PublishedReportSchema сипаттаған жарияланған көрсеткіштер',
};

const SCALE = ['бірліктер', 'мыңдар', 'миллиондар', 'миллиардтар', 'триллиондар'];
const scale = (power: number | undefined): string => SCALE[(power ?? 0) / 3] ?? `10^${power}`;
const UNIT = ['бірлік', 'мың', 'миллион', 'миллиард', 'триллион'];
const unit = (power: number | undefined): string => UNIT[(power ?? 0) / 3] ?? `10^${power}`;
const EXAMPLE = 'сома күтілді, мысалы "1424750.50"';

const character = (text: string | undefined): string => {
  const shown = characterShown(text);
  if (shown.kind === 'space') return 'бос орын';
  if (shown.kind === 'dash') return 'сызықша';
  if (shown.kind === 'whitespace') return `${shown.codePoint} бос орын таңбасы`;
  return `${shown.kind === 'invisible' ? shown.codePoint : shown.text} таңбасы`;
};

const amountProblems: MessageCatalogue['amountProblems'] = {
  notAnAmount: () => 'ондық мәтін, сан, теңгедегі bigint, Decimal немесе Tenge күтілді',
  forgedTenge: () =>
    'Tenge прототипі бар, бірақ оны Tenge.of та, Tenge.fromTiyn да жасамаған объект: сомаларды Tenge.of арқылы жасаңыз',
  notATenge: () => 'Tenge мәні күтілді (басқа мәндерді Tenge.of оқиды)',
  sumItem: ({ position }) => `қосындының №${position} элементі Tenge емес`,
  notWholeTiyn: () => 'тиынның бүтін саны күтілді (bigint немесе қауіпсіз бүтін сан)',
  notANumber: () => 'сан емес',
  notFinite: () => 'шектеулі сан емес',
  unsafeNumber: () =>
    '2^46 (70 368 744 177 664) теңге және одан үлкен сан әр тиынды сақтай алмайды, оның бір бөлігі жоғалған болуы мүмкін: ондық мәтін немесе bigint беріңіз',
  notExactToTiyn: ({ decimals }) =>
    `тиынға дейін дәл емес: үтірден кейін ${decimals === undefined ? 'екіден көп' : decimals} таңба (тиын — 0,01)`,
  outOfRange: () =>
    'рұқсат етілген ауқымнан тыс: Tenge абсолют шамасы 999 999 999 999 999,99 теңгеден аспайды',
  productNotExact: ({ part, other }) =>
    `${part} × ${other} көбейтіндісі тиынның бүтін саны емес, ал "exact" дөңгелектеу сұралды`,
  notDecimalString: () =>
    'сома ондық мәтін түрінде (мысалы "250000.00") немесе Tenge мәні ретінде күтілді',
  negative: () => 'нөл немесе одан үлкен сома күтілді, теріс сома емес',
  tooLong: ({ length, max }) => `${length} таңба — кез келген сомадан ұзын (ең көбі ${max})`,
  empty: () => `бос мәтін: ${EXAMPLE}`,
  blank: () => `тек бос орындар: ${EXAMPLE}`,
  notPlainDecimal: () =>
    'нүктесі бар ондық сан күтілді, мысалы "1424750", "1424750.5" немесе "-3.20"',
  surroundingSpace: () =>
    'шетіндегі бос орындар: Tenge.of қарапайым ондық санды оқиды (адамдар жазатын мәтінді parseTenge оқиды)',
  exponent: () =>
    'экспоненциалды жазба сома ретінде оқылмайды: соманы толық жазыңыз, мысалы "1000"',
  comma: () =>
    'мұнда үтір ондық белгі де, разряд бөлгіші де емес: "1424750.50" деп жазыңыз (parseTenge "1 424 750,50" оқиды)',
  notText: () => 'мәтін күтілді, мысалы «1 424 750 теңге»',
  unexpectedCharacter: ({ part, position }) => `күтілмеген ${character(part)} (орны: ${position})`,
  noDigits: () => 'цифр жоқ: сома күтілді, мысалы «1 424 750 теңге»',
  beforeNumber: ({ part }) =>
    part === undefined
      ? 'таңбадан немесе валютадан кейін сан жоқ'
      : `саннан бұрынғы «${part}» таңба да, ₸ та, KZT да емес`,
  currencyTwice: ({ part }) => `валюта екі рет аталған («${part}»)`,
  scaleWithoutNumber: ({ part }) =>
    `«${part}» разряд сөзінің өз саны жоқ (разряд қайталанған немесе орнында тұрмаған)`,
  twoNumbers: ({ part, other }) =>
    `қатар тұрған екі сан («${other}» және «${part}»), арасында разряд сөзі жоқ`,
  unknownWord: ({ part }) =>
    `белгісіз сөз «${part}»: теңге, тенге, tenge, KZT, ₸ немесе млн, мың, тыс., M сияқты разряд күтілді`,
  outOfPlace: ({ part }) => `«${part}» өз орнында тұрған жоқ`,
  decimalMarks: ({ part, convention }) =>
    `«${part}» ішінде бірден көп ондық белгі бар${convention === 'comma' ? ' (kk және ru тілдерінде ондық белгі — үтір)' : ''}`,
  groupsAfterDecimal: ({ part }) => `«${part}» ішінде ондық белгіден кейін цифр топтары бар`,
  mixedSeparators: ({ part }) => `«${part}» цифрларды әртүрлі бөлгіштермен топтайды`,
  notThousands: ({ part, convention }) =>
    `«${part}» мыңдар бойынша топталмаған (біріншісінен кейінгі әр топта үш цифр болуы тиіс${convention === 'point' ? '; ағылшынша жазуда үтір мыңдарды бөледі, ал нүкте бөлшек бөлікті бөледі' : ''})`,
  scalesNotDescending: ({ part, other, scales }) =>
    `«${other}», одан кейін «${part}»: разрядтар кему ретімен және бір реттен ғана жазылуы тиіс (${scale(scales?.[0])}, содан кейін ${scale(scales?.[1])})`,
  fractionBeforeScale: ({ part, other }) =>
    `«${other}» ішіндегі бөлшек, одан кейін «${part}» — екіұшты`,
  missingScale: ({ part, other, readings }) =>
    `екіұшты: «${other}», одан кейін разряд сөзі жоқ «${part}» — бұл ${readings?.[0]} теңге, немесе «мың» / «тыс.» түсіп қалса, ${readings?.[1]}: разрядты жазыңыз`,
  partTooLarge: ({ part, other, scales }) =>
    `«${other}», одан кейін «${part}» — 1 ${unit(scales?.[0])} немесе одан көп`,
  tiynDigits: ({ part }) => `«${part}» тиын: бір немесе екі цифр күтілді (00–99)`,
  tiynAfterFraction: ({ part }) =>
    `теңге сомасының бөлшек бөлігі бар, тиын да жазылған («${part}»)`,
  mixedScripts: () =>
    'кирилл және латын сөздері араласқан, сондықтан ондық белгі түсініксіз: { locale } беріңіз',
  ambiguousComma: ({ readings }) =>
    `екіұшты: ондық үтірмен ${readings?.[0]} (kk, ru) немесе мыңдарды бөлетін үтірмен ${readings?.[1]} (en); { locale } беріңіз`,
};

const amountText = (d: AmountDetails): string =>
  d.pointReading === undefined
    ? amountProblems[d.problem](d)
    : `${amountProblems[d.problem](d)}; ағылшынша оқығанда: ${amountProblems[d.pointReading]({ ...d, convention: 'point' })}`;

const ID_NOUN = { INVALID_IIN: 'ЖСН', INVALID_BIN: 'БСН', INVALID_TAXPAYER_ID: 'ЖСН немесе БСН' };

const taxpayerIdProblems: MessageCatalogue['taxpayerIdProblems'] = {
  notAString: () => '12 цифрдан тұратын мәтін күтілді',
  number: (_, code) => {
    const example = code === 'INVALID_BIN' ? '020240000555' : '050707500015';
    return `12 цифрдан тұратын мәтін күтілді, сан емес: сан алдыңғы нөлдерді жоғалтады (${ID_NOUN[code]} ${example} сан ретінде ${example.slice(1)} болып қалады), сондықтан нөмірді мәтін ретінде беріңіз`;
  },
  empty: () => 'бос мәтін: 12 цифр күтілді',
  character: ({ character: found, position }) =>
    `${character(found)} (орны: ${position}): бос орынсыз, сызықшасыз және әріпсіз тек 12 цифр (0–9) күтілді`,
  length: ({ length }) => `${length} цифр: дәл 12 цифр күтілді`,
  checkDigit: ({ digit, expectedCheckDigit }) =>
    `бақылау цифры қате: ${digit} (12-цифр), ал 1–11 цифрлар бойынша ${expectedCheckDigit} болуы тиіс`,
  noCheckDigit: () =>
    '1–11 цифрлар үшін бақылау цифры жоқ: салмақтардың екі өтуі де 10 береді, мұндай нөмір ешқашан берілмейді',
  centuryAndSex: ({ digit }) =>
    `7-цифр (ғасыр және жыныс) — ${digit}, бұл мән анықталмаған: 1 немесе 2 — 1800 жылдары, 3 немесе 4 — 1900 жылдары, 5 немесе 6 — 2000 жылдары туғандар (тақ — ер адам, жұп — әйел адам)`,
  birthDate: ({ date, dateProblem, lastDay }) =>
    `1–6 цифрлар 7-цифрмен бірге ${date} туған күнін береді, ондай күн жоқ${dateProblem === undefined ? '' : `: ${dateProblems[dateProblem]({ received: date, problem: dateProblem, lastDay })}`}`,
  registeredIn: ({ date }) =>
    `3–4 цифрлар ${date} тіркелу айын береді, ондай ай жоқ (01–12 күтілді)`,
  entityType: ({ digit }) =>
    `5-цифр (тұлға түрі) — ${digit}, ал 4 (резидент заңды тұлға), 5 (бейрезидент) немесе 6 (бірлескен жеке кәсіпкерлік) күтілді${(digit ?? 9) <= 3 ? ': бұл орындағы 0–3 БСН-ді емес, ЖСН-ді білдіреді' : ''}`,
  unit: ({ digit }) =>
    `6-цифр (бөлімше) — ${digit}, ал 0 (бас бөлімше), 1 (филиал), 2 (өкілдік) немесе 3 (шаруа қожалығы) күтілді`,
  kind: ({ digit }) =>
    `5-цифр — ${digit}: бұл орындағы 0–3 ЖСН-ді, 4–6 БСН-ді білдіреді, сондықтан нөмір екеуі де емес`,
};

const dateProblems: MessageCatalogue['dateProblems'] = {
  notAString: () => 'YYYY-MM-DD мәтіні күтілді',
  format: () => 'YYYY-MM-DD пішімі күтілді: жыл төрт цифрмен, ай мен күн екі цифрмен',
  year: () => '1000 – 9999 аралығындағы жыл күтілді',
  month: ({ received }) => `${String(received).slice(5, 7)} деген ай жоқ (01–12 күтілді)`,
  day: ({ received, lastDay }) =>
    `${String(received).slice(0, 7)} айында ${String(received).slice(8, 10)} деген күн жоқ (01–${lastDay} күтілді)`,
};

const instantProblems: MessageCatalogue['instantProblems'] = {
  invalidDate: () => 'Date объектісі жарамсыз',
  yearOutOfRange: ({ part }) => `${part} жыл 1000–9998 аралығынан тыс`,
  notAString: () => 'ығысуы көрсетілген ISO 8601 мәтіні күтілді, мысалы 2024-05-03T18:45:00+05:00',
  format: () =>
    'YYYY-MM-DDTHH:MM[:SS[.fff]], одан кейін Z немесе ±HH:MM ығысуы күтілді, мысалы 2024-05-03T18:45:00+05:00',
  noTime: () => 'күн — уақыт сәті емес: уақыт пен ығысу күтілді, мысалы 2024-05-03T18:45:00+05:00',
  offset: ({ part }) => `${part} деген ығысу жоқ`,
  date: ({ part }) => `${part} деген күн жоқ`,
  time: ({ part }) => `${part} деген уақыт жоқ`,
};

const periodWhere = (part: string | undefined): string =>
  part === undefined ? '' : part === 'start' ? 'басы: ' : 'соңы: ';
const quotedList = (values: readonly string[]): string => {
  const shown = values.map((v) => `"${v}"`);
  return shown.length <= 1
    ? shown.join('')
    : `${shown.slice(0, -1).join(', ')} немесе ${shown[shown.length - 1]}`;
};

const periodProblems: MessageCatalogue['periodProblems'] = {
  notString: ({ part }) =>
    part === undefined
      ? 'кезең коды күтілді — мәтін, мысалы "2024-Q2"'
      : `${periodWhere(part)}күн күтілді — YYYY-MM-DD мәтіні`,
  empty: () =>
    'кезең коды күтілді, мысалы "2024", "2024-H1", "2024-Q2", "2024-05", "2024-01/2024-05" немесе "2024-01-01/2024-05-31"',
  tooLong: ({ max, length }) => `кезең кодында ең көбі ${max} таңба болады, берілгені ${length}`,
  format: ({ part, expected }) => `${periodWhere(part)}${quotedList(expected)} күтілді`,
  lowerCase: ({ expected }) => `әріп бас әріппен жазылады: "${expected}"`,
  dateNotPeriod: ({ expected }) => `бір күн — "${expected}" ауқымы`,
  mixedRange: ({ expected }) =>
    `ауқымның екі шеті де ай немесе екеуі де күн болуы тиіс: ${quotedList(expected)}`,
  yearOutOfRange: ({ part, year, min, max }) =>
    `${periodWhere(part)}${value(year)} жыл қолдау көрсетілмейді (${min} – ${max} аралығындағы бүтін жыл күтілді)`,
  monthOutOfRange: ({ part, month, min, max }) =>
    `${periodWhere(part)}${value(month)} деген ай жоқ (${min} – ${max} күтілді)`,
  quarterOutOfRange: ({ quarter, min, max }) =>
    `${value(quarter)} деген тоқсан жоқ (${min} – ${max} күтілді)`,
  halfOutOfRange: ({ half, min, max }) =>
    `${value(half)} деген жартыжылдық жоқ (${min} немесе ${max} күтілді)`,
  monthCountOutOfRange: ({ monthCount, min, max }) =>
    `жылдың ${value(monthCount)} айы: қаңтардан бастап ${min} – ${max} ай күтілді`,
  dayDoesNotExist: ({ part, date, lastDay }) =>
    `${periodWhere(part)}${date.slice(0, 7)} айында ${date.slice(8, 10)} деген күн жоқ (01–${lastDay} күтілді)`,
  endBeforeStart: ({ start, end }) => `соңы (${end}) басынан (${start}) ерте`,
  singleMonthRange: ({ expected }) => `бір айлық ауқым — "${expected}" айы`,
  notWholeMonths: ({ start, end }) => `${start}/${end} толық айлардан тұрмайды`,
  notPeriod: () => 'parsePeriod қайтарған түрдегі кезең күтілді',
  fieldsDisagree: ({ field, actual, expected }) =>
    `оның ${field} өрісі (${value(actual)}) кодымен сәйкес келмейді (${value(expected)} күтілді)`,
};

const regionProblems: MessageCatalogue['regionProblems'] = {
  form: () =>
    "екі таңбалы ӘАОЖ (КАТО) коды ('79' немесе 79), тоғыз таңбалы ӘАОЖ коды ('790000000') немесе ISO 3166-2 коды ('KZ-79') күтілді",
  unknownCode: ({ code, allowed }) => `${code} кодты өңір жоқ; өңір кодтары: ${list(allowed)}`,
  subregion: ({ code }) =>
    `бұл өңірдің өзінің емес, өңір ішіндегі бірліктің ӘАОЖ коды: өңір коды жеті нөлмен аяқталады (${code}0000000)`,
  notARegion: ({ index }) =>
    `№${index} элемент өңір емес: REGIONS немесе regionByCode берген өңір күтілді`,
};

const recordKinds: MessageCatalogue['recordKinds'] = {
  complaint: 'өтініш жазбасы',
  complaintEvent: 'өтініш оқиғасы',
  lawsuit: 'сот ісі жазбасы',
  lawsuitEvent: 'сот ісі оқиғасы',
  outreachActivity: 'ақпараттық-түсіндіру іс-шарасының жазбасы',
  business: 'кәсіпкерлік субъектісінің жазбасы',
  systemRegistration: 'жүйеде тіркелу жазбасы',
  report: 'есеп',
  publishedReport: 'жарияланған есеп',
};

const ID_BASIS: Readonly<Record<string, string>> = {
  iin: 'адамға берілетін ЖСН: ол тек жеке кәсіпкерде болады',
  branch: 'филиалдың БСН-і (6-цифр — 1)',
  representativeOffice: 'өкілдіктің БСН-і (6-цифр — 2)',
  jointEntrepreneurship: 'бірлескен жеке кәсіпкерліктің БСН-і (5-цифр — 6)',
  peasantFarm: 'шаруа қожалығының БСН-і (6-цифр — 3)',
  headOffice: 'бас ұйымның БСН-і (6-цифр — 0)',
};

const WHY_LINK: Readonly<Record<string, string>> = {
  surroundingSpace: 'шетінде бос орындар бар',
  notAbsolute: 'бұл абсолют мекенжай емес',
  protocol: 'тек http және https',
  noDomain: 'хостта домен жоқ',
  userInfo: 'хосттың алдындағы пайдаланушы деректері нақты хостты жасырады',
};

// The event a field sits on, when the issue names it: ` ("register" оқиғасында)`.
const inEvent = (facts: RecordIssue['facts']): string =>
  typeof facts?.['event'] === 'string' ? ` ("${facts['event']}" оқиғасында)` : '';

const rules: MessageCatalogue['rules'] = {
  reliefRequired: () =>
    'қанағаттандырылған өтініште нәтижесі көрсетіледі: refund (қайтарылған ақша), inKind немесе nonMonetary (сипаттамасыз болса, true)',
  reliefOnlyOnSatisfy: ({ keys, facts }) =>
    `${list(keys)}${inEvent(facts)}: қанағаттандыру нәтижесі тек "satisfy" оқиғасында көрсетіледі`,
  positiveAmount: () => 'нөлден үлкен сома күтілді (ақша болмаса, өрісті көрсетпеңіз)',
  nothingAwardedAgainstConsumer: () =>
    'тұтынушының пайдасына шешілмеген шешім ештеңе өндірмейді: awarded көрсетпеңіз',
  listedTwice: ({ received }) => `${value(received)} екі рет көрсетілген`,
  businessName: () => 'kk, ru немесе екі тілдегі атау күтілді',
  kindMatchesId: ({ facts, received }) =>
    `нөмір — ${ID_BASIS[String(facts?.['basis'])] ?? facts?.['basis']}: ${list(facts?.['kinds'] as readonly string[])} түрі күтілді, берілгені ${value(received)}`,
  businessIdRequired: () =>
    'кәсіпкерлік субъектісінің есептік жазбасына businessId керек: оның БСН-і немесе ЖСН-і',
  httpLink: ({ facts }) =>
    `http(s) мекенжайы күтілді, мысалы https://www.gov.kz/…${typeof facts?.['why'] === 'string' ? ` (${WHY_LINK[facts['why']] ?? facts['why']})` : ''}`,
  plainText: () =>
    'қарапайым мәтін күтілді: басқару таңбаларынсыз, жалғыз суррогаттарсыз және жазу бағытын басқаратын таңбаларсыз',
  trimmed: () => 'шетінде бос орыны жоқ идентификатор күтілді',
  figuresAddUp: ({ facts }) => `${facts?.['figure']} өзін құрайтын көрсеткіштермен сәйкес келмейді`,
};

const issues: MessageCatalogue['issues'] = {
  unknownField: ({ keys, count, facts }) =>
    `белгісіз өріс ${list(keys?.map((key) => shownText(key)))}${(count ?? 0) > (keys?.length ?? 0) ? ` және тағы ${(count ?? 0) - (keys?.length ?? 0)}` : ''}${inEvent(facts)}`,
  required: () => 'міндетті өріс жоқ',
  forbidden: ({ received }) =>
    `бұл өріс мұнда рұқсат етілмейді: оны көрсетпеңіз (берілгені ${value(received)})`,
  invalidType: ({ expected, received }) =>
    `${expected === 'number' ? 'сан' : expected === undefined ? 'басқа түр' : expectations[expected]({})} күтілді, берілгені ${value(received)}`,
  notOneOf: ({ allowed, received }) =>
    `рұқсат етілген мәндердің бірі емес (${list(allowed)}), берілгені ${value(received)}`,
  blank: ({ received }) => `бос емес мәтін күтілді, берілгені ${value(received)}`,
  tooLong: ({ max, length }) =>
    `тым ұзын (ең көбі ${max} таңба)${length === undefined ? '' : `, берілгені ${length}`}`,
  tooMany: ({ max, length }) =>
    `тым көп (ең көбі ${max} элемент)${length === undefined ? '' : `, берілгені ${length}`}`,
  tooSmall: ({ min, received }) =>
    `${min} немесе одан үлкен мән күтілді, берілгені ${value(received)}`,
  tooLarge: ({ max, received }) =>
    `${max} немесе одан кіші мән күтілді, берілгені ${value(received)}`,
  notInteger: ({ received }) => `бүтін сан күтілді, берілгені ${value(received)}`,
  invalidValue: ({ error }) =>
    error === undefined ? 'жарамсыз мән' : messageOf(error.code, error.details),
  rule: (issue) => (issue.rule === undefined ? 'жарамсыз мән' : rules[issue.rule](issue)),
};

const issueText = (issue: RecordIssue): string => issues[issue.code](issue);

const codes: MessageCatalogue['codes'] = {
  INVALID_ARGUMENT: (d) => {
    const fn = d.fn === undefined ? '' : `${d.fn}: `;
    if (d.expected === 'knownKey')
      return `${fn}белгісіз параметр ${shownText(d.field)}: рұқсат етілгендері: ${list(d.allowed)}`;
    const act = d.transferAct === undefined ? '' : `, ${shownText(d.transferAct.act)}`;
    return `${fn}${d.field} мәні жарамсыз (${value(d.received)}${act}): ${expectations[d.expected](d)} күтілді`;
  },
  INVALID_LOCALE: (d) => `Белгісіз тіл ${value(d.received)}: "kk", "ru" немесе "en" күтілді`,
  INVALID_AMOUNT: (d) => `Жарамсыз сома ${value(d.received)}: ${amountText(d)}`,
  INVALID_IIN: (d) =>
    `Жарамсыз ЖСН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_IIN')}`,
  INVALID_BIN: (d) =>
    `Жарамсыз БСН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_BIN')}`,
  INVALID_TAXPAYER_ID: (d) =>
    `Жарамсыз ЖСН немесе БСН ${value(d.received)}: ${taxpayerIdProblems[d.problem](d, 'INVALID_TAXPAYER_ID')}`,
  INVALID_DATE: (d) => `Жарамсыз күн ${value(d.received)}: ${dateProblems[d.problem](d)}`,
  INVALID_INSTANT: (d) =>
    `Жарамсыз уақыт сәті ${value(d.received)}: ${instantProblems[d.problem](d)}`,
  INVALID_PERIOD: (d) =>
    `Жарамсыз кезең ${d.fn === undefined ? value(d.received) : `(${d.fn})`}: ${(periodProblems[d.problem] as (x: typeof d) => string)(d)}`,
  INVALID_REGION: (d) => `Жарамсыз өңір ${value(d.received)}: ${regionProblems[d.problem](d)}`,
  INVALID_RECORD: (d) =>
    `Жарамсыз ${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`}: ${issuesText(d.issues, issueText, (n) => `және тағы ${n}`, '(жазба)')}${d.readWith === undefined ? '' : ` (алдымен жазбаны ${d.readWith} арқылы оқыңыз)`}`,
  UNSUPPORTED_SCHEMA_VERSION: (d) =>
    `${recordKinds[d.kind]}${d.recordId === undefined ? '' : ` ${shownText(d.recordId)}`} оқылмайды: оның schemaVersion мәні ${value(d.received)}, ал tutynushy-дің бұл нұсқасы schemaVersion ${list(d.supported)} оқиды (жаңа жазбаға tutynushy-дің жаңа нұсқасы керек)`,
  INVALID_TRANSITION: (d) => {
    if (d.problem === 'overRecovery') {
      const what =
        d.limitFrom === 'settlement'
          ? 'татуласу келісімінде көзделген'
          : 'шешім бойынша өндіруге тиіс';
      return `${where(d)}: ${d.amount} сомасындағы "recover" өндірілген жалпы соманы ${d.total} етеді, бұл ${what} ${d.limit} сомасынан көп; неге көбірек өндірілгенін exceedsAwardReason арқылы көрсетіңіз`;
    }
    const noun = NOUN[d.machine] ?? d.machine;
    const allowed =
      d.allowed.length === 0
        ? `"${d.state}" күйіндегі ${noun} ешбір оқиғаны қабылдамайды`
        : `рұқсат етілгендері: ${list(d.allowed)}`;
    return d.problem === 'unknownEvent'
      ? `${where(d)}: ${shownText(d.event)} — ${noun} оқиғасы емес (${allowed})`
      : `${where(d)}: ${shownText(d.event)} оқиғасы "${d.state}" күйінде рұқсат етілмейді (${allowed})`;
  },
  EVENT_OUT_OF_ORDER: (d) => {
    const event = `${where(d)} ${shownText(d.at)} уақытымен белгіленген`;
    if (d.problem === 'beforeReceipt')
      return `${event}, бұл ${NOUN[d.machine] ?? d.machine} қабылданған уақыттан (${shownText(d.before)}) ерте`;
    const before =
      d.problem === 'beforePrevious'
        ? `бұл алдыңғы оқиғадан (${shownText(d.before)}) ерте`
        : `бұл №${d.beforeIndex} оқиғадан (${shownText(d.before)}) ерте; одан кейінгі оқиғалар — сол күннің күндері, олар сағатты көрсетпейді`;
    return `${event}, ${before}: оқиғалар уақыт ретімен жазылуы тиіс`;
  },
  INVALID_EXTENSION: (d) => {
    const head = `${where(d)}: мерзімді ұзарту (${shownText(d.until)} күніне дейін)`;
    if (d.problem === 'lapsed')
      return `${head} ${d.decidedOn} күні шешілген, бұл кезде қарау мерзімі (${d.due}) өтіп кеткен: өтіп кеткен мерзім ұзартылмайды (ӘРПК 76-бабы)`;
    if (d.problem === 'pastLimit')
      return `${head} екі айлық шектен (${d.limit}) асады (ӘРПК 76-бабы)`;
    return `${head} қарау мерзімін ұзартпайды: мерзім онсыз да ${d.due}`;
  },
  INCOMPATIBLE_REPORTS: (d) => {
    const regions = (text: string) => (text === 'all' ? 'бүкіл ел' : `өңірлер ${text}`);
    if (d.problem === 'notLastYear')
      return `Алдыңғы есеп ${d.received} кезеңіне жасалған, өткен жылдың сәйкес кезеңіне (${d.expected}) емес: басқа кезеңдерді салыстыру үшін { anyPeriod: true } беріңіз`;
    if (d.problem === 'regions')
      return `Әртүрлі өңірлердің есептерін біріктіруге болмайды: №${d.index} есеп — ${regions(d.received)}, ал ${regions(d.expected)} күтілді`;
    return `Әртүрлі кезеңдердің есептерін біріктіруге болмайды: №${d.index} есеп — ${d.received} кезеңі, ал ${d.expected} күтілді`;
  },
  CALENDAR_DATA_MISSING: (d) => {
    if (d.problem === 'yearOutOfRange')
      return `${d.year} жылға жұмыс күнтізбесі жоқ: ${d.min} – ${d.max} аралығындағы жыл күтілді`;
    if (d.problem === 'intlCalendarUnsupported')
      return `${d.year} жылға жұмыс күнтізбесі жоқ: Құрбан айттың күні жарияланбаған, ал бұл ортаның Intl-інде оны бағалайтын islamic-umalqura күнтізбесі жоқ (бары: ${shownText(d.runtimeCalendar ?? '')}): оны createWorkCalendar({ kurbanAit }) арқылы беріңіз`;
    const reasons: string[] = [];
    if (d.missing.includes('kurbanAit'))
      reasons.push(
        `Құрбан айттың күні жарияланбаған${d.kurbanAitEstimate === undefined ? '' : ` (болжамы — ${d.kurbanAitEstimate})`}`,
      );
    if (d.missing.includes('transferActs'))
      reasons.push(`${d.year} жылғы демалыс күндерін ауыстыру актілері белгісіз`);
    return `${d.year} жылға расталған жұмыс күнтізбесі жоқ: ${reasons.join(' және ')}. Деректерді createWorkCalendar({ kurbanAit, transferActs, confirmedYears }) арқылы беріңіз немесе болжамды жауаптарды createWorkCalendar({ estimates: true }) арқылы қабылдаңыз`;
  },
};

function messageOf(code: string, details: unknown): string {
  const message = (codes as Record<string, ((d: never) => string) | undefined>)[code];
  return message === undefined ? code : message(details as never);
}

/**
 * Қазақ тіліндегі хабарламалар, `formatError(error, 'kk')` үшін.
 *
 * @internal
 */
export const kk: MessageCatalogue = {
  locale: 'kk',
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
