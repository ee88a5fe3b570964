import { incompatibleReportsError, invalidArgumentError } from '../core/error-factories.js';
import { reportExpectations } from '../core/messages/en/expectations/report.js';
import { addReport } from './add-report.js';
import { checkReport } from './check-report.js';
import type { Report } from './report.js';
import { emptyTally, finishTally } from './tally.js';

const regionsText = (regions: readonly string[] | null): string =>
  regions === null ? 'all' : regions.join(',');

/**
 * Adds up reports of disjoint record sets of the same period and regions:
 * the report of the union — shards computed apart, in worker threads, a
 * queue or a warehouse job, then combined. Associative and commutative, with
 * {@link emptyReport} as identity; every figure is exact (counts and sums
 * add, rates are recomputed from their sums, the refused records keep one
 * order).
 *
 * @throws {@link TutynushyError} `INCOMPATIBLE_REPORTS` for reports of
 * another period or other regions than the first; `INVALID_ARGUMENT` for no
 * report at all, or a value that is not a report (stored JSON must be read
 * with {@link parseReport} first).
 * @example
 * ```ts
 * const may = { period: '2024-05', regions: ['79'] };
 * const a = buildReport({ activities: [{ schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-05-03', region: '79' }] }, may);
 * const b = buildReport({ activities: [{ schemaVersion: 1, id: 'O-2', kind: 'seminar', date: '2024-05-17', region: '79' }] }, may);
 * mergeReports(a, b).outreach.total; // 2
 * mergeReports(a, emptyReport(may)).outreach.total; // 1
 * mergeReports(a, buildReport({}, { period: '2024-04', regions: ['79'] })); // throws INCOMPATIBLE_REPORTS
 * ```
 */
export function mergeReports(...reports: Report[]): Report {
  if (reports.length === 0) {
    throw invalidArgumentError(
      {
        fn: 'mergeReports',
        field: 'reports',
        received: { type: 'array', length: 0 },
        expected: 'report',
      },
      reportExpectations,
    );
  }
  const checked = reports.map((report, index) =>
    checkReport(report, 'mergeReports', `reports[${index}]`),
  );
  const first = checked[0] as Report;
  const tally = emptyTally(first.period, first.regions);
  checked.forEach((report, index) => {
    if (report.period.start !== first.period.start || report.period.end !== first.period.end) {
      throw incompatibleReportsError({
        problem: 'period',
        expected: first.period.code,
        received: report.period.code,
        index,
      });
    }
    if (regionsText(report.regions) !== regionsText(first.regions)) {
      throw incompatibleReportsError({
        problem: 'regions',
        expected: regionsText(first.regions),
        received: regionsText(report.regions),
        index,
      });
    }
    addReport(tally, report);
  });
  return finishTally(tally);
}
