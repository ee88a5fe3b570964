import { russianPlural } from '../../core/plural.js';
import { countText } from '../numbers.js';
import type { CliMessages } from './catalogue.js';
import { exitCodesList } from './shared.js';

// По-русски: те же факты в том же порядке, что и по-английски. Имена команд,
// параметров и файлов не переводятся.

const n = (count: number): string => countText(count, 'ru');
const list = (items: readonly string[]): string => items.join(', ');

const RECORDS = { one: 'запись', few: 'записи', many: 'записей' };
const FILES = { one: 'файл', few: 'файла', many: 'файлов' };
const WORKING_DAYS = { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' };
const CALENDAR_DAYS = { one: 'календарный день', few: 'календарных дня', many: 'календарных дней' };
const MONTHS = { one: 'месяц', few: 'месяца', many: 'месяцев' };

const EXIT_CODES = `Коды завершения:
${exitCodesList({
  ok: 'выполнено',
  invalidRecords: 'validate нашла некорректные записи',
  usage: 'неизвестная команда или параметр, нет значения параметра или оно недопустимо',
  file: 'файл не найден или не читается, либо не удаётся записать выходной файл',
  json: 'входные данные не JSON, не JSON Lines или не UTF-8, либо вид записи не определить',
  empty: 'во входных файлах нет записей',
  period: 'некорректный период',
  value:
    'другое недопустимое значение: регион, сумма, момент времени, опубликованные показатели, год без производственного календаря',
  setup: 'не установлен zod (npm install zod)',
  internal: 'сбой самой команды',
})}`;

const INPUT = `Входные данные: JSON Lines (по записи в строке) или массив JSON, читаются потоком.
Вид записей файла определяется по его имени (complaints.jsonl, lawsuits.jsonl,
activities.jsonl, registrations.jsonl; или .json), по --kind, а иначе — по
полям каждой записи (receivedAt — обращение, court — иск, kind и date —
мероприятие, account — регистрация).`;

export const ru: CliMessages = {
  problems: {
    unknownCommand: ({ command }) =>
      `неизвестная команда "${command}": ожидалась report, validate, deadline, words или demo (tutynushy --help)`,
    unknownOption: ({ option, command }) =>
      command === ''
        ? `неизвестный параметр ${option} (команды: tutynushy --help)`
        : `неизвестный параметр ${option} команды ${command} (параметры: tutynushy ${command} --help)`,
    missingValue: ({ option }) => `для параметра ${option} нужно значение`,
    unexpectedValue: ({ option }) => `параметр ${option} не принимает значения`,
    badChoice: ({ option, value, allowed }) =>
      `недопустимое значение "${value}" параметра ${option}: ожидалось одно из значений ${list(allowed)}`,
    badJobs: ({ value }) =>
      `недопустимое значение "${value}" параметра --jobs: ожидалось целое число от 1 до 64`,
    missingOption: ({ option, command }) =>
      `команде ${command} нужен параметр ${option} (tutynushy ${command} --help)`,
    noFiles: ({ command }) =>
      `команде ${command} нужен хотя бы один входной файл (tutynushy ${command} --help)`,
    unexpectedArgument: ({ value, command }) => `лишний аргумент "${value}" команды ${command}`,
    noAmount: () => 'команде words нужна сумма, например 1424750 (tutynushy words --help)',
    badNumber: ({ value }) =>
      `некорректное число "${value}": ожидалось целое число, например 1424750`,
    fileNotFound: ({ path }) => `файл не найден: ${path}`,
    notAFile: ({ path }) => `это не файл: ${path}`,
    fileUnreadable: ({ path, reason }) => `не удаётся прочитать ${path}: ${reason}`,
    outUnwritable: ({ path, reason }) => `не удаётся записать ${path}: ${reason}`,
    badJson: ({ path, line, column }) =>
      `${path}:${line}${column === undefined ? '' : `:${column}`}: некорректный JSON`,
    badArray: ({ path, line, column, expected }) =>
      `${path}:${line}:${column}: некорректный массив JSON: ${
        {
          comma: 'ожидалась запятая или ]',
          value: 'ожидалось значение',
          end: 'после закрывающей ] ничего не должно быть',
          closing: 'ожидалась закрывающая ]',
        }[expected]
      }`,
    notUtf8: ({ path, line }) => `${path}:${line}: текст не в кодировке UTF-8`,
    unknownKind: ({ path, line }) =>
      `${path}:${line}: не удаётся определить вид записи: назовите файл complaints.jsonl, lawsuits.jsonl, activities.jsonl или registrations.jsonl либо укажите --kind`,
    emptyInput: ({ paths }) => `нет записей в ${list(paths)}`,
    sampleMissing: ({ path }) => `нет встроенного примера данных: ${path}`,
    zodMissing: () => 'этой команде нужен zod, который проверяет записи: npm install zod',
  },
  internal: (message) => `внутренняя ошибка: ${message} (сообщите о ней, пожалуйста)`,
  refused: (count) =>
    `отклонено ${n(count)} ${russianPlural(count, RECORDS)}: они перечислены в конце отчёта, все их выводит tutynushy validate`,
  summary: ({ files, read, valid, invalid }) =>
    `${n(files)} ${russianPlural(files, FILES)}, ${n(read)} ${russianPlural(read, RECORDS)}: корректных ${n(valid)}, некорректных ${n(invalid)}`,
  progress: (path, percent, records) =>
    `чтение ${path}${percent === undefined ? '' : ` ${percent}%`}, ${n(records)} ${russianPlural(records, RECORDS)}`,
  deadline: {
    received: 'Поступило',
    receivedOn: 'дата в Казахстане',
    provisional: 'предварительно',
    provisionalNote:
      'Предварительно: производственный календарь этого года ещё не подтверждён (день Курбан айта или перенос выходных известны лишь ориентировочно).',
    term: (length, unit) =>
      unit === 'months'
        ? `${length} ${russianPlural(length, MONTHS)}`
        : unit === 'workingDays'
          ? length === 0
            ? 'в тот же или следующий рабочий день'
            : `${length} ${russianPlural(length, WORKING_DAYS)}`
          : `${length} ${russianPlural(length, CALENDAR_DAYS)}`,
  },
  demoHeading: (language) => `Шымкент, январь–май 2024 года — ${language}`,
  help: {
    main: `tutynushy — работа по защите прав потребителей в Казахстане: отчёты по показателям, сроки, суммы прописью

Использование:
  tutynushy report <файлы…> --period <период> [параметры]   отчёт за период
  tutynushy validate <файлы…> [параметры]                    все некорректные записи с файлом и строкой
  tutynushy deadline --received <момент> [параметры]         сроки по обращению
  tutynushy words <сумма…> [параметры]                       сумма прописью
  tutynushy demo                                             встроенный пример (Шымкент) на казахском, русском и английском

  tutynushy <команда> --help    параметры команды
  tutynushy --version           версия

Каждая команда принимает --locale kk|ru|en — язык вывода и сообщений
(по умолчанию язык из LANG, иначе английский).

${EXIT_CODES}
`,
    report: `tutynushy report <файлы…> --period <период> [параметры]

Отчёт департамента за период по файлам записей: работа в единой
информационной системе, информационно-разъяснительная работа, качество
рассмотрения обращений, исковая работа.

Параметры:
  --period <период>        2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 или
                           2024-01-01/2024-05-31 (обязателен)
  --region <код>           регион: 79, KZ-79; повторите параметр или перечислите
                           коды через запятую (по умолчанию вся страна)
  --locale kk|ru|en        язык отчёта
  --format <формат>        text (по умолчанию), markdown, csv или json
  --compare <файлы…>       записи за аналогичный период прошлого года (АППГ):
                           сравнение с ним (файлы после параметра, до следующего параметра)
  --published <файл>       опубликованные показатели (JSON) для сверки с записями
  --kind <вид>             все записи — complaint, lawsuit, activity или registration
  --out <файл>             записать отчёт в файл, а не в стандартный вывод
  --delimiter ";"|","      разделитель CSV (по умолчанию ";" для kk и ru, "," для en)
  --jobs <n>               потоки, читающие записи (по умолчанию по одному на ядро;
                           1 — в этом процессе; небольшие данные читаются в этом процессе)
  --workday-end <ЧЧ:ММ>    конец рабочего дня (по умолчанию 18:30)
  --extension-from <от>    receipt (по умолчанию) или reviewDeadline: от чего
                           отсчитываются два месяца продления
  --strict                 не считать по неподтверждённым годам календаря (по умолчанию
                           они считаются по закону с пометкой «предварительно»)
  --help

${INPUT}

Пример:
  tutynushy report complaints.jsonl activities.jsonl --period 2024-01/2024-05 --region 79 --locale ru

${EXIT_CODES}
`,
    validate: `tutynushy validate <файлы…> [параметры]

Проверяет каждую запись так, как её читает отчёт, и выводит каждую
некорректную с файлом, строкой, кодом ошибки и сообщением; если такие
есть, завершается с кодом 1.

Параметры:
  --locale kk|ru|en        язык сообщений
  --format text|json       text (по умолчанию) или по объекту JSON в строке
  --kind <вид>             все записи — complaint, lawsuit, activity или registration
  --out <файл>             записать список в файл, а не в стандартный вывод
  --jobs <n>               потоки (по умолчанию по одному на ядро; 1 — в этом процессе)
  --workday-end <ЧЧ:ММ>    конец рабочего дня (по умолчанию 18:30)
  --extension-from <от>    receipt (по умолчанию) или reviewDeadline
  --strict                 не принимать неподтверждённые годы календаря
  --help

${INPUT}

${EXIT_CODES}
`,
    deadline: `tutynushy deadline --received <момент> [параметры]

Все сроки по обращению, поступившему в данный момент, по производственному
календарю Казахстана: дата регистрации, 15 рабочих дней на рассмотрение,
предельный срок продления (два месяца), 3 рабочих дня на перенаправление,
5 рабочих дней на отказ в рассмотрении и 10 календарных дней на ответ
продавца на претензию, полученную тогда же.

Параметры:
  --received <момент>      когда поступило: 2024-05-03T18:45+05:00 (обязателен;
                           смещение нужно, секунды — нет)
  --locale kk|ru|en        язык
  --format text|json       text (по умолчанию) или json
  --workday-end <ЧЧ:ММ>    конец рабочего дня (по умолчанию 18:30)
  --extension-from <от>    receipt (по умолчанию) или reviewDeadline
  --strict                 не считать по неподтверждённым годам календаря (по умолчанию
                           они считаются по закону с пометкой «предварительно»)
  --help

Пример:
  tutynushy deadline --received 2024-05-03T18:45+05:00 --locale ru

${EXIT_CODES}
`,
    words: `tutynushy words <сумма…> [параметры]

Сумма в тенге прописью, как её пишут в претензиях и судебных документах,
или с --number — целое число словами.

Параметры:
  --locale kk|ru|en            язык
  --number                     просто число, а не сумма в тенге
  --tiyn-declension <как>      тиын по-русски: agree (по умолчанию: 1 тиын,
                               2 тиына, 5 тиынов) или invariable (тиын)
  --help

Пример:
  tutynushy words 1424750 --locale ru

${EXIT_CODES}
`,
    demo: `tutynushy demo [--locale kk|ru|en]

Отчёт по встроенному примеру данных (Шымкент, январь–май 2024 года) на
казахском, русском и английском, со сверкой с опубликованными показателями.
С --locale — на одном языке.

${EXIT_CODES}
`,
  },
};
