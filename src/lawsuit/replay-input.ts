import {
  describeValue,
  type EventPosition,
  formatRecordPath,
  TutynushyError,
} from '../core/index.js';
import { Tenge } from '../money/index.js';
import { isLawsuitDecision } from './decision.js';
import { isLawsuitState, LAWSUIT_STATE_KEYS } from './state.js';

// What the replay functions check of input the type system should have
// ruled out: a record or event built by hand (or cast from JSON) must fail
// with a typed error naming the field, never a TypeError from deep inside,
// and a negative amount must never quietly lower what was collected.

function invalidLawsuitInput(
  recordId: string | undefined,
  path: readonly PropertyKey[],
  expected: string,
  value: unknown,
): TutynushyError {
  const id = recordId === undefined ? '' : ` ${describeValue(recordId)}`;
  const message = `${expected}, got ${describeValue(value)}`;
  return new TutynushyError(
    'INVALID_RECORD',
    `Invalid lawsuit record${id}: ${formatRecordPath(path)}: ${message} (check input with parseLawsuitRecord or parseLawsuitEvent)`,
    { kind: 'lawsuit', recordId, issues: [{ path, message }] },
  );
}

/** Checks that `record` is an object with an `events` array. */
export function checkLawsuitRecordShape(record: unknown): void {
  if (typeof record !== 'object' || record === null) {
    throw invalidLawsuitInput(undefined, [], 'expected a lawsuit record', record);
  }
  const { id, events } = record as { id?: unknown; events?: unknown };
  if (!Array.isArray(events)) {
    throw invalidLawsuitInput(
      typeof id === 'string' ? id : undefined,
      ['events'],
      'expected an array of events',
      events,
    );
  }
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

/** Checks that a logged event is an object with a string `type` and `at`. */
export function checkEventShape(event: unknown, position: EventPosition): void {
  if (typeof event !== 'object' || event === null) {
    throw invalidLawsuitInput(
      position.recordId,
      ['events', position.index],
      'expected an event (an object with type and at)',
      event,
    );
  }
  const { type, at } = event as { type?: unknown; at?: unknown };
  if (typeof type !== 'string') throw notAString(type, 'type', position);
  if (typeof at !== 'string') throw notAString(at, 'at', position);
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
