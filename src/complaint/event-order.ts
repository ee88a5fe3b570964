import { describeValue } from '../core/describe.js';
import { TutynushyError } from '../core/errors.js';
import type { EventTime } from '../core/event-log.js';
import { type Instant, instantToEpochMs, kazakhstanDate } from '../core/instant.js';
import { isLocalDate, type LocalDate } from '../core/local-date.js';
import { invalidReplayInput } from './replay-input.js';

/**
 * The earliest time the next event of an appeal may bear: the receipt at
 * first, then the latest logged time. A date says nothing about the hour, so
 * a date on the same day as the floor's instant leaves that instant as the
 * floor: a log «15:00, that day, 09:00» is out of order, though each event
 * is in order with the one before it, and so is an event at 09:00 after a
 * date on the day an appeal arrived at 15:00.
 *
 * Mutable and owned by one replay, so that a step allocates nothing.
 */
export interface EventFloor {
  at: EventTime;
  /**
   * `at` in epoch milliseconds when it is an instant; `NaN` for a date;
   * `undefined` for an instant not read yet (the receipt, until an instant
   * event must be compared with it).
   */
  ms: number | undefined;
  /** The Kazakhstan date of `at`, worked out only when a date must be compared with it. */
  on: LocalDate | undefined;
  /** The event that set the floor; -1 for the receipt. */
  index: number;
}

/** The floor before any event: the receipt. */
export function receiptFloor(receivedAt: Instant, receivedOn: LocalDate): EventFloor {
  return { at: receivedAt, ms: undefined, on: receivedOn, index: -1 };
}

/**
 * The floor after the events an appeal has already replayed, for
 * `applyComplaintEvent`: the last event, or the latest instant on its day
 * (the receipt included) when the last event is a date.
 */
export function floorAfter(
  events: readonly { readonly at: EventTime }[],
  receivedAt: Instant,
  receivedOn: LocalDate,
): EventFloor {
  const last = events.length - 1;
  const lastAt = events[last]?.at;
  if (lastAt === undefined) return receiptFloor(receivedAt, receivedOn);
  if (lastAt.length !== 10)
    return { at: lastAt, ms: instantToEpochMs(lastAt), on: undefined, index: last };
  for (let index = last - 1; index >= 0; index -= 1) {
    const at = (events[index] as { readonly at: EventTime }).at;
    if (at.length === 10) {
      if (at !== lastAt) break;
    } else {
      return kazakhstanDate(at) === lastAt
        ? { at, ms: instantToEpochMs(at), on: lastAt, index }
        : { at: lastAt, ms: Number.NaN, on: lastAt, index: last };
    }
  }
  return receivedOn === lastAt
    ? receiptFloor(receivedAt, receivedOn)
    : { at: lastAt, ms: Number.NaN, on: lastAt, index: last };
}

function outOfOrder(
  at: EventTime,
  floor: EventFloor,
  recordId: string,
  index: number,
): TutynushyError {
  const event = `event #${index} of ${describeValue(recordId)} is dated ${describeValue(at)}`;
  if (floor.index < 0) {
    return new TutynushyError(
      'EVENT_OUT_OF_ORDER',
      `${event}, before the appeal was received (${describeValue(floor.at)})`,
      { recordId, index, at, receivedAt: floor.at },
    );
  }
  const before =
    floor.index === index - 1
      ? `the previous event (${describeValue(floor.at)})`
      : `event #${floor.index} (${describeValue(floor.at)}; the events since are dates on that day, which say nothing about the hour)`;
  return new TutynushyError(
    'EVENT_OUT_OF_ORDER',
    `${event}, before ${before}: events must be logged in time order`,
    { recordId, index, at, previousAt: floor.at, previousIndex: floor.index },
  );
}

/**
 * Checks that event `index` is not dated before the floor, and raises the
 * floor to it. An event time that is neither a date nor an instant is an
 * invalid record: the replay was given a record that was never parsed.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` naming the event and
 * the time it comes before; `INVALID_RECORD` for a malformed `at`.
 */
export function advanceEventFloor(
  floor: EventFloor,
  at: unknown,
  recordId: string,
  index: number,
): void {
  if (typeof at !== 'string') {
    throw invalidReplayInput(
      recordId,
      ['events', index, 'at'],
      'expected a date or an instant',
      at,
    );
  }
  if (at.length === 10) {
    if (!isLocalDate(at)) {
      throw invalidReplayInput(recordId, ['events', index, 'at'], 'expected a date YYYY-MM-DD', at);
    }
    if (floor.on === undefined) floor.on = kazakhstanDate(floor.at);
    if (at < floor.on) throw outOfOrder(at, floor, recordId, index);
    // On the floor's own day a date leaves an instant floor where it is.
    if (at === floor.on && !Number.isNaN(floor.ms)) return;
    floor.at = at;
    floor.ms = Number.NaN;
    floor.on = at;
    floor.index = index;
    return;
  }
  // Against a date floor only the day counts, and against an instant only
  // the instant: each instant is read once, and only as far as needed.
  const againstDate = Number.isNaN(floor.ms);
  let on: LocalDate | undefined;
  let ms: number | undefined;
  try {
    if (againstDate) on = kazakhstanDate(at);
    else ms = instantToEpochMs(at);
  } catch (error) {
    throw invalidReplayInput(
      recordId,
      ['events', index, 'at'],
      error instanceof TutynushyError ? error.message : 'expected an instant with an offset',
      at,
    );
  }
  if (on !== undefined) {
    if (on < (floor.on as LocalDate)) throw outOfOrder(at, floor, recordId, index);
  } else {
    if (floor.ms === undefined) floor.ms = instantToEpochMs(floor.at);
    if ((ms as number) < floor.ms) throw outOfOrder(at, floor, recordId, index);
  }
  floor.at = at;
  floor.ms = ms;
  floor.on = on;
  floor.index = index;
}

/**
 * The Kazakhstan date of the event the floor was last advanced by: the
 * floor is that event, or an instant on the same day.
 */
export function floorDate(floor: EventFloor): LocalDate {
  if (floor.on === undefined) floor.on = kazakhstanDate(floor.at);
  return floor.on;
}
