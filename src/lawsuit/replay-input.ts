import { TutynushyError } from '../core/errors.js';
import type { EventPosition } from '../core/event-types.js';
import { received } from '../core/received.js';
import type { IssueParams } from '../core/record-error.js';
import { checkReplayRecord, invalidReplayInput, type ReplayRecordKind } from '../core/replay-input.js';
import { Tenge } from '../money/tenge.js';
import { isLawsuitDecision, LAWSUIT_DECISION_KEYS } from './decision.js';
import { isLawsuitState, LAWSUIT_STATE_KEYS } from './state.js';

// What the replay functions check of input the type system should have
// ruled out, beyond core's shared checks (the record's shape, the event
// times): a record or event built by hand (or cast from JSON) must fail with
// a typed error naming the field, never a TypeError from deep inside, and a
// negative amount must never quietly lower what was collected or claimed.

/** The lawsuit record, as the replay's input errors name it. */
export const LAWSUIT_REPLAY: ReplayRecordKind = Object.freeze({
  kind: 'lawsuit',
  machine: 'lawsuit',
  readWith: 'parseLawsuitRecord',
});

/** The longest log a replay reads (a record parsed by the schema has at most 1000 events). */
export const MAX_REPLAYED_EVENTS = 100_000;

function invalidLawsuitInput(
  recordId: string | undefined,
  path: readonly (string | number)[],
  issue: IssueParams,
  value: unknown,
): TutynushyError<'INVALID_RECORD'> {
  return invalidReplayInput(LAWSUIT_REPLAY, recordId, path, issue, value);
}

/**
 * Checks what a replay reads of the record before its events: an object
 * with an `events` array of bounded length and a claim of zero or more.
 */
export function checkLawsuitRecordShape(record: unknown): void {
  checkReplayRecord(LAWSUIT_REPLAY, record);
  const { id, events, claimed } = record as { id?: unknown; events: unknown[]; claimed?: unknown };
  const recordId = typeof id === 'string' ? (received(id) as string) : undefined;
  if (events.length > MAX_REPLAYED_EVENTS) {
    throw invalidLawsuitInput(
      recordId,
      ['events'],
      { code: 'tooMany', max: MAX_REPLAYED_EVENTS },
      events,
    );
  }
  if (!(claimed instanceof Tenge) || claimed.isNegative()) {
    throw invalidLawsuitInput(
      recordId,
      ['claimed'],
      { code: 'invalidType', expected: 'nonNegativeTenge' },
      claimed,
    );
  }
}

/** Checks that `lawsuit` passed to `fn` is what replayLawsuit returns, as far as it is read. */
export function checkReplayedLawsuit(lawsuit: unknown, fn: string): void {
  if (typeof lawsuit === 'object' && lawsuit !== null) {
    const l = lawsuit as Record<string, unknown>;
    if (
      isLawsuitState(l['state']) &&
      typeof l['id'] === 'string' &&
      Array.isArray(l['events']) &&
      l['events'].length < MAX_REPLAYED_EVENTS &&
      Array.isArray(l['history']) &&
      Array.isArray(l['hearings']) &&
      Array.isArray(l['decisions']) &&
      Array.isArray(l['appeals']) &&
      Array.isArray(l['recoveries']) &&
      l['collected'] instanceof Tenge &&
      l['awarded'] instanceof Tenge &&
      (l['settlement'] === undefined || l['settlement'] instanceof Tenge)
    ) {
      return;
    }
  }
  throw new TutynushyError('INVALID_ARGUMENT', {
    fn,
    field: 'lawsuit',
    received: received(lawsuit),
    expected: 'replayedLawsuit',
  });
}

/** Checks that a logged event is an object with a string `type`. */
export function checkEventShape(event: unknown, position: EventPosition): void {
  if (typeof event !== 'object' || event === null) {
    throw invalidLawsuitInput(
      position.recordId,
      ['events', position.index],
      { code: 'invalidType', expected: 'object' },
      event,
    );
  }
  // Its `at` is checked by core's event floor, as an appeal's is.
  const { type } = event as { type?: unknown };
  if (typeof type !== 'string') {
    throw invalidLawsuitInput(
      position.recordId,
      ['events', position.index, 'type'],
      { code: 'invalidType', expected: 'string' },
      type,
    );
  }
}

/** Checks that a `decide` event's decision is one the library knows. */
export function checkDecision(decision: unknown, position: EventPosition): void {
  if (isLawsuitDecision(decision)) return;
  throw invalidLawsuitInput(
    position.recordId,
    ['events', position.index, 'decision'],
    { code: 'notOneOf', allowed: LAWSUIT_DECISION_KEYS },
    decision,
  );
}

/** Checks that an event's money, when it has to be or is given, is a `Tenge` above zero. */
export function checkEventAmount(amount: unknown, field: string, position: EventPosition): void {
  if (amount instanceof Tenge && amount.isPositive()) return;
  throw invalidLawsuitInput(
    position.recordId,
    ['events', position.index, field],
    { code: 'invalidType', expected: 'positiveTenge' },
    amount,
  );
}

/** Checks that `lawsuit` passed to `fn` has a known `state`. */
export function checkLawsuitState(lawsuit: unknown, fn: string): void {
  const state =
    typeof lawsuit === 'object' && lawsuit !== null
      ? (lawsuit as { state?: unknown }).state
      : undefined;
  if (isLawsuitState(state)) return;
  throw new TutynushyError('INVALID_ARGUMENT', {
    fn,
    field: 'lawsuit.state',
    received: received(state),
    expected: 'oneOf',
    allowed: LAWSUIT_STATE_KEYS,
  });
}
