import type { Instant } from './instant.js';
import type { LocalDate } from './local-date.js';

/**
 * When an event happened: a calendar date (`2024-05-03`) when only the day
 * is known, or an instant with an offset (`2024-05-03T18:45:00+05:00`).
 */
export type EventTime = LocalDate | Instant;

/** The least every logged event has: what happened and when. */
export interface LoggedEvent<T extends string = string> {
  /** What happened. */
  readonly type: T;
  /** When: a date (`2024-05-03`), or an instant with an offset. */
  readonly at: EventTime;
}

/**
 * Where an event sits, for errors: the record and the event's index in its log.
 *
 * @internal
 */
export interface EventPosition {
  readonly recordId?: string | undefined;
  readonly index: number;
}
