import { describeValue } from './describe.js';
import { TutynushyError } from './errors.js';
import { formatRecordPath } from './record-issues.js';

// A replay takes a parsed record, but a program can hand it stored JSON that
// never went through the parser, or an object built by hand. What a replay
// derives from it checks as it reads, so that such input fails as an invalid
// record naming the field — the same code and message shape as the parser's —
// never as a TypeError or a wrong result. Only the failing path pays for the
// message. Zod-free: replays must not pull zod into a bundle.

/**
 * The record kind a replay reads, for its input errors: `kind` as
 * `recordError` names it, `noun` as a reader says it, and `hint`, the
 * function that builds what the replay expects.
 */
export interface ReplayRecordKind {
  /** The kind in `details.kind` and in the message: `complaint`, `lawsuit`. */
  readonly kind: string;
  /** What one record is: `appeal`, `lawsuit`. */
  readonly noun: string;
  /** How to get valid input, closing the message: `read stored JSON with parseComplaintRecord`. */
  readonly hint: string;
}

/**
 * The error for replay input that is not a parsed record: `INVALID_RECORD`
 * naming the field's path, with the issue in `details.issues` as
 * `recordError` puts it.
 *
 * @example
 * ```ts
 * const door = { kind: 'door', noun: 'door', hint: 'read it with parseDoor' };
 * const error = invalidReplayInput(door, 'D-1', ['events', 0, 'at'], 'expected a date', 7);
 * error.code; // 'INVALID_RECORD'
 * error.message; // 'Invalid door record "D-1": events[0].at: expected a date, got 7 (read it with parseDoor)'
 * ```
 */
export function invalidReplayInput(
  record: ReplayRecordKind,
  recordId: string | undefined,
  path: readonly PropertyKey[],
  expected: string,
  value: unknown,
): TutynushyError {
  const id = recordId === undefined ? '' : ` ${describeValue(recordId)}`;
  const message = `${expected}, got ${describeValue(value)}`;
  return new TutynushyError(
    'INVALID_RECORD',
    `Invalid ${record.kind} record${id}: ${formatRecordPath(path)}: ${message} (${record.hint})`,
    { kind: record.kind, recordId, issues: [{ path, message }] },
  );
}

/**
 * Checks what every replay reads first: the input is an object (not an
 * array) with an `events` array.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming what is wrong.
 * @example
 * ```ts
 * const door = { kind: 'door', noun: 'door', hint: 'read it with parseDoor' };
 * checkReplayRecord(door, { id: 'D-1', events: [] }); // passes
 * checkReplayRecord(door, { id: 'D-1', events: 'open' }); // throws INVALID_RECORD: events: expected an array of events
 * ```
 */
export function checkReplayRecord(record: ReplayRecordKind, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const article = /^[aeiou]/.test(record.noun) ? 'an' : 'a';
    throw invalidReplayInput(
      record,
      undefined,
      [],
      `expected ${article} ${record.noun} record`,
      input,
    );
  }
  const { id, events } = input as { id?: unknown; events?: unknown };
  if (!Array.isArray(events)) {
    throw invalidReplayInput(
      record,
      typeof id === 'string' ? id : undefined,
      ['events'],
      'expected an array of events',
      events,
    );
  }
}
