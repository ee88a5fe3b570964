import { countText } from '../numbers.js';
import type { CliMessages } from './catalogue.js';
import { exitCodesList } from './shared.js';

// Қазақша: ағылшын тіліндегідей фактілер сол ретпен. Команда, параметр және
// файл атаулары аударылмайды. Сан мен атаудың артына жалғау қосылмайтындай
// етіп құрастырылған.

const n = (count: number): string => countText(count, 'kk');
const list = (items: readonly string[]): string => items.join(', ');

const EXIT_CODES = `Аяқталу кодтары:
${exitCodesList({
  ok: 'орындалды',
  invalidRecords: 'validate жарамсыз жазбалар тапты',
  usage: 'белгісіз команда не параметр, параметрдің мәні жоқ не жарамсыз',
  file: 'файл табылмады не оқылмады, не шығыс файлына жазу мүмкін емес',
  json: 'кіріс деректері JSON, JSON Lines не UTF-8 емес, не жазбаның түрі анықталмады',
  empty: 'кіріс файлдарында жазба жоқ',
  period: 'жарамсыз кезең',
  value:
    'басқа жарамсыз мән: өңір, сома, уақыт сәті, жарияланған көрсеткіштер, жұмыс күнтізбесі жоқ жыл',
  setup: 'zod орнатылмаған (npm install zod)',
  internal: 'команданың өз ақауы',
})}`;

const INPUT = `Кіріс деректері: JSON Lines (әр жолда бір жазба) не JSON массиві, ағынмен оқылады.
Файл жазбаларының түрі оның атауы бойынша (complaints.jsonl, lawsuits.jsonl,
activities.jsonl, registrations.jsonl; не .json), --kind бойынша, әйтпесе әр
жазбаның өрістері бойынша анықталады (receivedAt — өтініш, court — сот ісі,
kind пен date — іс-шара, account — тіркелу).`;

export const kk: CliMessages = {
  problems: {
    unknownCommand: ({ command }) =>
      `белгісіз команда "${command}": report, validate, deadline, words немесе demo күтілді (tutynushy --help)`,
    unknownOption: ({ option, command }) =>
      command === ''
        ? `белгісіз параметр ${option} (командалар тізімі: tutynushy --help)`
        : `${command} командасының белгісіз параметрі ${option} (параметрлер тізімі: tutynushy ${command} --help)`,
    missingValue: ({ option }) => `${option} параметріне мән керек`,
    unexpectedValue: ({ option }) => `${option} параметрі мән қабылдамайды`,
    badChoice: ({ option, value, allowed }) =>
      `${option} параметрінің жарамсыз мәні "${value}": мына мәндердің бірі күтілді: ${list(allowed)}`,
    badJobs: ({ value }) =>
      `--jobs параметрінің жарамсыз мәні "${value}": 1 – 64 аралығындағы бүтін сан күтілді`,
    missingOption: ({ option, command }) =>
      `${command} командасына ${option} параметрі керек (tutynushy ${command} --help)`,
    noFiles: ({ command }) =>
      `${command} командасына кемінде бір кіріс файлы керек (tutynushy ${command} --help)`,
    unexpectedArgument: ({ value, command }) =>
      `${command} командасының артық аргументі "${value}"`,
    noAmount: () => 'words командасына сома керек, мысалы 1424750 (tutynushy words --help)',
    badNumber: ({ value }) => `жарамсыз сан "${value}": бүтін сан күтілді, мысалы 1424750`,
    fileNotFound: ({ path }) => `файл табылмады: ${path}`,
    notAFile: ({ path }) => `бұл файл емес: ${path}`,
    fileUnreadable: ({ path, reason }) => `файлды оқу мүмкін емес: ${path}: ${reason}`,
    outUnwritable: ({ path, reason }) => `файлға жазу мүмкін емес: ${path}: ${reason}`,
    badJson: ({ path, line, column }) =>
      `${path}:${line}${column === undefined ? '' : `:${column}`}: жарамсыз JSON`,
    badArray: ({ path, line, column, expected }) =>
      `${path}:${line}:${column}: жарамсыз JSON массиві: ${
        {
          comma: 'үтір немесе ] күтілді',
          value: 'мән күтілді',
          end: 'жабатын ] белгісінен кейін ештеңе болмауы тиіс',
          closing: 'жабатын ] күтілді',
        }[expected]
      }`,
    notUtf8: ({ path, line }) => `${path}:${line}: мәтін UTF-8 кодтауында емес`,
    unknownKind: ({ path, line }) =>
      `${path}:${line}: жазбаның түрін анықтау мүмкін емес: файлды complaints.jsonl, lawsuits.jsonl, activities.jsonl немесе registrations.jsonl деп атаңыз, не --kind параметрін беріңіз`,
    emptyInput: ({ paths }) => `мына файлдарда жазба жоқ: ${list(paths)}`,
    sampleMissing: ({ path }) => `кірістірілген деректер үлгісі жоқ: ${path}`,
    zodMissing: () => 'бұл командаға жазбаларды тексеретін zod керек: npm install zod',
  },
  internal: (message) => `ішкі қате: ${message} (бұл туралы хабарлаңыз)`,
  refused: (count) =>
    `${n(count)} жазба қабылданбады: олар есептің соңында көрсетілген, барлығын tutynushy validate шығарады`,
  summary: ({ files, read, valid, invalid }) =>
    `${n(files)} файл, ${n(read)} жазба: жарамды – ${n(valid)}, жарамсыз – ${n(invalid)}`,
  progress: (path, percent, records) =>
    `${path} оқылуда${percent === undefined ? '' : ` ${percent}%`}, ${n(records)} жазба`,
  deadline: {
    received: 'Түсті',
    receivedOn: 'Қазақстандағы күні',
    provisional: 'болжамды',
    provisionalNote:
      'Болжамды: сол жылдың жұмыс күнтізбесі әлі расталмаған (Құрбан айт күні немесе демалыс күндерін ауыстыру тек болжам бойынша белгілі).',
    term: (length, unit) =>
      unit === 'months'
        ? `${length} ай`
        : unit === 'workingDays'
          ? length === 0
            ? 'сол күні не келесі жұмыс күні'
            : `${length} жұмыс күні`
          : `${length} күнтізбелік күн`,
  },
  demoHeading: (language) => `Шымкент қаласы, 2024 жылғы қаңтар–мамыр — ${language}`,
  help: {
    main: `tutynushy — Қазақстанда тұтынушылардың құқықтарын қорғау жұмысы: көрсеткіштер бойынша есептер, заңды мерзімдер, соманы сөзбен жазу

Қолданылуы:
  tutynushy report <файлдар…> --period <кезең> [параметрлер]   кезеңнің есебі
  tutynushy validate <файлдар…> [параметрлер]                  барлық жарамсыз жазбалар, файлы мен жолы
  tutynushy deadline --received <сәт> [параметрлер]            өтініштің заңды мерзімдері
  tutynushy words <сома…> [параметрлер]                        соманы сөзбен жазу
  tutynushy demo                                               кірістірілген үлгі (Шымкент) қазақ, орыс және ағылшын тілдерінде

  tutynushy <команда> --help    команданың параметрлері
  tutynushy --version           нұсқасы

Әр команда --locale kk|ru|en параметрін қабылдайды: шығыс пен хабарламалардың
тілі (әдепкі бойынша LANG тілі, әйтпесе ағылшын тілі).

${EXIT_CODES}
`,
    report: `tutynushy report <файлдар…> --period <кезең> [параметрлер]

Департаменттің кезеңдегі есебі, жазбалар файлдары бойынша: бірыңғай
ақпараттық жүйедегі жұмыс, ақпараттық-түсіндіру жұмысы, өтініштерді қарау
сапасы, талап-арыз қызметі.

Параметрлер:
  --period <кезең>         2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 не
                           2024-01-01/2024-05-31 (міндетті)
  --region <код>           өңір: 79, KZ-79; параметрді қайталаңыз не кодтарды
                           үтір арқылы жазыңыз (әдепкі бойынша бүкіл ел)
  --locale kk|ru|en        есептің тілі
  --format <пішім>         text (әдепкі), markdown, csv не json
  --compare <файлдар…>     өткен жылдың сәйкес кезеңінің жазбалары: онымен
                           салыстыру (параметрден кейінгі файлдар, келесі параметрге дейін)
  --published <файл>       жазбалармен салыстырылатын жарияланған көрсеткіштер (JSON)
  --kind <түрі>            барлық жазбалар — complaint, lawsuit, activity не registration
  --out <файл>             есепті стандартты шығысқа емес, файлға жазу
  --delimiter ";"|","      CSV бөлгіші (әдепкі бойынша kk мен ru үшін ";", en үшін ",")
  --jobs <n>               жазбаларды оқитын ағындар (әдепкі бойынша әр ядроға бір;
                           1 — осы процесте; шағын деректер осы процесте оқылады)
  --workday-end <СС:ММ>    жұмыс күнінің соңы (әдепкі 18:30)
  --extension-from <неден> receipt (әдепкі) не reviewDeadline: ұзартудың екі айы
                           неден бастап есептеледі
  --strict                 күнтізбенің расталмаған жылдарын қабылдамау (әдепкіде олар
                           заң бойынша есептеліп, болжамды деп белгіленеді)
  --help

${INPUT}

Мысал:
  tutynushy report complaints.jsonl activities.jsonl --period 2024-01/2024-05 --region 79 --locale kk

${EXIT_CODES}
`,
    validate: `tutynushy validate <файлдар…> [параметрлер]

Әр жазбаны есеп оқығандай тексереді және әр жарамсыз жазбаны файлымен,
жолымен, қате кодымен және хабарламасымен шығарады; ондай жазба болса,
1 кодымен аяқталады.

Параметрлер:
  --locale kk|ru|en        хабарламалардың тілі
  --format text|json       text (әдепкі) не әр жолда бір JSON объектісі
  --kind <түрі>            барлық жазбалар — complaint, lawsuit, activity не registration
  --out <файл>             тізімді стандартты шығысқа емес, файлға жазу
  --jobs <n>               ағындар (әдепкі бойынша әр ядроға бір; 1 — осы процесте)
  --workday-end <СС:ММ>    жұмыс күнінің соңы (әдепкі 18:30)
  --extension-from <неден> receipt (әдепкі) не reviewDeadline
  --strict                 күнтізбенің расталмаған жылдарын қабылдамау
  --help

${INPUT}

${EXIT_CODES}
`,
    deadline: `tutynushy deadline --received <сәт> [параметрлер]

Белгілі бір сәтте түскен өтініштің барлық заңды мерзімдері, Қазақстанның
жұмыс күнтізбесі бойынша: тіркелу күні, қарауға 15 жұмыс күні, ұзартудың
шекті мерзімі (екі ай), қайта бағыттауға 3 жұмыс күні, қараудан бас тартуға
5 жұмыс күні және сол сәтте алынған талапқа сатушының жауап беруіне
10 күнтізбелік күн.

Параметрлер:
  --received <сәт>         қашан түсті: 2024-05-03T18:45+05:00 (міндетті; уақыт
                           белдеуінің ығысуы керек, секундтар міндетті емес)
  --locale kk|ru|en        тілі
  --format text|json       text (әдепкі) не json
  --workday-end <СС:ММ>    жұмыс күнінің соңы (әдепкі 18:30)
  --extension-from <неден> receipt (әдепкі) не reviewDeadline
  --strict                 күнтізбенің расталмаған жылдарын қабылдамау (әдепкіде олар
                           заң бойынша есептеліп, болжамды деп белгіленеді)
  --help

Мысал:
  tutynushy deadline --received 2024-05-03T18:45+05:00 --locale kk

${EXIT_CODES}
`,
    words: `tutynushy words <сома…> [параметрлер]

Теңгедегі соманы талап-арыздар мен сот құжаттарындағыдай сөзбен жазу
(«сумма прописью»), не --number параметрімен бүтін санды сөзбен жазу.

Параметрлер:
  --locale kk|ru|en            тілі
  --number                     теңге сомасы емес, жай сан
  --tiyn-declension <қалай>    орыс тіліндегі тиын: agree (әдепкі: 1 тиын, 2 тиына,
                               5 тиынов) не invariable (тиын)
  --help

Мысал:
  tutynushy words 1424750 --locale kk

${EXIT_CODES}
`,
    demo: `tutynushy demo [--locale kk|ru|en]

Кірістірілген деректер үлгісінің (Шымкент қаласы, 2024 жылғы қаңтар–мамыр)
есебі қазақ, орыс және ағылшын тілдерінде, жарияланған көрсеткіштермен
салыстырылып. --locale параметрімен — бір тілде.

${EXIT_CODES}
`,
  },
};
