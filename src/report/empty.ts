import { readOptions } from '../core/options.js';
import type { Report } from './report.js';
import { type ReportScope, readScope } from './scope.js';
import { emptyTally, finishTally } from './tally.js';

/**
 * The report of no records for a period and regions: zero everywhere, every
 * rate `null`. The identity of {@link mergeReports}.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD`, `INVALID_REGION` or `INVALID_ARGUMENT`.
 * @example
 * ```ts
 * const empty = emptyReport({ period: '2024-Q1' });
 * empty.appeals.reviewed;                // 0
 * empty.appeals.satisfactionRate.value;  // null
 * empty.regions;                         // null
 * ```
 */
export function emptyReport(scope: ReportScope): Report {
  const given = readOptions<ReportScope>(scope, 'emptyReport', ['period', 'regions']);
  const { period, regions } = readScope(given, 'emptyReport');
  return finishTally(emptyTally(period, regions));
}
