import { formatError } from '../core/format-error.js';
import { type Locale, label } from '../core/labels.js';
import { Tenge } from '../money/tenge.js';
import { REPORT_KPIS, reportFigureLabel } from './figure-labels.js';
import { findingText } from './finding-text.js';
import type { Ratio } from './ratio.js';
import { changeText, countText, figureText, moneyCell, percentText } from './render-numbers.js';
import { periodHeading, placeOf, type RenderExtras } from './render-parts.js';
import { type FigureRow, figureRows, isBreakdown } from './render-rows.js';
import type { Report } from './report.js';

const WORDS = {
  figure: { kk: 'Көрсеткіш', ru: 'Показатель', en: 'Figure' },
  value: { kk: 'Мәні', ru: 'Значение', en: 'Value' },
  previous: { kk: 'Өткен жылы', ru: 'Прошлый год', en: 'Last year' },
  change: { kk: 'Өзгеріс', ru: 'Изменение', en: 'Change' },
  growth: { kk: 'Өсім', ru: 'Рост', en: 'Growth' },
  findings: {
    kk: 'Жарияланған көрсеткіштермен салыстыру',
    ru: 'Сверка с опубликованными показателями',
    en: 'Reconciliation with published figures',
  },
  rejected: { kk: 'Қабылданбаған жазбалар', ru: 'Отклонённые записи', en: 'Refused records' },
  provisional: {
    kk: 'Кейбір мерзімдер әлі расталмаған (болжамды) жұмыс күнтізбесі бойынша есептелді.',
    ru: 'Часть сроков рассчитана по предварительному (ещё не подтверждённому) производственному календарю.',
    en: 'Some deadlines rest on a provisional (not yet confirmed) working-day calendar.',
  },
} as const;

// A cell must not break the table: pipes escaped, line breaks dropped.
const escaped = (text: string): string => text.replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

function shown(value: number | Tenge | Ratio | null | undefined, locale: Locale): string {
  if (value === undefined || value === null) return '—';
  if (value instanceof Tenge) return moneyCell(value, locale);
  if (typeof value === 'number') return countText(value, locale);
  return percentText(value.value, locale);
}

function changeShown(row: FigureRow, locale: Locale): string {
  const { change } = row;
  if (change === undefined || change === null) return '—';
  if (change instanceof Tenge) {
    return change.isNegative()
      ? `−${moneyCell(change.negate(), locale)}`
      : `+${moneyCell(change, locale)}`;
  }
  return changeText(change, locale);
}

/**
 * A report as Markdown: a table per KPI that a person can paste into a
 * document, the figures named in the language, amounts exact; the
 * comparison's columns, the findings and the refused records when given.
 *
 * @internal
 */
export function renderMarkdown(report: Report, locale: Locale, extras: RenderExtras): string {
  const compared = extras.comparison !== undefined;
  const out = [`# ${placeOf(report, locale)} — ${periodHeading(report, locale)}`];
  const rows = figureRows(report, locale, extras.comparison);
  (['unifiedSystem', 'outreach', 'quality', 'lawsuits'] as const).forEach((kpi, i) => {
    out.push('', `## ${i + 1}. ${label(REPORT_KPIS[kpi], locale)}`, '');
    const head = [
      WORDS.figure,
      WORDS.value,
      ...(compared ? [WORDS.previous, WORDS.change, WORDS.growth] : []),
    ];
    out.push(`| ${head.map((w) => label(w, locale)).join(' | ')} |`);
    out.push(`| ${head.map((_, j) => (j === 0 ? '---' : '---:')).join(' | ')} |`);
    for (const row of rows) {
      if (row.kpi !== kpi) continue;
      // A breakdown's empty rows are left out of a table people read (the CSV keeps them).
      if (isBreakdown(row.path) && row.value === 0 && (row.previous ?? 0) === 0) continue;
      const cells = [escaped(row.label), shown(row.value, locale)];
      if (compared) {
        cells.push(
          shown(row.previous, locale),
          changeShown(row, locale),
          percentText(row.growth ?? null, locale, true),
        );
      }
      out.push(`| ${cells.join(' | ')} |`);
    }
  });
  if (extras.findings !== undefined && extras.findings.length > 0) {
    out.push('', `## ${label(WORDS.findings, locale)}`, '');
    for (const finding of extras.findings) {
      out.push(
        `- ${escaped(
          findingText(
            finding,
            locale,
            (path) => reportFigureLabel(path, locale),
            (value) => figureText(value, locale),
          ),
        )}`,
      );
    }
  }
  if (report.rejected.length > 0) {
    out.push('', `## ${label(WORDS.rejected, locale)}`, '');
    for (const r of report.rejected) {
      const where = `${r.source === undefined ? '' : `${r.source}, `}${r.index + 1}${r.id === undefined ? '' : ` (${r.id})`}`;
      out.push(`- ${escaped(where)}: ${escaped(formatError(r.error, locale))}`);
    }
  }
  if (report.provisional) out.push('', `> ${label(WORDS.provisional, locale)}`);
  return `${out.join('\n')}\n`;
}
