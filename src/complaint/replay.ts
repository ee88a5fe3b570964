import {
  provisionalYearsBetween,
  sellerAnswerDeadline,
  type WorkCalendar,
} from '../calendar/index.js';
import { invalidArgumentError } from '../core/error-factories.js';
import { TutynushyError } from '../core/errors.js';
import {
  advanceEventFloor,
  type EventFloor,
  eventFloorAfter,
  floorDate,
  receiptEventFloor,
} from '../core/event-floor.js';
import { frozenList } from '../core/freeze.js';
import { kazakhstanDate } from '../core/instant.js';
import type { LocalDate } from '../core/local-date.js';
import { readOptions } from '../core/options.js';
import { received } from '../core/received.js';
import { checkReplayRecord, replayRecordId } from '../core/replay-input.js';
import { err, ok, type Result } from '../core/result.js';
import { eventsAllowedIn, transitionTarget } from '../core/state-machine.js';
import { BUSINESS_ANSWER_KEYS, isBusinessAnswer } from './business-answer.js';
import type {
  Complaint,
  ComplaintBusinessAnswer,
  ComplaintDeadlines,
  ComplaintFacts,
  ComplaintHistoryEntry,
  ComplaintRelief,
} from './complaint.js';
import { type ComplaintClockOptions, type ComplaintClocks, clocksOfReceipt } from './deadlines.js';
import type { ComplaintEventType } from './event-type.js';
import { extendedDue } from './extension.js';
import { complaintFacts } from './facts.js';
import { complaintMachine } from './machine.js';
import type { ComplaintOutcome } from './outcome.js';
import type { ComplaintEvent, ComplaintRecord, SatisfyEvent } from './record.js';
import {
  COMPLAINT_REPLAY,
  checkReplayedComplaint,
  invalidComplaintInput,
  isNonNegativeTenge,
  isPositiveTenge,
} from './replay-input.js';
import { COMPLAINT_STATE_KEYS, type ComplaintState, isComplaintState } from './state.js';

/** Options of {@link replayComplaint}. */
export interface ReplayComplaintOptions extends ComplaintClockOptions {
  /**
   * Build `history` (the default). A report that only needs states and
   * outcomes over millions of appeals passes `false` and saves an object per event.
   */
  readonly history?: boolean | undefined;
}

const REPLAY_OPTIONS = Object.freeze([
  'calendar',
  'workdayEnd',
  'extensionFrom',
  'history',
] as const satisfies readonly (keyof ReplayComplaintOptions)[]);

/** Options of {@link applyComplaintEvent}. */
export interface ApplyComplaintEventOptions {
  /** The calendar the appeal was replayed with; `kazakhstanCalendar` by default. */
  readonly calendar?: WorkCalendar | undefined;
}

/** The longest log a replay reads, as the record schema caps it. */
const MAX_EVENTS = 1000;

const OUTCOME_OF: Partial<Record<ComplaintEventType, ComplaintOutcome>> = Object.freeze({
  satisfy: 'satisfied',
  explain: 'explained',
  redirect: 'redirected',
  withdraw: 'withdrawn',
  refuse: 'refused',
  return: 'returned',
  referToCourt: 'referredToCourt',
});

// No relief is an empty object, not a zero `Tenge`: replay then needs no
// money code at all, which keeps decimal.js out of a replay-only bundle.
const NO_RELIEF: ComplaintRelief = Object.freeze({});
const NO_HISTORY: readonly ComplaintHistoryEntry[] = Object.freeze([]);
const DEFAULT_CLOCK: { readonly calendar?: WorkCalendar } = Object.freeze({});

// The running facts of a replay: one mutable object per replay, so that a
// step allocates nothing but what it must keep (a history entry, a relief).
// It is also the event floor (see EventFloor), so that a replay allocates
// one object for both.
interface Fold extends EventFloor {
  state: ComplaintState;
  outcome: ComplaintOutcome | undefined;
  closedOn: LocalDate | undefined;
  relief: ComplaintRelief;
  extendedUntil: LocalDate | undefined;
  due: LocalDate;
  sellerAnswerDue: LocalDate | undefined;
  businessAnswer: ComplaintBusinessAnswer | undefined;
  history: ComplaintHistoryEntry[] | undefined;
  /** A clock so far counted through a provisional year of the calendar. */
  provisional: boolean;
}

interface Context {
  readonly clocks: ComplaintClocks;
  readonly calendar: WorkCalendar | undefined;
  readonly clock: { readonly calendar?: WorkCalendar };
  readonly position: { recordId: string | undefined; index: number };
}

function reliefOf(
  event: SatisfyEvent,
  recordId: string | undefined,
  index: number,
): ComplaintRelief {
  const { refund, inKind, nonMonetary } = event;
  if (refund !== undefined && !isPositiveTenge(refund)) {
    throw invalidComplaintInput(
      recordId,
      ['events', index, 'refund'],
      { code: 'invalidType', expected: 'positiveTenge' },
      refund,
    );
  }
  for (const [field, value] of [
    ['inKind', inKind],
    ['nonMonetary', nonMonetary],
  ] as const) {
    if (value !== undefined && value !== true && typeof value !== 'string') {
      throw invalidComplaintInput(
        recordId,
        ['events', index, field],
        { code: 'invalidType', expected: 'description' },
        value,
      );
    }
  }
  if (refund === undefined && inKind === undefined && nonMonetary === undefined) {
    throw invalidComplaintInput(
      recordId,
      ['events', index],
      { code: 'rule', rule: 'reliefRequired' },
      event,
    );
  }
  return { refund, inKind, nonMonetary };
}

function step(fold: Fold, event: ComplaintEvent, context: Context): void {
  const { position } = context;
  const { recordId, index } = position;
  if (typeof event !== 'object' || event === null) {
    throw invalidComplaintInput(
      recordId,
      ['events', index],
      { code: 'invalidType', expected: 'object' },
      event,
    );
  }
  advanceEventFloor(fold, event.at, position);
  const from = fold.state;
  const to = transitionTarget(complaintMachine, from, event.type, position);
  switch (event.type) {
    case 'forwardToBusiness': {
      const forwardedOn = floorDate(fold);
      const due = sellerAnswerDeadline(forwardedOn, context.clock);
      fold.sellerAnswerDue = due;
      fold.businessAnswer = undefined;
      // The clocks already counted through every year up to the extension
      // limit: only a seller's deadline past it can reach another year.
      if (!fold.provisional && due > context.clocks.extensionLimit) {
        fold.provisional = provisionalYearsBetween(forwardedOn, due, context.clock).length > 0;
      }
      break;
    }
    case 'businessAnswer': {
      if (!isBusinessAnswer(event.answer)) {
        throw invalidComplaintInput(
          recordId,
          ['events', index, 'answer'],
          { code: 'notOneOf', allowed: BUSINESS_ANSWER_KEYS },
          event.answer,
        );
      }
      const answeredOn = floorDate(fold);
      const due = fold.sellerAnswerDue;
      fold.businessAnswer = {
        answer: event.answer,
        answeredOn,
        timely: due === undefined || answeredOn <= due,
      };
      break;
    }
    case 'extend':
      // An extension ends by the two-month limit, which the clocks counted
      // through already: it cannot make the deadlines provisional.
      fold.due = extendedDue(
        floorDate(fold),
        event.until,
        fold.due,
        context.clocks.extensionLimit,
        context.calendar,
        recordId,
        index,
      );
      fold.extendedUntil = event.until;
      break;
    case 'satisfy':
      fold.relief = reliefOf(event, recordId, index);
      break;
    default:
      break;
  }
  const outcome = OUTCOME_OF[event.type];
  if (outcome !== undefined) {
    fold.outcome = outcome;
    fold.closedOn = floorDate(fold);
  }
  fold.state = to;
  fold.history?.push({ index, event, from, to });
}

function timelyOf(
  outcome: ComplaintOutcome,
  closedOn: LocalDate,
  deadlines: ComplaintDeadlines,
): boolean {
  if (outcome === 'redirected') return closedOn <= deadlines.redirectDue;
  if (outcome === 'refused') return closedOn <= deadlines.refusalDue;
  return closedOn <= deadlines.due;
}

// The deadlines of most appeals are their clocks as they are: shared, frozen.
const plainDeadlines = new WeakMap<ComplaintClocks, ComplaintDeadlines>();

function deadlinesOf(clocks: ComplaintClocks, fold: Fold): ComplaintDeadlines {
  if (
    fold.extendedUntil === undefined &&
    fold.sellerAnswerDue === undefined &&
    fold.due === clocks.reviewDue &&
    fold.provisional === clocks.provisional
  ) {
    let shared = plainDeadlines.get(clocks);
    if (shared === undefined) {
      shared = Object.freeze({ ...clocks, due: clocks.reviewDue });
      plainDeadlines.set(clocks, shared);
    }
    return shared;
  }
  return {
    ...clocks,
    extendedUntil: fold.extendedUntil,
    sellerAnswerDue: fold.sellerAnswerDue,
    due: fold.due,
    provisional: fold.provisional,
  };
}

// Every fact of the record reaches the appeal through facts.ts, whose field list
// the compiler checks against the record type (and the facts test at run time).
function finish(
  facts: ComplaintFacts,
  events: readonly ComplaintEvent[],
  receivedOn: LocalDate,
  clocks: ComplaintClocks,
  fold: Fold,
): Complaint {
  const deadlines = deadlinesOf(clocks, fold);
  const { state, outcome, closedOn } = fold;
  const closed = state === 'closed' && outcome !== undefined && closedOn !== undefined;
  const complaint = complaintFacts(facts) as unknown as Record<string, unknown>;
  complaint['events'] = frozenList(events);
  complaint['receivedOn'] = receivedOn;
  complaint['relief'] = Object.freeze(fold.relief);
  complaint['history'] = fold.history === undefined ? NO_HISTORY : Object.freeze(fold.history);
  complaint['deadlines'] = Object.freeze(deadlines);
  complaint['businessAnswer'] = fold.businessAnswer;
  complaint['state'] = state;
  complaint['outcome'] = outcome;
  complaint['closedOn'] = closedOn;
  complaint['timely'] = closed ? timelyOf(outcome, closedOn, deadlines) : undefined;
  // A replayed appeal is a value: changing it must not change a later replay.
  return Object.freeze(complaint) as unknown as Complaint;
}

/**
 * Derives an appeal from its record: replays the event log through
 * {@link complaintMachine} and attaches the legal clocks. Importing it does
 * not pull zod into a bundle. It takes a parsed record
 * ({@link parseComplaintRecord}); what it derives from — event times, an
 * extension's day, a business's answer, a relief, the claimed amount — it
 * checks as it reads, and the facts it only carries (channel, region, …) it
 * keeps as the record has them.
 *
 * @throws {@link TutynushyError} naming the record id and the event index:
 * `EVENT_OUT_OF_ORDER` for an event dated before the receipt or before an
 * earlier event (a date is in order with any instant of its day, but an
 * instant may not go back before an earlier instant of its day);
 * `INVALID_TRANSITION` for an event its state does not allow
 * (`details.allowed` lists what was); `INVALID_EXTENSION` for an extension
 * decided after the deadline in force had passed, past the two-month limit,
 * or one that does not extend; `INVALID_RECORD` for input that was never
 * parsed (money still a string, a malformed date, more than 1000 events);
 * `INVALID_ARGUMENT` for bad options; `CALENDAR_DATA_MISSING` for a year the
 * calendar does not answer (outside 2020–2038, or not confirmed on a strict
 * calendar). The deadlines say `provisional: true` when a clock counted
 * through a year whose calendar data is not all published yet.
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
 * complaint.deadlines.provisional; // false — 2024 is a confirmed year
 * complaint.timely; // true
 * ```
 */
export function replayComplaint(
  record: ComplaintRecord,
  options?: ReplayComplaintOptions,
): Complaint {
  checkReplayRecord(COMPLAINT_REPLAY, record);
  const given = readOptions<ReplayComplaintOptions>(options, 'replayComplaint', REPLAY_OPTIONS);
  const { id, events, claimed } = record;
  if (events.length > MAX_EVENTS) {
    throw invalidComplaintInput(
      id,
      ['events'],
      { code: 'tooMany', max: MAX_EVENTS, length: events.length },
      events,
    );
  }
  if (claimed !== undefined && !isNonNegativeTenge(claimed)) {
    throw invalidComplaintInput(
      id,
      ['claimed'],
      { code: 'invalidType', expected: 'nonNegativeTenge' },
      claimed,
    );
  }
  const receivedOn = kazakhstanDate(record.receivedAt);
  const clocks = clocksOfReceipt(record.receivedAt, receivedOn, given);
  const { calendar } = given;
  const context: Context = {
    clocks,
    calendar,
    clock: calendar === undefined ? DEFAULT_CLOCK : { calendar },
    // The id as errors name it: an unparsed record's may be 50 kB long.
    position: { recordId: replayRecordId(id), index: 0 },
  };
  const fold: Fold = {
    state: complaintMachine.initial,
    // The receipt is the first floor (as receiptEventFloor makes it), held
    // in the fold itself so that a replay allocates one object for both.
    at: record.receivedAt,
    ms: undefined,
    on: receivedOn,
    index: -1,
    record: COMPLAINT_REPLAY,
    outcome: undefined,
    closedOn: undefined,
    relief: NO_RELIEF,
    extendedUntil: undefined,
    due: clocks.reviewDue,
    sellerAnswerDue: undefined,
    businessAnswer: undefined,
    history: given.history === false ? undefined : [],
    provisional: clocks.provisional,
  };
  for (let index = 0; index < events.length; index += 1) {
    context.position.index = index;
    step(fold, events[index] as ComplaintEvent, context);
  }
  return finish(record, events, receivedOn, clocks, fold);
}

/**
 * {@link replayComplaint} without throwing: the appeal, or the error it would throw.
 *
 * @example
 * ```ts
 * const result = safeReplayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0007', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'paper',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'explain', at: '2024-04-16' }],
 * }));
 * result.ok; // false
 * result.ok ? undefined : result.error.code; // 'INVALID_TRANSITION'
 * ```
 */
export function safeReplayComplaint(
  record: ComplaintRecord,
  options?: ReplayComplaintOptions,
): Result<Complaint> {
  try {
    return ok(replayComplaint(record, options));
  } catch (error) {
    if (error instanceof TutynushyError) return err(error);
    throw error;
  }
}

/**
 * The appeal after one more event: a new `Complaint` equal to replaying the
 * record with the event appended. The input is not changed. Pass the calendar
 * the appeal was replayed with.
 *
 * @throws {@link TutynushyError} as {@link replayComplaint} does for that
 * event; `INVALID_ARGUMENT` when `complaint` is not a replayed appeal.
 * @example
 * ```ts
 * const opened = replayComplaint(parseComplaintRecord({
 *   schemaVersion: 1, id: 'A-2024-0420', receivedAt: '2024-04-15T10:00:00+05:00', channel: 'eOtinish',
 *   appealType: 'complaint', region: '79', sector: 'retailTrade', subject: 'Возврат товара',
 *   consumer: { kind: 'individual' }, events: [{ type: 'register', at: '2024-04-15' }],
 * }));
 * const closed = applyComplaintEvent(opened, { type: 'redirect', at: '2024-04-17', to: 'the tax authority' });
 * closed.outcome; // 'redirected'
 * closed.timely; // true — within the 3 working days, due 2024-04-18
 * ```
 */
export function applyComplaintEvent(
  complaint: Complaint,
  event: ComplaintEvent,
  options?: ApplyComplaintEventOptions,
): Complaint {
  checkReplayedComplaint(complaint, 'applyComplaintEvent');
  const { calendar } = readOptions<ApplyComplaintEventOptions>(options, 'applyComplaintEvent', [
    'calendar',
  ]);
  const { events, deadlines, receivedAt, receivedOn } = complaint;
  if (events.length >= MAX_EVENTS) {
    throw invalidComplaintInput(
      complaint.id,
      ['events'],
      { code: 'tooMany', max: MAX_EVENTS, length: events.length },
      events,
    );
  }
  const keepHistory = complaint.history.length === events.length;
  const context: Context = {
    clocks: deadlines,
    calendar,
    clock: calendar === undefined ? DEFAULT_CLOCK : { calendar },
    position: { recordId: replayRecordId(complaint.id), index: events.length },
  };
  const fold: Fold = {
    state: complaint.state,
    ...eventFloorAfter(receiptEventFloor(COMPLAINT_REPLAY, receivedAt, receivedOn), events),
    outcome: complaint.outcome,
    closedOn: complaint.closedOn,
    relief: complaint.relief,
    extendedUntil: deadlines.extendedUntil,
    due: deadlines.due,
    sellerAnswerDue: deadlines.sellerAnswerDue,
    businessAnswer: complaint.businessAnswer,
    history: keepHistory ? [...complaint.history] : undefined,
    provisional: deadlines.provisional === true,
  };
  step(fold, event, context);
  const clocks: ComplaintClocks = {
    registeredOn: deadlines.registeredOn,
    reviewDue: deadlines.reviewDue,
    extensionLimit: deadlines.extensionLimit,
    redirectDue: deadlines.redirectDue,
    refusalDue: deadlines.refusalDue,
    provisional: deadlines.provisional,
  };
  return finish(complaint, [...events, event], receivedOn, clocks, fold);
}

/**
 * The events an appeal accepts now, in the order of {@link complaintMachine};
 * none once closed.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a value without a known appeal state.
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
  const state = (complaint as { state?: unknown } | null)?.state;
  if (!isComplaintState(state)) {
    throw invalidArgumentError({
      fn: 'allowedComplaintEvents',
      field: 'complaint.state',
      received: received(state),
      expected: 'oneOf',
      allowed: COMPLAINT_STATE_KEYS,
    });
  }
  return eventsAllowedIn(complaintMachine, state);
}
