import { sellerAnswerDeadline, type WorkCalendar } from '../calendar/index.js';
import {
  describeValue,
  type EventPosition,
  type EventTime,
  eventDate,
  eventsAllowedIn,
  type Instant,
  instantToEpochMs,
  kazakhstanDate,
  type LocalDate,
  stepEventLog,
  TutynushyError,
} from '../core/index.js';
import type {
  Complaint,
  ComplaintBusinessAnswer,
  ComplaintDeadlines,
  ComplaintHistoryEntry,
  ComplaintRelief,
} from './complaint.js';
import { type ComplaintClockOptions, type ComplaintClocks, complaintClocks } from './deadlines.js';
import type { ComplaintEventType } from './event-type.js';
import { complaintMachine } from './machine.js';
import type { ComplaintOutcome } from './outcome.js';
import type { ComplaintEvent, ComplaintRecord, ExtendEvent } from './record.js';
import type { ComplaintState } from './state.js';

/** Options of {@link replayComplaint}. */
export interface ReplayComplaintOptions extends ComplaintClockOptions {
  /**
   * Build `history` (the default). A report that only needs states and
   * outcomes over millions of appeals passes `false` and saves an object per event.
   */
  readonly history?: boolean | undefined;
}

/** Options of {@link applyComplaintEvent}. */
export interface ApplyComplaintEventOptions {
  /** The calendar the appeal was replayed with; `kazakhstanCalendar` by default. */
  readonly calendar?: WorkCalendar | undefined;
}

const OUTCOME_OF: Partial<Record<ComplaintEventType, ComplaintOutcome>> = {
  satisfy: 'satisfied',
  explain: 'explained',
  redirect: 'redirected',
  withdraw: 'withdrawn',
  refuse: 'refused',
  return: 'returned',
  referToCourt: 'referredToCourt',
};

// No relief is an empty object, not a zero `Tenge`: replay then needs no
// money code at all, which keeps decimal.js out of a replay-only bundle.
const NO_RELIEF: ComplaintRelief = Object.freeze({});
const NO_HISTORY: readonly ComplaintHistoryEntry[] = Object.freeze([]);

// The running facts of a replay: one mutable object per replay, so that a
// step allocates nothing but what it must keep (a history entry, a relief).
interface Fold {
  state: ComplaintState;
  previousAt: EventTime | undefined;
  outcome: ComplaintOutcome | undefined;
  closedOn: LocalDate | undefined;
  relief: ComplaintRelief;
  extendedUntil: LocalDate | undefined;
  sellerAnswerDue: LocalDate | undefined;
  businessAnswer: ComplaintBusinessAnswer | undefined;
  history: ComplaintHistoryEntry[] | undefined;
}

interface Context {
  readonly receivedAt: Instant;
  readonly receivedOn: LocalDate;
  readonly clocks: ComplaintClocks;
  readonly clock: { readonly calendar?: WorkCalendar };
  readonly position: { recordId: string; index: number };
}

function where(position: EventPosition): string {
  return `event #${position.index} of ${describeValue(position.recordId)}`;
}

// The same order as core's compareEventTimes against the receipt, without
// reading the receipt on the Almaty clock again: a date compares with the day
// of receipt (a day says nothing about the hour); an instant with the
// instant, since the Kazakhstan date never goes back as time goes forward.
function assertAfterReceipt(
  at: EventTime,
  receivedAt: Instant,
  receivedOn: LocalDate,
  position: EventPosition,
): void {
  const before =
    at.length === 10 ? at < receivedOn : instantToEpochMs(at) < instantToEpochMs(receivedAt);
  if (!before) return;
  throw new TutynushyError(
    'EVENT_OUT_OF_ORDER',
    `${where(position)} is dated ${describeValue(at)}, before the appeal was received (${describeValue(receivedAt)})`,
    { recordId: position.recordId, index: position.index, at, receivedAt },
  );
}

function invalidExtension(
  event: ExtendEvent,
  position: EventPosition,
  reason: string,
  facts: Readonly<Record<string, unknown>>,
): TutynushyError {
  return new TutynushyError(
    'INVALID_EXTENSION',
    `${where(position)}: extension until ${describeValue(event.until)} ${reason}`,
    { recordId: position.recordId, index: position.index, until: event.until, ...facts },
  );
}

function checkExtension(
  event: ExtendEvent,
  due: LocalDate,
  limit: LocalDate,
  position: EventPosition,
): void {
  const { until } = event;
  if (until > limit) {
    throw invalidExtension(
      event,
      position,
      `goes past the two-month limit ${limit} (АППК Art. 76)`,
      { limit },
    );
  }
  if (until <= due) {
    throw invalidExtension(event, position, `does not extend the review, already due ${due}`, {
      due,
    });
  }
  const on = eventDate(event.at);
  if (until < on) {
    throw invalidExtension(event, position, `ends before the decision to extend (${on})`, {
      decidedOn: on,
    });
  }
}

function step(fold: Fold, event: ComplaintEvent, context: Context): void {
  const { position } = context;
  if (position.index === 0) {
    assertAfterReceipt(event.at, context.receivedAt, context.receivedOn, position);
  }
  const from = fold.state;
  const to = stepEventLog(complaintMachine, from, fold.previousAt, event, position);
  switch (event.type) {
    case 'forwardToBusiness':
      fold.sellerAnswerDue = sellerAnswerDeadline(eventDate(event.at), context.clock);
      fold.businessAnswer = undefined;
      break;
    case 'businessAnswer': {
      const answeredOn = eventDate(event.at);
      const due = fold.sellerAnswerDue;
      fold.businessAnswer = {
        answer: event.answer,
        answeredOn,
        timely: due === undefined || answeredOn <= due,
      };
      break;
    }
    case 'extend':
      checkExtension(
        event,
        fold.extendedUntil ?? context.clocks.reviewDue,
        context.clocks.extensionLimit,
        position,
      );
      fold.extendedUntil = event.until;
      break;
    case 'satisfy':
      fold.relief = {
        refund: event.refund,
        inKind: event.inKind,
        nonMonetary: event.nonMonetary,
      };
      break;
    default:
      break;
  }
  const outcome = OUTCOME_OF[event.type];
  if (outcome !== undefined) {
    fold.outcome = outcome;
    fold.closedOn = eventDate(event.at);
  }
  fold.state = to;
  fold.previousAt = event.at;
  fold.history?.push({ index: position.index, event, from, to });
}

function timelyOf(fold: Fold, deadlines: ComplaintDeadlines): boolean | undefined {
  const { outcome, closedOn } = fold;
  if (outcome === undefined || closedOn === undefined) return undefined;
  if (outcome === 'redirected') return closedOn <= deadlines.redirectDue;
  if (outcome === 'refused') return closedOn <= deadlines.refusalDue;
  return closedOn <= deadlines.due;
}

function finish(
  facts: Omit<ComplaintRecord, 'schemaVersion' | 'events'>,
  events: readonly ComplaintEvent[],
  receivedOn: LocalDate,
  clocks: ComplaintClocks,
  fold: Fold,
): Complaint {
  const deadlines: ComplaintDeadlines = {
    registeredOn: clocks.registeredOn,
    reviewDue: clocks.reviewDue,
    extensionLimit: clocks.extensionLimit,
    redirectDue: clocks.redirectDue,
    refusalDue: clocks.refusalDue,
    extendedUntil: fold.extendedUntil,
    sellerAnswerDue: fold.sellerAnswerDue,
    due: fold.extendedUntil ?? clocks.reviewDue,
  };
  return {
    id: facts.id,
    receivedAt: facts.receivedAt,
    channel: facts.channel,
    appealType: facts.appealType,
    region: facts.region,
    sector: facts.sector,
    subject: facts.subject,
    consumer: facts.consumer,
    business: facts.business,
    claimed: facts.claimed,
    events,
    receivedOn,
    state: fold.state,
    outcome: fold.outcome,
    closedOn: fold.closedOn,
    relief: fold.relief,
    history: fold.history ?? NO_HISTORY,
    deadlines,
    timely: timelyOf(fold, deadlines),
    businessAnswer: fold.businessAnswer,
  };
}

/**
 * Derives an appeal from its record: replays the event log through
 * {@link complaintMachine} and attaches the legal clocks. Importing it does
 * not pull zod into a bundle.
 *
 * @throws {@link TutynushyError} naming the record id and the event index:
 * `EVENT_OUT_OF_ORDER` for an event dated before the previous one or before
 * receipt; `INVALID_TRANSITION` for an event its state does not allow
 * (`details.allowed` lists what was); `INVALID_EXTENSION` for an extension
 * past the two-month limit or one that does not extend; `CALENDAR_DATA_MISSING`
 * for a year the calendar has no data for.
 * @example
 * ```ts
 * const record = parseComplaintRecord({
 *   schemaVersion: 1, id: 'SH-2024-0412', receivedAt: '2024-06-03T10:00:00+05:00',
 *   channel: 'paper', appealType: 'complaint', region: '79', sector: 'retailTrade',
 *   subject: 'A refrigerator that does not cool', consumer: { kind: 'individual' },
 *   events: [
 *     { type: 'register', at: '2024-06-03' },
 *     { type: 'startReview', at: '2024-06-04' },
 *     { type: 'satisfy', at: '2024-06-14', refund: '250000' },
 *   ],
 * });
 * const complaint = replayComplaint(record);
 * complaint.state; // 'closed'
 * complaint.outcome; // 'satisfied'
 * complaint.relief.refund?.toString(); // '250000.00'
 * complaint.deadlines.reviewDue; // '2024-06-24'
 * complaint.timely; // true
 * ```
 */
export function replayComplaint(
  record: ComplaintRecord,
  options: ReplayComplaintOptions = {},
): Complaint {
  const clocks = complaintClocks(record.receivedAt, options);
  const { calendar } = options;
  const receivedOn = kazakhstanDate(record.receivedAt);
  const context: Context = {
    receivedAt: record.receivedAt,
    receivedOn,
    clocks,
    clock: calendar === undefined ? {} : { calendar },
    position: { recordId: record.id, index: 0 },
  };
  const fold: Fold = {
    state: complaintMachine.initial,
    previousAt: undefined,
    outcome: undefined,
    closedOn: undefined,
    relief: NO_RELIEF,
    extendedUntil: undefined,
    sellerAnswerDue: undefined,
    businessAnswer: undefined,
    history: options.history === false ? undefined : [],
  };
  const { events } = record;
  for (let index = 0; index < events.length; index += 1) {
    context.position.index = index;
    step(fold, events[index] as ComplaintEvent, context);
  }
  return finish(record, events, receivedOn, clocks, fold);
}

/**
 * The appeal after one more event: a new `Complaint` equal to replaying the
 * record with the event appended. The input is not changed. Pass the calendar
 * the appeal was replayed with.
 *
 * @throws {@link TutynushyError} as {@link replayComplaint} does for that event.
 * @example
 * ```ts
 * const opened = replayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0420', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'eOtinish',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'register', at: '2024-04-15' }],
 * }));

 * const closed = applyComplaintEvent(opened, { type: 'redirect', at: '2024-06-05', to: 'the tax authority' });
 * closed.outcome; // 'redirected'
 * ```
 */
export function applyComplaintEvent(
  complaint: Complaint,
  event: ComplaintEvent,
  options: ApplyComplaintEventOptions = {},
): Complaint {
  const { events, deadlines } = complaint;
  const { calendar } = options;
  const keepHistory = complaint.history.length === events.length;
  const context: Context = {
    receivedAt: complaint.receivedAt,
    receivedOn: complaint.receivedOn,
    clocks: deadlines,
    clock: calendar === undefined ? {} : { calendar },
    position: { recordId: complaint.id, index: events.length },
  };
  const fold: Fold = {
    state: complaint.state,
    previousAt: events[events.length - 1]?.at,
    outcome: complaint.outcome,
    closedOn: complaint.closedOn,
    relief: complaint.relief,
    extendedUntil: deadlines.extendedUntil,
    sellerAnswerDue: deadlines.sellerAnswerDue,
    businessAnswer: complaint.businessAnswer,
    history: keepHistory ? [...complaint.history] : undefined,
  };
  step(fold, event, context);
  return finish(complaint, [...events, event], complaint.receivedOn, deadlines, fold);
}

/**
 * The events an appeal accepts now, in the order of {@link complaintMachine};
 * none once closed.
 *
 * @example
 * ```ts
 * const open = replayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0420', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'eOtinish',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'register', at: '2024-04-15' }],
 * }));
 * allowedComplaintEvents(open); // ['forwardToBusiness', 'startReview', 'redirect', 'withdraw', 'refuse', 'return'] — a registered appeal
 * ```
 */
export function allowedComplaintEvents(complaint: Pick<Complaint, 'state'>): ComplaintEventType[] {
  return eventsAllowedIn(complaintMachine, complaint.state);
}
