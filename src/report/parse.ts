import { deepFreeze } from '../core/freeze.js';
import { recordParsers } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import type { Report } from './report.js';
import { ReportSchema } from './schema.js';

const reports = /* @__PURE__ */ recordParsers('report', ReportSchema, { versions: [1] });

/**
 * Reads a report's stored JSON (`JSON.parse` of what `JSON.stringify`
 * wrote) back into a {@link Report}: amounts become `Tenge` again, and the
 * figures are checked to agree with each other — so that a report computed
 * in another process, worker or service can be merged with
 * {@link mergeReports}.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` (kind `report`) naming
 * each bad or disagreeing figure, `UNSUPPORTED_SCHEMA_VERSION` for a report
 * of a newer release.
 * @example
 * ```ts
 * const report = buildReport({}, { period: '2024-05', regions: ['79'] });
 * const back = parseReport(JSON.parse(JSON.stringify(report)));
 * back.period.code;                             // '2024-05'
 * back.appeals.returnedToConsumers.toString(); // '0.00'
 * parseReport({ ...JSON.parse(JSON.stringify(report)), provisional: 'no' }); // throws INVALID_RECORD
 * ```
 */
export function parseReport(json: unknown): Report {
  return deepFreeze(reports.parse(json));
}

/**
 * {@link parseReport} without throwing: the report, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseReport({ schemaVersion: 1 }).ok; // false
 * ```
 */
export function safeParseReport(json: unknown): Result<Report> {
  const result = reports.safeParse(json);
  return result.ok ? { ok: true, value: deepFreeze(result.value) } : result;
}
