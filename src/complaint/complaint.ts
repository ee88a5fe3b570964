import type { HistoryEntry } from '../core/history.js';
import type { LocalDate } from '../core/local-date.js';
import type { Tenge } from '../money/tenge.js';
import type { BusinessAnswer } from './business-answer.js';
import type { ComplaintClocks } from './deadlines.js';
import type { ComplaintOutcome } from './outcome.js';
import type { ComplaintEvent, ComplaintRecord } from './record.js';
import type { ComplaintState } from './state.js';

/**
 * What a satisfied appeal brought the consumer; an empty object for an
 * appeal not (yet) satisfied. Sum refunds with `Tenge.sum`, skipping the
 * absent ones.
 */
export interface ComplaintRelief {
  /** Money returned, positive; absent when no money was returned. */
  readonly refund?: Tenge | undefined;
  /** Relief in kind (goods replaced or repaired): `true` or its description. */
  readonly inKind?: string | true | undefined;
  /** Non-monetary relief: `true` or its description. */
  readonly nonMonetary?: string | true | undefined;
}

/** One replayed appeal event with the states before and after it. */
export type ComplaintHistoryEntry = HistoryEntry<ComplaintEvent, ComplaintState>;

/** The deadlines of an appeal: its clocks (from the receipt) and what its events added. */
export interface ComplaintDeadlines extends ComplaintClocks {
  /** The last day of the review as extended, when the review was extended (АППК art. 76). */
  readonly extendedUntil?: LocalDate | undefined;
  /** The business's last day to answer, when the claim was forwarded to it (Law No. 274-IV art. 42-4). */
  readonly sellerAnswerDue?: LocalDate | undefined;
  /** The review deadline in force: `extendedUntil` when the review was extended, else `reviewDue`. */
  readonly due: LocalDate;
}

/** How the business answered a forwarded claim, and whether within its 10 days. */
export interface ComplaintBusinessAnswer {
  /** What the business answered. */
  readonly answer: BusinessAnswer;
  /** The day it answered: the date of the `businessAnswer` event. */
  readonly answeredOn: LocalDate;
  /** Answered on or before `deadlines.sellerAnswerDue`. */
  readonly timely: boolean;
}

/** The facts of an appeal record, as a replayed appeal carries them: every field of the record. */
export type ComplaintFacts = ComplaintRecord;

/** What every replayed appeal has, open or closed. */
// Extends the record itself, not its alias ComplaintFacts: the same type, and the docs
// site can then draw the hierarchy (typedoc draws none from a type alias).
export interface ComplaintBase extends ComplaintRecord {
  /** The Kazakhstan calendar date of `receivedAt`. */
  readonly receivedOn: LocalDate;
  /** What a satisfaction brought the consumer; empty until the appeal is satisfied. */
  readonly relief: ComplaintRelief;
  /** Every event with its states before and after; empty when replayed with `history: false`. */
  readonly history: readonly ComplaintHistoryEntry[];
  /** The legal deadlines of the appeal, counted on the working-day calendar. */
  readonly deadlines: ComplaintDeadlines;
  /** The business's answer to the forwarded claim, once it answered. */
  readonly businessAnswer?: ComplaintBusinessAnswer | undefined;
}

/** An appeal not closed yet: no outcome. */
export interface OpenComplaint extends ComplaintBase {
  /** Where the appeal stands: `received`, `registered`, `awaitingBusiness` or `underReview`. */
  readonly state: Exclude<ComplaintState, 'closed'>;
  /** None while the appeal is open. */
  readonly outcome?: undefined;
  /** None while the appeal is open. */
  readonly closedOn?: undefined;
  /** None while the appeal is open: `isOverdue` tells whether it is late. */
  readonly timely?: undefined;
}

/** A closed appeal: its outcome, the day it closed and whether that was on time. */
export interface ClosedComplaint extends ComplaintBase {
  /** Closed. */
  readonly state: 'closed';
  /** How it ended. */
  readonly outcome: ComplaintOutcome;
  /** The date of the closing event. */
  readonly closedOn: LocalDate;
  /**
   * Whether it closed on or before its deadline. A redirect is timely only
   * within `redirectDue` and a refusal only within `refusalDue` (their own
   * shorter clocks); every other outcome within `due`.
   */
  readonly timely: boolean;
}

/**
 * An appeal as its event log makes it: the record's facts and everything
 * derived from them. Build it with {@link replayComplaint}; never store it
 * (store the record, whose log is the truth). Checking `state` narrows it:
 * a `'closed'` appeal has its `outcome`, `closedOn` and `timely`.
 */
export type Complaint = OpenComplaint | ClosedComplaint;
