/**
 * The period KPI report of a department, computed from records: the four
 * KPIs of E-Tutynushy and the regional departments — work in the unified
 * information system, information and outreach work, the quality of review
 * of appeals, and lawsuit work — for any period and any set of regions.
 * `buildReport` over arrays or streams, `createReportBuilder` record by
 * record, `mergeReports` for shards, `compareReports` year on year,
 * `reconcilePublished` to find what a published aggregate gets wrong.
 *
 * @module report
 */

export { buildReport, type ReportInputs } from './build.js';
export {
  createReportBuilder,
  type RecordPlace,
  type ReportBuilder,
  type ReportOptions,
} from './builder.js';
export {
  type AmountChange,
  type AmountRatio,
  type CompareReportsOptions,
  type CountChange,
  compareReports,
  type FigureChanges,
  type RateChange,
  type ReportComparison,
} from './compare.js';
export { emptyReport } from './empty.js';
export { REPORT_KPIS, type ReportKpi, reportFigureLabel } from './figure-labels.js';
export { type FigureType, REPORT_FIGURES } from './figures.js';
export type { Finding, FindingCode } from './finding.js';
export { formatFinding } from './finding-text.js';
export { mergeReports } from './merge.js';
export { parseReport, safeParseReport } from './parse.js';
export type {
  PublishedAmount,
  PublishedCount,
  PublishedGrowth,
  PublishedPercent,
  PublishedPercentage,
  PublishedReport,
  PublishedSection,
} from './published.js';
export { PublishedReportSchema } from './published-schema.js';
export { type Ratio, ratio } from './ratio.js';
export { type ReconcileOptions, type Reconciliation, reconcilePublished } from './reconcile.js';
export {
  REPORT_FORMATS,
  type RenderReportOptions,
  type ReportFormat,
  renderReport,
} from './render.js';
export type { CsvDelimiter } from './render-csv.js';
export {
  type AppealFigures,
  type LawsuitFigures,
  MAX_REJECTED_LISTED,
  type OutreachFigures,
  REPORT_RECORD_KINDS,
  type RecordCounts,
  type RejectedRecord,
  type Report,
  type ReportRecordKind,
  type UnifiedSystemFigures,
} from './report.js';
export { ReportSchema } from './schema.js';
export type { ReportScope } from './scope.js';
