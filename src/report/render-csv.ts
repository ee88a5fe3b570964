import type { Locale } from '../core/labels.js';
import { Tenge } from '../money/tenge.js';
import type { ReportComparison } from './compare.js';
import type { Ratio } from './ratio.js';
import { figureRows } from './render-rows.js';
import type { Report } from './report.js';

/** The CSV delimiters a rendering may use. */
export type CsvDelimiter = ',' | ';' | '\t';

const HEADERS: Readonly<Record<Locale, readonly string[]>> = {
  kk: ['көрсеткіш коды', 'көрсеткіш', 'мәні', 'өткен жылы', 'өзгеріс', 'өсім'],
  ru: ['код показателя', 'показатель', 'значение', 'прошлый год', 'изменение', 'рост'],
  en: ['path', 'figure', 'value', 'previous', 'change', 'growth'],
};

// A field is quoted when it holds the delimiter, a quote or a line break
// (RFC 4180), its quotes doubled.
function field(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

// Numbers as Excel reads them in the locale: a decimal comma when the
// delimiter is a semicolon (how Kazakh and Russian Excel is set up).
function cell(value: number | Tenge | Ratio | null | undefined, comma: boolean): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (value instanceof Tenge) text = value.toString();
  else if (typeof value === 'number')
    text = Number.isInteger(value) ? String(value) : value.toFixed(4);
  else text = value.value === null ? '' : value.value.toFixed(4);
  return comma ? text.replace('.', ',') : text;
}

/**
 * A report as CSV for Excel: UTF-8 with a byte-order mark (so that Excel
 * reads Cyrillic right), one row per figure — its path, its label in the
 * language and its value — CRLF line ends, and, for Kazakh and Russian, a
 * `;` delimiter with decimal commas as Excel there expects.
 *
 * @internal
 */
export function renderCsv(
  report: Report,
  locale: Locale,
  options: {
    readonly delimiter?: CsvDelimiter | undefined;
    readonly bom?: boolean | undefined;
    readonly comparison?: ReportComparison | undefined;
  },
): string {
  const delimiter = options.delimiter ?? (locale === 'en' ? ',' : ';');
  const comma = delimiter === ';';
  const compared = options.comparison !== undefined;
  const header = HEADERS[locale].slice(0, compared ? 6 : 3);
  const lines = [header.map((h) => field(h, delimiter)).join(delimiter)];
  for (const row of figureRows(report, locale, options.comparison)) {
    const cells = [field(row.path, delimiter), field(row.label, delimiter), cell(row.value, comma)];
    if (compared) {
      cells.push(cell(row.previous, comma), cell(row.change, comma), cell(row.growth, comma));
    }
    lines.push(cells.join(delimiter));
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
