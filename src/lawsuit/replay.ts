import {
  advanceEventFloor,
  describeValue,
  type EventFloor,
  emptyEventFloor,
  eventFloorAfter,
  eventsAllowedIn,
  floorDate,
  type LocalDate,
  TutynushyError,
  transitionTarget,
} from '../core/index.js';
import { Tenge } from '../money/index.js';
import type { RegionCode } from '../regions/index.js';
import type { LawsuitDecision } from './decision.js';
import type { LawsuitEventType } from './event-type.js';
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
import type { LawsuitRole } from './role.js';
import type { LawsuitState } from './state.js';

/**
 * A lawsuit as its event log makes it: the record's facts, the state it has
 * reached and the figures the lawsuit KPI counts.
 */
export interface Lawsuit {
  readonly id: string;
  readonly court: string;
  readonly caseNumber?: string | undefined;
  readonly role: LawsuitRole;
  readonly appealIds: readonly string[];
  readonly claimed: Tenge;
  readonly region: RegionCode;
  readonly state: LawsuitState;
  /** The date the claim was filed, once it was. */
  readonly filedOn?: LocalDate | undefined;
  /** The dates of the court sessions the department took part in, in log order. */
  readonly hearings: readonly LocalDate[];
  /** The latest decision (an appeal's decision replaces the one appealed). */
  readonly decision?: LawsuitDecision | undefined;
  /** The date of the latest decision. */
  readonly decidedOn?: LocalDate | undefined;
  /** What the latest decision awards; zero when there is none or it awards no money. */
  readonly awarded: Tenge;
  /** What a settlement agreement pays, when the lawsuit was settled with money. */
  readonly settlement?: Tenge | undefined;
  /** Everything collected so far: the sum of the `recover` events. */
  readonly collected: Tenge;
  /** The event log, in order (the record's own array when replayed: not copied). */
  readonly history: readonly LawsuitEvent[];
}

// The running figures of a replay, kept in one local object so that a replay
// of any length allocates only what the result keeps. It is also the event
// floor (see EventFloor), so that one object holds both.
interface Progress extends EventFloor {
  state: LawsuitState;
  filedOn: LocalDate | undefined;
  hearings: LocalDate[];
  decision: LawsuitDecision | undefined;
  decidedOn: LocalDate | undefined;
  awarded: Tenge;
  settlement: Tenge | undefined;
  collected: Tenge;
}

/**
 * Money may be collected up to what the latest decision awarded, or what a
 * settlement agreed once settled; more only when the event says why.
 */
function checkRecovery(
  progress: Progress,
  event: LawsuitRecoverEvent,
  index: number,
  recordId: string,
): Tenge {
  const total = progress.collected.plus(event.amount);
  const bySettlement = progress.state === 'settled';
  const limit = bySettlement ? (progress.settlement ?? Tenge.zero) : progress.awarded;
  if (total.compare(limit) <= 0 || event.exceedsAwardReason !== undefined) return total;
  const what = bySettlement ? 'agreed in the settlement' : 'awarded';
  throw new TutynushyError(
    'INVALID_TRANSITION',
    `event #${index} of ${describeValue(recordId)}: "recover" of ${event.amount.toString()} would bring the total collected to ${total.toString()}, more than the ${limit.toString()} ${what}; give exceedsAwardReason to say why more was collected`,
    {
      machine: lawsuitMachine.name,
      recordId,
      index,
      event: 'recover',
      state: progress.state,
      allowed: eventsAllowedIn(lawsuitMachine, progress.state),
      amount: event.amount.toString(),
      collectedBefore: progress.collected.toString(),
      limit: limit.toString(),
      limitFrom: bySettlement ? 'settlement' : 'decision',
    },
  );
}

// `position` is one mutable object per replay, its index moved per event.
function step(
  progress: Progress,
  event: LawsuitEvent,
  position: { readonly recordId: string; index: number },
): void {
  const { index, recordId } = position;
  checkEventShape(event, position);
  // The two checks of core's stepEventLog given a floor, called directly so
  // that the bundle carries no previous-event comparison besides the floor.
  // The floor makes «17:00, that day (a date), 16:30» out of order, though
  // each event is in order with the one before it.
  advanceEventFloor(progress, event.at, position);
  const next = transitionTarget(lawsuitMachine, progress.state, event.type, position);
  switch (event.type) {
    case 'file':
      progress.filedOn = floorDate(progress);
      break;
    case 'hearing':
      progress.hearings.push(floorDate(progress));
      break;
    case 'decide':
      checkDecision(event.decision, position);
      if (event.awarded !== undefined) checkEventAmount(event.awarded, 'awarded', position);
      progress.decision = event.decision;
      progress.decidedOn = floorDate(progress);
      progress.awarded = event.awarded ?? Tenge.zero;
      break;
    case 'settle':
      if (event.amount !== undefined) checkEventAmount(event.amount, 'amount', position);
      progress.settlement = event.amount;
      break;
    case 'recover':
      checkEventAmount(event.amount, 'amount', position);
      progress.collected = checkRecovery(progress, event, index, recordId);
      break;
    default:
      break;
  }
  progress.state = next;
}

function result(
  facts: LawsuitRecord | Lawsuit,
  progress: Progress,
  history: readonly LawsuitEvent[],
): Lawsuit {
  return {
    id: facts.id,
    court: facts.court,
    ...(facts.caseNumber === undefined ? {} : { caseNumber: facts.caseNumber }),
    role: facts.role,
    appealIds: facts.appealIds,
    claimed: facts.claimed,
    region: facts.region,
    state: progress.state,
    ...(progress.filedOn === undefined ? {} : { filedOn: progress.filedOn }),
    hearings: progress.hearings,
    ...(progress.decision === undefined
      ? {}
      : { decision: progress.decision, decidedOn: progress.decidedOn }),
    awarded: progress.awarded,
    ...(progress.settlement === undefined ? {} : { settlement: progress.settlement }),
    collected: progress.collected,
    history,
  };
}

/**
 * Replays a parsed lawsuit record's event log into a {@link Lawsuit}. Each
 * event goes through core's event floor and transition table (the steps of
 * `stepEventLog` given a floor), so a lawsuit
 * fails exactly like an appeal: an event dated before an earlier one is
 * `EVENT_OUT_OF_ORDER` (a date is in order with any instant of its day, but
 * an instant may not go back before an earlier instant of its day, even
 * across dates logged between them), an event its state does not allow is
 * `INVALID_TRANSITION` listing what was allowed. Collecting more than was awarded is `INVALID_TRANSITION` too,
 * naming the amounts, unless the event gives `exceedsAwardReason`.
 *
 * Takes a record already checked by `parseLawsuitRecord`; does not load zod.
 *
 * @throws {@link TutynushyError} `EVENT_OUT_OF_ORDER` or `INVALID_TRANSITION`;
 * `INVALID_RECORD` for a record not built as `parseLawsuitRecord` builds one
 * (no `events` array, an event without `type`, a negative amount).
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
 * lawsuit.state;                // 'decided'
 * lawsuit.hearings;             // ['2024-03-05', '2024-03-19']
 * lawsuit.awarded.toString();   // '1424750.00'
 * lawsuit.collected.toString(); // '1000000.00'
 * ```
 */
export function replayLawsuit(record: LawsuitRecord): Lawsuit {
  checkLawsuitRecordShape(record);
  const progress: Progress = {
    ...emptyEventFloor(LAWSUIT_REPLAY),
    state: lawsuitMachine.initial,
    filedOn: undefined,
    hearings: [],
    decision: undefined,
    decidedOn: undefined,
    awarded: Tenge.zero,
    settlement: undefined,
    collected: Tenge.zero,
  };
  const events = record.events;
  const position = { recordId: record.id, index: 0 };
  for (let index = 0; index < events.length; index++) {
    position.index = index;
    step(progress, events[index] as LawsuitEvent, position);
  }
  return result(record, progress, events);
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
  const history = lawsuit.history;
  const progress: Progress = {
    ...eventFloorAfter(emptyEventFloor(LAWSUIT_REPLAY), history),
    state: lawsuit.state,
    filedOn: lawsuit.filedOn,
    hearings: [...lawsuit.hearings],
    decision: lawsuit.decision,
    decidedOn: lawsuit.decidedOn,
    awarded: lawsuit.awarded,
    settlement: lawsuit.settlement,
    collected: lawsuit.collected,
  };
  step(progress, event, { recordId: lawsuit.id, index: history.length });
  return result(lawsuit, progress, [...history, event]);
}

/**
 * The events a lawsuit accepts next, in the order of {@link lawsuitMachine}.
 *
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
