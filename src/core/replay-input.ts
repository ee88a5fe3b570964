import { invalidRecordError } from './error-factories.js';
import type { TutynushyError } from './errors.js';
import type { Expectation } from './expectation.js';
import type { ExpectationWords } from './messages/en/expectations/common.js';
import { received } from './received.js';
import type { IssueParams } from './record-error.js';
import type { RecordKind } from './record-issue.js';

// A replay takes a parsed record, but a program can hand it stored JSON that
// never went through the parser, or an object built by hand. What a replay
// derives from it checks as it reads, so that such input fails as an invalid
// record naming the field — the same code and issue shape as the parser's —
// never as a TypeError or a wrong result. Zod-free: replays must not pull zod
// into a bundle.

/**
 * The record kind a replay reads, for its input errors.
 *
 * @internal
 */
export interface ReplayRecordKind {
  /** The kind, as `INVALID_RECORD` names it. */
  readonly kind: RecordKind;
  /** The state machine's name, as `EVENT_OUT_OF_ORDER` names it: `complaint`, `lawsuit`. */
  readonly machine: string;
  /** The function that reads valid input, named at the end of the message. */
  readonly readWith: string;
  /** The English words of the expected types its issues name beyond the common ones. */
  readonly expectations?: Partial<ExpectationWords<Expectation>>;
}

/**
 * The error for replay input that is not a parsed record: `INVALID_RECORD`
 * with one issue at the field's path. The id is bounded as values are: an
 * unparsed record may carry a 50 kB one.
 *
 * @internal
 */
export function invalidReplayInput(
  record: ReplayRecordKind,
  recordId: string | undefined,
  path: readonly (string | number)[],
  issue: IssueParams,
  value: unknown,
): TutynushyError<'INVALID_RECORD'> {
  return invalidRecordError(
    {
      kind: record.kind,
      recordId: replayRecordId(recordId),
      issues: [{ ...issue, path, received: received(value) }],
      readWith: record.readWith,
    },
    record.expectations,
  );
}

/**
 * The id of replay input as its errors name it: a string, bounded as error
 * values are (an unparsed record may carry a 50 kB id), or nothing.
 *
 * @internal
 */
export function replayRecordId(id: unknown): string | undefined {
  return typeof id === 'string' ? (received(id) as string) : undefined;
}

/**
 * Checks what every replay reads first: the input is an object (not an
 * array) with an `events` array.
 *
 * @throws {@link TutynushyError} `INVALID_RECORD` naming what is wrong.
 * @internal
 */
export function checkReplayRecord(record: ReplayRecordKind, input: unknown): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidReplayInput(
      record,
      undefined,
      [],
      { code: 'invalidType', expected: 'object' },
      input,
    );
  }
  const { id, events } = input as { id?: unknown; events?: unknown };
  if (!Array.isArray(events)) {
    throw invalidReplayInput(
      record,
      replayRecordId(id),
      ['events'],
      { code: 'invalidType', expected: 'array' },
      events,
    );
  }
}
