import {
  checkReplayRecord,
  describeValue,
  type EventPosition,
  invalidReplayInput,
  type ReplayRecordKind,
  TutynushyError,
} from '../core/index.js';
import { Tenge } from '../money/index.js';
import { isLawsuitDecision } from './decision.js';
import { isLawsuitState, LAWSUIT_STATE_KEYS } from './state.js';

// What the replay functions check of input the type system should have
// ruled out, beyond core's shared checks (the record's shape, the event
// times): a record or event built by hand (or cast from JSON) must fail with
// a typed error naming the field, never a TypeError from deep inside, and a
// negative amount must never quietly lower what was collected.

/** The lawsuit record, as the replay's input errors name it. */
export const LAWSUIT_REPLAY: ReplayRecordKind = Object.freeze({
  kind: 'lawsuit',
  noun: 'lawsuit',
  hint: 'check input with parseLawsuitRecord or parseLawsuitEvent',
});

function invalidLawsuitInput(
  recordId: string | undefined,
  path: readonly PropertyKey[],
  expected: string,
  value: unknown,
): TutynushyError {
  return invalidReplayInput(LAWSUIT_REPLAY, recordId, path, expected, value);
}

/** Checks that `record` is an object with an `events` array. */
export function checkLawsuitRecordShape(record: unknown): void {
  checkReplayRecord(LAWSUIT_REPLAY, record);
}

/** Checks that `lawsuit` passed to `fn` looks like what replayLawsuit returns. */
export function checkReplayedLawsuit(lawsuit: unknown, fn: string): void {
  if (typeof lawsuit === 'object' && lawsuit !== null) {
    const { state, history, hearings, collected } = lawsuit as Record<string, unknown>;
    if (
      isLawsuitState(state) &&
      Array.isArray(history) &&
      Array.isArray(hearings) &&
      collected instanceof Tenge
    ) {
      return;
    }
  }
  throw new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid lawsuit ${describeValue(lawsuit)} given to ${fn}: expected what replayLawsuit returns`,
    { field: 'lawsuit', value: lawsuit },
  );
}

/** Checks that a logged event is an object with a string `type`. */
export function checkEventShape(event: unknown, position: EventPosition): void {
  if (typeof event !== 'object' || event === null) {
    throw invalidLawsuitInput(
      position.recordId,
      ['events', position.index],
      'expected an event (an object with type and at)',
      event,
    );
  }
  // Its `at` is checked by core's event floor, as an appeal's is.
  const { type } = event as { type?: unknown };
  if (typeof type !== 'string') throw notAString(type, 'type', position);
}

function notAString(value: unknown, field: string, position: EventPosition): TutynushyError {
  return invalidLawsuitInput(
    position.recordId,
    ['events', position.index, field],
    'expected a string',
    value,
  );
}

/** Checks that a `decide` event's decision is one the library knows. */
export function checkDecision(decision: unknown, position: EventPosition): void {
  if (isLawsuitDecision(decision)) return;
  throw invalidLawsuitInput(
    position.recordId,
    ['events', position.index, 'decision'],
    'expected forConsumer, partlyForConsumer or againstConsumer',
    decision,
  );
}

/** Checks that an event's money, when it has to be or is given, is a `Tenge` above zero. */
export function checkEventAmount(amount: unknown, field: string, position: EventPosition): void {
  if (amount instanceof Tenge && amount.isPositive()) return;
  throw invalidLawsuitInput(
    position.recordId,
    ['events', position.index, field],
    'expected a Tenge above zero',
    amount instanceof Tenge ? amount.toString() : amount,
  );
}

/** Checks that `lawsuit` passed to `fn` has a known `state`. */
export function checkLawsuitState(lawsuit: unknown, fn: string): void {
  const state =
    typeof lawsuit === 'object' && lawsuit !== null
      ? (lawsuit as { state?: unknown }).state
      : undefined;
  if (isLawsuitState(state)) return;
  throw new TutynushyError(
    'INVALID_ARGUMENT',
    `Invalid lawsuit state ${describeValue(state)} given to ${fn}: expected one of ${LAWSUIT_STATE_KEYS.join(', ')} (the state of a replayed lawsuit)`,
    { field: 'state', value: state },
  );
}
