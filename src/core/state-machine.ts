import { invalidTransitionError } from './error-factories.js';
import type { EventPosition } from './event-types.js';
import { received } from './received.js';

/** One row of a transition table: `event` moves a record from any of `from` to `to`. */
export interface Transition<S extends string, T extends string> {
  /** The event's type. */
  readonly event: T;
  /** The states that accept the event. */
  readonly from: readonly S[];
  /** The state it leads to. */
  readonly to: S;
}

/**
 * A state machine as data: which event moves a record from which state to
 * which. Appeals and lawsuits are each one of these, so that docs can draw
 * them and every record kind replays, fails and explains itself the same way.
 */
export interface StateMachine<S extends string, T extends string> {
  /** What the machine is of: `complaint`, `lawsuit`. */
  readonly name: string;
  /** Every state, in the order a record goes through them. */
  readonly states: readonly S[];
  /** The state a record is in before its first event. */
  readonly initial: S;
  /** States that accept no event. */
  readonly final: readonly S[];
  /** Which event leads from which states to which. */
  readonly transitions: readonly Transition<S, T>[];
}

/**
 * The events a machine accepts in a state, in table order.
 *
 * @internal
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

/**
 * The state an event moves a record to.
 *
 * @throws {@link TutynushyError} `INVALID_TRANSITION` naming the event, the
 * state and what that state allows (in `details.allowed`).
 * @internal
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
  const known = machine.transitions.some((t) => t.event === eventType);
  throw invalidTransitionError({
    machine: machine.name,
    recordId: position.recordId,
    index: position.index,
    problem: known ? 'notAllowed' : 'unknownEvent',
    event: received(eventType) as string,
    state,
    allowed: eventsAllowedIn(machine, state),
  });
}
