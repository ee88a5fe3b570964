import type { Locale } from '../core/labels.js';
import type { Tenge } from '../money/tenge.js';
import type { ReportComparison } from './compare.js';
import { type ReportKpi, reportFigureLabel } from './figure-labels.js';
import { figureOf, REPORT_FIGURES } from './figures.js';
import type { Ratio } from './ratio.js';
import { changeOf } from './render-parts.js';
import type { Report } from './report.js';

// The lawsuits' roles break `lawsuits.participated` down, as the channels
// break down the appeals received.
const ROLE_PATHS = new Set(['lawsuits.asThirdParty', 'lawsuits.asPlaintiff']);

/** Whether a figure is part of a breakdown of another (`appeals.byChannel.eOtinish`, `lawsuits.asPlaintiff`). @internal */
export function isBreakdown(path: string): boolean {
  return path.split('.').length > 2 || ROLE_PATHS.has(path);
}

/** One figure of a report as a table row. @internal */
export interface FigureRow {
  readonly kpi: ReportKpi;
  readonly path: string;
  readonly label: string;
  readonly value: number | Tenge | Ratio;
  readonly previous?: number | Tenge | Ratio | undefined;
  readonly change?: number | Tenge | null | undefined;
  readonly growth?: number | null | undefined;
}

const KPI_OF: readonly [string, ReportKpi][] = [
  ['unifiedSystem.', 'unifiedSystem'],
  ['outreach.', 'outreach'],
  ['appeals.', 'quality'],
  ['lawsuits.', 'lawsuits'],
];

const ORDER: readonly ReportKpi[] = ['unifiedSystem', 'outreach', 'quality', 'lawsuits'];

/**
 * Every figure of a report, grouped by KPI in the order of the report's
 * sections, with its label in the language (and, given a comparison, last
 * year's figure, the change and the growth). The regions of
 * `appeals.byRegion` follow the appeals' other breakdowns.
 *
 * @internal
 */
export function figureRows(
  report: Report,
  locale: Locale,
  comparison?: ReportComparison,
): FigureRow[] {
  const paths = [
    ...REPORT_FIGURES,
    ...Object.keys(report.appeals.byRegion).map((code) => `appeals.byRegion.${code}`),
  ];
  const rows: FigureRow[] = [];
  for (const path of paths) {
    const value = figureOf(report, path);
    if (value === undefined) continue;
    const kpi = KPI_OF.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'quality';
    const change = comparison === undefined ? undefined : changeOf(comparison, path);
    const previous = change?.previous as number | Tenge | Ratio | undefined;
    const delta = change?.change as number | Tenge | null | undefined;
    rows.push({
      kpi,
      path,
      label: reportFigureLabel(path, locale),
      value,
      ...(change === undefined
        ? {}
        : { previous, change: delta, growth: change.growth?.value ?? null }),
    });
  }
  return rows.sort((a, b) => ORDER.indexOf(a.kpi) - ORDER.indexOf(b.kpi));
}
