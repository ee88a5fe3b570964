import type { WorkCalendar } from '../calendar/work-calendar.js';
import { invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { received } from '../core/received.js';
import { recordIdOf } from '../core/record-parse.js';
import { checkRecord } from './check-record.js';
import { countActivity } from './count-activity.js';
import { countComplaint } from './count-complaint.js';
import { countLawsuit } from './count-lawsuit.js';
import { countRegistration } from './count-registration.js';
import { keepRejected } from './rejected.js';
import {
  MAX_REJECTED_LISTED,
  REPORT_RECORD_KINDS,
  type Report,
  type ReportRecordKind,
} from './report.js';
import { type ReportScope, readScope } from './scope.js';
import { emptyTally, finishTally, type Tally } from './tally.js';

/** Options of {@link createReportBuilder} and {@link buildReport}. */
export interface ReportOptions extends ReportScope {
  /** The working-day calendar appeals are replayed on; `kazakhstanCalendar` by default. */
  readonly calendar?: WorkCalendar | undefined;
  /** When the department's working day ends, `HH:MM` (`'18:30'` by default). */
  readonly workdayEnd?: string | undefined;
  /** What the two-month extension limit counts from: `'receipt'` (default) or `'reviewDeadline'`. */
  readonly extensionFrom?: 'receipt' | 'reviewDeadline' | undefined;
  /** Where the records come from (a file name, a shard), kept with each refused record. */
  readonly source?: string | undefined;
}

const OPTION_KEYS = Object.freeze([
  'period',
  'regions',
  'calendar',
  'workdayEnd',
  'extensionFrom',
  'source',
] as const satisfies readonly (keyof ReportOptions)[]);

/** Where a record sits in its input, for its entry among the refused records. */
export interface RecordPlace {
  /** Its source (a file name); the builder's `source` option by default. */
  readonly source?: string | undefined;
  /** Its position in that source, from 0; the count of records of its kind added so far by default. */
  readonly index?: number | undefined;
}

/**
 * A report computed record by record, for streams: {@link buildReport} is a
 * loop over `add`. Memory stays the same whatever the number of records
 * (the refused records it lists are capped at {@link MAX_REJECTED_LISTED}).
 */
export interface ReportBuilder {
  /**
   * Reads one record of a kind — raw JSON (validated here) or a record the
   * library's parser returned (not validated again) — replays appeals and
   * lawsuits, and counts it. A refused record is listed with its error;
   * nothing is dropped. Returns whether the record was accepted.
   *
   * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a kind that is not a {@link ReportRecordKind};
   * never for the record itself.
   */
  add(kind: ReportRecordKind, record: unknown, place?: RecordPlace): boolean;
  /** The report of every record added so far; the builder can go on adding. */
  result(): Report;
}

/**
 * A report builder for a period and a set of regions: `add(kind, record)`
 * for each record of a stream, then `result()`.
 *
 * @throws {@link TutynushyError} `INVALID_PERIOD` for a bad period,
 * `INVALID_REGION` for a bad region, `INVALID_ARGUMENT` for an unknown option.
 * @example
 * ```ts
 * const builder = createReportBuilder({ period: '2024-05', regions: ['79'] });
 * builder.add('activity', { schemaVersion: 1, id: 'O-1', kind: 'briefing', date: '2024-05-03', region: '79' });
 * const added = builder.add('activity', { schemaVersion: 1, id: 'O-2', kind: 'tweet', date: '2024-05-03', region: '79' });
 * added; // false — refused, and listed among the rejected
 * builder.result().outreach.total; // 1
 * builder.result().records.activities; // { read: 2, accepted: 1, rejected: 1 }
 * ```
 */
export function createReportBuilder(options: ReportOptions): ReportBuilder {
  const given = readOptions<ReportOptions>(options, 'createReportBuilder', OPTION_KEYS);
  const { period, regions } = readScope(given, 'createReportBuilder');
  const tally: Tally = emptyTally(period, regions);
  const replayOptions = {
    history: false,
    ...(given.calendar === undefined ? {} : { calendar: given.calendar }),
    ...(given.workdayEnd === undefined ? {} : { workdayEnd: given.workdayEnd }),
    ...(given.extensionFrom === undefined ? {} : { extensionFrom: given.extensionFrom }),
  };
  // Checked once here, so that a bad option is the caller's error, not every record's.
  if (given.source !== undefined && typeof given.source !== 'string') {
    throw invalidArgumentError({
      fn: 'createReportBuilder',
      field: 'source',
      received: received(given.source),
      expected: 'string',
    });
  }

  const reject = (
    kind: ReportRecordKind,
    record: unknown,
    place: RecordPlace,
    index: number,
    error: TutynushyError,
  ): false => {
    tally.records[kind].rejected += 1;
    const source = place.source ?? given.source;
    tally.rejected.push({
      kind,
      ...(source === undefined ? {} : { source }),
      index,
      ...(recordIdOf(record) === undefined ? {} : { id: recordIdOf(record) }),
      error: { code: error.code, message: error.message, details: error.details },
    });
    // Bounded memory: keep twice the listed number, then cut back in order.
    if (tally.rejected.length >= 2 * MAX_REJECTED_LISTED)
      tally.rejected = keepRejected(tally.rejected);
    return false;
  };

  const accept = (kind: ReportRecordKind): true => {
    tally.records[kind].accepted += 1;
    return true;
  };

  return {
    add(kind, record, place = {}) {
      if (!REPORT_RECORD_KINDS.includes(kind)) {
        throw invalidArgumentError({
          fn: 'add',
          field: 'kind',
          received: received(kind),
          expected: 'oneOf',
          allowed: REPORT_RECORD_KINDS,
        });
      }
      const counts = tally.records[kind];
      const index = place.index ?? counts.read;
      counts.read += 1;
      const checked = checkRecord(kind, record, replayOptions);
      if (!checked.ok) return reject(kind, record, place, index, checked.error);
      const { value } = checked;
      if (value.kind === 'complaint') countComplaint(tally, value.value);
      else if (value.kind === 'lawsuit') countLawsuit(tally, value.value);
      else if (value.kind === 'activity') countActivity(tally, value.value);
      else countRegistration(tally, value.value);
      return accept(kind);
    },
    result() {
      return finishTally(tally);
    },
  };
}
