import { invalidArgumentError } from '../core/error-factories.js';
import type { TutynushyError } from '../core/errors.js';
import type { EventPosition } from '../core/event-types.js';
import { moneyExpectations } from '../core/messages/en/expectations/money.js';
import { recordsExpectations } from '../core/messages/en/expectations/records.js';
import { received } from '../core/received.js';
import type { IssueParams } from '../core/record-error.js';
import {
  checkReplayRecord,
  invalidReplayInput,
  type ReplayRecordKind,
  replayRecordId,
} from '../core/replay-input.js';
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
  // its issues name amounts (positiveTenge, nonNegativeTenge) and a relief's description
  expectations: { ...moneyExpectations, ...recordsExpectations },
});

/** The longest log a replay reads (a record parsed by the schema has at most 1000 events). */
export const MAX_REPLAYED_EVENTS = 100_000;

/** The most appeal ids a replayed lawsuit carries, as the record schema caps them. */
const MAX_APPEAL_IDS = 1000;

function invalidLawsuitInput(
  recordId: string | undefined,
  path: readonly (string | number)[],
  issue: IssueParams,
  value: unknown,
): TutynushyError<'INVALID_RECORD'> {
  return invalidReplayInput(LAWSUIT_REPLAY, recordId, path, issue, value);
}

// A list the lawsuit carries or keeps, by its length only: a million-item
// array is refused before any item is read.
function tooLong(list: unknown, max: number): boolean {
  return !Array.isArray(list) || list.length > max;
}

/**
 * Checks what a replay reads of the record before its events: an object
 * with an `events` array of bounded length, a bounded `appealIds` array and
 * a claim of zero or more.
 */
export function checkLawsuitRecordShape(record: unknown): void {
  checkReplayRecord(LAWSUIT_REPLAY, record);
  const { id, events, claimed, appealIds } = record as {
    id?: unknown;
    events: unknown[];
    claimed?: unknown;
    appealIds?: unknown;
  };
  const recordId = replayRecordId(id);
  if (events.length > MAX_REPLAYED_EVENTS) {
    throw invalidLawsuitInput(
      recordId,
      ['events'],
      { code: 'tooMany', max: MAX_REPLAYED_EVENTS, length: events.length },
      events,
    );
  }
  if (!Array.isArray(appealIds)) {
    throw invalidLawsuitInput(
      recordId,
      ['appealIds'],
      { code: 'invalidType', expected: 'array' },
      appealIds,
    );
  }
  if (appealIds.length > MAX_APPEAL_IDS) {
    throw invalidLawsuitInput(
      recordId,
      ['appealIds'],
      { code: 'tooMany', max: MAX_APPEAL_IDS, length: appealIds.length },
      appealIds,
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

/**
 * Checks that `lawsuit` passed to `fn` is what replayLawsuit returns, as far
 * as it is read. Its lists are checked by length before anything copies
 * them: a replay keeps at most one hearing, decision, appeal or recovery per
 * event, and a history of every event or none.
 */
export function checkReplayedLawsuit(lawsuit: unknown, fn: string): void {
  if (typeof lawsuit === 'object' && lawsuit !== null) {
    const l = lawsuit as Record<string, unknown>;
    const events = l['events'];
    const logged = Array.isArray(events) ? events.length : -1;
    const history = l['history'];
    if (
      isLawsuitState(l['state']) &&
      typeof l['id'] === 'string' &&
      logged >= 0 &&
      logged < MAX_REPLAYED_EVENTS &&
      (events as unknown[]).every(hasEventTime) &&
      !tooLong(l['appealIds'], MAX_APPEAL_IDS) &&
      Array.isArray(history) &&
      (history.length === 0 || history.length === logged) &&
      !tooLong(l['hearings'], logged) &&
      !tooLong(l['decisions'], logged) &&
      !tooLong(l['appeals'], logged) &&
      !tooLong(l['recoveries'], logged) &&
      l['collected'] instanceof Tenge &&
      l['awarded'] instanceof Tenge &&
      (l['settlement'] === undefined || l['settlement'] instanceof Tenge)
    ) {
      return;
    }
  }
  throw invalidArgumentError(
    {
      fn,
      field: 'lawsuit',
      received: received(lawsuit),
      expected: 'replayedLawsuit',
    },
    recordsExpectations,
  );
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
  throw invalidArgumentError({
    fn,
    field: 'lawsuit.state',
    received: received(state),
    expected: 'oneOf',
    allowed: LAWSUIT_STATE_KEYS,
  });
}

// The replay of one more event reads the times of the last ones logged.
function hasEventTime(event: unknown): boolean {
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof (event as { at?: unknown }).at === 'string'
  );
}
