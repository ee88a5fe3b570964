import {
  describeValue,
  type EventTime,
  type Instant,
  instantToEpochMs,
  isLocalDate,
  kazakhstanDate,
  type LocalDate,
  TutynushyError,
} from '../core/index.js';
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
  /** `at` in epoch milliseconds when it is an instant; `NaN` for a date. */
  ms: number;
  /** The Kazakhstan date of `at`, worked out only when a date must be compared with it. */
  on: LocalDate | undefined;
  /** The event that set the floor; -1 for the receipt. */
  index: number;
}

/** The floor before any event: the receipt. */
export function receiptFloor(receivedAt: Instant, receivedOn: LocalDate): EventFloor {
  return { at: receivedAt, ms: instantToEpochMs(receivedAt), on: receivedOn, index: -1 };
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
  let ms: number;
  try {
    ms = instantToEpochMs(at);
  } catch (error) {
    throw invalidReplayInput(
      recordId,
      ['events', index, 'at'],
      error instanceof TutynushyError ? error.message : 'expected an instant with an offset',
      at,
    );
  }
  if (Number.isNaN(floor.ms)) {
    // Against a date, only the day counts.
    const on = kazakhstanDate(at);
    if (on < (floor.on as LocalDate)) throw outOfOrder(at, floor, recordId, index);
    floor.on = on;
  } else {
    if (ms < floor.ms) throw outOfOrder(at, floor, recordId, index);
    floor.on = undefined;
  }
  floor.at = at;
  floor.ms = ms;
  floor.index = index;
}
