import { safeParseSystemRegistrationRecordUnmarked } from '../business/parse.js';
import type { SystemRegistrationRecord } from '../business/record.js';
import type { Complaint } from '../complaint/complaint.js';
import { safeParseComplaintRecordUnmarked } from '../complaint/parse.js';
import type { ComplaintRecord } from '../complaint/record.js';
import { type ReplayComplaintOptions, safeReplayComplaint } from '../complaint/replay.js';
import { isParsed } from '../core/parsed.js';
import type { Result } from '../core/result.js';
import type { Lawsuit } from '../lawsuit/lawsuit.js';
import { safeParseLawsuitRecordUnmarked } from '../lawsuit/parse.js';
import type { LawsuitRecord } from '../lawsuit/record.js';
import { safeReplayLawsuit } from '../lawsuit/replay.js';
import { safeParseOutreachActivityRecordUnmarked } from '../outreach/parse.js';
import type { OutreachActivityRecord } from '../outreach/record.js';
import type { ReportRecordKind } from './report.js';

/** A record as a report counts it: an appeal or a lawsuit replayed, an activity or a registration validated. @internal */
export type CheckedRecord =
  | { readonly kind: 'complaint'; readonly value: Complaint }
  | { readonly kind: 'lawsuit'; readonly value: Lawsuit }
  | { readonly kind: 'activity'; readonly value: OutreachActivityRecord }
  | { readonly kind: 'registration'; readonly value: SystemRegistrationRecord };

const LAWSUIT_REPLAY = Object.freeze({ history: false });

function parsedOr<T>(record: unknown, parse: (input: unknown) => Result<T>): Result<T> {
  return isParsed(record) ? { ok: true, value: record as T } : parse(record);
}

/**
 * Reads one record of a kind the way a report does — raw JSON validated (a
 * record the library's parser returned is not validated again), appeals and
 * lawsuits replayed — or returns the error that refuses it. What it parses
 * is not marked as parsed: the report counts it and lets it go. The report
 * builder counts what this accepts; `tutynushy validate` lists what it refuses.
 *
 * @internal
 */
export function checkRecord(
  kind: ReportRecordKind,
  record: unknown,
  replayOptions: ReplayComplaintOptions,
): Result<CheckedRecord> {
  switch (kind) {
    case 'complaint': {
      const parsed = parsedOr<ComplaintRecord>(record, safeParseComplaintRecordUnmarked);
      if (!parsed.ok) return parsed;
      const replayed = safeReplayComplaint(parsed.value, replayOptions);
      return replayed.ok ? { ok: true, value: { kind, value: replayed.value } } : replayed;
    }
    case 'lawsuit': {
      const parsed = parsedOr<LawsuitRecord>(record, safeParseLawsuitRecordUnmarked);
      if (!parsed.ok) return parsed;
      const replayed = safeReplayLawsuit(parsed.value, LAWSUIT_REPLAY);
      return replayed.ok ? { ok: true, value: { kind, value: replayed.value } } : replayed;
    }
    case 'activity': {
      const parsed = parsedOr<OutreachActivityRecord>(
        record,
        safeParseOutreachActivityRecordUnmarked,
      );
      return parsed.ok ? { ok: true, value: { kind, value: parsed.value } } : parsed;
    }
    default: {
      const parsed = parsedOr<SystemRegistrationRecord>(
        record,
        safeParseSystemRegistrationRecordUnmarked,
      );
      return parsed.ok
        ? { ok: true, value: { kind: 'registration', value: parsed.value } }
        : parsed;
    }
  }
}
