import type { RecordIssue } from '../core/record-issue.js';
import { recordParsers } from '../core/record-parse.js';
import type { Result } from '../core/result.js';
import type { ComplaintEvent, ComplaintRecord } from './record.js';
import { ComplaintEventSchema, ComplaintRecordSchema } from './schema.js';

/** The schema versions of appeal records this release reads. */
const VERSIONS: readonly number[] = Object.freeze([1]);

const RELIEF_FIELDS: readonly string[] = Object.freeze(['refund', 'inKind', 'nonMonetary']);

// A relief on an event other than `satisfy` is the usual mistake: say where
// relief belongs rather than only that the field is unknown.
function reliefOnTheWrongEvent(issue: RecordIssue): RecordIssue {
  if (issue.code !== 'unknownField') return issue;
  const relief = (issue.keys ?? []).filter((key) => RELIEF_FIELDS.includes(key));
  if (relief.length === 0 || relief.length !== issue.keys?.length) return issue;
  return {
    code: 'rule',
    rule: 'reliefOnlyOnSatisfy',
    path: issue.path,
    keys: relief,
    ...(issue.facts === undefined ? {} : { facts: issue.facts }),
  };
}

const records = /* @__PURE__ */ recordParsers('complaint', ComplaintRecordSchema, {
  versions: VERSIONS,
  refine: reliefOnTheWrongEvent,
});

const events = /* @__PURE__ */ recordParsers('complaintEvent', ComplaintEventSchema, {
  refine: reliefOnTheWrongEvent,
});

/**
 * Reads a stored appeal record (parsed JSON): validates it and returns it
 * with money as `Tenge`. The order of its events and which event may follow
 * which are checked by {@link replayComplaint}.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` with every bad field as an
 * issue (`details.issues`: code, path, received, …), or
 * `UNSUPPORTED_SCHEMA_VERSION` naming the version and what is supported.
 * @example
 * ```ts
 * parseComplaintRecord({ schemaVersion: 99, id: 'A-1' }); // throws UNSUPPORTED_SCHEMA_VERSION
 * parseComplaintRecord({ schemaVersion: 1, id: 'A-1', channel: 'fax' }); // throws INVALID_RECORD naming channel and the missing fields
 * ```
 */
export function parseComplaintRecord(input: unknown): ComplaintRecord {
  return records.parse(input);
}

/**
 * {@link parseComplaintRecord} without throwing: the record, or the error it would throw.
 *
 * @example
 * ```ts
 * const result = safeParseComplaintRecord({ schemaVersion: 1, id: 'A-1', channel: 'fax' });
 * result.ok; // false
 * result.ok ? undefined : result.error.code; // 'INVALID_RECORD'
 * ```
 */
export function safeParseComplaintRecord(input: unknown): Result<ComplaintRecord> {
  return records.safeParse(input);
}

/**
 * {@link safeParseComplaintRecord} without marking the record as parsed: for the
 * report, which counts the record and lets it go.
 *
 * @internal
 */
export function safeParseComplaintRecordUnmarked(input: unknown): Result<ComplaintRecord> {
  return records.safeParseUnmarked(input);
}

/**
 * Reads one appeal event (parsed JSON from a form or a queue), for
 * {@link applyComplaintEvent}: money becomes a `Tenge`.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming every bad field.
 * @example
 * ```ts
 * parseComplaintEvent({ type: 'redirect', at: '2024-06-05', to: 'the tax authority' }).type; // 'redirect'
 * parseComplaintEvent({ type: 'explain', at: '2024-06-05', refund: '5000' }); // throws INVALID_RECORD — relief only on a satisfy event
 * ```
 */
export function parseComplaintEvent(input: unknown): ComplaintEvent {
  return events.parse(input);
}

/**
 * {@link parseComplaintEvent} without throwing: the event, or the error it would throw.
 *
 * @example
 * ```ts
 * safeParseComplaintEvent({ type: 'close', at: '2024-06-05' }).ok; // false
 * ```
 */
export function safeParseComplaintEvent(input: unknown): Result<ComplaintEvent> {
  return events.safeParse(input);
}
