import { describeValue, keepValue } from './describe.js';
import { TutynushyError } from './errors.js';
import { advanceEventFloor, type EventFloor } from './event-floor.js';
import { type Instant, instantToEpochMs, kazakhstanDate } from './instant.js';
import { isLocalDate, type LocalDate } from './local-date.js';

/**
 * When an event happened: a calendar date (`2024-05-03`) when only the day
 * is known, or an instant with an offset (`2024-05-03T18:45:00+05:00`).
 */
export type EventTime = LocalDate | Instant;

/** The least every logged event has: what happened and when. */
export interface LoggedEvent<T extends string = string> {
  readonly type: T;
  readonly at: EventTime;
}

/** One row of a transition table: `event` moves a record from any of `from` to `to`. */
export interface Transition<S extends string, T extends string> {
  readonly event: T;
  readonly from: readonly S[];
  readonly to: S;
}

/**
 * A state machine as data: which event moves a record from which state to
 * which. Appeals and lawsuits are each one of these, so that docs can draw
 * them and every record kind replays, fails and explains itself the same way.
 */
export interface StateMachine<S extends string, T extends string> {
  /** What the machine is of, for messages: `complaint`, `lawsuit`. */
  readonly name: string;
  readonly states: readonly S[];
  readonly initial: S;
  /** States that accept no event. */
  readonly final: readonly S[];
  readonly transitions: readonly Transition<S, T>[];
}

/**
 * The events a machine accepts in a state, in table order.
 *
 * @example
 * ```ts
 * const door = {
 *   name: 'door', states: ['open', 'shut'], initial: 'open', final: [],
 *   transitions: [{ event: 'close', from: ['open'], to: 'shut' }, { event: 'open', from: ['shut'], to: 'open' }],
 * } as const;
 * eventsAllowedIn(door, 'open'); // ['close']
 * ```
 */
export function eventsAllowedIn<S extends string, T extends string>(
  machine: StateMachine<S, T>,
  state: S,
): T[] {
  const allowed: T[] = [];
  for (const transition of machine.transitions) {
    if (transition.from.includes(state) && !allowed.includes(transition.event)) {
      allowed.push(transition.event);
    }
  }
  return allowed;
}

/** Where an event sits, for error messages: the record and the event's index in its log. */
export interface EventPosition {
  readonly recordId?: string | undefined;
  readonly index: number;
}

function where(position: EventPosition): string {
  const record = position.recordId === undefined ? '' : ` of ${describeValue(position.recordId)}`;
  return `event #${position.index}${record}`;
}

/**
 * The state an event moves a record to.
 *
 * @throws {@link TutynushyError} `INVALID_TRANSITION` naming the event, the
 * state and what that state allows (in `details.allowed`).
 * @example
 * ```ts
 * const door = {
 *   name: 'door', states: ['open', 'shut'], initial: 'open', final: [],
 *   transitions: [{ event: 'close', from: ['open'], to: 'shut' }, { event: 'open', from: ['shut'], to: 'open' }],
 * } as const;
 * transitionTarget(door, 'open', 'close', { index: 0 }); // 'shut'
 * transitionTarget(door, 'open', 'open', { index: 0 });  // throws INVALID_TRANSITION
 * ```
 */
export function transitionTarget<S extends string, T extends string>(
  machine: StateMachine<S, T>,
  state: S,
  eventType: T,
  position: EventPosition,
): S {
  for (const transition of machine.transitions) {
    if (transition.event === eventType && transition.from.includes(state)) return transition.to;
  }
  const allowed = eventsAllowedIn(machine, state);
  const known = machine.transitions.some((t) => t.event === eventType);
  const what = known ? `is not allowed in state "${state}"` : `is not a ${machine.name} event`;
  const expected =
    allowed.length === 0
      ? `a ${state} ${machine.name} accepts no event`
      : `allowed: ${allowed.join(', ')}`;
  throw new TutynushyError(
    'INVALID_TRANSITION',
    `${where(position)}: ${describeValue(keepValue(eventType))} ${what} (${expected})`,
    {
      machine: machine.name,
      recordId: position.recordId,
      index: position.index,
      event: eventType,
      state,
      allowed,
    },
  );
}

/**
 * The Kazakhstan calendar date of an event time.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` when it is neither a date nor an instant.
 * @example
 * ```ts
 * eventDate('2024-05-03');                // '2024-05-03'
 * eventDate('2024-05-03T20:00:00Z');      // '2024-05-04' (01:00 in Almaty)
 * ```
 */
export function eventDate(at: EventTime): LocalDate {
  return at.length === 10 && isLocalDate(at) ? at : kazakhstanDate(at);
}

/**
 * Orders two event times: by their Kazakhstan date, then, when both are
 * instants on the same date, by the instant. A date and an instant on the
 * same day are equal: a day says nothing about the hour.
 *
 * @example
 * ```ts
 * compareEventTimes('2024-05-03', '2024-05-03T09:00:00+05:00'); // 0
 * compareEventTimes('2024-05-03T10:00:00+05:00', '2024-05-03T09:00:00+05:00'); // > 0
 * ```
 */
export function compareEventTimes(a: EventTime, b: EventTime): number {
  // Two instants compare as instants: the Kazakhstan date never goes back as
  // time goes forward, so this is the same order without reading the zone.
  if (a.length !== 10 && b.length !== 10)
    return Math.sign(instantToEpochMs(a) - instantToEpochMs(b));
  const dateA = eventDate(a);
  const dateB = eventDate(b);
  return dateA === dateB ? 0 : dateA < dateB ? -1 : 1;
}

/**
 * Checks that an event does not come before the one logged just before it:
 * the simple check of two neighbours. It cannot see across a date — «15:00,
 * that day (a date), 09:00» passes it pair by pair — so a replay checks a
 * whole log with an {@link EventFloor} instead ({@link advanceEventFloor},
 * or {@link stepEventLog} given a floor).
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` naming both times.
 * @example
 * ```ts
 * assertEventInOrder('2024-05-02', '2024-05-03', { index: 1 }); // throws EVENT_OUT_OF_ORDER — dated before the previous event
 * ```
 */
export function assertEventInOrder(
  at: EventTime,
  previousAt: EventTime | undefined,
  position: EventPosition,
): void {
  if (previousAt === undefined || compareEventTimes(at, previousAt) >= 0) return;
  throw new TutynushyError(
    'EVENT_OUT_OF_ORDER',
    `${where(position)} is dated ${describeValue(at)}, before the previous event (${describeValue(previousAt)}): events must be logged in time order`,
    { recordId: position.recordId, index: position.index, at, previousAt },
  );
}

/**
 * The one step every replay takes for each logged event: check its time,
 * then find the state it leads to. Given an {@link EventFloor}, the time is
 * checked and the floor raised by {@link advanceEventFloor} (a malformed
 * time is `INVALID_RECORD`): the two calls the appeal and lawsuit replays
 * make for each event, so that they fail alike. Given the previous event's time instead (or
 * `undefined`), it makes only the neighbour check of
 * {@link assertEventInOrder}.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER`, `INVALID_TRANSITION`,
 * or with a floor `INVALID_RECORD`.
 * @example
 * ```ts
 * const door = {
 *   name: 'door', states: ['open', 'shut'], initial: 'open', final: [],
 *   transitions: [{ event: 'close', from: ['open'], to: 'shut' }, { event: 'open', from: ['shut'], to: 'open' }],
 * } as const;
 * stepEventLog(door, 'open', '2024-05-02', { type: 'close', at: '2024-05-03' }, { index: 1 }); // 'shut'
 * stepEventLog(door, 'open', '2024-05-04', { type: 'close', at: '2024-05-03' }, { index: 1 }); // throws EVENT_OUT_OF_ORDER
 * const floor = emptyEventFloor({ kind: 'door', noun: 'door', hint: 'read it with parseDoor' });
 * stepEventLog(door, 'open', floor, { type: 'close', at: '2024-05-03T17:00:00+05:00' }, { index: 0 });
 * stepEventLog(door, 'shut', floor, { type: 'open', at: '2024-05-03' }, { index: 1 }); // in order: a date on that day
 * stepEventLog(door, 'open', floor, { type: 'close', at: '2024-05-03T16:30:00+05:00' }, { index: 2 }); // throws EVENT_OUT_OF_ORDER — before event #0
 * ```
 */
export function stepEventLog<S extends string, T extends string>(
  machine: StateMachine<S, T>,
  state: S,
  previous: EventFloor | EventTime | undefined,
  event: LoggedEvent<T>,
  position: EventPosition,
): S {
  if (typeof previous === 'object') advanceEventFloor(previous, event.at, position);
  else assertEventInOrder(event.at, previous, position);
  return transitionTarget(machine, state, event.type, position);
}
