import type { TutynushyError } from '../core/errors.js';
import { invalidReplayInput, type ReplayRecordKind } from '../core/replay-input.js';

// What a replay checks of an appeal beyond core's shared checks (the record's
// shape, the event times): an extension's day, a business's answer, a relief,
// the claimed amount — each failing as an invalid record naming the field.

/** The appeal record, as the replay's input errors name it. */
export const COMPLAINT_REPLAY: ReplayRecordKind = Object.freeze({
  kind: 'complaint',
  noun: 'appeal',
  hint: 'read stored JSON with parseComplaintRecord',
});

/**
 * The error for replay input that is not a parsed appeal record: the same
 * code and message shape as {@link parseComplaintRecord}'s, naming the field.
 */
export function invalidComplaintInput(
  recordId: string | undefined,
  path: readonly PropertyKey[],
  expected: string,
  value: unknown,
): TutynushyError {
  return invalidReplayInput(COMPLAINT_REPLAY, recordId, path, expected, value);
}

/**
 * Whether `value` is a positive `Tenge`, told by its methods: importing the
 * class would put decimal.js into every replay-only bundle.
 */
export function isPositiveTenge(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { isPositive?: unknown }).isPositive === 'function' &&
    typeof (value as { toTiyn?: unknown }).toTiyn === 'function' &&
    (value as { isPositive(): boolean }).isPositive()
  );
}

/** Whether `value` is a `Tenge` of zero or more (a claimed amount). */
export function isNonNegativeTenge(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { isNegative?: unknown }).isNegative === 'function' &&
    typeof (value as { toTiyn?: unknown }).toTiyn === 'function' &&
    !(value as { isNegative(): boolean }).isNegative()
  );
}
