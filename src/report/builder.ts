import type { WorkCalendar } from '../calendar/work-calendar.js';
import { safeParseSystemRegistrationRecord } from '../business/parse.js';
import type { SystemRegistrationRecord } from '../business/registration.js';
import { safeParseComplaintRecord } from '../complaint/parse.js';
import type { ComplaintRecord } from '../complaint/record.js';
import { safeReplayComplaint } from '../complaint/replay.js';
import { TutynushyError } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { isParsed } from '../core/parsed.js';
import { received } from '../core/received.js';
import { recordIdOf } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import { safeParseLawsuitRecord } from '../lawsuit/parse.js';
import type { LawsuitRecord } from '../lawsuit/record.js';
import { safeReplayLawsuit } from '../lawsuit/replay.js';
import type { OutreachActivityRecord } from '../outreach/activity.js';
import { safeParseOutreachActivityRecord } from '../outreach/parse.js';
import { countActivity } from './count-activity.js';
import { countComplaint } from './count-complaint.js';
import { countLawsuit } from './count-lawsuit.js';
import { countRegistration } from './count-registration.js';
import { keepRejected } from './rejected.js';
import { MAX_REJECTED_LISTED, type Report, REPORT_RECORD_KINDS, type ReportRecordKind } from './report.js';
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

function parsedOr<T>(record: unknown, parse: (input: unknown) => Result<T>): Result<T> {
  return isParsed(record) ? { ok: true, value: record as T } : parse(record);
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
 * builder.add('activity', { schemaVersion: 1, id: 'O-2', kind: 'tweet', date: '2024-05-03', region: '79' }); // false — refused
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
    throw new TutynushyError('INVALID_ARGUMENT', {
      fn: 'createReportBuilder',
      field: 'source',
      received: received(given.source),
      expected: 'string',
    });
  }

  const reject = (kind: ReportRecordKind, record: unknown, place: RecordPlace, index: number, error: TutynushyError): false => {
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
    if (tally.rejected.length >= 2 * MAX_REJECTED_LISTED) tally.rejected = keepRejected(tally.rejected);
    return false;
  };

  const accept = (kind: ReportRecordKind): true => {
    tally.records[kind].accepted += 1;
    return true;
  };

  return {
    add(kind, record, place = {}) {
      if (!REPORT_RECORD_KINDS.includes(kind)) {
        throw new TutynushyError('INVALID_ARGUMENT', {
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
      switch (kind) {
        case 'complaint': {
          const parsed = parsedOr<ComplaintRecord>(record, safeParseComplaintRecord);
          if (!parsed.ok) return reject(kind, record, place, index, parsed.error);
          const replayed = safeReplayComplaint(parsed.value, replayOptions);
          if (!replayed.ok) return reject(kind, record, place, index, replayed.error);
          countComplaint(tally, replayed.value);
          return accept(kind);
        }
        case 'lawsuit': {
          const parsed = parsedOr<LawsuitRecord>(record, safeParseLawsuitRecord);
          if (!parsed.ok) return reject(kind, record, place, index, parsed.error);
          const replayed = safeReplayLawsuit(parsed.value, { history: false });
          if (!replayed.ok) return reject(kind, record, place, index, replayed.error);
          countLawsuit(tally, replayed.value);
          return accept(kind);
        }
        case 'activity': {
          const parsed = parsedOr<OutreachActivityRecord>(record, safeParseOutreachActivityRecord);
          if (!parsed.ok) return reject(kind, record, place, index, parsed.error);
          countActivity(tally, parsed.value);
          return accept(kind);
        }
        default: {
          const parsed = parsedOr<SystemRegistrationRecord>(
            record,
            safeParseSystemRegistrationRecord,
          );
          if (!parsed.ok) return reject(kind, record, place, index, parsed.error);
          countRegistration(tally, parsed.value);
          return accept(kind);
        }
      }
    },
    result() {
      return finishTally(tally);
    },
  };
}
