import { describeValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';
import { formatRecordPath } from '../core/record-issues.js';

// The replay takes a parsed record, but a program can hand it stored JSON
// that never went through parseComplaintRecord (money still strings) or an
// object built by hand. What the replay derives from — the event times, an
// extension's day, a business's answer, a relief — it checks as it reads,
// so that such input fails as an invalid record naming the field, never as
// a TypeError or a wrong result. Only the failing path pays for the message.

/**
 * The error for replay input that is not a parsed appeal record: the same
 * code and message shape as {@link parseComplaintRecord}'s, naming the field.
 */
export function invalidReplayInput(
  recordId: string | undefined,
  path: readonly PropertyKey[],
  expected: string,
  value: unknown,
): TutynushyError {
  const id = recordId === undefined ? '' : ` ${describeValue(recordId)}`;
  const message = `${expected}, got ${describeValue(value)}`;
  return new TutynushyError(
    'INVALID_RECORD',
    `Invalid complaint record${id}: ${formatRecordPath(path)}: ${message} (read stored JSON with parseComplaintRecord)`,
    { kind: 'complaint', recordId, issues: [{ path, message }] },
  );
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
