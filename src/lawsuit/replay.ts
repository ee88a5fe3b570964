import { invalidTransitionError } from '../core/error-factories.js';
import { TutynushyError } from '../core/errors.js';
import {
  advanceEventFloor,
  type EventFloor,
  emptyEventFloor,
  eventFloorAfter,
  floorDate,
} from '../core/event-floor.js';
import { frozenList } from '../core/freeze.js';
import type { LocalDate } from '../core/local-date.js';
import { readOptions } from '../core/options.js';
import { replayRecordId } from '../core/replay-input.js';
import { err, ok, type Result } from '../core/result.js';
import { eventsAllowedIn, transitionTarget } from '../core/state-machine.js';
import { Tenge } from '../money/tenge.js';
import type { LawsuitDecision } from './decision.js';
import type { LawsuitEventType } from './event-type.js';
import { lawsuitFacts } from './facts.js';
import type {
  Lawsuit,
  LawsuitDecisionEntry,
  LawsuitFacts,
  LawsuitHistoryEntry,
  LawsuitRecovery,
} from './lawsuit.js';
import { lawsuitMachine } from './machine.js';
import type { LawsuitEvent, LawsuitRecord, LawsuitRecoverEvent } from './record.js';
import {
  checkDecision,
  checkEventAmount,
  checkEventShape,
  checkLawsuitRecordShape,
  checkLawsuitState,
  checkReplayedLawsuit,
  LAWSUIT_REPLAY,
} from './replay-input.js';
import type { LawsuitState } from './state.js';

/** Options of {@link replayLawsuit}. */
export interface ReplayLawsuitOptions {
  /** Build `history` (the default); a report over many lawsuits passes `false`. */
  readonly history?: boolean | undefined;
}

const NO_HISTORY: readonly LawsuitHistoryEntry[] = Object.freeze([]);

// The running figures of a replay, kept in one local object so that a replay
// of any length allocates only what the result keeps. It is also the event
// floor (see EventFloor), so that one object holds both.
interface Progress extends EventFloor {
  state: LawsuitState;
  filedOn: LocalDate | undefined;
  hearings: LocalDate[];
  decisions: LawsuitDecisionEntry[];
  appeals: LocalDate[];
  recoveries: LawsuitRecovery[];
  decision: LawsuitDecision | undefined;
  decidedOn: LocalDate | undefined;
  awarded: Tenge;
  settlement: Tenge | undefined;
  settledOn: LocalDate | undefined;
  collected: Tenge;
  history: LawsuitHistoryEntry[] | undefined;
}

/**
 * Money may be collected up to what the latest decision awarded, or what a
 * settlement agreed once settled; more only when the event says why.
 */
function checkRecovery(
  progress: Progress,
  event: LawsuitRecoverEvent,
  index: number,
  recordId: string | undefined,
): Tenge {
  const total = progress.collected.plus(event.amount);
  const bySettlement = progress.state === 'settled';
  const limit = bySettlement ? (progress.settlement ?? Tenge.zero) : progress.awarded;
  if (total.compare(limit) <= 0 || event.exceedsAwardReason !== undefined) return total;
  throw invalidTransitionError({
    machine: lawsuitMachine.name,
    recordId,
    index,
    problem: 'overRecovery',
    event: 'recover',
    state: progress.state,
    allowed: eventsAllowedIn(lawsuitMachine, progress.state),
    amount: event.amount.toString(),
    collectedBefore: progress.collected.toString(),
    total: total.toString(),
    limit: limit.toString(),
    limitFrom: bySettlement ? 'settlement' : 'decision',
  });
}

// `position` is one mutable object per replay, its index moved per event.
function step(
  progress: Progress,
  event: LawsuitEvent,
  position: { readonly recordId: string | undefined; index: number },
): void {
  const { index, recordId } = position;
  checkEventShape(event, position);
  // The floor makes «17:00, that day (a date), 16:30» out of order, though
  // each event is in order with the one before it.
  advanceEventFloor(progress, event.at, position);
  const from = progress.state;
  const to = transitionTarget(lawsuitMachine, from, event.type, position);
  switch (event.type) {
    case 'file':
      progress.filedOn = floorDate(progress);
      break;
    case 'hearing':
      progress.hearings.push(floorDate(progress));
      break;
    case 'decide': {
      checkDecision(event.decision, position);
      if (event.awarded !== undefined) checkEventAmount(event.awarded, 'awarded', position);
      const on = floorDate(progress);
      const awarded = event.awarded ?? Tenge.zero;
      progress.decisions.push({ index, on, decision: event.decision, awarded });
      progress.decision = event.decision;
      progress.decidedOn = on;
      progress.awarded = awarded;
      break;
    }
    case 'appeal':
      progress.appeals.push(floorDate(progress));
      break;
    case 'settle':
      if (event.amount !== undefined) checkEventAmount(event.amount, 'amount', position);
      progress.settlement = event.amount;
      progress.settledOn = floorDate(progress);
      break;
    case 'recover':
      checkEventAmount(event.amount, 'amount', position);
      progress.collected = checkRecovery(progress, event, index, recordId);
      progress.recoveries.push({ index, on: floorDate(progress), amount: event.amount });
      break;
    default:
      break;
  }
  progress.state = to;
  progress.history?.push({ index, event, from, to });
}

// Every fact of the record reaches the lawsuit through facts.ts, whose field list
// the compiler checks against the record type (and the facts test at run time).
function result(facts: LawsuitFacts, events: readonly LawsuitEvent[], p: Progress): Lawsuit {
  const lawsuit = lawsuitFacts(facts) as unknown as Record<string, unknown>;
  const derived: Omit<Lawsuit, keyof LawsuitFacts> = {
    state: p.state,
    filedOn: p.filedOn,
    hearings: p.hearings,
    decisions: p.decisions,
    appeals: p.appeals,
    recoveries: p.recoveries,
    decision: p.decision,
    decidedOn: p.decidedOn,
    awarded: p.awarded,
    settlement: p.settlement,
    settledOn: p.settledOn,
    collected: p.collected,
    history: p.history ?? NO_HISTORY,
  } as Omit<Lawsuit, keyof LawsuitFacts>;
  lawsuit['events'] = frozenList(events);
  for (const key in derived) lawsuit[key] = derived[key as keyof typeof derived];
  // A replayed lawsuit is a value: changing it must not change a later replay.
  if (p.history !== undefined) Object.freeze(p.history);
  return Object.freeze(lawsuit) as unknown as Lawsuit;
}

function progressOf(lawsuit: Lawsuit, keepHistory: boolean): Progress {
  return {
    ...eventFloorAfter(emptyEventFloor(LAWSUIT_REPLAY), lawsuit.events),
    state: lawsuit.state,
    filedOn: lawsuit.filedOn,
    hearings: [...lawsuit.hearings],
    decisions: [...lawsuit.decisions],
    appeals: [...lawsuit.appeals],
    recoveries: [...lawsuit.recoveries],
    decision: lawsuit.decision,
    decidedOn: lawsuit.decidedOn,
    awarded: lawsuit.awarded,
    settlement: lawsuit.settlement,
    settledOn: lawsuit.settledOn,
    collected: lawsuit.collected,
    history: keepHistory ? [...lawsuit.history] : undefined,
  };
}

/**
 * Replays a parsed lawsuit record's event log into a {@link Lawsuit}. Each
 * event goes through core's event floor and transition table, so a lawsuit
 * fails exactly like an appeal: an event dated before an earlier one is
 * `EVENT_OUT_OF_ORDER` (a date is in order with any instant of its day, but
 * an instant may not go back before an earlier instant of its day, even
 * across dates logged between them), an event its state does not allow is
 * `INVALID_TRANSITION` listing what was allowed. Collecting more than was
 * awarded is `INVALID_TRANSITION` too (`problem: 'overRecovery'`), naming the
 * amounts, unless the event gives `exceedsAwardReason`.
 *
 * Takes a record already checked by `parseLawsuitRecord`; does not load zod.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` or `INVALID_TRANSITION`;
 * `INVALID_RECORD` for a record not built as `parseLawsuitRecord` builds one
 * (no `events` array, an event without `type`, a negative amount or claim);
 * `INVALID_ARGUMENT` for bad options.
 * @example
 * ```ts
 * const lawsuit = replayLawsuit(parseLawsuitRecord({
 *   schemaVersion: 1, id: 'L-2024-007', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: ['A-2024-0113'], claimed: '1500000', region: '79',
 *   events: [
 *     { type: 'file', at: '2024-02-12' },
 *     { type: 'hearing', at: '2024-03-05' },
 *     { type: 'hearing', at: '2024-03-19' },
 *     { type: 'decide', at: '2024-03-19', decision: 'forConsumer', awarded: '1424750' },
 *     { type: 'recover', at: '2024-05-14', amount: '1000000' },
 *   ],
 * }));
 * lawsuit.state;                   // 'decided'
 * lawsuit.hearings;                // ['2024-03-05', '2024-03-19']
 * lawsuit.decisions.map((d) => d.on); // ['2024-03-19']
 * lawsuit.awarded.toString();      // '1424750.00'
 * lawsuit.collected.toString();    // '1000000.00'
 * lawsuit.recoveries.map((r) => r.on); // ['2024-05-14']
 * ```
 */
export function replayLawsuit(record: LawsuitRecord, options?: ReplayLawsuitOptions): Lawsuit {
  checkLawsuitRecordShape(record);
  const given = readOptions<ReplayLawsuitOptions>(options, 'replayLawsuit', ['history']);
  const progress: Progress = {
    ...emptyEventFloor(LAWSUIT_REPLAY),
    state: lawsuitMachine.initial,
    filedOn: undefined,
    hearings: [],
    decisions: [],
    appeals: [],
    recoveries: [],
    decision: undefined,
    decidedOn: undefined,
    awarded: Tenge.zero,
    settlement: undefined,
    settledOn: undefined,
    collected: Tenge.zero,
    history: given.history === false ? undefined : [],
  };
  const { events } = record;
  // The id as errors name it: an unparsed record's may be 50 kB long.
  const position = { recordId: replayRecordId(record.id), index: 0 };
  for (let index = 0; index < events.length; index++) {
    position.index = index;
    step(progress, events[index] as LawsuitEvent, position);
  }
  return result(record, events, progress);
}

/**
 * {@link replayLawsuit} without throwing: the lawsuit, or the error it would throw.
 *
 * @example
 * ```ts
 * const result = safeReplayLawsuit(parseLawsuitRecord({
 *   schemaVersion: 1, id: 'L-2024-009', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: [], claimed: '0', region: '79', events: [{ type: 'hearing', at: '2024-03-05' }],
 * }));
 * result.ok ? undefined : result.error.code; // 'INVALID_TRANSITION'
 * ```
 */
export function safeReplayLawsuit(
  record: LawsuitRecord,
  options?: ReplayLawsuitOptions,
): Result<Lawsuit> {
  try {
    return ok(replayLawsuit(record, options));
  } catch (error) {
    if (error instanceof TutynushyError) return err(error);
    throw error;
  }
}

/**
 * Logs one more event on a lawsuit and returns the new lawsuit; the given
 * one is not changed. Fails exactly as {@link replayLawsuit} would on a log
 * ending with this event.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` or `INVALID_TRANSITION`;
 * `INVALID_ARGUMENT` for a lawsuit `replayLawsuit` did not return;
 * `INVALID_RECORD` for an event not built as `parseLawsuitEvent` builds one.
 * @example
 * ```ts
 * const filed = replayLawsuit(parseLawsuitRecord({
 *   schemaVersion: 1, id: 'L-2024-008', court: 'Шымкент қаласының МАЭС', role: 'thirdParty',
 *   appealIds: [], claimed: '250000', region: '79', events: [{ type: 'file', at: '2024-02-12' }],
 * }));
 * const heard = applyLawsuitEvent(filed, { type: 'hearing', at: '2024-03-05' });
 * heard.hearings;  // ['2024-03-05']
 * filed.hearings;  // [] — unchanged
 * applyLawsuitEvent(heard, { type: 'hearing', at: '2024-03-01' }); // throws EVENT_OUT_OF_ORDER
 * ```
 */
export function applyLawsuitEvent(lawsuit: Lawsuit, event: LawsuitEvent): Lawsuit {
  checkReplayedLawsuit(lawsuit, 'applyLawsuitEvent');
  const { events } = lawsuit;
  const progress = progressOf(lawsuit, lawsuit.history.length === events.length);
  step(progress, event, { recordId: replayRecordId(lawsuit.id), index: events.length });
  return result(lawsuit, [...events, event], progress);
}

/**
 * The events a lawsuit accepts next, in the order of {@link lawsuitMachine}.
 *
 * @throws {@link TutynushyError} `INVALID_ARGUMENT` for a value without a known lawsuit state.
 * @example
 * ```ts
 * allowedLawsuitEvents({ state: 'notFiled' }); // ['file']
 * allowedLawsuitEvents({ state: 'decided' });  // ['appeal', 'settle', 'recover']
 * allowedLawsuitEvents({ state: 'dismissed' }); // ['appeal']
 * allowedLawsuitEvents({ state: 'withdrawn' }); // []
 * ```
 */
export function allowedLawsuitEvents(lawsuit: Pick<Lawsuit, 'state'>): LawsuitEventType[] {
  checkLawsuitState(lawsuit, 'allowedLawsuitEvents');
  return eventsAllowedIn(lawsuitMachine, lawsuit.state);
}
