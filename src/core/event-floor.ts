import { eventOutOfOrderError } from './error-factories.js';
import { TutynushyError } from './errors.js';
import type { EventPosition, EventTime } from './event-types.js';
import { type Instant, instantToEpochMs, kazakhstanDate } from './instant.js';
import { isLocalDate, type LocalDate, safeParseLocalDate } from './local-date.js';
import { nestedError } from './nested-error.js';
import { received } from './received.js';
import { invalidReplayInput, type ReplayRecordKind } from './replay-input.js';

/**
 * The earliest time the next logged event may bear: the receipt (for an
 * appeal) or nothing (for a lawsuit) at first, then the latest time logged.
 * A date says nothing about the hour, so a date on the same Kazakhstan day
 * as an instant floor leaves that instant as the floor: a log «15:00, that
 * day (a date), 09:00» is out of order, though each event is in order with
 * the one before it.
 *
 * Mutable and owned by one replay, so that a step allocates nothing. Start
 * one with {@link emptyEventFloor} or {@link receiptEventFloor}, move it with
 * {@link advanceEventFloor}, rebuild it with {@link eventFloorAfter}.
 *
 * @internal
 */
export interface EventFloor {
  /** The floor's time; `undefined` before the first event of a log with no receipt. */
  at: EventTime | undefined;
  /**
   * `at` in epoch milliseconds when it is an instant; `NaN` for a date;
   * `undefined` for an instant not read yet (read only when an instant
   * event must be compared with it).
   */
  ms: number | undefined;
  /** The Kazakhstan date of `at`, worked out only when a date must be compared with it. */
  on: LocalDate | undefined;
  /** The event that set the floor; -1 for the receipt (or no floor yet). */
  index: number;
  /** The record kind replayed, for the `INVALID_RECORD` of a malformed time. */
  readonly record: ReplayRecordKind;
}

/**
 * The floor before the first event of a log that starts from nothing (a
 * lawsuit): the first event may bear any time.
 *
 * @internal
 */
export function emptyEventFloor(record: ReplayRecordKind): EventFloor {
  return { at: undefined, ms: undefined, on: undefined, index: -1, record };
}

/**
 * The floor before the first event of a record received at an instant (an
 * appeal): no event may come before the receipt. Pass `receivedOn` when it is
 * already known, to save working it out again.
 *
 * @internal
 */
export function receiptEventFloor(
  record: ReplayRecordKind,
  receivedAt: Instant,
  receivedOn?: LocalDate,
): EventFloor {
  return { at: receivedAt, ms: undefined, on: receivedOn, index: -1, record };
}

function outOfOrder(
  at: EventTime,
  floor: EventFloor,
  floorAt: EventTime,
  position: EventPosition,
): TutynushyError {
  const place = {
    machine: floor.record.machine,
    recordId: position.recordId,
    index: position.index,
  };
  const shown = { at: received(at) as string, before: floorAt };
  if (floor.index < 0) {
    return eventOutOfOrderError({
      ...place,
      ...shown,
      problem: 'beforeReceipt',
    });
  }
  return eventOutOfOrderError({
    ...place,
    ...shown,
    problem: floor.index === position.index - 1 ? 'beforePrevious' : 'beforeEarlier',
    beforeIndex: floor.index,
  });
}

function malformed(
  floor: EventFloor,
  position: EventPosition,
  at: unknown,
  cause?: TutynushyError,
) {
  return invalidReplayInput(
    floor.record,
    position.recordId,
    ['events', position.index, 'at'],
    cause === undefined ? { code: 'invalidType', expected: 'string' } : nestedError(cause).params,
    at,
  );
}

/**
 * Checks that the event at `position` is not dated before the floor, and
 * raises the floor to it. An event time that is neither a date nor an
 * instant is an invalid record: the replay was given a record that was never
 * parsed. Each instant is read once, and only as far as the comparison needs.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` naming the event and
 * the time it comes before (`details.previousAt` and `previousIndex`, or
 * `details.receivedAt`); `INVALID_RECORD` for a malformed `at`.
 * @internal
 */
export function advanceEventFloor(floor: EventFloor, at: unknown, position: EventPosition): void {
  if (typeof at !== 'string') throw malformed(floor, position, at);
  const floorAt = floor.at;
  if (at.length === 10) {
    if (!isLocalDate(at)) {
      const parsed = safeParseLocalDate(at);
      throw malformed(floor, position, at, parsed.ok ? undefined : parsed.error);
    }
    if (floorAt !== undefined) {
      if (floor.on === undefined) floor.on = kazakhstanDate(floorAt);
      if (at < floor.on) throw outOfOrder(at, floor, floorAt, position);
      // On the floor's own day a date leaves an instant floor where it is.
      if (at === floor.on && !Number.isNaN(floor.ms)) return;
    }
    floor.at = at;
    floor.ms = Number.NaN;
    floor.on = at;
    floor.index = position.index;
    return;
  }
  // Against a date floor only the day counts, and against an instant (or
  // nothing) only the instant: each instant is read once, as far as needed.
  const againstDate = floorAt !== undefined && Number.isNaN(floor.ms);
  let on: LocalDate | undefined;
  let ms: number | undefined;
  try {
    if (againstDate) on = kazakhstanDate(at);
    else ms = instantToEpochMs(at);
  } catch (error) {
    if (error instanceof TutynushyError) throw malformed(floor, position, at, error);
    throw error;
  }
  if (floorAt !== undefined) {
    if (on !== undefined) {
      if (on < (floor.on as LocalDate)) throw outOfOrder(at, floor, floorAt, position);
    } else {
      if (floor.ms === undefined) floor.ms = instantToEpochMs(floorAt);
      if ((ms as number) < floor.ms) throw outOfOrder(at, floor, floorAt, position);
    }
  }
  floor.at = at;
  floor.ms = ms;
  floor.on = on;
  floor.index = position.index;
}

/**
 * The floor after the events a record has already replayed, for a replay
 * that goes on from there (`applyComplaintEvent`, `applyLawsuitEvent`): the
 * last event, or the latest instant on its day (the receipt included) when
 * the last event is a date. `start` is the floor before the first event; it
 * is not changed.
 *
 * @internal
 */
export function eventFloorAfter(
  start: EventFloor,
  events: readonly { readonly at: EventTime }[],
): EventFloor {
  const last = events.length - 1;
  const lastAt = events[last]?.at;
  const { record } = start;
  if (lastAt === undefined) return { ...start };
  if (lastAt.length !== 10)
    return { at: lastAt, ms: instantToEpochMs(lastAt), on: undefined, index: last, record };
  const dateFloor: EventFloor = { at: lastAt, ms: Number.NaN, on: lastAt, index: last, record };
  for (let index = last - 1; index >= 0; index -= 1) {
    const at = (events[index] as { readonly at: EventTime }).at;
    if (at.length === 10) {
      if (at !== lastAt) return dateFloor;
    } else {
      return kazakhstanDate(at) === lastAt
        ? { at, ms: instantToEpochMs(at), on: lastAt, index, record }
        : dateFloor;
    }
  }
  if (start.at === undefined) return dateFloor;
  return floorDate(start) === lastAt ? { ...start, on: lastAt } : dateFloor;
}

/**
 * The Kazakhstan date of the event the floor was last advanced by: the
 * floor is that event, or an instant on the same day.
 *
 * @throws {@link TutynushyError} `INVALID_INSTANT` for a floor that has no
 * time yet (no event and no receipt): there is no date to give.
 * @internal
 */
export function floorDate(floor: EventFloor): LocalDate {
  if (floor.on === undefined) floor.on = kazakhstanDate(floor.at as EventTime);
  return floor.on;
}
