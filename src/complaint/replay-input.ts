import { invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import { isLocalDate } from '../core/local-date.js';
import { moneyExpectations } from '../core/messages/en/expectations/money.js';
import { recordsExpectations } from '../core/messages/en/expectations/records.js';
import { received } from '../core/received.js';
import type { IssueParams } from '../core/record-error.js';
import { invalidReplayInput, type ReplayRecordKind } from '../core/replay-input.js';
import { isComplaintState } from './state.js';

// What a replay checks of an appeal beyond core's shared checks (the record's
// shape, the event times): an extension's day, a business's answer, a relief,
// the claimed amount — each failing as an invalid record naming the field —
// and a replayed appeal handed back to applyComplaintEvent or isOverdue.

/** The appeal record, as the replay's input errors name it. */
export const COMPLAINT_REPLAY: ReplayRecordKind = Object.freeze({
  kind: 'complaint',
  machine: 'complaint',
  readWith: 'parseComplaintRecord',
  // its issues name amounts (positiveTenge, nonNegativeTenge) and a relief's description
  expectations: { ...moneyExpectations, ...recordsExpectations },
});

/**
 * The error for replay input that is not a parsed appeal record: the same
 * code and issue shape as {@link parseComplaintRecord}'s, naming the field.
 */
export function invalidComplaintInput(
  recordId: string | undefined,
  path: readonly (string | number)[],
  issue: IssueParams,
  value: unknown,
): TutynushyError<'INVALID_RECORD'> {
  return invalidReplayInput(COMPLAINT_REPLAY, recordId, path, issue, value);
}

// A Tenge is told by its methods: importing the class would put decimal.js
// into every replay-only bundle.
function isTengeLike(value: unknown): value is { isNegative(): boolean; isZero(): boolean } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { isNegative?: unknown }).isNegative === 'function' &&
    typeof (value as { isZero?: unknown }).isZero === 'function' &&
    typeof (value as { toTiyn?: unknown }).toTiyn === 'function'
  );
}

/** Whether `value` is a positive `Tenge`. */
export function isPositiveTenge(value: unknown): boolean {
  return isTengeLike(value) && !value.isNegative() && !value.isZero();
}

/** Whether `value` is a `Tenge` of zero or more (a claimed amount). */
export function isNonNegativeTenge(value: unknown): boolean {
  return isTengeLike(value) && !value.isNegative();
}

function optionalDate(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && isLocalDate(value));
}

/**
 * Checks that `complaint` passed to `fn` is what replayComplaint returns, as
 * far as the function reads it: a hand-changed appeal (`history: null`, a
 * `closedOn` that is not a date) is an `INVALID_ARGUMENT`, never a TypeError.
 */
export function checkReplayedComplaint(complaint: unknown, fn: string): void {
  const c = complaint as Record<string, unknown> | null;
  const deadlines = (typeof c === 'object' && c !== null ? c['deadlines'] : undefined) as
    | Record<string, unknown>
    | undefined;
  const valid =
    typeof c === 'object' &&
    c !== null &&
    isComplaintState(c['state']) &&
    Array.isArray(c['events']) &&
    // A log too long to replay is refused by its length after this check, unread.
    ((c['events'] as unknown[]).length > MAX_CHECKED_EVENTS ||
      (c['events'] as unknown[]).every(hasEventTime)) &&
    Array.isArray(c['history']) &&
    typeof c['id'] === 'string' &&
    typeof c['receivedAt'] === 'string' &&
    typeof c['receivedOn'] === 'string' &&
    isLocalDate(c['receivedOn']) &&
    typeof c['relief'] === 'object' &&
    c['relief'] !== null &&
    optionalDate(c['closedOn']) &&
    typeof deadlines === 'object' &&
    deadlines !== null &&
    ['registeredOn', 'reviewDue', 'extensionLimit', 'redirectDue', 'refusalDue', 'due'].every(
      (key) => typeof deadlines[key] === 'string' && isLocalDate(deadlines[key]),
    ) &&
    optionalDate(deadlines['extendedUntil']) &&
    optionalDate(deadlines['sellerAnswerDue']);
  if (valid) return;
  throw invalidArgumentError(
    {
      fn,
      field: 'complaint',
      received: received(complaint),
      expected: 'replayedComplaint',
    },
    recordsExpectations,
  );
}

/** The longest log a replay reads (the record schema's cap). */
const MAX_CHECKED_EVENTS = 1000;

// The replay of one more event reads the times of the last ones logged.
function hasEventTime(event: unknown): boolean {
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof (event as { at?: unknown }).at === 'string'
  );
}
