// The words of the Try it page in Kazakh, Russian and English: the page
// speaks the language the report is rendered in.
import type { Locale } from '../../src/core/index.js';
import type { ReportRecordKind } from '../../src/report/index.js';

export interface PageStrings {
  readonly language: string;
  readonly records: string;
  readonly dropHint: string;
  readonly choose: string;
  readonly sample: string;
  readonly clear: string;
  readonly paste: string;
  readonly pasteHint: string;
  readonly kind: string;
  readonly detect: string;
  readonly addPasted: string;
  readonly pasted: string;
  readonly noFiles: string;
  readonly file: string;
  readonly count: string;
  readonly unreadableCount: string;
  readonly remove: string;
  readonly unknownKind: string;
  readonly period: string;
  readonly periodHint: string;
  readonly regions: string;
  readonly allRegions: string;
  readonly report: string;
  readonly computing: string;
  readonly needPeriod: string;
  readonly needRecords: string;
  readonly text: string;
  readonly tables: string;
  readonly downloadCsv: string;
  readonly downloadJson: string;
  readonly counted: string;
  readonly read: string;
  readonly accepted: string;
  readonly rejected: string;
  readonly refused: string;
  readonly noneRefused: string;
  readonly line: string;
  readonly id: string;
  readonly error: string;
  readonly notJson: string;
  readonly moreRefused: (count: number) => string;
  readonly kinds: Readonly<Record<ReportRecordKind, string>>;
}

export const STRINGS: Readonly<Record<Locale, PageStrings>> = {
  kk: {
    language: 'Тіл',
    records: 'Жазбалар',
    dropHint: 'JSON немесе JSON Lines файлдарын осында сүйреп әкеліңіз',
    choose: 'Файлдарды таңдау',
    sample: 'Шымкент үлгісін жүктеу',
    clear: 'Тазарту',
    paste: 'Немесе жазбаларды осында қойыңыз',
    pasteHint: 'JSON массиві немесе бір жолға бір JSON жазбасы',
    kind: 'Түрі',
    detect: 'өздігінен анықтау',
    addPasted: 'Қойылған жазбаларды қосу',
    pasted: 'қойылған жазбалар',
    noFiles: 'Әзірге жазба жоқ.',
    file: 'Файл',
    count: 'Жазбалар',
    unreadableCount: 'Оқылмаған жолдар',
    remove: 'Алып тастау',
    unknownKind: 'түрі анықталмады: таңдаңыз',
    period: 'Кезең',
    periodHint: '2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 немесе 2024-01-01/2024-05-31',
    regions: 'Өңірлер',
    allRegions: 'Ешқайсысы белгіленбесе — бүкіл Қазақстан',
    report: 'Есеп',
    computing: 'Есептелуде…',
    needPeriod: 'Кезеңді енгізіңіз.',
    needRecords: 'Жазбалары бар файлдарды қосыңыз немесе үлгіні жүктеңіз.',
    text: 'Мәтін',
    tables: 'Кестелер',
    downloadCsv: 'CSV жүктеп алу',
    downloadJson: 'JSON жүктеп алу',
    counted: 'Оқылған және есепке алынған жазбалар',
    read: 'Оқылды',
    accepted: 'Есепке алынды',
    rejected: 'Қабылданбады',
    refused: 'Қабылданбаған жазбалар',
    noneRefused: 'Барлық жазба қабылданды.',
    line: 'Жол',
    id: 'ID',
    error: 'Қате',
    notJson: 'жол JSON ретінде оқылмады',
    moreRefused: (count) => `Тағы ${count} жазба қабылданбады (тізімде көрсетілмеген).`,
    kinds: {
      complaint: 'өтініштер',
      lawsuit: 'сот істері',
      activity: 'ақпараттық-түсіндіру іс-шаралары',
      registration: 'Е-Тұтынушы жүйесіндегі тіркелулер',
    },
  },
  ru: {
    language: 'Язык',
    records: 'Записи',
    dropHint: 'Перетащите сюда файлы JSON или JSON Lines',
    choose: 'Выбрать файлы',
    sample: 'Загрузить пример Шымкента',
    clear: 'Очистить',
    paste: 'Или вставьте записи сюда',
    pasteHint: 'Массив JSON или по одной записи JSON в строке',
    kind: 'Вид',
    detect: 'определить автоматически',
    addPasted: 'Добавить вставленные записи',
    pasted: 'вставленные записи',
    noFiles: 'Записей пока нет.',
    file: 'Файл',
    count: 'Записей',
    unreadableCount: 'Нечитаемых строк',
    remove: 'Убрать',
    unknownKind: 'вид не распознан: выберите',
    period: 'Период',
    periodHint: '2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 или 2024-01-01/2024-05-31',
    regions: 'Регионы',
    allRegions: 'Если не отмечен ни один — весь Казахстан',
    report: 'Отчёт',
    computing: 'Идёт расчёт…',
    needPeriod: 'Укажите период.',
    needRecords: 'Добавьте файлы с записями или загрузите пример.',
    text: 'Текст',
    tables: 'Таблицы',
    downloadCsv: 'Скачать CSV',
    downloadJson: 'Скачать JSON',
    counted: 'Прочитанные и учтённые записи',
    read: 'Прочитано',
    accepted: 'Учтено',
    rejected: 'Отклонено',
    refused: 'Отклонённые записи',
    noneRefused: 'Все записи приняты.',
    line: 'Строка',
    id: 'ID',
    error: 'Ошибка',
    notJson: 'строка не читается как JSON',
    moreRefused: (count) => `Ещё отклонено записей, не показанных в списке: ${count}.`,
    kinds: {
      complaint: 'обращения',
      lawsuit: 'судебные иски',
      activity: 'информационно-разъяснительные мероприятия',
      registration: 'регистрации в системе Е-Тұтынушы',
    },
  },
  en: {
    language: 'Language',
    records: 'Records',
    dropHint: 'Drop JSON or JSON Lines files here',
    choose: 'Choose files',
    sample: 'Load the Shymkent sample',
    clear: 'Clear',
    paste: 'Or paste records here',
    pasteHint: 'A JSON array, or one JSON record a line',
    kind: 'Kind',
    detect: 'detect',
    addPasted: 'Add the pasted records',
    pasted: 'pasted records',
    noFiles: 'No records yet.',
    file: 'File',
    count: 'Records',
    unreadableCount: 'Unreadable lines',
    remove: 'Remove',
    unknownKind: 'kind not recognised: choose one',
    period: 'Period',
    periodHint: '2024, 2024-H1, 2024-Q2, 2024-05, 2024-01/2024-05 or 2024-01-01/2024-05-31',
    regions: 'Regions',
    allRegions: 'None ticked: all of Kazakhstan',
    report: 'Report',
    computing: 'Computing…',
    needPeriod: 'Enter the period.',
    needRecords: 'Add files of records, or load the sample.',
    text: 'Text',
    tables: 'Tables',
    downloadCsv: 'Download CSV',
    downloadJson: 'Download JSON',
    counted: 'Records read and counted',
    read: 'Read',
    accepted: 'Counted',
    rejected: 'Refused',
    refused: 'Refused records',
    noneRefused: 'Every record was accepted.',
    line: 'Line',
    id: 'ID',
    error: 'Error',
    notJson: 'the line is not valid JSON',
    moreRefused: (count) => `${count} more refused records are counted but not listed.`,
    kinds: {
      complaint: 'appeals',
      lawsuit: 'lawsuits',
      activity: 'outreach activities',
      registration: 'E-Tutynushy registrations',
    },
  },
};

/** How each language names itself, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};
