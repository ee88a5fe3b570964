import { invalidArgumentError } from '../core/error-factories.js';
import { assertLocale, type Locale } from '../core/labels.js';
import { readOptions } from '../core/options.js';
import { received } from '../core/received.js';
import { checkReport } from './check-report.js';
import type { ReportComparison } from './compare.js';
import type { Finding } from './finding.js';
import { type CsvDelimiter, renderCsv } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import type { Report } from './report.js';
import { englishText } from './text-en.js';
import { kazakhText } from './text-kk.js';
import { russianText } from './text-ru.js';

/** What {@link renderReport} writes: running text, a Markdown table, CSV for Excel, or the report's JSON. */
export type ReportFormat = 'text' | 'markdown' | 'csv' | 'json';

/**
 * Every {@link ReportFormat}.
 *
 * @example
 * ```ts
 * REPORT_FORMATS; // ['text', 'markdown', 'csv', 'json']
 * ```
 */
export const REPORT_FORMATS: readonly ReportFormat[] = Object.freeze([
  'text',
  'markdown',
  'csv',
  'json',
]);

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** The language to write in: `kk`, `ru` or `en`. */
  readonly locale: Locale;
  /** What to write; `'text'` by default. */
  readonly format?: ReportFormat | undefined;
  /** The year-on-year comparison of {@link compareReports}, rendered after the KPIs. */
  readonly comparison?: ReportComparison | undefined;
  /** Reconciliation findings of {@link reconcilePublished}, rendered after the KPIs. */
  readonly findings?: readonly Finding[] | undefined;
  /** CSV only: the delimiter; `;` for Kazakh and Russian (with decimal commas), `,` for English by default. */
  readonly delimiter?: CsvDelimiter | undefined;
  /** CSV only: start with a UTF-8 byte-order mark, so that Excel reads the Cyrillic right (default `true`). */
  readonly bom?: boolean | undefined;
}

const OPTION_KEYS = Object.freeze([
  'locale',
  'format',
  'comparison',
  'findings',
  'delimiter',
  'bom',
] as const satisfies readonly (keyof RenderReportOptions)[]);

/**
 * Writes a report for people and programs, in Kazakh, Russian or English:
 *
 * - `text` — the report as a department's press release writes it, section
 *   by section in the order of the four KPIs («2024 жылдың 5 айында
 *   қаралған өтініштердің жалпы саны – 1902, оның ішінде: Қанағаттандырылды
 *   – 1664 өтініш; …», «За 5 месяцев 2024 года рассмотрено 1902 обращения,
 *   из них: …»): amounts rounded where reports round them («72 млн теңге»);
 * - `markdown` — a table per KPI to paste into a document, amounts exact;
 * - `csv` — one row per figure (path, label, value) for Excel: UTF-8 with a
 *   byte-order mark, `;` and decimal commas for Kazakh and Russian;
 * - `json` — the report's stored form (with the comparison and findings
 *   when given).
 *
 * A comparison and reconciliation findings, when given, are rendered too,
 * in the same language.
 *
 * @throws {@link TutynushyError} `INVALID_LOCALE`; `INVALID_ARGUMENT` for an
 * unknown format or option, or a value that is not a report.
 * @example
 * ```ts
 * const report = buildReport(
 *   { activities: [{ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-05-14', region: '79' }] },
 *   { period: '2024-01/2024-05', regions: ['79'] },
 * );
 * renderReport(report, { locale: 'kk', format: 'text' }).split('\n')[0]; // 'Шымкент қаласы'
 * renderReport(report, { locale: 'ru' }).includes('За 5 месяцев 2024 года проведено 1 мероприятие'); // true
 * renderReport(report, { locale: 'en', format: 'csv' }).split('\r\n')[0]; // '\uFEFFpath,figure,value'
 * ```
 */
export function renderReport(report: Report, options: RenderReportOptions): string {
  const given = readOptions<RenderReportOptions>(options, 'renderReport', OPTION_KEYS);
  const checked = checkReport(report, 'renderReport', 'report');
  const locale = assertLocale(given.locale);
  const extras = { comparison: given.comparison, findings: given.findings };
  switch (given.format ?? 'text') {
    case 'text':
      return locale === 'kk'
        ? kazakhText(checked, extras)
        : locale === 'ru'
          ? russianText(checked, extras)
          : englishText(checked, extras);
    case 'markdown':
      return renderMarkdown(checked, locale, extras);
    case 'csv':
      return renderCsv(checked, locale, given);
    case 'json':
      return `${JSON.stringify(
        given.comparison === undefined && given.findings === undefined
          ? checked
          : { report: checked, comparison: given.comparison, findings: given.findings },
        null,
        2,
      )}\n`;
    default:
      throw invalidArgumentError({
        fn: 'renderReport',
        field: 'format',
        received: received(given.format),
        expected: 'oneOf',
        allowed: REPORT_FORMATS,
      });
  }
}
