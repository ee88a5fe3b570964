import type { EventTime } from '../core/event-types.js';
import type { Tenge } from '../money/tenge.js';
import type { RegionCode } from '../regions/index.js';
import type { LawsuitDecision } from './decision.js';
import type { LawsuitRole } from './role.js';

/** What every lawsuit event carries: when it happened and an optional note. */
export interface LawsuitEventBase {
  /** When it happened: a date (`2024-02-07`), or an instant with an offset. */
  readonly at: EventTime;
  /** Free text for people (at most 2000 characters); never read by the library. */
  readonly note?: string | undefined;
}

/** The claim was filed in court (by the department as plaintiff, or by the consumer). */
export interface LawsuitFileEvent extends LawsuitEventBase {
  /** Filed. */
  readonly type: 'file';
}

/** The department took part in a court session. */
export interface LawsuitHearingEvent extends LawsuitEventBase {
  /** A hearing. */
  readonly type: 'hearing';
}

/**
 * A court decided. `awarded` is the money the decision awards to the
 * consumers' side: positive when present; left out for a decision without
 * money (an obligation to replace goods, a contract term declared void) and
 * always left out for a decision against the consumer.
 */
export interface LawsuitDecideEvent<M = Tenge> extends LawsuitEventBase {
  /** Decided. */
  readonly type: 'decide';
  /** For the consumer, partly for the consumer, or against the consumer. */
  readonly decision: LawsuitDecision;
  /** The money awarded to the consumers' side; positive. */
  readonly awarded?: M | undefined;
}

/** The decision, or a dismissal, was appealed: the case goes back to proceedings at the next instance. */
export interface LawsuitAppealEvent extends LawsuitEventBase {
  /** Appealed. */
  readonly type: 'appeal';
}

/** The parties settled; `amount` (positive) is the money the settlement pays the consumers' side. */
export interface LawsuitSettleEvent<M = Tenge> extends LawsuitEventBase {
  /** Settled. */
  readonly type: 'settle';
  /** What the settlement pays the consumers' side; positive. */
  readonly amount?: M | undefined;
}

/** The claim was withdrawn. */
export interface LawsuitWithdrawEvent extends LawsuitEventBase {
  /** Withdrawn. */
  readonly type: 'withdraw';
}

/** The case ended without a decision on the merits. */
export interface LawsuitDismissEvent extends LawsuitEventBase {
  /** Dismissed. */
  readonly type: 'dismiss';
}

/**
 * Money actually collected for the consumers' side (positive). The total
 * recovered may not exceed what was awarded (or agreed in a settlement)
 * unless `exceedsAwardReason` says why — e.g. enforcement costs or a penalty
 * for late payment collected on top.
 */
export interface LawsuitRecoverEvent<M = Tenge> extends LawsuitEventBase {
  /** Money recovered. */
  readonly type: 'recover';
  /** The money collected; positive. */
  readonly amount: M;
  /** Why the total collected exceeds what was awarded or agreed, when it does. */
  readonly exceedsAwardReason?: string | undefined;
}

/**
 * One entry of a lawsuit's event log, told apart by `type`.
 *
 * @typeParam M - how money is held: `Tenge` in memory, a decimal string in JSON.
 */
export type LawsuitEvent<M = Tenge> =
  | LawsuitFileEvent
  | LawsuitHearingEvent
  | LawsuitDecideEvent<M>
  | LawsuitAppealEvent
  | LawsuitSettleEvent<M>
  | LawsuitWithdrawEvent
  | LawsuitDismissEvent
  | LawsuitRecoverEvent<M>;

/**
 * The stored form of a lawsuit: its facts and its event log. Its state is
 * never stored: {@link replayLawsuit} derives it.
 *
 * @typeParam M - how money is held: `Tenge` in memory (the default; what
 * {@link parseLawsuitRecord} returns), a decimal string in JSON
 * ({@link LawsuitRecordJson}).
 */
export interface LawsuitRecord<M = Tenge> {
  /** The version of the record format (see the docs page «Record formats»). */
  readonly schemaVersion: 1;
  /** The lawsuit's id in the department's system, unique among its lawsuits. */
  readonly id: string;
  /** The court, by name: «Шымкент қаласының мамандандырылған ауданаралық экономикалық соты». */
  readonly court: string;
  /** The court's case number, once known. */
  readonly caseNumber?: string | undefined;
  /** The department's part: `plaintiff` (in consumers' interest) or `thirdParty`. */
  readonly role: LawsuitRole;
  /** The ids of the appeals the lawsuit came from (possibly none: a claim for an indefinite circle of consumers). */
  readonly appealIds: readonly string[];
  /** What the consumers' side claims (zero for a claim without money). */
  readonly claimed: M;
  /** The region whose department takes part. */
  readonly region: RegionCode;
  /** The event log, in time order. */
  readonly events: readonly LawsuitEvent<M>[];
}

/** The stored JSON form of a lawsuit: a {@link LawsuitRecord} with money as decimal strings (`"1424750.00"`). */
export type LawsuitRecordJson = LawsuitRecord<string>;
