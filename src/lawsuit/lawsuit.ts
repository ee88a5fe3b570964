import type { HistoryEntry } from '../core/history.js';
import type { LocalDate } from '../core/local-date.js';
import type { Tenge } from '../money/tenge.js';
import type { LawsuitDecision } from './decision.js';
import type { LawsuitEvent, LawsuitRecord } from './record.js';
import type { LawsuitState } from './state.js';

/** One replayed lawsuit event with the states before and after it. */
export type LawsuitHistoryEntry = HistoryEntry<LawsuitEvent, LawsuitState>;

/** A court decision as the replay keeps it: when, which way, and what it awards. */
export interface LawsuitDecisionEntry {
  /** The index of its `decide` event in the log. */
  readonly index: number;
  /** The day of the decision. */
  readonly on: LocalDate;
  /** For, partly for or against the consumer. */
  readonly decision: LawsuitDecision;
  /** What it awards to the consumers' side; zero when it awards no money. */
  readonly awarded: Tenge;
}

/** Money actually collected, as the replay keeps it. */
export interface LawsuitRecovery {
  /** The index of its `recover` event in the log. */
  readonly index: number;
  /** The day the money was collected. */
  readonly on: LocalDate;
  /** The money collected. */
  readonly amount: Tenge;
}

/** The facts of a lawsuit record, as a replayed lawsuit carries them: every field of the record. */
export type LawsuitFacts = LawsuitRecord;

/**
 * What every replayed lawsuit has: the record's facts and what a period
 * report needs without reading the events again — every hearing, decision,
 * appeal and recovery with its date.
 */
// Extends the record itself, not its alias LawsuitFacts: the same type, and the docs
// site can then draw the hierarchy (typedoc draws none from a type alias).
export interface LawsuitBase extends LawsuitRecord {
  /** The dates of the court sessions the department took part in, in log order. */
  readonly hearings: readonly LocalDate[];
  /** Every decision, in log order; a decision on appeal replaces the one before it. */
  readonly decisions: readonly LawsuitDecisionEntry[];
  /** The dates a decision (or a dismissal) was appealed. */
  readonly appeals: readonly LocalDate[];
  /** Every recovery of money, in log order. */
  readonly recoveries: readonly LawsuitRecovery[];
  /** The latest decision; only once decided. */
  readonly decision?: LawsuitDecision | undefined;
  /** The date of the latest decision. */
  readonly decidedOn?: LocalDate | undefined;
  /** What the latest decision awards; zero when there is none or it awards no money. */
  readonly awarded: Tenge;
  /** What a settlement agreement pays, when the lawsuit was settled with money. */
  readonly settlement?: Tenge | undefined;
  /** The date of the settlement, once settled. */
  readonly settledOn?: LocalDate | undefined;
  /** Everything collected so far: the sum of the recoveries. */
  readonly collected: Tenge;
  /** Every event with its states before and after; empty when replayed with `history: false`. */
  readonly history: readonly LawsuitHistoryEntry[];
}

/** A lawsuit whose claim is not in court yet. */
export interface NotFiledLawsuit extends LawsuitBase {
  /** Not filed yet. */
  readonly state: 'notFiled';
  /** None before the claim is filed. */
  readonly filedOn?: undefined;
  /** None before the claim is filed. */
  readonly decision?: undefined;
  /** None before the claim is filed. */
  readonly decidedOn?: undefined;
}

/** A lawsuit decided by a court: its decision and the date of it. */
export interface DecidedLawsuit extends LawsuitBase {
  /** Decided. */
  readonly state: 'decided';
  /** The date the claim was filed. */
  readonly filedOn: LocalDate;
  /** The decision in force: the latest one. */
  readonly decision: LawsuitDecision;
  /** The date of that decision. */
  readonly decidedOn: LocalDate;
}

/** A lawsuit ended by a settlement agreement. */
export interface SettledLawsuit extends LawsuitBase {
  /** Settled. */
  readonly state: 'settled';
  /** The date the claim was filed. */
  readonly filedOn: LocalDate;
  /** The date of the settlement. */
  readonly settledOn: LocalDate;
}

/** A lawsuit in court, under appeal, withdrawn or dismissed. */
export interface FiledLawsuit extends LawsuitBase {
  /** In court, under appeal, withdrawn or dismissed. */
  readonly state: 'inProceedings' | 'underAppeal' | 'withdrawn' | 'dismissed';
  /** The date the claim was filed. */
  readonly filedOn: LocalDate;
}

/**
 * A lawsuit as its event log makes it: the record's facts, the state it has
 * reached and the figures the lawsuit KPI counts. Checking `state` narrows
 * it: a `'decided'` lawsuit has its `decision` and `decidedOn`.
 */
export type Lawsuit = NotFiledLawsuit | DecidedLawsuit | SettledLawsuit | FiledLawsuit;
